package org.branchdesk.service.duty.internal;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.calculator.IncrementalScoreCalculator;
import java.util.ArrayList;
import java.util.List;

/**
 * The score of {@link RosterConstraints}, kept up to date by hand as seats change hands: the same
 * predicates and weights with far less work per move, so that the construction can try every
 * candidate for every place within the time limit. The tests run the solver with {@link
 * RosterConstraints} as the assertion score, which fails on the first move where the two differ.
 */
public final class RosterScore
        implements IncrementalScoreCalculator<RosterSolution, HardMediumSoftLongScore> {
    private static final byte UNKNOWN = 0;
    private static final byte FREE = 1;
    private static final byte AWAY = 2;

    private long hard;
    private long medium;
    private long soft;

    /** Each worker's seats, by worker index. */
    private List<List<Seat>> seatsOf;

    /** Each worker's count of seats per week, by worker index and week position. */
    private int[][] inWeek;

    /** Each worker's count of seats in the range, by worker index. */
    private int[] counted;

    /** Whether a worker is unavailable for a duty, by worker index and duty key, as learnt. */
    private byte[][] away;

    /** The workers placed on each duty with a requirement, and what they lack, by duty key. */
    private List<List<Worker>> placedOn;

    private int[] lacking;

    @Override
    public void resetWorkingSolution(RosterSolution solution) {
        hard = 0;
        medium = 0;
        soft = 0;
        int people = solution.getWorkers().size();
        int duties = solution.getDuties().size();
        int weeks = solution.getDuties().stream().mapToInt(Duty::week).max().orElse(-1) + 1;
        seatsOf = new ArrayList<>(people);
        for (int i = 0; i < people; i++) {
            seatsOf.add(new ArrayList<>());
        }
        inWeek = new int[people][weeks];
        counted = new int[people];
        away = new byte[people][duties];
        placedOn = new ArrayList<>(duties);
        for (int i = 0; i < duties; i++) {
            placedOn.add(new ArrayList<>());
        }
        lacking = new int[duties];
        for (Seat s : solution.getSeats()) {
            change(s, 1);
        }
    }

    @Override
    public void beforeEntityAdded(Object entity) {}

    @Override
    public void afterEntityAdded(Object entity) {
        change((Seat) entity, 1);
    }

    @Override
    public void beforeVariableChanged(Object entity, String variableName) {
        change((Seat) entity, -1);
    }

    @Override
    public void afterVariableChanged(Object entity, String variableName) {
        change((Seat) entity, 1);
    }

    @Override
    public void beforeEntityRemoved(Object entity) {
        change((Seat) entity, -1);
    }

    @Override
    public void afterEntityRemoved(Object entity) {}

    @Override
    public HardMediumSoftLongScore calculateScore() {
        return HardMediumSoftLongScore.of(hard, medium, soft);
    }

    /** Adds ({@code +1}) or takes away ({@code -1}) a seat's part of the score. */
    private void change(Seat s, int sign) {
        Worker w = s.getWorker();
        if (w == null) {
            medium -= sign; // an open place
            return;
        }
        Duty d = s.getDuty();
        List<Seat> mine = seatsOf.get(w.index());
        if (sign < 0) {
            mine.remove(s);
        }
        for (Seat o : mine) { // overlap or too little rest
            if (RosterConstraints.clash(s, o)) {
                hard -= sign;
            }
        }
        if (sign > 0) {
            mine.add(s);
        }
        if (unavailable(s, w, d)) {
            hard -= sign;
        }
        int[] weeks = inWeek[w.index()]; // over the weekly maximum
        Worker.Week week = w.week(d.week());
        hard += excess(week, weeks[d.week()]);
        weeks[d.week()] += sign;
        hard -= excess(week, weeks[d.week()]);
        if (d.counted()) { // the square of the person's count
            int k = counted[w.index()];
            soft += (long) k * k;
            k += sign;
            counted[w.index()] = k;
            soft -= (long) k * k;
        }
        if (!s.isPinned() && d.hasRequirement()) { // a requirement not met
            List<Worker> placed = placedOn.get(d.key());
            if (sign > 0) {
                placed.add(w);
            } else {
                placed.remove(w);
            }
            hard += lacking[d.key()];
            lacking[d.key()] = placed.isEmpty() ? 0 : d.requirementsLacking(placed);
            hard -= lacking[d.key()];
        }
    }

    private boolean unavailable(Seat s, Worker w, Duty d) {
        byte known = away[w.index()][d.key()];
        if (known == UNKNOWN) {
            known = RosterConstraints.unavailable(s) ? AWAY : FREE;
            away[w.index()][d.key()] = known;
        }
        return known == AWAY;
    }

    private static int excess(Worker.Week week, int n) {
        return Math.max(0, n - week.allowed());
    }
}
