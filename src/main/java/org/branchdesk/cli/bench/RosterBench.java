package org.branchdesk.cli.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchdesk.domain.duty.Availability;
import org.branchdesk.domain.duty.RosterCheck;
import org.branchdesk.domain.duty.RosterRules;
import org.branchdesk.domain.duty.Shift;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.service.duty.AutoFill;
import org.branchdesk.service.duty.GeneratedRoster;

/**
 * {@code bench roster}: the auto-fill of a generated feasible roster of {@value #PEOPLE} people and
 * {@value #SHIFTS} shifts (a week) to zero broken rules, with the spread of shift counts; then
 * checking {@value #CHECK_SHIFTS} generated shifts (four weeks) with their assignments.
 */
final class RosterBench {
    static final int PEOPLE = 300;
    static final int SHIFTS = 600;
    static final int CHECK_SHIFTS = 20_000;
    static final int CHECK_PEOPLE = 3_000;
    static final long SEED = 2020_02_03L;

    private final PrintWriter out;
    private final int runs;

    RosterBench(PrintWriter out, int runs) {
        this.out = out;
        this.runs = runs;
    }

    void run() {
        autoFill();
        check();
    }

    // ------------------------------------------------------------------ the auto-fill

    /**
     * The first run in a fresh JVM is what a clerk waits for; it and up to two more are printed
     * (each on the same instance, with the same seed).
     */
    private void autoFill() {
        AutoFill.Problem p = GeneratedRoster.problem(PEOPLE, SHIFTS, 7, SEED);
        int pinned = p.candidates().stream().mapToInt(c -> c.serving().size()).sum();
        out.println(
                "roster_problem: "
                        + p.candidates().size()
                        + " people, "
                        + p.slots().size()
                        + " shifts, "
                        + p.openPlaces()
                        + " open places, "
                        + pinned
                        + " already assigned");
        out.flush();
        AutoFill fill = new AutoFill();
        List<Long> toFeasible = new ArrayList<>();
        List<Long> total = new ArrayList<>();
        for (int i = 0; i < Math.min(runs, 3); i++) {
            AutoFill.Result r = fill.fill(p, AutoFill.DEFAULT_LIMIT, x -> {}, () -> false);
            toFeasible.add(r.completeAfter() == null ? -1 : r.completeAfter().toMillis());
            total.add(r.took().toMillis());
            IntSummaryStatistics counts =
                    r.shiftCounts().values().stream()
                            .mapToInt(Integer::intValue)
                            .summaryStatistics();
            double mean = counts.getAverage();
            double deviation = Math.max(counts.getMax() - mean, mean - counts.getMin());
            out.println(
                    "roster_autofill_run_"
                            + (i + 1)
                            + ": every place filled with zero hard violations after "
                            + ms(r.completeAfter())
                            + " ms, stopped after "
                            + r.took().toMillis()
                            + " ms"
                            + (r.optimal() ? " (no better roster possible)" : "")
                            + "; filled "
                            + r.filled().size()
                            + ", unfilled "
                            + r.unfilled().stream().mapToInt(AutoFill.Unfilled::places).sum()
                            + " places in "
                            + r.unfilled().size()
                            + " shifts, withdrawn "
                            + r.withdrawn()
                            + "; shifts per person min "
                            + counts.getMin()
                            + " max "
                            + counts.getMax()
                            + String.format(" mean %.2f, largest deviation %.2f", mean, deviation));
            out.flush();
        }
        BenchCommand.report(out, "roster_autofill_all_filled_zero_hard_ms", toFeasible);
        BenchCommand.report(out, "roster_autofill_total_ms", total);
    }

    private static String ms(Duration d) {
        return d == null ? "never" : Long.toString(d.toMillis());
    }

    // ------------------------------------------------------------------ checking a roster

    /** A person's assignments as the check sees them. */
    record Served(Availability availability, List<Shift> shifts) {}

    private void check() {
        List<Served> roster = assignedRoundRobin(CHECK_PEOPLE, CHECK_SHIFTS);
        Whole whole = wholeRoster(CHECK_PEOPLE, CHECK_SHIFTS);
        int assignments = roster.stream().mapToInt(s -> s.shifts().size()).sum();
        int broken = checkWithRosterRules(roster);
        int problems = checkWithRosterCheck(whole);
        out.println(
                "roster_check_problem: "
                        + CHECK_SHIFTS
                        + " shifts over 28 days, "
                        + assignments
                        + " assignments of "
                        + CHECK_PEOPLE
                        + " people; RosterCheck.check finds "
                        + problems
                        + " broken rules; "
                        + broken
                        + " assignments break a rule one by one (RosterRules.check)");
        BenchCommand.report(
                out,
                "roster_check_" + CHECK_SHIFTS + "_shifts_ms",
                timed(() -> checkWithRosterCheck(whole)));
        BenchCommand.report(
                out,
                "roster_check_" + CHECK_SHIFTS + "_shifts_one_by_one_ms",
                timed(() -> checkWithRosterRules(roster)));
    }

    /** Milliseconds of each run after three that warm the JVM. */
    private List<Long> timed(Runnable check) {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 3 + runs; i++) {
            long t0 = System.nanoTime();
            check.run();
            if (i >= 3) {
                micros.add((System.nanoTime() - t0) / 1_000);
            }
        }
        return micros.stream().map(us -> (us + 500) / 1000).toList();
    }

    /** The same generated roster as the whole-roster checker reads it. */
    record Whole(List<RosterCheck.Slot> slots, RosterCheck.People people) {}

    /**
     * The generated shifts with the same round-robin places as {@link #assignedRoundRobin}, as
     * {@link RosterCheck} slots (with the posts' requirements) and people.
     */
    static Whole wholeRoster(int people, int shifts) {
        AutoFill.Problem p = GeneratedRoster.problem(people, shifts, 28, SEED);
        Map<UUID, Shift> shiftOf = new LinkedHashMap<>();
        Map<UUID, AutoFill.Slot> slotOf = new HashMap<>();
        Map<UUID, List<Team.Someone>> on = new HashMap<>();
        Map<Team.Someone, Availability> availability = new HashMap<>();
        Map<Team.Someone, RosterRules.OnShift> facts = new HashMap<>();
        List<Team.Someone> everyone = new ArrayList<>();
        for (AutoFill.Candidate c : p.candidates()) {
            Team.Someone who = Team.Someone.person(c.id());
            everyone.add(who);
            availability.put(who, c.availability());
            facts.put(who, c.onShift());
            for (AutoFill.Served sv : c.serving()) {
                shiftOf.putIfAbsent(sv.shiftId(), sv.shift());
                on.computeIfAbsent(sv.shiftId(), k -> new ArrayList<>()).add(who);
            }
        }
        int next = 0;
        for (AutoFill.Slot s : p.slots()) {
            shiftOf.putIfAbsent(s.shiftId(), s.shift());
            slotOf.put(s.shiftId(), s);
            for (int k = 0; k < s.openPlaces(); k++) {
                on.computeIfAbsent(s.shiftId(), x -> new ArrayList<>()).add(everyone.get(next));
                next = (next + 1) % everyone.size();
            }
        }
        List<RosterCheck.Slot> slots = new ArrayList<>();
        shiftOf.forEach(
                (id, shift) -> {
                    AutoFill.Slot s = slotOf.get(id);
                    slots.add(
                            new RosterCheck.Slot(
                                    id,
                                    shift,
                                    s != null && s.needsPartyMember(),
                                    s == null || s.needsTag() == null || s.needsTag().isBlank()
                                            ? null
                                            : s.needsTag(),
                                    on.getOrDefault(id, List.of())));
                });
        return new Whole(slots, new RosterCheck.People(availability, facts));
    }

    /** The whole-roster check ({@link RosterCheck#check}): how many rules are broken. */
    static int checkWithRosterCheck(Whole whole) {
        return RosterCheck.check(whole.slots(), whole.people()).size();
    }

    /**
     * The generated shifts' places given to the people in turn, whatever the rules say (so that the
     * check has something to find).
     */
    static List<Served> assignedRoundRobin(int people, int shifts) {
        AutoFill.Problem p = GeneratedRoster.problem(people, shifts, 28, SEED);
        List<Served> out = new ArrayList<>();
        for (AutoFill.Candidate c : p.candidates()) {
            List<Shift> serving = new ArrayList<>();
            c.serving().forEach(s -> serving.add(s.shift()));
            out.add(new Served(c.availability(), serving));
        }
        int next = 0;
        for (AutoFill.Slot s : p.slots()) {
            for (int k = 0; k < s.openPlaces(); k++) {
                out.get(next).shifts().add(s.shift());
                next = (next + 1) % out.size();
            }
        }
        return out;
    }

    /**
     * Checks every assignment with {@link RosterRules#check} against the other shifts of its
     * person, one person at a time; returns how many assignments break a rule. The figure the issue
     * asks for is {@link #checkWithRosterCheck}'s; this one is printed beside it.
     */
    static int checkWithRosterRules(List<Served> roster) {
        int broken = 0;
        for (Served person : roster) {
            List<Shift> shifts = person.shifts();
            List<Shift> others = new ArrayList<>(shifts.size());
            for (int i = 0; i < shifts.size(); i++) {
                others.clear();
                others.addAll(shifts.subList(0, i));
                others.addAll(shifts.subList(i + 1, shifts.size()));
                if (!RosterRules.check(shifts.get(i), others, person.availability()).isEmpty()) {
                    broken++;
                }
            }
        }
        return broken;
    }
}
