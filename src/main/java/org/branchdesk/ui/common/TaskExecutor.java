package org.branchdesk.ui.common;

/**
 * Runs {@link BackgroundTask}s off the JavaFX thread. The application uses {@link FxTaskExecutor};
 * ViewModel tests use a synchronous twin.
 */
public interface TaskExecutor {
    <T> void execute(BackgroundTask<T> task);
}
