package org.branchdesk.service.duty.internal;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.score.director.ScoreDirectorFactoryConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Timefold Solver configured in code, scored by {@link RosterScore}: a first-fit construction
 * (seats in the order given, every candidate tried, the best taken), then local search with
 * Timefold's default moves (change a seat's person, swap two seats' people). It stops at the time
 * limit, after a spell without improvement, when cancelled, or as soon as it cannot do better: no
 * rule broken, every place filled and the shares as even as the count of places allows.
 */
public final class RosterSolver {
    private static final Logger LOG = LoggerFactory.getLogger(RosterSolver.class);

    /** How often the watcher looks at the cancel flag and reports progress. */
    static final long TICK_MILLIS = 100;

    private final SolverFactory<RosterSolution> factory;

    /**
     * @param seed the random seed: with the same seed and problem, the same steps (until a time
     *     limit cuts them off)
     * @param asserting whether to check the incremental score against a full calculation (slow; for
     *     tests)
     */
    public RosterSolver(long seed, boolean asserting) {
        SolverConfig config =
                new SolverConfig()
                        .withSolutionClass(RosterSolution.class)
                        .withEntityClasses(Seat.class)
                        .withScoreDirectorFactory(scoring(asserting))
                        .withEnvironmentMode(
                                asserting ? EnvironmentMode.FULL_ASSERT : EnvironmentMode.NO_ASSERT)
                        .withRandomSeed(seed)
                        .withPhases(
                                new ConstructionHeuristicPhaseConfig()
                                        .withConstructionHeuristicType(
                                                ConstructionHeuristicType.FIRST_FIT),
                                new LocalSearchPhaseConfig());
        this.factory = SolverFactory.create(config);
    }

    /**
     * The score kept by hand ({@link RosterScore}); when asserting, checked after every move
     * against the constraint streams ({@link RosterConstraints}), the readable statement of it.
     */
    static ScoreDirectorFactoryConfig scoring(boolean asserting) {
        ScoreDirectorFactoryConfig c =
                new ScoreDirectorFactoryConfig()
                        .withIncrementalScoreCalculatorClass(RosterScore.class);
        return asserting
                ? c.withAssertionScoreDirectorFactory(
                        new ScoreDirectorFactoryConfig()
                                .withConstraintProviderClass(RosterConstraints.class))
                : c;
    }

    /** What a watcher is told about every {@value #TICK_MILLIS} ms. */
    public interface Watch {
        /**
         * @param elapsed since solving began
         * @param best the best score so far, {@code null} before the first
         */
        void tick(Duration elapsed, HardMediumSoftLongScore best);
    }

    /**
     * How a run ended.
     *
     * @param best the best roster found (its seats' people filled in)
     * @param cancelled whether the cancel flag (or an interrupt) stopped it
     * @param completeAfter when a roster with every place filled and no rule broken was first found
     *     (from {@code startedAt}), or {@code null}
     * @param optimal whether it stopped because it could not do better
     */
    public record Outcome(
            RosterSolution best, boolean cancelled, Duration completeAfter, boolean optimal) {}

    /**
     * Solves on the calling thread. Interrupting it, or the cancel flag turning true, stops the
     * search and returns the best found so far.
     *
     * @param startedAt {@link System#nanoTime()} when the caller began (times are told from then)
     */
    public Outcome solve(
            RosterSolution problem,
            Duration limit,
            Duration unimproved,
            BooleanSupplier cancel,
            Watch watch,
            long startedAt) {
        Solver<RosterSolution> solver =
                factory.buildSolver(
                        new SolverConfigOverride<RosterSolution>()
                                .withTerminationConfig(
                                        new TerminationConfig()
                                                .withSpentLimit(limit)
                                                .withUnimprovedSpentLimit(unimproved)));
        long least = leastUnevenness(problem);
        long t0 = startedAt;
        Run run = new Run();
        solver.addEventListener(
                e -> {
                    if (!e.isNewBestSolutionInitialized()) {
                        return;
                    }
                    HardMediumSoftLongScore s = (HardMediumSoftLongScore) e.getNewBestScore();
                    run.best = s;
                    if (s.hardScore() == 0 && s.mediumScore() == 0 && run.completeAt < 0) {
                        run.completeAt = System.nanoTime();
                    }
                    if (s.hardScore() == 0 && s.mediumScore() == 0 && -s.softScore() <= least) {
                        run.optimal = true;
                        solver.terminateEarly();
                    }
                });
        Thread caller = Thread.currentThread();
        Thread watcher =
                new Thread(
                        () -> {
                            while (!run.done) {
                                if (cancel.getAsBoolean() || caller.isInterrupted()) {
                                    run.cancelled = true;
                                    solver.terminateEarly(); // again each tick: not lost if early
                                }
                                try {
                                    watch.tick(Duration.ofNanos(System.nanoTime() - t0), run.best);
                                } catch (RuntimeException e) { // never stop watching the flag
                                    LOG.warn("progress listener failed", e);
                                }
                                try {
                                    Thread.sleep(TICK_MILLIS);
                                } catch (InterruptedException e) {
                                    return;
                                }
                            }
                        },
                        "autofill-watch");
        watcher.setDaemon(true);
        watcher.start();
        RosterSolution best;
        try {
            best = solver.solve(problem);
        } finally {
            run.done = true;
            watcher.interrupt();
            try {
                watcher.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new Outcome(
                best,
                run.cancelled,
                run.completeAt < 0 ? null : Duration.ofNanos(run.completeAt - t0),
                run.optimal);
    }

    /** What the listener and the watcher share. */
    private static final class Run {
        volatile HardMediumSoftLongScore best;
        volatile long completeAt = -1;
        volatile boolean optimal;
        volatile boolean cancelled;
        volatile boolean done;
    }

    /**
     * The least the soft level can be when every seat is taken: the counted seats shared as evenly
     * as possible, {@code r} people with {@code q + 1} and the others with {@code q}.
     */
    static long leastUnevenness(RosterSolution problem) {
        long total = problem.getSeats().stream().filter(s -> s.getDuty().counted()).count();
        long people = problem.getWorkers().size();
        if (people == 0) {
            return 0;
        }
        long q = total / people;
        long r = total % people;
        return r * (q + 1) * (q + 1) + (people - r) * q * q;
    }
}
