package org.branchdesk.testing;

import java.util.ArrayList;
import java.util.List;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The synchronous twin of the application's executor: runs each task at once, on the caller's
 * thread.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    private final List<Throwable> unhandled = new ArrayList<>();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        T result;
        try {
            result =
                    task.work()
                            .call(
                                    new BackgroundTask.Progress() {
                                        @Override
                                        public void update(long done, long total) {}

                                        @Override
                                        public void message(String text) {}

                                        @Override
                                        public boolean isCancelled() {
                                            return false;
                                        }
                                    });
        } catch (Exception e) {
            if (task.failureHandler() != null) {
                task.failureHandler().accept(e);
            } else {
                unhandled.add(e);
            }
            return;
        }
        task.successHandler().accept(result);
    }

    /** Failures of tasks that had no handler (the application would show them in a dialog). */
    public List<Throwable> unhandled() {
        return unhandled;
    }
}
