package org.branchdesk.ui.accounts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.common.Masking;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.accounts.AccountService;
import org.branchdesk.service.accounts.AccountService.AccountLine;
import org.branchdesk.service.backups.BackupService;
import org.branchdesk.service.office.PrivacyService;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The 账户与隐私 screen: the signed-in account and its password; for administrators the office's
 * accounts, the privacy settings and the purge of health details; the personal-data inventory and
 * the backups for every account.
 */
public final class AccountsViewModel {
    private final AccountService accounts;
    private final PrivacyService privacy;
    private final BackupService backups;
    private final TaskExecutor tasks;
    private final Consumer<Optional<Instant>> backedUp;
    private final BiConsumer<Path, char[]> restorer;

    private final ObservableList<AccountLine> accountLines = FXCollections.observableArrayList();
    private final ObservableList<PrivacyService.Item> inventory =
            FXCollections.observableArrayList();
    private final ObservableList<BackupLine> backupLines = FXCollections.observableArrayList();
    private final ObjectProperty<Masking> masking = new SimpleObjectProperty<>(Masking.STANDARD);
    private final ObjectProperty<Integer> retentionMonths = new SimpleObjectProperty<>(24);
    private final ObjectProperty<PrivacyService.Purge> purgeable = new SimpleObjectProperty<>();
    private final BooleanProperty mustChangePassword = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    /** A recovery code just made, to show once. */
    private final ReadOnlyStringWrapper newRecoveryCode = new ReadOnlyStringWrapper("");

    /** A backup file as the list shows it. */
    public record BackupLine(Path file, Instant madeAt, long bytes) {}

    /**
     * @param backedUp told when a backup was made here (the status bar shows it)
     * @param restorer closes the office and puts a backup in its place (with the password asked
     *     again)
     */
    /** The office's time zone, for the times the screen shows. */
    public ZoneId zone() {
        return privacy.zone();
    }

    public AccountsViewModel(
            AccountService accounts,
            PrivacyService privacy,
            BackupService backups,
            TaskExecutor tasks,
            Consumer<Optional<Instant>> backedUp,
            BiConsumer<Path, char[]> restorer) {
        this.restorer = restorer;
        this.accounts = accounts;
        this.privacy = privacy;
        this.backups = backups;
        this.tasks = tasks;
        this.backedUp = backedUp;
    }

    public Actor me() {
        return accounts.me();
    }

    public boolean administrator() {
        return accounts.me().may(Permission.ACCOUNTS);
    }

    private record Loaded(
            List<AccountLine> accounts,
            List<PrivacyService.Item> inventory,
            PrivacyService.Settings settings,
            PrivacyService.Purge purge,
            List<BackupLine> backups,
            boolean mustChange) {}

    public void reload() {
        boolean admin = administrator();
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.loadAccounts"),
                                p ->
                                        new Loaded(
                                                admin ? accounts.list() : List.of(),
                                                privacy.inventory(),
                                                privacy.settings(),
                                                privacy.purgeable(),
                                                backupLines(),
                                                accounts.mustChangePassword()))
                        .onSuccess(
                                l -> {
                                    accountLines.setAll(l.accounts());
                                    inventory.setAll(l.inventory());
                                    masking.set(l.settings().masking());
                                    retentionMonths.set(l.settings().healthRetentionMonths());
                                    purgeable.set(l.purge());
                                    backupLines.setAll(l.backups());
                                    mustChangePassword.set(l.mustChange());
                                }));
    }

    private List<BackupLine> backupLines() {
        return backups.backups().stream()
                .map(
                        f -> {
                            try {
                                return new BackupLine(
                                        f, Files.getLastModifiedTime(f).toInstant(), Files.size(f));
                            } catch (IOException e) {
                                return new BackupLine(f, null, -1);
                            }
                        })
                .toList();
    }

    /** Changes the signed-in account's password; the current one is asked again. */
    public void changeOwnPassword(String current, String next, String confirm, Runnable done) {
        if (!next.equals(confirm)) {
            notice.set(Notice.failure(I18n.text("signIn.confirmDiffers")));
            return;
        }
        char[] c = current.toCharArray();
        char[] n = next.toCharArray();
        run(
                "task.changePassword",
                () -> accounts.changeOwnPassword(c, n),
                I18n.text("accounts.passwordChanged"),
                done);
    }

    public void add(String name, Role role, String password, String confirm) {
        if (!password.equals(confirm)) {
            notice.set(Notice.failure(I18n.text("signIn.confirmDiffers")));
            return;
        }
        char[] p = password.toCharArray();
        run(
                "task.saveAccount",
                () -> accounts.add(name, role, p),
                I18n.text("accounts.added", name.trim()),
                null);
    }

    public void resetPassword(String name, String password, String confirm) {
        if (!password.equals(confirm)) {
            notice.set(Notice.failure(I18n.text("signIn.confirmDiffers")));
            return;
        }
        char[] p = password.toCharArray();
        run(
                "task.saveAccount",
                () -> accounts.resetPassword(name, p),
                I18n.text("accounts.reset", name),
                null);
    }

    public void setRole(String name, Role role) {
        run(
                "task.saveAccount",
                () -> accounts.setRole(name, role),
                I18n.text("accounts.roleChanged", name, role.label()),
                null);
    }

    public void setDisabled(String name, boolean disabled) {
        run(
                "task.saveAccount",
                () -> accounts.setDisabled(name, disabled),
                I18n.text(disabled ? "accounts.disabled" : "accounts.enabled", name),
                null);
    }

    public void unlock(String name) {
        run(
                "task.saveAccount",
                () -> accounts.unlock(name),
                I18n.text("accounts.unlocked", name),
                null);
    }

    /** Makes a new recovery code; it is shown once through {@link #newRecoveryCodeProperty}. */
    public void makeRecoveryCode() {
        tasks.execute(
                BackgroundTask.of(I18n.text("task.saveAccount"), p -> accounts.newRecoveryCode())
                        .onSuccess(newRecoveryCode::set)
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    public void recoveryCodeShown() {
        newRecoveryCode.set("");
    }

    public void saveSettings() {
        Masking m = masking.get();
        Integer months = retentionMonths.get();
        run(
                "task.savePrivacy",
                () ->
                        privacy.changeSettings(
                                new PrivacyService.Settings(m, months == null ? 0 : months)),
                I18n.text("privacy.saved"),
                null);
    }

    public void purge() {
        tasks.execute(
                BackgroundTask.of(I18n.text("task.purge"), p -> privacy.purge())
                        .onSuccess(
                                done -> {
                                    notice.set(
                                            Notice.success(
                                                    I18n.text(
                                                            "privacy.purged",
                                                            done.households(),
                                                            done.serviceLogs(),
                                                            done.injuryCases())));
                                    reload();
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    public void backUpNow() {
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.backup"),
                                p -> {
                                    backups.backupNow();
                                    return backups.lastBackup();
                                })
                        .onSuccess(
                                last -> {
                                    backedUp.accept(last);
                                    notice.set(
                                            Notice.success(
                                                    I18n.text("backup.done", backups.folder())));
                                    reload();
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** Whether this account may put a backup back. */
    public boolean mayRestore() {
        return accounts.me().may(Permission.RESTORE);
    }

    public void restore(Path backup, String password) {
        if (mayRestore() && !password.isEmpty()) {
            restorer.accept(backup, password.toCharArray());
        }
    }

    private void run(String task, Runnable work, String success, Runnable done) {
        tasks.execute(
                BackgroundTask.of(
                                I18n.text(task),
                                p -> {
                                    work.run();
                                    return Boolean.TRUE;
                                })
                        .onSuccess(
                                ok -> {
                                    notice.set(Notice.success(success));
                                    if (done != null) {
                                        done.run();
                                    }
                                    reload();
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    public ObservableList<AccountLine> accounts() {
        return accountLines;
    }

    public ObservableList<PrivacyService.Item> inventory() {
        return inventory;
    }

    public ObservableList<BackupLine> backups() {
        return backupLines;
    }

    public Path backupFolder() {
        return backups.folder();
    }

    public ObjectProperty<Masking> maskingProperty() {
        return masking;
    }

    public ObjectProperty<Integer> retentionMonthsProperty() {
        return retentionMonths;
    }

    public ObjectProperty<PrivacyService.Purge> purgeableProperty() {
        return purgeable;
    }

    public BooleanProperty mustChangePasswordProperty() {
        return mustChangePassword;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void clearNotice() {
        notice.set(Notice.NONE);
    }

    public ReadOnlyStringProperty newRecoveryCodeProperty() {
        return newRecoveryCode.getReadOnlyProperty();
    }
}
