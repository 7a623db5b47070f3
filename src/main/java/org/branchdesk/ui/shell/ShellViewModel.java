package org.branchdesk.ui.shell;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.branchdesk.domain.Office;
import org.branchdesk.service.Services;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The main window's state: which phase the office is in (opening, first run, ready, failed),
 * the window title and the status bar's facts.
 */
public final class ShellViewModel {
    /** The phases of a window's life. */
    public enum Phase { OPENING, FIRST_RUN, READY, FAILED }

    private static final DateTimeFormatter BACKUP_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final Supplier<Services> opener;
    private final TaskExecutor tasks;
    private final Path dataDir;

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.OPENING);
    private final ReadOnlyObjectWrapper<Services> services = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Office> office = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(I18n.text("app.title.opening"));
    private final ReadOnlyStringWrapper officeText = new ReadOnlyStringWrapper(I18n.text("status.office.opening"));
    private final ReadOnlyStringWrapper dataFileText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper lastBackupText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");

    public ShellViewModel(Path dataDir, Supplier<Services> opener, TaskExecutor tasks) {
        this.dataDir = dataDir;
        this.opener = opener;
        this.tasks = tasks;
        dataFileText.set(I18n.text("status.dataFolder", dataDir));
        office.addListener((obs, old, now) -> showOffice(now));
    }

    /** Opens the office in the background; the window is already visible. */
    public void open() {
        tasks.execute(BackgroundTask.of(I18n.text("task.openOffice"), p -> {
            Services s = opener.get();
            return new Opened(s, s.office().current().orElse(null));
        }).onSuccess(o -> {
            services.set(o.services());
            dataFileText.set(I18n.text("status.dataFile", o.services().databaseFile()));
            office.set(o.office());
            showOffice(o.office());
            phase.set(o.office() == null ? Phase.FIRST_RUN : Phase.READY);
        }).onFailure(error -> {
            failure.set(I18n.messageOf(error));
            officeText.set(I18n.text("status.office.failed"));
            phase.set(Phase.FAILED);
        }));
    }

    private record Opened(Services services, Office office) {
    }

    /** First run is done: the office exists now. */
    public void officeCreated(Office created) {
        office.set(created);
        phase.set(Phase.READY);
    }

    private void showOffice(Office o) {
        if (o == null) {
            title.set(I18n.text("app.title.firstRun"));
            officeText.set(I18n.text("status.office.none"));
            lastBackupText.set("");
            return;
        }
        title.set(I18n.text("app.title", o.name()));
        officeText.set(o.district() == null ? o.name() : I18n.text("status.office", o.name(), o.district()));
        lastBackupText.set(o.lastBackupAt() == null ? I18n.text("status.lastBackup.never")
                : I18n.text("status.lastBackup", BACKUP_TIME.format(o.lastBackupAt())));
    }

    public Path dataDir() {
        return dataDir;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Services> servicesProperty() {
        return services.getReadOnlyProperty();
    }

    public ObjectProperty<Office> officeProperty() {
        return office;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty officeTextProperty() {
        return officeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataFileTextProperty() {
        return dataFileText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastBackupTextProperty() {
        return lastBackupText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
