package org.branchdesk.ui.common;

import java.util.concurrent.CancellationException;
import org.branchdesk.service.importing.ImportProgress;

/** Service progress seen by a background task's progress bar, with its cancel button. */
public final class Progresses {
    private Progresses() {}

    /**
     * Per cent reported to the task's bar; once the clerk cancels, the next report throws, and the
     * service's transaction rolls back.
     */
    public static ImportProgress of(BackgroundTask.Progress task) {
        return percent -> {
            if (task.isCancelled()) {
                throw new CancellationException();
            }
            task.update(percent, 100);
        };
    }
}
