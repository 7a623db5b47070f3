package org.branchdesk.ui.common;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Work for the background, described without JavaFX so that ViewModels can be tested with the
 * synchronous executor. Callbacks run on the JavaFX thread (in tests: the caller's).
 *
 * @param <T> the result
 */
public final class BackgroundTask<T> {
    /** The work itself; it may report progress and should stop when cancelled. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** Lets work report how far it is and see whether the clerk cancelled it. */
    public interface Progress {
        void update(long done, long total);

        void message(String text);

        boolean isCancelled();
    }

    private final String title;
    private final Work<T> work;
    private Consumer<T> onSuccess = r -> {};
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> {};
    private boolean cancellable;

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    /** A task titled for the status bar (a text from the bundle). */
    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> consumer) {
        this.onSuccess = Objects.requireNonNull(consumer);
        return this;
    }

    /** Without a failure handler, the executor shows the error to the clerk. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> consumer) {
        this.onFailure = consumer;
        return this;
    }

    /** Runs when the clerk cancelled the task (the work itself may still be rolling back). */
    public BackgroundTask<T> onCancelled(Runnable handler) {
        this.onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    public Runnable cancelHandler() {
        return onCancelled;
    }

    /** Shows a cancel button while the task runs. */
    public BackgroundTask<T> cancellable() {
        this.cancellable = true;
        return this;
    }

    public String title() {
        return title;
    }

    public Work<T> work() {
        return work;
    }

    public Consumer<T> successHandler() {
        return onSuccess;
    }

    public Consumer<Throwable> failureHandler() {
        return onFailure;
    }

    public boolean isCancellable() {
        return cancellable;
    }
}
