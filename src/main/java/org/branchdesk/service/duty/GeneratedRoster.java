package org.branchdesk.service.duty;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.duty.Availability;
import org.branchdesk.domain.duty.RosterRules;
import org.branchdesk.domain.duty.Shift;
import org.branchdesk.domain.duty.ShiftPattern;

/**
 * A generated roster problem for the benchmark and the tests, the same for the same arguments on
 * every PC: compounds that each keep a checkpoint (four shifts a day, two people, a party member
 * among them), a patrol (three day shifts, two people), a disinfection round (two people) and a
 * temperature screening (one person with a medical background), from Monday 3 February 2020.
 *
 * <p>Of the people, 45% are party members and 15% have the medical background; 30% have a weekly
 * maximum of 5 (the others 7), 10% want 12 hours' rest, 30% cannot serve one whole day and 10% one
 * afternoon; one in ten already serves one of the shifts (a manual assignment). The benchmark's 300
 * people and 600 shifts over a week can be filled completely with every count within one of the
 * mean.
 */
public final class GeneratedRoster {
    /** The Monday the generated shifts start on. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2020, 2, 3);

    private GeneratedRoster() {}

    private static final ShiftPattern MORNING = pattern(7, 12);
    private static final ShiftPattern AFTERNOON = pattern(12, 18);
    private static final ShiftPattern EVENING = pattern(18, 22);
    private static final ShiftPattern NIGHT = pattern(22, 7);

    /** A post of the sample: its kind (for its name), hours, headcount and requirements. */
    private record Post(
            String kind, List<ShiftPattern> hours, int headcount, boolean member, boolean tag) {}

    private static final List<Post> POSTS =
            List.of(
                    new Post(
                            "CHECKPOINT",
                            List.of(MORNING, AFTERNOON, EVENING, NIGHT),
                            2,
                            true,
                            false),
                    new Post("PATROL", List.of(MORNING, AFTERNOON, EVENING), 2, false, false),
                    new Post("DISINFECTION", List.of(MORNING), 2, false, false),
                    new Post("TEMPERATURE", List.of(AFTERNOON), 1, false, true));

    /** Shifts a compound keeps each day. */
    static final int SHIFTS_PER_COMPOUND_DAY = POSTS.stream().mapToInt(p -> p.hours().size()).sum();

    /**
     * {@code shifts} shifts over {@code days} days (as many compounds as that takes; the last
     * compound may keep fewer posts) and {@code people} candidates.
     */
    public static AutoFill.Problem problem(int people, int shifts, int days, long seed) {
        if (people < 1 || shifts < 1 || days < 1) {
            throw new IllegalArgumentException("people, shifts and days must be positive");
        }
        Random random = new Random(seed);
        int compounds =
                (shifts + SHIFTS_PER_COMPOUND_DAY * days - 1) / (SHIFTS_PER_COMPOUND_DAY * days);
        String tag = Messages.format("autofill.sample.tag");
        List<AutoFill.Slot> slots = new ArrayList<>();
        outer:
        for (int c = 1; c <= compounds; c++) {
            for (Post post : POSTS) {
                String name =
                        Messages.format(
                                "autofill.sample.post",
                                c,
                                Messages.format("autofill.sample.kind." + post.kind()));
                for (int d = 0; d < days; d++) {
                    for (ShiftPattern h : post.hours()) {
                        if (slots.size() == shifts) {
                            break outer;
                        }
                        slots.add(
                                new AutoFill.Slot(
                                        new UUID(1, slots.size()),
                                        name,
                                        new Shift(FIRST_DAY.plusDays(d), h, post.headcount()),
                                        post.member(),
                                        post.tag() ? tag : null,
                                        List.of(),
                                        false));
                    }
                }
            }
        }
        List<AutoFill.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            boolean member = random.nextInt(100) < 45;
            boolean medical = random.nextInt(100) < 15;
            int max = random.nextInt(100) < 30 ? 5 : 7;
            Duration rest =
                    random.nextInt(100) < 10 ? Duration.ofHours(12) : Availability.DEFAULT_REST;
            List<Availability.Period> away = new ArrayList<>();
            int roll = random.nextInt(100);
            LocalDate day = FIRST_DAY.plusDays(random.nextInt(days));
            if (roll < 30) {
                away.add(
                        new Availability.Period(
                                day.atStartOfDay(), day.plusDays(1).atStartOfDay()));
            } else if (roll < 40) {
                away.add(new Availability.Period(day.atTime(12, 0), day.atTime(18, 0)));
            }
            candidates.add(
                    new AutoFill.Candidate(
                            new UUID(2, i),
                            Messages.format("autofill.sample.person", i + 1),
                            member,
                            medical ? Set.of(tag) : Set.of(),
                            new Availability(away, max, rest),
                            List.of()));
        }
        pinSome(slots, candidates, random);
        return new AutoFill.Problem(slots, candidates);
    }

    /**
     * One in ten people already serves a shift (one without requirements, free for them), as a
     * clerk's manual assignment would.
     */
    private static void pinSome(
            List<AutoFill.Slot> slots, List<AutoFill.Candidate> candidates, Random random) {
        for (int i = 0; i < candidates.size(); i += 10) {
            AutoFill.Candidate c = candidates.get(i);
            for (int tries = 0; tries < 20; tries++) {
                int k = random.nextInt(slots.size());
                AutoFill.Slot s = slots.get(k);
                if (s.needsPartyMember()
                        || s.needsTag() != null
                        || s.openPlaces() < 2
                        || !RosterRules.check(s.shift(), List.of(), c.availability()).isEmpty()) {
                    continue;
                }
                List<RosterRules.OnShift> on = new ArrayList<>(s.alreadyOn());
                on.add(c.onShift());
                slots.set(
                        k,
                        new AutoFill.Slot(
                                s.shiftId(),
                                s.post(),
                                s.shift(),
                                s.needsPartyMember(),
                                s.needsTag(),
                                on,
                                s.published()));
                candidates.set(
                        i,
                        new AutoFill.Candidate(
                                c.id(),
                                c.name(),
                                c.partyMember(),
                                c.tags(),
                                c.availability(),
                                List.of(new AutoFill.Served(s.shiftId(), s.shift()))));
                break;
            }
        }
    }

    private static ShiftPattern pattern(int from, int to) {
        return new ShiftPattern(LocalTime.of(from, 0), LocalTime.of(to, 0));
    }
}
