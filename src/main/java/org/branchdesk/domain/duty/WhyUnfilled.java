package org.branchdesk.domain.duty;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Why a candidate did not take an open place on a shift that stays short: the one reason a clerk is
 * told for each candidate, asked of {@link RosterRules} against the roster as it ends up. The
 * auto-fill never leaves a gap without saying, for every candidate, which of these held.
 */
public final class WhyUnfilled {
    private WhyUnfilled() {}

    /** The reasons, in the order they are told (a candidate is told the first that holds). */
    public enum Reason {
        /** The candidate said they cannot serve then. */
        UNAVAILABLE,
        /** One more shift would take them over their weekly maximum. */
        AT_WEEKLY_MAX,
        /** They already serve a shift at that time. */
        OVERLAP,
        /** They serve a shift too close before or after it for their minimum rest. */
        TOO_LITTLE_REST,
        /** The post asks for a party member, the shift has none yet, and they are not one. */
        NOT_A_PARTY_MEMBER,
        /** The post asks for a tag (医护背景, for example), nobody on it has it yet, nor do they. */
        LACKS_TAG,
        /** Nothing forbade it: the search ended (cancelled or out of time) before it got there. */
        COULD_SERVE
    }

    /**
     * The reason a candidate did not take a place on {@code shift}.
     *
     * @param serving the shifts the candidate serves in the roster as it ends up
     * @param who the candidate as the shift's requirements see them
     * @param stillLacking what the shift's people lack as a whole ({@link RosterRules#gaps})
     * @param needsTag the tag the post asks for, or {@code null}
     */
    public static Reason reason(
            Shift shift,
            List<Shift> serving,
            Availability availability,
            RosterRules.OnShift who,
            List<RosterRules.Gap> stillLacking,
            String needsTag) {
        Set<RosterRules.Broken> broken = RosterRules.check(shift, serving, availability);
        if (broken.contains(RosterRules.Broken.UNAVAILABLE)) {
            return Reason.UNAVAILABLE;
        }
        if (broken.contains(RosterRules.Broken.OVER_WEEKLY_MAX)) {
            return Reason.AT_WEEKLY_MAX;
        }
        if (broken.contains(RosterRules.Broken.OVERLAP)) {
            return Reason.OVERLAP;
        }
        if (broken.contains(RosterRules.Broken.TOO_LITTLE_REST)) {
            return Reason.TOO_LITTLE_REST;
        }
        if (stillLacking.contains(RosterRules.Gap.NO_PARTY_MEMBER) && !who.partyMember()) {
            return Reason.NOT_A_PARTY_MEMBER;
        }
        if (stillLacking.contains(RosterRules.Gap.MISSING_TAG)
                && needsTag != null
                && !who.tags().contains(needsTag)) {
            return Reason.LACKS_TAG;
        }
        return Reason.COULD_SERVE;
    }

    /**
     * Candidates grouped by their reason, the reasons in the order they are told and each group in
     * the candidates' order; reasons nobody has are left out.
     */
    public static <T> Map<Reason, List<T>> byReason(List<T> candidates, Function<T, Reason> why) {
        Map<Reason, List<T>> out = new EnumMap<>(Reason.class);
        for (T c : candidates) {
            out.computeIfAbsent(why.apply(c), r -> new ArrayList<>()).add(c);
        }
        return out;
    }
}
