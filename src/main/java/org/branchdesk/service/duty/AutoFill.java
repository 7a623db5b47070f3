package org.branchdesk.service.duty;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.duty.Availability;
import org.branchdesk.domain.duty.RosterRules;
import org.branchdesk.domain.duty.Shift;
import org.branchdesk.domain.duty.WhyUnfilled;
import org.branchdesk.service.duty.internal.Duty;
import org.branchdesk.service.duty.internal.RosterSolution;
import org.branchdesk.service.duty.internal.RosterSolver;
import org.branchdesk.service.duty.internal.Seat;
import org.branchdesk.service.duty.internal.Worker;

/**
 * Fills a roster's open places with Timefold Solver, on a plain model (no database): the shifts
 * with their open places, the candidates with their limits and the shifts they already serve.
 *
 * <ul>
 *   <li>Hard: the rules of {@link RosterRules}: no overlap, the minimum rest, unavailable times,
 *       the weekly maximum (Monday to Sunday, by the day a shift starts), and the post's
 *       requirements (a party member, a tag) on every shift it places someone on. The shifts a
 *       candidate already serves are never moved and count in every rule.
 *   <li>Medium: as many places filled as possible.
 *   <li>Soft: a fair share: shift counts (the ones already served in the range included) as even as
 *       possible.
 * </ul>
 *
 * Every place it fills is checked once more against {@link RosterRules#check} before it is
 * returned, so a search cut short never returns a broken rule; every place it leaves open comes
 * with each candidate's reason ({@link WhyUnfilled}). A published slot is never changed. Runs on
 * the calling thread; the cancel flag (or an interrupt) stops it with the best roster so far.
 */
public final class AutoFill {
    /** The time limit unless the caller gives one (the target for 300 × 600). */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(10);

    /** At most this many names of a group are spelled out in an explanation. */
    static final int NAMES_SHOWN = 5;

    private static final long SEED = 13;

    private final RosterSolver solver;

    public AutoFill() {
        this(false);
    }

    /** {@code asserting}: check every incremental score against a full one (slow; tests). */
    AutoFill(boolean asserting) {
        this.solver = new RosterSolver(SEED, asserting);
    }

    /**
     * A shift with open places.
     *
     * @param post the post's name as a clerk reads it (with its compound)
     * @param shift its day and hours on the office's clock, and its headcount
     * @param alreadyOn the people already assigned to it, as its requirements see them
     * @param published whether its week is published: then it is never changed
     */
    public record Slot(
            UUID shiftId,
            String post,
            Shift shift,
            boolean needsPartyMember,
            String needsTag,
            List<RosterRules.OnShift> alreadyOn,
            boolean published) {
        public Slot {
            Objects.requireNonNull(shiftId, "shiftId");
            Objects.requireNonNull(shift, "shift");
            alreadyOn = List.copyOf(alreadyOn);
        }

        /** Headcount less those already on it; none when published. */
        public int openPlaces() {
            return published ? 0 : Math.max(0, shift.headcount() - alreadyOn.size());
        }
    }

    /** A shift a candidate already serves (a manual, copied or earlier assignment). */
    public record Served(UUID shiftId, Shift shift) {
        public Served {
            Objects.requireNonNull(shiftId, "shiftId");
            Objects.requireNonNull(shift, "shift");
        }
    }

    /**
     * Someone who may be placed: a member or a person of the people register.
     *
     * @param serving every shift they already serve that the rules need to see: the range, the rest
     *     of its first and last weeks, and the day before and after
     */
    public record Candidate(
            UUID id,
            String name,
            boolean partyMember,
            Set<String> tags,
            Availability availability,
            List<Served> serving) {
        public Candidate {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(availability, "availability");
            tags = Set.copyOf(tags);
            serving = List.copyOf(serving);
        }

        /** As a shift's requirements see them. */
        public RosterRules.OnShift onShift() {
            return new RosterRules.OnShift(partyMember, tags);
        }
    }

    /** The slots of a date range and everyone who may serve them. */
    public record Problem(List<Slot> slots, List<Candidate> candidates) {
        public Problem {
            slots = List.copyOf(slots);
            candidates = List.copyOf(candidates);
            Set<UUID> seen = new HashSet<>();
            for (Slot s : slots) {
                if (!seen.add(s.shiftId())) {
                    throw new IllegalArgumentException("slot listed twice: " + s.shiftId());
                }
            }
            for (Candidate c : candidates) {
                if (!seen.add(c.id())) {
                    throw new IllegalArgumentException("candidate listed twice: " + c.id());
                }
            }
        }

        /** Every open place of the slots that are not published. */
        public int openPlaces() {
            return slots.stream().mapToInt(Slot::openPlaces).sum();
        }
    }

    /** A place filled: who takes it. */
    public record Fill(Slot slot, Candidate candidate) {}

    /**
     * A slot left short, with every candidate's reason (candidates on it are left out).
     *
     * @param places how many places stay open
     */
    public record Unfilled(Slot slot, int places, Map<WhyUnfilled.Reason, List<Candidate>> why) {
        /**
         * The reasons in Chinese, grouped: "张三、李四 不可值班；王五 已达每周上限". A group of more than {@value
         * AutoFill#NAMES_SHOWN} names ends with "等 N 人".
         */
        public String explanation() {
            if (why.isEmpty()) {
                return Messages.format("autofill.noCandidates");
            }
            List<String> parts = new ArrayList<>();
            why.forEach(
                    (reason, who) ->
                            parts.add(
                                    Messages.format(
                                            "autofill.reason." + reason.name(),
                                            names(who),
                                            slot.needsTag())));
            return String.join(Messages.format("autofill.separator"), parts);
        }

        private static String names(List<Candidate> who) {
            String shown =
                    String.join(
                            Messages.format("autofill.nameSeparator"),
                            who.stream().limit(NAMES_SHOWN).map(Candidate::name).toList());
            return who.size() <= NAMES_SHOWN
                    ? shown
                    : Messages.format("autofill.andOthers", shown, who.size());
        }
    }

    /**
     * How far the search is, told about ten times a second from another thread.
     *
     * @param fraction of the time limit spent (1 when done)
     * @param filled places filled in the best roster so far
     * @param places open places in all
     * @param feasible whether the best roster so far breaks no rule
     */
    public record Progress(
            double fraction, Duration elapsed, int filled, int places, boolean feasible) {}

    /**
     * The outcome.
     *
     * @param filled the places filled, by slot in time order
     * @param unfilled the slots left short, with the reasons
     * @param shiftCounts each candidate's shifts in the range, those already served included, in
     *     the candidates' order
     * @param publishedLeftAlone slots skipped because their week is published
     * @param cancelled whether the cancel flag stopped it (the result is the best so far)
     * @param optimal whether it stopped because nothing could be better: no rule broken, every
     *     place filled, counts differing by at most one
     * @param completeAfter when the solver first had a roster with every place filled and no rule
     *     broken, from the start of {@link #fill}, or {@code null}
     * @param took the whole run
     * @param withdrawn places the solver filled that the final check of the rules took back (none
     *     unless the search was cut short)
     */
    public record Result(
            List<Fill> filled,
            List<Unfilled> unfilled,
            Map<UUID, Integer> shiftCounts,
            int publishedLeftAlone,
            boolean cancelled,
            boolean optimal,
            Duration completeAfter,
            Duration took,
            int withdrawn) {}

    /**
     * Fills the open places of the problem's slots.
     *
     * @param limit the longest it may search ({@link #DEFAULT_LIMIT} for the command line)
     * @param progress told about ten times a second, from another thread
     * @param cancelled polled as often; true stops the search
     */
    public Result fill(
            Problem problem,
            Duration limit,
            Consumer<Progress> progress,
            BooleanSupplier cancelled) {
        long t0 = System.nanoTime();
        Model m = new Model(problem);
        int places = m.openSeats.size();
        RosterSolver.Outcome outcome = null;
        if (places > 0 && !problem.candidates().isEmpty() && !cancelled.getAsBoolean()) {
            outcome =
                    solver.solve(
                            m.solution,
                            limit,
                            unimprovedLimit(limit),
                            cancelled,
                            (elapsed, best) ->
                                    progress.accept(progressOf(elapsed, limit, best, places)),
                            t0);
        }
        List<int[]> proposed = new ArrayList<>(); // {slot, candidate}
        if (outcome != null) {
            for (Seat s : outcome.best().getSeats()) {
                if (!s.isPinned() && s.getWorker() != null) {
                    proposed.add(new int[] {s.getDuty().index(), s.getWorker().index()});
                }
            }
        }
        Checked checked = check(problem, proposed);
        Result r =
                new Result(
                        checked.fills,
                        explain(problem, checked),
                        counts(problem, checked.fills),
                        (int) problem.slots().stream().filter(Slot::published).count(),
                        outcome == null ? cancelled.getAsBoolean() : outcome.cancelled(),
                        outcome != null && outcome.optimal(),
                        outcome == null ? null : outcome.completeAfter(),
                        Duration.ofNanos(System.nanoTime() - t0),
                        proposed.size() - checked.fills.size());
        progress.accept(new Progress(1.0, r.took(), r.filled().size(), places, true)); // checked
        return r;
    }

    /** A quarter of the limit, at least a second: time enough to even out the shares. */
    static Duration unimprovedLimit(Duration limit) {
        Duration quarter = limit.dividedBy(4);
        Duration atLeast =
                quarter.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : quarter;
        return atLeast.compareTo(limit) > 0 ? limit : atLeast;
    }

    private static Progress progressOf(
            Duration elapsed, Duration limit, HardMediumSoftLongScore best, int places) {
        double f = Math.min(0.99, (double) elapsed.toMillis() / Math.max(1, limit.toMillis()));
        if (best == null) {
            return new Progress(f, elapsed, 0, places, false);
        }
        return new Progress(
                f, elapsed, places + (int) best.mediumScore(), places, best.hardScore() == 0);
    }

    // ------------------------------------------------------------------ the solver's model

    /** The days of the slots, first to last: the shifts served in it count toward a share. */
    private record Range(LocalDate first, LocalDate last) {
        static Range of(Problem p) {
            LocalDate first = null;
            LocalDate last = null;
            for (Slot s : p.slots()) {
                LocalDate d = s.shift().day();
                first = first == null || d.isBefore(first) ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
            }
            return new Range(first, last);
        }

        boolean contains(LocalDate d) {
            return first != null && !d.isBefore(first) && !d.isAfter(last);
        }
    }

    /** The problem as the solver's planning classes. */
    private static final class Model {
        final RosterSolution solution;
        final List<Seat> openSeats = new ArrayList<>();

        Model(Problem p) {
            List<Worker> workers = new ArrayList<>();
            for (Candidate c : p.candidates()) {
                workers.add(
                        new Worker(workers.size(), c.availability(), c.partyMember(), c.tags()));
            }
            Map<LocalDate, Integer> weeks = new HashMap<>(); // each Monday's position
            p.slots().forEach(s -> weeks.putIfAbsent(s.shift().weekStart(), weeks.size()));
            p.candidates()
                    .forEach(
                            c ->
                                    c.serving()
                                            .forEach(
                                                    sv ->
                                                            weeks.putIfAbsent(
                                                                    sv.shift().weekStart(),
                                                                    weeks.size())));
            workers.forEach(w -> w.weeks(weeks.size()));
            List<Duty> duties = new ArrayList<>();
            List<Duty> places = new ArrayList<>(); // one per open place
            for (int i = 0; i < p.slots().size(); i++) {
                Slot s = p.slots().get(i);
                Duty d =
                        new Duty(
                                i,
                                duties.size(),
                                s.shift(),
                                weeks.get(s.shift().weekStart()),
                                s.needsPartyMember(),
                                blankToNull(s.needsTag()),
                                s.alreadyOn(),
                                true);
                duties.add(d);
                for (int k = 0; k < s.openPlaces(); k++) {
                    places.add(d);
                }
            }
            // the construction fills shifts with a requirement first, then in time order
            places.sort(
                    Comparator.comparing((Duty d) -> !d.hasRequirement())
                            .thenComparing(d -> d.shift().startsAt())
                            .thenComparingInt(Duty::index));
            List<Seat> seats = new ArrayList<>();
            for (Duty d : places) {
                seats.add(new Seat(seats.size(), d, null, false));
            }
            openSeats.addAll(seats);
            Range range = Range.of(p);
            for (int i = 0; i < p.candidates().size(); i++) {
                Worker w = workers.get(i);
                for (Served sv : p.candidates().get(i).serving()) {
                    Duty d =
                            new Duty(
                                    -1,
                                    duties.size(),
                                    sv.shift(),
                                    weeks.get(sv.shift().weekStart()),
                                    false,
                                    null,
                                    List.of(),
                                    range.contains(sv.shift().day()));
                    duties.add(d);
                    seats.add(new Seat(seats.size(), d, w, true));
                    w.pin(d.week());
                }
            }
            this.solution = new RosterSolution(workers, duties, seats);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    // ------------------------------------------------------------------ the final check

    /** The places that passed the final check, and each candidate's shifts with them. */
    record Checked(List<Fill> fills, List<List<Shift>> serving) {}

    /**
     * Takes the solver's places ({slot, candidate} indexes) in time order and keeps those that
     * break no rule of {@link RosterRules#check} against what the person serves (already, and kept
     * so far); then drops the placed people of any shift whose requirements their crew does not
     * meet.
     */
    static Checked check(Problem p, List<int[]> proposed) {
        List<List<Shift>> serving = new ArrayList<>();
        for (Candidate c : p.candidates()) {
            serving.add(new ArrayList<>(c.serving().stream().map(Served::shift).toList()));
        }
        proposed.sort(
                Comparator.comparing((int[] x) -> p.slots().get(x[0]).shift().startsAt())
                        .thenComparingInt(x -> x[0])
                        .thenComparingInt(x -> x[1]));
        Map<Integer, List<Integer>> kept = new LinkedHashMap<>();
        for (int[] sc : proposed) {
            Slot slot = p.slots().get(sc[0]);
            Candidate c = p.candidates().get(sc[1]);
            if (RosterRules.check(slot.shift(), serving.get(sc[1]), c.availability()).isEmpty()) {
                serving.get(sc[1]).add(slot.shift());
                kept.computeIfAbsent(sc[0], k -> new ArrayList<>()).add(sc[1]);
            }
        }
        List<Fill> fills = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : kept.entrySet()) {
            Slot slot = p.slots().get(e.getKey());
            List<RosterRules.OnShift> crew = new ArrayList<>(slot.alreadyOn());
            e.getValue().forEach(i -> crew.add(p.candidates().get(i).onShift()));
            if (lacksRequirement(slot, crew)) {
                for (int i : e.getValue()) { // dropping a place never breaks another rule
                    serving.get(i).remove(slot.shift());
                }
                continue;
            }
            e.getValue().forEach(i -> fills.add(new Fill(slot, p.candidates().get(i))));
        }
        return new Checked(fills, serving);
    }

    private static boolean lacksRequirement(Slot slot, List<RosterRules.OnShift> crew) {
        return RosterRules.gaps(
                        slot.shift(), crew, slot.needsPartyMember(), blankToNull(slot.needsTag()))
                .stream()
                .anyMatch(g -> g != RosterRules.Gap.UNDERSTAFFED);
    }

    // ------------------------------------------------------------------ explanations

    private static List<Unfilled> explain(Problem p, Checked checked) {
        Map<UUID, List<Candidate>> placed = new LinkedHashMap<>();
        for (Fill f : checked.fills()) {
            placed.computeIfAbsent(f.slot().shiftId(), k -> new ArrayList<>()).add(f.candidate());
        }
        List<Unfilled> out = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < p.slots().size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> p.slots().get(i).shift().startsAt()));
        for (int i : order) {
            Slot slot = p.slots().get(i);
            List<Candidate> on = placed.getOrDefault(slot.shiftId(), List.of());
            int open = slot.openPlaces() - on.size();
            if (open <= 0) {
                continue;
            }
            List<RosterRules.OnShift> crew = new ArrayList<>(slot.alreadyOn());
            on.forEach(c -> crew.add(c.onShift()));
            List<RosterRules.Gap> lacking =
                    RosterRules.gaps(
                            slot.shift(),
                            crew,
                            slot.needsPartyMember(),
                            blankToNull(slot.needsTag()));
            List<Integer> others = new ArrayList<>();
            for (int c = 0; c < p.candidates().size(); c++) {
                if (!on.contains(p.candidates().get(c))
                        && !serves(p.candidates().get(c), slot.shiftId())) {
                    others.add(c);
                }
            }
            Map<WhyUnfilled.Reason, List<Integer>> byIndex =
                    WhyUnfilled.byReason(
                            others,
                            c ->
                                    WhyUnfilled.reason(
                                            slot.shift(),
                                            checked.serving().get(c),
                                            p.candidates().get(c).availability(),
                                            p.candidates().get(c).onShift(),
                                            lacking,
                                            blankToNull(slot.needsTag())));
            Map<WhyUnfilled.Reason, List<Candidate>> why = new LinkedHashMap<>();
            byIndex.forEach(
                    (r, list) -> why.put(r, list.stream().map(p.candidates()::get).toList()));
            out.add(new Unfilled(slot, open, why));
        }
        return out;
    }

    private static boolean serves(Candidate c, UUID shiftId) {
        return c.serving().stream().anyMatch(s -> s.shiftId().equals(shiftId));
    }

    private static Map<UUID, Integer> counts(Problem p, List<Fill> fills) {
        Range range = Range.of(p);
        Map<UUID, Integer> out = new LinkedHashMap<>();
        for (Candidate c : p.candidates()) {
            out.put(
                    c.id(),
                    (int)
                            c.serving().stream()
                                    .filter(s -> range.contains(s.shift().day()))
                                    .count());
        }
        for (Fill f : fills) {
            out.merge(f.candidate().id(), 1, Integer::sum);
        }
        return out;
    }
}
