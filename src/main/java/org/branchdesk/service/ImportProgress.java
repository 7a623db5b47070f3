package org.branchdesk.service;

/**
 * How far an import is, in percent, for the progress bar. The screen's implementation may
 * throw {@link java.util.concurrent.CancellationException} when the clerk cancels: the import's
 * transaction then rolls back and the office stays exactly as it was.
 */
@FunctionalInterface
public interface ImportProgress {
    /** Nobody is watching (the command line, the demo). */
    ImportProgress NONE = percent -> { };

    void at(int percent);

    /** Reports step {@code i} of {@code n} within the span {@code from}–{@code to} percent, every 500 steps. */
    default void step(int i, int n, int from, int to) {
        if (n > 0 && i % 500 == 0) {
            at(from + (int) ((long) (to - from) * i / n));
        }
    }
}
