package org.branchdesk.domain.orgs;

/**
 * The rules of 中国共产党支部工作条例（试行）(2018) and the city's measures that decide how a compound is
 * organised and how a branch is led. Each rule is one method here.
 */
public final class BranchRules {
    /**
     * Full members registered in the community who must live in a compound for a regular branch.
     */
    public static final int REGULAR_BRANCH_MINIMUM = 3;

    /** From this many full members a branch elects a committee. */
    public static final int COMMITTEE_THRESHOLD = 7;

    /** Seats of a branch committee: generally 3 to 5, at most 7. */
    public static final int COMMITTEE_MIN_SEATS = 3;

    public static final int COMMITTEE_USUAL_MAX_SEATS = 5;
    public static final int COMMITTEE_MAX_SEATS = 7;

    /** A branch over this many members should be split or become a general branch. */
    public static final int SPLIT_THRESHOLD = 50;

    /** A joint branch covers at most this many adjacent compounds or units. */
    public static final int JOINT_BRANCH_MAX_PLACES = 5;

    private BranchRules() {}

    /** How a compound is organised now. */
    public enum Coverage {
        REGULAR,
        JOINT,
        TEMPORARY,
        NONE
    }

    /** What the rules suggest for a compound; every text names the kind of branch it means. */
    public enum Suggestion {
        /** Eligible and has its regular branch. */
        REGULAR_IN_PLACE("suggest.regularInPlace"),
        /** Eligible, no branch yet: set one up. */
        SET_UP_REGULAR("suggest.setUpRegular"),
        /** Eligible but only joint or temporary: convert or set up a regular branch. */
        UPGRADE_TO_REGULAR("suggest.upgradeToRegular"),
        /** Not eligible, no branch: join neighbours in a joint branch or form a temporary one. */
        JOINT_OR_TEMPORARY("suggest.jointOrTemporary"),
        /** Not eligible, already in a joint branch. */
        JOINT_IN_PLACE("suggest.jointInPlace"),
        /** Not eligible, a temporary branch is working there. */
        TEMPORARY_IN_PLACE("suggest.temporaryInPlace"),
        /** A regular branch whose eligible members fell below three. */
        REGULAR_BELOW_MINIMUM("suggest.regularBelowMinimum");

        private final String key;

        Suggestion(String key) {
            this.key = key;
        }

        /** Bundle key of the text. */
        public String key() {
            return key;
        }
    }

    /**
     * A compound with ≥3 full members registered in the community living there can have a regular
     * branch.
     */
    public static boolean canHaveRegularBranch(int fullMembersRegisteredHere) {
        return fullMembersRegisteredHere >= REGULAR_BRANCH_MINIMUM;
    }

    public static Suggestion suggest(int fullMembersRegisteredHere, Coverage coverage) {
        boolean eligible = canHaveRegularBranch(fullMembersRegisteredHere);
        return switch (coverage) {
            case REGULAR ->
                    eligible ? Suggestion.REGULAR_IN_PLACE : Suggestion.REGULAR_BELOW_MINIMUM;
            case NONE -> eligible ? Suggestion.SET_UP_REGULAR : Suggestion.JOINT_OR_TEMPORARY;
            case JOINT -> eligible ? Suggestion.UPGRADE_TO_REGULAR : Suggestion.JOINT_IN_PLACE;
            case TEMPORARY ->
                    eligible ? Suggestion.UPGRADE_TO_REGULAR : Suggestion.TEMPORARY_IN_PLACE;
        };
    }

    /** How a branch is led. */
    public enum Leadership {
        /** A secretary, and a deputy if needed (fewer than seven full members). */
        SECRETARY,
        /** A branch committee of 3–5 seats, generally at most 7. */
        COMMITTEE
    }

    public static Leadership leadershipFor(int fullMembers) {
        return fullMembers >= COMMITTEE_THRESHOLD ? Leadership.COMMITTEE : Leadership.SECRETARY;
    }

    /** Whether a committee size is allowed: 3 to 7 seats (5 is the usual maximum). */
    public static boolean committeeSeatsAllowed(int seats) {
        return seats >= COMMITTEE_MIN_SEATS && seats <= COMMITTEE_MAX_SEATS;
    }

    /** A branch of more than fifty members should be split or become a general branch (党总支). */
    public static boolean shouldSplit(int members) {
        return members > SPLIT_THRESHOLD;
    }

    /** A joint branch covers two to five adjacent compounds or units. */
    public static boolean jointBranchPlacesAllowed(int places) {
        return places >= 2 && places <= JOINT_BRANCH_MAX_PLACES;
    }

    /** Every property company should have a party organization (应建尽建). */
    public static boolean propertyCompanyNeedsOrganization(boolean hasPartyOrganization) {
        return !hasPartyOrganization;
    }

    /**
     * The full name of a branch-level organization: 中共××支部委员会 when it has a committee, 中共××支部
     * otherwise; a general branch is 中共××总支部委员会, a party committee 中共××委员会.
     *
     * @param shortName e.g. {@code 青槐小区党支部} or {@code 青槐小区}
     */
    public static String fullName(String shortName, OrgType type, boolean hasCommittee) {
        String base = stripSuffix(shortName);
        return switch (type) {
            case STREET_WORKING_COMMITTEE -> "中共" + base + "工作委员会";
            case COMMUNITY_PARTY_COMMITTEE -> "中共" + base + "委员会";
            case COMMUNITY_GENERAL_BRANCH -> "中共" + base + "总支部委员会";
            default -> "中共" + base + (hasCommittee ? "支部委员会" : "支部");
        };
    }

    private static String stripSuffix(String name) {
        String n = name.startsWith("中共") ? name.substring(2) : name;
        for (String suffix : new String[] {"党工委", "党总支", "党支部", "党委", "总支部委员会", "支部委员会", "支部"}) {
            if (n.endsWith(suffix) && n.length() > suffix.length()) {
                return n.substring(0, n.length() - suffix.length());
            }
        }
        return n;
    }

    /**
     * Whether a branch still lacks the committee its full members call for: seven or more full
     * members and fewer than three seats held (支部工作条例 第十条). A temporary branch's leaders are
     * appointed, and it is never flagged.
     */
    public static boolean needsCommittee(OrgType type, int fullMembers, int seatsHeld) {
        return type.isBranchLevel()
                && type != OrgType.TEMPORARY_BRANCH
                && leadershipFor(fullMembers) == Leadership.COMMITTEE
                && !committeeSeatsAllowed(seatsHeld);
    }
}
