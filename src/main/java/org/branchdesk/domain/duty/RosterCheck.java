package org.branchdesk.domain.duty;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Every broken rule of a whole roster, or of one assignment before it is made, by the rules of
 * {@link RosterRules}: one rule per method, each asked alike by {@code roster check}, the week grid
 * and the live check of an assignment.
 *
 * <p>A whole roster is checked person by person: each one's shifts sorted by start, each shift
 * compared only with the shifts before it that could still be too close (no shift lasts more than a
 * day), so twenty thousand shifts take milliseconds.
 */
public final class RosterCheck {
    private RosterCheck() {}

    /** A rule a roster can break: the first four by one person, the last three by a shift. */
    public enum Rule {
        /** Someone serves two shifts at once. */
        OVERLAP,
        /** Someone has less than their minimum rest between two shifts. */
        TOO_LITTLE_REST,
        /** Someone serves when they said they cannot. */
        UNAVAILABLE,
        /** Someone serves more shifts in a week than their maximum. */
        OVER_WEEKLY_MAX,
        /** A shift has fewer people than it needs. */
        UNDERSTAFFED,
        /** A shift of a post that needs a party member has none. */
        NO_PARTY_MEMBER,
        /** A shift of a post that needs a tag (医护背景 …) has nobody with it. */
        MISSING_TAG;

        /** Whether one person breaks it (else the shift as a whole). */
        public boolean personal() {
            return compareTo(OVER_WEEKLY_MAX) <= 0;
        }

        static Rule of(RosterRules.Gap gap) {
            return valueOf(gap.name());
        }
    }

    /**
     * A shift with what its post needs and who is on it.
     *
     * @param needsTag the tag one of its people must have, or {@code null}
     */
    public record Slot(
            UUID id,
            Shift shift,
            boolean needsPartyMember,
            String needsTag,
            List<Team.Someone> people) {
        public Slot {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(shift, "shift");
            people = List.copyOf(people);
        }
    }

    /**
     * A broken rule.
     *
     * @param shiftId the shift that breaks it (of two too close, the later one; of a week over the
     *     maximum, its last shift)
     * @param who who breaks it, {@code null} for a shift's own lack
     * @param otherShiftId the earlier shift of an overlap or too little rest, else {@code null}
     */
    public record Problem(Rule rule, UUID shiftId, Team.Someone who, UUID otherShiftId) {
        public Problem {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(shiftId, "shiftId");
        }

        /** Whether it concerns a shift, as the one that breaks it or the other of the pair. */
        public boolean concerns(UUID shift) {
            return shiftId.equals(shift) || shift.equals(otherShiftId);
        }
    }

    /**
     * What is known of the people on a roster: when each can serve ({@link Availability#OPEN} when
     * not given) and what each brings to a shift (nobody's a party member, no tags, when not
     * given).
     */
    public record People(
            Map<Team.Someone, Availability> availability,
            Map<Team.Someone, RosterRules.OnShift> facts) {
        private static final RosterRules.OnShift NOTHING = new RosterRules.OnShift(false, Set.of());

        public People {
            availability = Map.copyOf(availability);
            facts = Map.copyOf(facts);
        }

        public Availability availabilityOf(Team.Someone who) {
            return availability.getOrDefault(who, Availability.OPEN);
        }

        public RosterRules.OnShift factsOf(Team.Someone who) {
            return facts.getOrDefault(who, NOTHING);
        }
    }

    // --- a whole roster --------------------------------------------------------------------------

    /**
     * Every rule a roster breaks: each person's overlaps, too little rest, unavailable times and
     * weeks over the maximum, then each shift's lacks; in time order.
     */
    public static List<Problem> check(List<Slot> slots, People people) {
        Map<Team.Someone, List<Slot>> byPerson = new LinkedHashMap<>();
        for (Slot slot : slots) {
            for (Team.Someone who : slot.people()) {
                byPerson.computeIfAbsent(who, k -> new ArrayList<>()).add(slot);
            }
        }
        List<Problem> out = new ArrayList<>();
        for (Map.Entry<Team.Someone, List<Slot>> e : byPerson.entrySet()) {
            Team.Someone who = e.getKey();
            List<Slot> serving = e.getValue();
            serving.sort(BY_START);
            Availability a = people.availabilityOf(who);
            out.addAll(overlaps(who, serving));
            out.addAll(tooLittleRest(who, serving, a.minimumRest()));
            out.addAll(unavailable(who, serving, a));
            out.addAll(overWeeklyMax(who, serving, a.maxShiftsPerWeek()));
        }
        for (Slot slot : slots) {
            out.addAll(lacks(slot, slot.people(), people));
        }
        Map<UUID, Slot> byId = new HashMap<>();
        for (Slot s : slots) {
            byId.put(s.id(), s);
        }
        out.sort(
                Comparator.comparing((Problem p) -> byId.get(p.shiftId()).shift().startsAt())
                        .thenComparing(p -> p.shiftId().toString())
                        .thenComparing(Problem::rule));
        return out;
    }

    /** Shifts in time order, the same start by id (so the order never depends on the input's). */
    private static final Comparator<Slot> BY_START =
            Comparator.comparing((Slot s) -> s.shift().startsAt())
                    .thenComparing(s -> s.id().toString());

    /**
     * The earlier shifts that may be too close to {@code serving.get(i)} for a rest of {@code
     * rest}: a shift that started a day and the rest before it or earlier has ended by then.
     */
    private static List<Slot> nearBefore(List<Slot> serving, int i, Duration rest) {
        Slot current = serving.get(i);
        List<Slot> near = new ArrayList<>();
        for (int j = i - 1; j >= 0; j--) {
            Slot earlier = serving.get(j);
            Duration apart =
                    Duration.between(earlier.shift().startsAt(), current.shift().startsAt());
            if (apart.compareTo(LONGEST_SHIFT.plus(rest)) >= 0) {
                break;
            }
            if (!earlier.id().equals(current.id())) {
                near.add(earlier);
            }
        }
        return near;
    }

    /** No shift pattern runs longer than a whole day ({@code 00:00-00:00}). */
    private static final Duration LONGEST_SHIFT = Duration.ofDays(1);

    /** Each pair of someone's shifts that overlap (their shifts sorted by start). */
    static List<Problem> overlaps(Team.Someone who, List<Slot> serving) {
        List<Problem> out = new ArrayList<>();
        for (int i = 0; i < serving.size(); i++) {
            Slot s = serving.get(i);
            for (Slot earlier : nearBefore(serving, i, Duration.ZERO)) {
                if (RosterRules.overlap(s.shift(), earlier.shift())) {
                    out.add(new Problem(Rule.OVERLAP, s.id(), who, earlier.id()));
                }
            }
        }
        return out;
    }

    /** Each pair of someone's shifts with less than their rest between (not overlapping). */
    static List<Problem> tooLittleRest(Team.Someone who, List<Slot> serving, Duration rest) {
        List<Problem> out = new ArrayList<>();
        for (int i = 0; i < serving.size(); i++) {
            Slot s = serving.get(i);
            for (Slot earlier : nearBefore(serving, i, rest)) {
                if (tooLittleRest(s.shift(), earlier.shift(), rest)) {
                    out.add(new Problem(Rule.TOO_LITTLE_REST, s.id(), who, earlier.id()));
                }
            }
        }
        return out;
    }

    /** Each of someone's shifts in a time they said they cannot serve. */
    static List<Problem> unavailable(Team.Someone who, List<Slot> serving, Availability a) {
        List<Problem> out = new ArrayList<>();
        if (a.unavailable().isEmpty()) {
            return out;
        }
        for (Slot s : serving) {
            if (unavailable(s.shift(), a)) {
                out.add(new Problem(Rule.UNAVAILABLE, s.id(), who, null));
            }
        }
        return out;
    }

    /**
     * Each week (Monday to Sunday, a shift counted in the week of the day it starts) in which
     * someone serves more than their maximum: once, on the week's last shift.
     */
    static List<Problem> overWeeklyMax(Team.Someone who, List<Slot> serving, int max) {
        Map<LocalDate, List<Slot>> weeks = new LinkedHashMap<>();
        for (Slot s : serving) {
            weeks.computeIfAbsent(s.shift().weekStart(), k -> new ArrayList<>()).add(s);
        }
        List<Problem> out = new ArrayList<>();
        for (List<Slot> week : weeks.values()) {
            if (overWeeklyMax(week.size(), max)) {
                out.add(
                        new Problem(
                                Rule.OVER_WEEKLY_MAX, week.get(week.size() - 1).id(), who, null));
            }
        }
        return out;
    }

    /** What a shift's people lack as a whole: too few, no party member, nobody with the tag. */
    static List<Problem> lacks(Slot slot, List<Team.Someone> on, People people) {
        List<RosterRules.OnShift> facts = on.stream().map(people::factsOf).toList();
        return RosterRules.gaps(slot.shift(), facts, slot.needsPartyMember(), slot.needsTag())
                .stream()
                .map(g -> new Problem(Rule.of(g), slot.id(), null, null))
                .toList();
    }

    // --- the rules themselves --------------------------------------------------------------------

    /** Less rest between two shifts than the person's minimum (overlapping ones are an overlap). */
    public static boolean tooLittleRest(Shift a, Shift b, Duration minimumRest) {
        return !RosterRules.overlap(a, b)
                && RosterRules.restBetween(a, b).compareTo(minimumRest) < 0;
    }

    /** A shift that touches a time the person cannot serve. */
    public static boolean unavailable(Shift s, Availability a) {
        return a.unavailable().stream().anyMatch(p -> p.overlaps(s.startsAt(), s.endsAt()));
    }

    /** More shifts in one week than the maximum. */
    public static boolean overWeeklyMax(int shiftsInWeek, int max) {
        return shiftsInWeek > max;
    }

    // --- one assignment before it is made --------------------------------------------------------

    /**
     * Every rule putting someone on {@code target} would break, given the other shifts they serve
     * (any others; those of other weeks and far away change nothing) and when they can serve. The
     * problems are all on {@code target}.
     */
    public static List<Problem> assigning(
            Slot target, Team.Someone who, List<Slot> serving, Availability a) {
        List<Problem> out = new ArrayList<>();
        List<Slot> others =
                serving.stream().filter(s -> !s.id().equals(target.id())).sorted(BY_START).toList();
        for (Slot other : others) {
            if (RosterRules.overlap(target.shift(), other.shift())) {
                out.add(new Problem(Rule.OVERLAP, target.id(), who, other.id()));
            }
        }
        for (Slot other : others) {
            if (tooLittleRest(target.shift(), other.shift(), a.minimumRest())) {
                out.add(new Problem(Rule.TOO_LITTLE_REST, target.id(), who, other.id()));
            }
        }
        if (unavailable(target.shift(), a)) {
            out.add(new Problem(Rule.UNAVAILABLE, target.id(), who, null));
        }
        long inWeek =
                1
                        + others.stream()
                                .filter(
                                        s ->
                                                s.shift()
                                                        .weekStart()
                                                        .equals(target.shift().weekStart()))
                                .count();
        if (overWeeklyMax((int) inWeek, a.maxShiftsPerWeek())) {
            out.add(new Problem(Rule.OVER_WEEKLY_MAX, target.id(), who, null));
        }
        return out;
    }

    /**
     * The requirements putting {@code adding} on {@code target} would leave unmet: once the shift
     * has all the people it needs, a party member or the tag still missing is a broken rule (while
     * places are left, someone who brings it may still come). Too few people is not.
     */
    public static List<Problem> requirementsAfter(
            Slot target, List<Team.Someone> adding, People people) {
        List<Team.Someone> after = new ArrayList<>(target.people());
        for (Team.Someone who : adding) {
            if (!after.contains(who)) {
                after.add(who);
            }
        }
        if (after.size() < target.shift().headcount()) {
            return List.of();
        }
        return lacks(target, after, people).stream()
                .filter(p -> p.rule() != Rule.UNDERSTAFFED)
                .toList();
    }
}
