package org.branchdesk.ui.common;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks as {@link Task}s on one shared background thread, so that database, disk and PDF work
 * never touch the JavaFX thread; the newest task's progress is shown in the status bar.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);
    private final ExecutorService executor;
    private final TaskStatus status;
    private final Consumer<Throwable> defaultFailure;
    private final AtomicInteger active = new AtomicInteger();

    public FxTaskExecutor(TaskStatus status, Consumer<Throwable> defaultFailure) {
        this.status = status;
        this.defaultFailure = defaultFailure;
        this.executor =
                Executors.newSingleThreadExecutor(
                        r -> {
                            Thread t = new Thread(r, "branchdesk-worker");
                            t.setDaemon(true);
                            return t;
                        });
    }

    @Override
    public <T> void execute(BackgroundTask<T> background) {
        AtomicBoolean cancelRequested = new AtomicBoolean();
        Task<T> task =
                new Task<>() {
                    @Override
                    protected T call() throws Exception {
                        updateMessage(background.title());
                        return background
                                .work()
                                .call(
                                        new BackgroundTask.Progress() {
                                            @Override
                                            public void update(long done, long total) {
                                                updateProgress(done, total);
                                            }

                                            @Override
                                            public void message(String text) {
                                                updateMessage(text);
                                            }

                                            @Override
                                            public boolean isCancelled() {
                                                return taskCancelled();
                                            }
                                        });
                    }

                    private boolean taskCancelled() {
                        return cancelRequested.get();
                    }
                };
        active.incrementAndGet();
        status.runningProperty().set(true);
        status.messageProperty().bind(task.messageProperty());
        status.progressProperty().bind(task.progressProperty());
        status.cancellableProperty().set(background.isCancellable());
        // Never interrupt: H2 closes the whole database when a thread is interrupted during I/O.
        // Nor cancel the Task itself: it would report "cancelled" at once, while the work may
        // be committing. The work polls Progress.isCancelled() and throws CancellationException
        // where it can still roll back; only then is it reported as cancelled.
        status.cancelProperty().set(() -> cancelRequested.set(true));
        task.setOnSucceeded(
                e -> {
                    finished(task);
                    background.successHandler().accept(task.getValue());
                });
        task.setOnFailed(
                e -> {
                    finished(task);
                    Throwable error = task.getException();
                    if (error instanceof CancellationException
                            && background.cancelHandler() != null) {
                        background.cancelHandler().run();
                        return;
                    }
                    LOG.warn("task '{}' failed: {}", background.title(), error.toString(), error);
                    (background.failureHandler() != null
                                    ? background.failureHandler()
                                    : defaultFailure)
                            .accept(error);
                });
        task.setOnCancelled(
                e -> {
                    finished(task);
                    background.cancelHandler().run();
                });
        executor.execute(task);
    }

    private void finished(Task<?> task) {
        if (active.decrementAndGet() == 0) {
            status.messageProperty().unbind();
            status.progressProperty().unbind();
            status.messageProperty().set("");
            status.progressProperty().set(0);
            status.runningProperty().set(false);
            status.cancellableProperty().set(false);
        }
    }

    /**
     * Lets the running task finish (it may be writing to the database) and refuses new ones; call
     * from a background thread when the window closes.
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("a background task was still running 30 s after the window closed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
