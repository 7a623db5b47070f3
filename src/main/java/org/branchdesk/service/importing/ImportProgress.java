package org.branchdesk.service.importing;

/**
 * How far an import is, in percent, for the progress bar. The screen's implementation may throw
 * {@link java.util.concurrent.CancellationException} when the clerk cancels: the import's
 * transaction then rolls back and the office stays exactly as it was.
 */
@FunctionalInterface
public interface ImportProgress {
    /** Nobody is watching (the command line, the demo). */
    ImportProgress NONE = percent -> {};

    void at(int percent);

    /**
     * Reports step {@code i} of {@code n} within the span {@code from}–{@code to} percent, every
     * 500 steps.
     */
    default void step(int i, int n, int from, int to) {
        if (n > 0 && i % 500 == 0) {
            at(from + (int) ((long) (to - from) * i / n));
        }
    }

    /** Reports step {@code i} of {@code n} over the whole span, every 500 steps. */
    default void step(int i, int n) {
        step(i, n, 0, 100);
    }

    /** This progress seen from a part of the work: its 0–100% are {@code from}–{@code to}% here. */
    default ImportProgress span(int from, int to) {
        if (this == NONE) {
            return NONE;
        }
        return percent -> at(from + (to - from) * Math.max(0, Math.min(100, percent)) / 100);
    }
}
