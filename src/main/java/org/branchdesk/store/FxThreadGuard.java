package org.branchdesk.store;

/**
 * Checked at every entry to the store: the UI passes a guard that throws on the JavaFX application
 * thread, so that a database call made there fails loudly in tests instead of freezing a clerk's
 * window.
 */
@FunctionalInterface
public interface FxThreadGuard {
    FxThreadGuard NONE = () -> {};

    /** Throws {@link IllegalStateException} when the current thread must not touch the store. */
    void check();

    /** A guard that refuses threads whose name is {@code threadName}. */
    static FxThreadGuard refusing(String threadName) {
        return () -> {
            if (threadName.equals(Thread.currentThread().getName())) {
                throw new IllegalStateException(
                        "the store was called on the " + threadName + " thread");
            }
        };
    }
}
