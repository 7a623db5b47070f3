package org.branchdesk.service.duty.internal;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import java.util.List;
import java.util.Set;
import org.branchdesk.domain.duty.RosterRules;
import org.branchdesk.domain.duty.RosterRules.Broken;

/**
 * The auto-fill's score, stated as constraint streams. Hard: the rules of {@link RosterRules},
 * asked of it rather than restated (overlap, rest, unavailable, weekly maximum, the post's
 * requirements). Medium: every place left open. Soft: a fair share, the sum over people of the
 * square of their shift count (pinned shifts in the range included), which for a given number of
 * filled places is least when the counts differ by at most one.
 *
 * <p>A rule broken only among pinned shifts (a manual override with its reason) is not the solver's
 * doing and does not count; every rule that a placed seat takes part in does.
 *
 * <p>The solver runs on {@link RosterScore}, which keeps the same score by hand at a fraction of
 * the cost; this statement is the readable one, and the tests check the two against each other
 * after every move. A change of rule changes both.
 */
public final class RosterConstraints implements ConstraintProvider {
    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
            overlapOrTooLittleRest(f),
            unavailable(f),
            overWeeklyMaximum(f),
            requirementNotMet(f),
            openPlace(f),
            unevenShare(f)
        };
    }

    /** Two shifts of one person that overlap or leave less than their minimum rest. */
    Constraint overlapOrTooLittleRest(ConstraintFactory f) {
        return f.forEachUniquePair(Seat.class, Joiners.equal(Seat::getWorker))
                .filter(RosterConstraints::clash)
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint("overlap or too little rest");
    }

    /** Whether two seats of one person break the overlap or rest rule (not both pinned). */
    static boolean clash(Seat a, Seat b) {
        if (a.isPinned() && b.isPinned()
                || a.getDuty().farApart(b.getDuty(), a.getWorker().restMinutes())) {
            return false;
        }
        Set<Broken> broken =
                RosterRules.check(
                        a.getDuty().shift(),
                        List.of(b.getDuty().shift()),
                        a.getWorker().availability());
        return broken.contains(Broken.OVERLAP) || broken.contains(Broken.TOO_LITTLE_REST);
    }

    /** A placed seat at a time its person said they cannot serve. */
    Constraint unavailable(ConstraintFactory f) {
        return f.forEach(Seat.class)
                .filter(RosterConstraints::unavailable)
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint("unavailable");
    }

    static boolean unavailable(Seat s) {
        return !s.isPinned()
                && RosterRules.check(s.getDuty().shift(), List.of(), s.getWorker().availability())
                        .contains(Broken.UNAVAILABLE);
    }

    /**
     * More shifts in a Monday-to-Sunday week than the person's maximum: {@link RosterRules#check}
     * finds a shift over the maximum when it and the others of its week number more than the
     * maximum, which is the week's count. Each shift beyond it counts once, unless pinned shifts
     * alone already went beyond ({@link Worker.Week#allowed}).
     */
    Constraint overWeeklyMaximum(ConstraintFactory f) {
        return f.forEach(Seat.class)
                .groupBy(s -> s.getWorker().week(s.getDuty().week()), count())
                .filter((week, n) -> n > week.allowed())
                .penalize(HardMediumSoftLongScore.ONE_HARD, (week, n) -> n - week.allowed())
                .asConstraint("over the weekly maximum");
    }

    /**
     * A shift the solver placed people on whose people, with those already on it, have no party
     * member or nobody with the tag its post asks for ({@link RosterRules#gaps}).
     */
    Constraint requirementNotMet(ConstraintFactory f) {
        return f.forEach(Seat.class)
                .filter(s -> !s.isPinned() && s.getDuty().hasRequirement())
                .groupBy(Seat::getDuty, toList(Seat::getWorker))
                .filter((d, placed) -> d.requirementsLacking(placed) > 0)
                .penalize(
                        HardMediumSoftLongScore.ONE_HARD,
                        (d, placed) -> d.requirementsLacking(placed))
                .asConstraint("requirement not met");
    }

    /** A place nobody took. */
    Constraint openPlace(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(Seat.class)
                .filter(s -> s.getWorker() == null)
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM)
                .asConstraint("open place");
    }

    /** The square of each person's count of shifts in the range. */
    Constraint unevenShare(ConstraintFactory f) {
        return f.forEach(Seat.class)
                .filter(s -> s.getDuty().counted())
                .groupBy(Seat::getWorker, count())
                .penalize(HardMediumSoftLongScore.ONE_SOFT, (w, n) -> n * n)
                .asConstraint("uneven share");
    }
}
