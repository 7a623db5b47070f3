package org.branchdesk.domain.duty;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.branchdesk.domain.common.Tags;

/**
 * The rules of a roster, one per method, asked alike when a clerk assigns someone (every broken
 * rule shown at once), by {@code roster check} and by the auto-fill's hard constraints.
 */
public final class RosterRules {
    private RosterRules() {}

    /** What assigning a person to a shift would break. */
    public enum Broken {
        /** The person already serves a shift at that time. */
        OVERLAP,
        /** Less than the person's minimum rest between this shift and another. */
        TOO_LITTLE_REST,
        /** The person said they cannot serve then. */
        UNAVAILABLE,
        /** More shifts in the week than the person's maximum. */
        OVER_WEEKLY_MAX
    }

    /** Whether two shifts' times overlap (one ending as the other starts is no overlap). */
    public static boolean overlap(Shift a, Shift b) {
        return a.startsAt().isBefore(b.endsAt()) && b.startsAt().isBefore(a.endsAt());
    }

    /** The rest between two shifts that do not overlap; zero when they do. */
    public static Duration restBetween(Shift a, Shift b) {
        if (overlap(a, b)) {
            return Duration.ZERO;
        }
        return a.endsAt().isAfter(b.startsAt())
                ? Duration.between(b.endsAt(), a.startsAt())
                : Duration.between(a.endsAt(), b.startsAt());
    }

    /**
     * Every rule that assigning {@code shift} to a person would break, given the shifts they
     * already serve and when they can serve. Empty when it may be done.
     */
    public static Set<Broken> check(Shift shift, List<Shift> serving, Availability availability) {
        Set<Broken> out = EnumSet.noneOf(Broken.class);
        int inWeek = 1;
        for (Shift other : serving) {
            if (overlap(shift, other)) {
                out.add(Broken.OVERLAP);
            } else if (restBetween(shift, other).compareTo(availability.minimumRest()) < 0) {
                out.add(Broken.TOO_LITTLE_REST);
            }
            if (other.weekStart().equals(shift.weekStart())) {
                inWeek++;
            }
        }
        for (Availability.Period p : availability.unavailable()) {
            if (p.overlaps(shift.startsAt(), shift.endsAt())) {
                out.add(Broken.UNAVAILABLE);
            }
        }
        if (inWeek > availability.maxShiftsPerWeek()) {
            out.add(Broken.OVER_WEEKLY_MAX);
        }
        return out;
    }

    /** What a shift's people lack as a whole. */
    public enum Gap {
        /** Fewer people than the shift needs. */
        UNDERSTAFFED,
        /** The post asks for at least one party member and none is on the shift. */
        NO_PARTY_MEMBER,
        /** The post asks for someone with a tag (医护背景, for example) and none has it. */
        MISSING_TAG
    }

    /** Who serves a shift, as its requirements see them. */
    public record OnShift(boolean partyMember, Set<String> tags) {
        /**
         * Someone as the registers know them: a party member when on the members register, with the
         * tags of both records, the member's and the people register's (a volunteer nurse who is no
         * member brings 医护背景 as a member would; a member listed there too brings both).
         *
         * @param memberTags the member's tags text, or {@code null} when not a member
         * @param personTags the people register's tags text, or {@code null} when not listed there
         */
        public static OnShift of(boolean member, String memberTags, String personTags) {
            return new OnShift(member, Tags.union(memberTags, personTags));
        }
    }

    /**
     * What a shift's people lack: too few for the headcount, no party member where the post asks
     * for one, nobody with the tag the post asks for ({@code null}: none asked).
     */
    public static List<Gap> gaps(
            Shift shift, List<OnShift> people, boolean needsPartyMember, String needsTag) {
        List<Gap> out = new ArrayList<>();
        if (people.size() < shift.headcount()) {
            out.add(Gap.UNDERSTAFFED);
        }
        if (needsPartyMember && people.stream().noneMatch(OnShift::partyMember)) {
            out.add(Gap.NO_PARTY_MEMBER);
        }
        if (needsTag != null && people.stream().noneMatch(p -> p.tags().contains(needsTag))) {
            out.add(Gap.MISSING_TAG);
        }
        return out;
    }
}
