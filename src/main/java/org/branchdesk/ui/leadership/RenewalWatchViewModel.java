package org.branchdesk.ui.leadership;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchdesk.service.leadership.LeadershipService;
import org.branchdesk.service.leadership.LeadershipService.Watch;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The overview's renewal reminders (换届提醒): how many terms are due or overdue and how many
 * organizations have no secretary, and the list behind the counts; a line opens its organization.
 */
public final class RenewalWatchViewModel {
    /** A line of the list, ready to show. */
    public record Row(UUID orgId, String org, Watch watch, String what, String lastDay) {}

    private final LeadershipService leadership;
    private final TaskExecutor tasks;
    private final Consumer<UUID> openOrg;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper due = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper overdue = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper noSecretary = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    /**
     * @param openOrg shows an organization on the organizations screen
     */
    public RenewalWatchViewModel(
            LeadershipService leadership, TaskExecutor tasks, Consumer<UUID> openOrg) {
        this.leadership = leadership;
        this.tasks = tasks;
        this.openOrg = openOrg;
    }

    /** Reads the watch as of the office's today. */
    public void reload() {
        tasks.execute(
                BackgroundTask.of(I18n.text("task.overview"), p -> leadership.renewals(null))
                        .onSuccess(this::show)
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private void show(List<LeadershipService.WatchLine> lines) {
        rows.setAll(
                lines.stream()
                        .map(
                                l ->
                                        new Row(
                                                l.org().id(),
                                                l.org().name(),
                                                l.watch(),
                                                I18n.text("watch." + l.watch().name()),
                                                l.termLastDay() == null
                                                        ? I18n.text("value.none")
                                                        : l.termLastDay().toString()))
                        .toList());
        due.set(count(lines, Watch.DUE));
        overdue.set(count(lines, Watch.OVERDUE));
        noSecretary.set(count(lines, Watch.NO_SECRETARY));
    }

    private static int count(List<LeadershipService.WatchLine> lines, Watch w) {
        return (int) lines.stream().filter(l -> l.watch() == w).count();
    }

    /** Opens the organization of a line on the organizations screen. */
    public void open(Row row) {
        if (row != null) {
            openOrg.accept(row.orgId());
        }
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty dueProperty() {
        return due.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty overdueProperty() {
        return overdue.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty noSecretaryProperty() {
        return noSecretary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
