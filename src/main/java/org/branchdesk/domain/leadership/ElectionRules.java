package org.branchdesk.domain.leadership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.domain.orgs.BranchRules;
import org.branchdesk.domain.orgs.OrgType;

/**
 * The checks of an election meeting, from 中国共产党基层组织选举工作条例 (2020) and 中国共产党支部 工作条例（试行）(2018). One
 * rule per method; each is asked by the renewal wizard, the import and the command line alike.
 */
public final class ElectionRules {
    /** 选举工作条例 第十五条: more than four fifths of the entitled members present. */
    public static final int QUORUM_NUMERATOR = 4;

    public static final int QUORUM_DENOMINATOR = 5;

    /** 选举工作条例 第十二条: at least 20% more candidates than seats (差额). */
    public static final int SURPLUS_PERCENT = 20;

    private ElectionRules() {}

    /**
     * Whether a member may vote (有表决权): a full member not under 留党察看. A probationary member takes
     * part in the meeting but neither votes nor stands.
     */
    public static boolean entitledToVote(Standing standing, boolean onProbation) {
        return standing == Standing.FULL && !onProbation;
    }

    /** The meeting is valid only with more than four fifths of the entitled members present. */
    public static boolean meetingValid(int entitled, int present) {
        if (entitled <= 0 || present < 0 || present > entitled) {
            return false;
        }
        return (long) present * QUORUM_DENOMINATOR > (long) entitled * QUORUM_NUMERATOR;
    }

    /** A candidate is elected with more than half of the votes of those present. */
    public static boolean elected(int votes, int present) {
        return present > 0 && votes >= 0 && votes <= present && 2L * votes > present;
    }

    /**
     * The fewest candidates for {@code seats} committee seats: 20% more, rounded up (3 seats → 4
     * candidates, 5 → 6, 7 → 9).
     */
    public static int minimumCandidates(int seats) {
        if (seats <= 0 || seats > 1000) {
            throw new IllegalArgumentException("seats: " + seats);
        }
        return seats + (seats * SURPLUS_PERCENT + 99) / 100;
    }

    /**
     * Whether {@code seats} fit a branch of {@code fullMembers}: a secretary only (and perhaps a
     * deputy) below seven full members, no committee; from seven, a committee of 3 to 5 seats,
     * generally at most 7 (支部工作条例 第十条; {@link BranchRules}).
     */
    public static boolean committeeSizeFits(int fullMembers, int seats) {
        if (BranchRules.leadershipFor(fullMembers) == BranchRules.Leadership.SECRETARY) {
            return false;
        }
        return BranchRules.committeeSeatsAllowed(seats);
    }

    /**
     * Whether {@code seats} fit an organization of this type (选举工作条例 第十一条): a community party
     * committee 5 to 11 (generally 5 to 9), a general branch 5 to 9 (generally 5 to 7), a branch
     * committee as {@link #committeeSizeFits}; a branch below seven full members elects a secretary
     * (1 seat) and perhaps a deputy (2). A temporary branch and the working committee hold no
     * elections.
     */
    public static boolean seatsFit(OrgType type, int fullMembers, int seats) {
        return switch (type) {
            case STREET_WORKING_COMMITTEE, TEMPORARY_BRANCH -> false;
            case COMMUNITY_PARTY_COMMITTEE -> seats >= 5 && seats <= 11;
            case COMMUNITY_GENERAL_BRANCH -> seats >= 5 && seats <= 9;
            default ->
                    BranchRules.leadershipFor(fullMembers) == BranchRules.Leadership.SECRETARY
                            ? seats == 1 || seats == 2
                            : committeeSizeFits(fullMembers, seats);
        };
    }

    /**
     * Whether the seats are filled from a committee's competitive slate: with a committee (three
     * seats or more) the 20% surplus applies; a secretary (and deputy) elected directly by the
     * members' meeting may stand without it (选举工作条例 第十二条).
     */
    public static boolean slateLargeEnough(int seats, int candidates) {
        return seats < 3 || candidates >= minimumCandidates(seats);
    }

    /** Why an election as recorded cannot stand; each names the step or field a clerk corrects. */
    public enum Problem {
        /** No request: a renewal begins with the request to hold the election. */
        REQUEST_MISSING,
        /**
         * A step recorded earlier is missing now: a correction may change a step, not remove it.
         */
        STEP_REMOVED,
        /** More members entitled to vote than the organization's full members on the register. */
        ENTITLED_OVER_REGISTER,
        /** A later step was recorded before an earlier one (no reply without a request...). */
        STEP_SKIPPED,
        /** A step is dated before the one it follows. */
        STEPS_OUT_OF_ORDER,
        /** The seats do not fit the organization ({@link #seatsFit}). */
        SEATS_DO_NOT_FIT,
        /** The present are more than the entitled, or either is not positive. */
        COUNTS_IMPOSSIBLE,
        /** Four fifths or fewer of the entitled members present: the meeting is not valid. */
        NO_QUORUM,
        /** A candidate has more votes than members present. */
        VOTES_OVER_PRESENT,
        /** The same member stands twice. */
        CANDIDATE_TWICE,
        /** Fewer candidates than the 20% surplus asks. */
        TOO_FEW_CANDIDATES,
        /** A candidate with half the votes of those present, or fewer, marked elected. */
        ELECTED_WITHOUT_MAJORITY,
        /** More candidates marked elected than there are seats. */
        MORE_ELECTED_THAN_SEATS,
        /** Approval without exactly one secretary among the elected. */
        NO_SINGLE_SECRETARY,
        /** An elected candidate has no position when the result is approved. */
        POSITION_MISSING,
        /** A step is dated after today. */
        IN_THE_FUTURE
    }

    /**
     * Every problem of an election as recorded, in the order of its steps (empty when it stands).
     */
    public static List<Problem> problems(
            OrgType type, int fullMembers, Election e, LocalDate today) {
        return problems(type, fullMembers, null, e, today);
    }

    /**
     * As {@link #problems(OrgType, int, Election, LocalDate)}, for a correction of {@code before}
     * (as recorded until now, or {@code null} for a new renewal).
     */
    public static List<Problem> problems(
            OrgType type, int fullMembers, Election before, Election e, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        if (e.request() == null) {
            out.add(Problem.REQUEST_MISSING);
        }
        if (before != null && removesAStep(before, e)) {
            out.add(Problem.STEP_REMOVED);
        }
        if (!seatsFit(type, fullMembers, e.seats())) {
            out.add(Problem.SEATS_DO_NOT_FIT);
        }
        List<LocalDate> dates = new ArrayList<>();
        boolean gap = false;
        boolean seenMissing = false;
        Object[] steps = {e.request(), e.reply(), e.meeting(), e.report(), e.approval()};
        for (Object step : steps) {
            if (step == null) {
                seenMissing = true;
                continue;
            }
            if (seenMissing) {
                gap = true;
            }
            dates.add(step instanceof Election.Meeting m ? m.on() : ((Election.Step) step).on());
        }
        if (gap) {
            out.add(Problem.STEP_SKIPPED);
        }
        if (!stepsInOrder(dates)) {
            out.add(Problem.STEPS_OUT_OF_ORDER);
        }
        if (dates.stream().anyMatch(d -> d.isAfter(today))) {
            out.add(Problem.IN_THE_FUTURE);
        }
        Election.Meeting m = e.meeting();
        if (m != null) {
            if (m.entitled() <= 0 || m.present() <= 0 || m.present() > m.entitled()) {
                out.add(Problem.COUNTS_IMPOSSIBLE);
            } else if (m.entitled() > fullMembers) {
                out.add(Problem.ENTITLED_OVER_REGISTER);
            } else if (!meetingValid(m.entitled(), m.present())) {
                out.add(Problem.NO_QUORUM);
            }
            Set<Object> seen = new HashSet<>();
            for (Election.Candidate c : e.candidates()) {
                if (c.votes() < 0 || c.votes() > m.present()) {
                    out.add(Problem.VOTES_OVER_PRESENT);
                    break;
                }
            }
            for (Election.Candidate c : e.candidates()) {
                if (!seen.add(c.memberId())) {
                    out.add(Problem.CANDIDATE_TWICE);
                    break;
                }
            }
            if (!slateLargeEnough(e.seats(), e.candidates().size())) {
                out.add(Problem.TOO_FEW_CANDIDATES);
            }
            if (e.candidates().stream()
                    .anyMatch(c -> c.elected() && !elected(c.votes(), m.present()))) {
                out.add(Problem.ELECTED_WITHOUT_MAJORITY);
            }
            if (e.elected().size() > e.seats()) {
                out.add(Problem.MORE_ELECTED_THAN_SEATS);
            }
        }
        if (e.approval() != null) {
            if (e.elected().stream().anyMatch(c -> c.position() == null)) {
                out.add(Problem.POSITION_MISSING);
            }
            if (e.elected().stream().filter(c -> c.position() == Position.SECRETARY).count() != 1) {
                out.add(Problem.NO_SINGLE_SECRETARY);
            }
        }
        return out;
    }

    /**
     * Whether a correction drops a step that was recorded (a step may be corrected, not removed).
     */
    public static boolean removesAStep(Election before, Election after) {
        return before.request() != null && after.request() == null
                || before.reply() != null && after.reply() == null
                || before.meeting() != null && after.meeting() == null
                || before.report() != null && after.report() == null
                || before.approval() != null && after.approval() == null;
    }

    /**
     * The fewest members present for a valid meeting of {@code entitled}: more than four fifths (10
     * entitled → 9 present; 5 → 5).
     */
    public static int leastPresent(int entitled) {
        return entitled * QUORUM_NUMERATOR / QUORUM_DENOMINATOR + 1;
    }

    /** The steps' dates never go back: each on or after the one before. */
    public static boolean stepsInOrder(List<LocalDate> dates) {
        for (int i = 1; i < dates.size(); i++) {
            if (dates.get(i).isBefore(dates.get(i - 1))) {
                return false;
            }
        }
        return true;
    }
}
