package org.branchdesk.ui.care;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * What the care forms share when saving: the save runs in the background, once at a time; the
 * record saved closes the dialog; a refusal is put in the form's notice and nothing changes.
 *
 * @param <T> what a save returns
 */
public final class CareForm<T> {
    private final TaskExecutor tasks;
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<T> saved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    public CareForm(TaskExecutor tasks) {
        this.tasks = tasks;
    }

    /** Saves in the background under the task's bundle title; {@code then} gets what was saved. */
    public void run(String titleKey, BackgroundTask.Work<T> work, Consumer<T> then) {
        if (saving.get()) {
            return;
        }
        saving.set(true);
        tasks.execute(
                BackgroundTask.of(I18n.text(titleKey), work)
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
    public void failed(Throwable e) {
        notice.set(Notice.failure(e));
    }

    /** Whether a save is running (确定 is disabled meanwhile). */
    public BooleanProperty savingProperty() {
        return saving;
    }

    /** What was saved, once it was: the dialog closes. */
    public ReadOnlyObjectProperty<T> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** A refusal of the service, shown over the form. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void clearNotice() {
        notice.set(Notice.NONE);
    }
}
