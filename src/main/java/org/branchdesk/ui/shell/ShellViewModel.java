package org.branchdesk.ui.shell;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.office.Office;
import org.branchdesk.domain.office.OfficeClock;
import org.branchdesk.service.Services;
import org.branchdesk.service.accounts.OfficeAccess;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The main window's state: which phase the office is in (opening, first run, ready, failed), the
 * window title and the status bar's facts.
 */
public final class ShellViewModel {
    /** The phases of a window's life. */
    public enum Phase {
        OPENING,
        SIGN_IN,
        SET_UP,
        RECOVERY_CODE,
        FIRST_RUN,
        READY,
        FAILED
    }

    private static final DateTimeFormatter BACKUP_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final OfficeAccess access;
    private final TaskExecutor tasks;
    private final Path dataDir;

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.OPENING);
    private final ReadOnlyObjectWrapper<Services> services = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Office> office = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper title =
            new ReadOnlyStringWrapper(I18n.text("app.title.opening"));
    private final ReadOnlyStringWrapper officeText =
            new ReadOnlyStringWrapper(I18n.text("status.office.opening"));
    private final ReadOnlyStringWrapper dataFileText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper lastBackupText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper accountText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<OfficeAccess.State> accessState =
            new ReadOnlyObjectWrapper<>();

    /** The recovery code to show once, after a set-up or a recovery. */
    private final ReadOnlyStringWrapper recoveryCode = new ReadOnlyStringWrapper("");

    private final ReadOnlyStringWrapper convertedText = new ReadOnlyStringWrapper("");
    private Office pendingOffice;

    public ShellViewModel(Path dataDir, OfficeAccess access, TaskExecutor tasks) {
        this.dataDir = dataDir;
        this.access = access;
        this.tasks = tasks;
        dataFileText.set(I18n.text("status.dataFolder", dataDir));
        office.addListener((obs, old, now) -> showOffice(now));
    }

    /** Looks at the office folder in the background: sign in, or set up an administrator. */
    public void open() {
        tasks.execute(
                BackgroundTask.of(I18n.text("task.openOffice"), p -> access.state())
                        .onSuccess(
                                state -> {
                                    if (state == OfficeAccess.State.KEYS_MISSING) {
                                        failed(new UserError("error.signIn.keysMissing", dataDir));
                                        return;
                                    }
                                    accessState.set(state);
                                    officeText.set(
                                            I18n.text(
                                                    state == OfficeAccess.State.ACCOUNTS
                                                            ? "status.office.locked"
                                                            : "status.office.none"));
                                    title.set(
                                            I18n.text(
                                                    state == OfficeAccess.State.ACCOUNTS
                                                            ? "app.title.signIn"
                                                            : "app.title.firstRun"));
                                    phase.set(
                                            state == OfficeAccess.State.ACCOUNTS
                                                    ? Phase.SIGN_IN
                                                    : Phase.SET_UP);
                                })
                        .onFailure(this::failed));
    }

    /**
     * Called by the sign-in and set-up forms once the office is open: shows the recovery code first
     * when there is one, then the first-run form or the registers.
     */
    public void opened(OfficeAccess.SetUp setUp) {
        Services s = setUp.services();
        services.set(s);
        dataFileText.set(I18n.text("status.dataFile", s.databaseFile()));
        accountText.set(I18n.text("status.account", s.actor().name(), s.actor().role().label()));
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.openOffice"),
                                p -> s.office().current().orElse(null))
                        .onSuccess(
                                o -> {
                                    pendingOffice = o;
                                    if (setUp.recoveryCode() != null) {
                                        recoveryCode.set(setUp.recoveryCode());
                                        convertedText.set(
                                                setUp.convertedRows() == null
                                                        ? ""
                                                        : I18n.text(
                                                                "setUp.converted",
                                                                setUp.convertedRows().size(),
                                                                setUp
                                                                        .convertedRows()
                                                                        .values()
                                                                        .stream()
                                                                        .mapToLong(Long::longValue)
                                                                        .sum()));
                                        phase.set(Phase.RECOVERY_CODE);
                                    } else {
                                        showOpened();
                                    }
                                })
                        .onFailure(this::failed));
    }

    /** The recovery code has been written down: on to the office. */
    public void recoveryCodeNoted() {
        recoveryCode.set("");
        showOpened();
    }

    private void showOpened() {
        office.set(pendingOffice);
        showOffice(pendingOffice);
        phase.set(pendingOffice == null ? Phase.FIRST_RUN : Phase.READY);
        if (pendingOffice != null) {
            backUpIfDue();
        }
    }

    /** The automatic backup, at most once a working day, after the office has opened. */
    private void backUpIfDue() {
        Services s = services.get();
        if (s == null || s.backups() == null) {
            return;
        }
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.backup"),
                                p -> {
                                    s.backups().backupIfDue();
                                    return s.backups().lastBackup();
                                })
                        .onSuccess(this::showBackup)
                        .onFailure(
                                error ->
                                        lastBackupText.set(I18n.text("status.lastBackup.failed"))));
    }

    /** The open office's time zone (its default before an office is open). */
    private ZoneId zone() {
        Services s = servicesProperty().get();
        return s == null ? OfficeClock.DEFAULT_ZONE : s.office().clock().getZone();
    }

    /**
     * Shows when the office was last backed up (after a backup made from the accounts screen, say).
     */
    public void showBackup(Optional<Instant> last) {
        lastBackupText.set(
                last.map(
                                t ->
                                        I18n.text(
                                                "status.lastBackup",
                                                BACKUP_TIME.withZone(zone()).format(t)))
                        .orElse(I18n.text("status.lastBackup.never")));
    }

    private void failed(Throwable error) {
        failure.set(I18n.messageOf(error));
        officeText.set(I18n.text("status.office.failed"));
        phase.set(Phase.FAILED);
    }

    /**
     * Restores a backup (administrators, password asked again): the office is closed, its data
     * replaced and opened again; every screen then shows the restored data. A refusal leaves the
     * data as it was and asks for a sign-in.
     */
    public void restore(Path backup, char[] password) {
        Services old = services.get();
        if (old == null) {
            return;
        }
        String name = old.actor().name();
        // Everything is checked while the office stays open: a mistyped password or a backup of
        // another office changes nothing and leaves the clerk where they were.
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.restore"),
                                p -> {
                                    try {
                                        return access.prepareRestore(name, password, backup);
                                    } finally {
                                        OfficeAccess.forget(password);
                                    }
                                })
                        .onSuccess(
                                prepared -> {
                                    phase.set(Phase.OPENING);
                                    tasks.execute(
                                            BackgroundTask.of(
                                                            I18n.text("task.restore"),
                                                            p -> {
                                                                old.close();
                                                                return access.restore(prepared);
                                                            })
                                                    .onSuccess(
                                                            s -> {
                                                                notice.set(
                                                                        Notice.success(
                                                                                I18n.text(
                                                                                        "backup.restored")));
                                                                opened(
                                                                        new OfficeAccess.SetUp(
                                                                                s, null, null));
                                                            })
                                                    .onFailure(
                                                            error -> {
                                                                services.set(null);
                                                                accountText.set("");
                                                                title.set(
                                                                        I18n.text(
                                                                                "app.title.signIn"));
                                                                signInError.set(
                                                                        I18n.messageOf(error));
                                                                phase.set(Phase.SIGN_IN);
                                                            }));
                                })
                        .onFailure(error -> notice.set(Notice.failure(error))));
    }

    private final ReadOnlyStringWrapper signInError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    /** Why the office asks for a sign-in again (a failed restore), shown once on the form. */
    public String takeSignInError() {
        String e = signInError.get();
        signInError.set("");
        return e;
    }

    /** A piece of news for a dialog: a restore done, or refused before anything changed. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void clearNotice() {
        notice.set(Notice.NONE);
    }

    public OfficeAccess access() {
        return access;
    }

    /** First run is done: the office exists now. */
    public void officeCreated(Office created) {
        office.set(created);
        phase.set(Phase.READY);
        backUpIfDue();
    }

    private void showOffice(Office o) {
        if (o == null) {
            title.set(I18n.text("app.title.firstRun"));
            officeText.set(I18n.text("status.office.none"));
            lastBackupText.set("");
            return;
        }
        title.set(I18n.text("app.title", o.name()));
        officeText.set(
                o.district() == null
                        ? o.name()
                        : I18n.text("status.office", o.name(), o.district()));
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

    public ReadOnlyStringProperty accountTextProperty() {
        return accountText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OfficeAccess.State> accessStateProperty() {
        return accessState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty recoveryCodeProperty() {
        return recoveryCode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty convertedTextProperty() {
        return convertedText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
