package org.branchdesk.ui.duty;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * What the small duty forms (a reporting, a claim, hours, a cadre sent down) share when saving: the
 * save runs in the background, once at a time; the record saved closes the dialog; a refusal is put
 * in the form's notice and nothing changes.
 */
final class FormSaving<T> {
    private final TaskExecutor tasks;
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<T> saved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    FormSaving(TaskExecutor tasks) {
        this.tasks = tasks;
    }

    /** Saves in the background; {@code then} gets the record saved. */
    void run(String title, BackgroundTask.Work<T> work, Consumer<T> then) {
        saving.set(true);
        tasks.execute(
                BackgroundTask.of(title, work)
                        .onSuccess(
                                r -> {
                                    saving.set(false);
                                    saved.set(r);
                                    then.accept(r);
                                })
                        .onFailure(
                                e -> {
                                    saving.set(false);
                                    notice.set(Notice.failure(e));
                                }));
    }

    /** A failure of another step of the form (reading its choices). */
    void failed(Throwable e) {
        notice.set(Notice.failure(e));
    }

    /** Whether a save is running. */
    BooleanProperty saving() {
        return saving;
    }

    ReadOnlyObjectProperty<T> saved() {
        return saved.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Notice> notice() {
        return notice.getReadOnlyProperty();
    }

    void clearNotice() {
        notice.set(Notice.NONE);
    }
}
