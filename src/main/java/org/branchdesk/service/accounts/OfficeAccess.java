package org.branchdesk.service.accounts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import org.branchdesk.domain.accounts.Account;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.service.Services;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.backups.BackupService;
import org.branchdesk.service.documents.PrintFonts;
import org.branchdesk.store.FxThreadGuard;
import org.branchdesk.store.Store;
import org.branchdesk.store.accounts.DataKey;
import org.branchdesk.store.accounts.Keyring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The door of an office folder: nothing of the office opens before an account's password (or the
 * recovery code) has unwrapped the data key. Sets up a new office with its administrator, and
 * converts an office from before accounts, encrypting its database in place.
 */
public final class OfficeAccess {
    private static final Logger LOG = LoggerFactory.getLogger(OfficeAccess.class);

    /** What the folder holds, and so what the door asks for. */
    public enum State {
        /** Nothing yet: set up an administrator (then the office). */
        NEW,
        /** An office from before accounts: set up an administrator, which encrypts it. */
        UNENCRYPTED,
        /** An office with accounts: sign in. */
        ACCOUNTS,
        /**
         * An encrypted database whose keyring is gone: only a backup's {@code office.keys} helps.
         */
        KEYS_MISSING
    }

    /** A new administrator and office key: the services, and the recovery code to show once. */
    public record SetUp(Services services, String recoveryCode, Map<String, Long> convertedRows) {
        @Override
        public String toString() {
            return "SetUp[" + services.actor() + "]"; // never the recovery code
        }
    }

    private final Path dataDir;
    private final Clock clock;
    private final FxThreadGuard guard;
    private final AutoCloseable release;
    private final Store.Closing closing;

    /**
     * A door for the window: the database file is tidied when the office closes.
     *
     * @param release runs when the services opened through this door are closed (the office's lock)
     */
    public OfficeAccess(Path dataDir, Clock clock, FxThreadGuard guard, AutoCloseable release) {
        this(dataDir, clock, guard, release, Store.Closing.COMPACT);
    }

    /**
     * @param release runs when the services opened through this door are closed (the office's lock)
     * @param closing {@link Store.Closing#QUICK} for a command
     */
    public OfficeAccess(
            Path dataDir,
            Clock clock,
            FxThreadGuard guard,
            AutoCloseable release,
            Store.Closing closing) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.guard = guard;
        this.release = release;
        this.closing = closing;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Looks at the folder without changing anything (no lock needed). */
    public State state() {
        if (Keyring.load(dataDir).isPresent() || Keyring.pendingWithEncryptedData(dataDir)) {
            return State.ACCOUNTS;
        }
        return switch (Store.state(dataDir)) {
            case PLAIN -> State.UNENCRYPTED;
            case ENCRYPTED -> State.KEYS_MISSING;
            case NONE -> State.NEW;
        };
    }

    /**
     * What a set-up or sign-in cut short left behind is finished or undone (under the office's
     * lock).
     */
    private void tidy() {
        Keyring.finishPending(dataDir);
    }

    /** Checks the password and opens the office as that account. A wrong one opens nothing. */
    public Services signIn(String name, char[] password) {
        return signIn(name, password, false);
    }

    /**
     * As {@link #signIn}, for a command that prints: the fonts are read, and a page laid out, on
     * the other core while the password is derived.
     */
    public Services signInToPrint(String name, char[] password) {
        return signIn(name, password, true);
    }

    private Services signIn(String name, char[] password, boolean toPrint) {
        guard.check();
        tidy();
        State state = state();
        Keyring keyring =
                Keyring.load(dataDir)
                        .orElseThrow(
                                () ->
                                        new UserError(
                                                state == State.UNENCRYPTED
                                                        ? "error.signIn.notConverted"
                                                        : state == State.KEYS_MISSING
                                                                ? "error.signIn.keysMissing"
                                                                : "error.signIn.noAccounts",
                                                dataDir));
        if (Store.state(dataDir) == Store.DbState.NONE) {
            // Never open an empty office in place of one whose file has gone missing.
            throw new UserError("error.signIn.dataMissing", dataDir);
        }
        // on the other core, while the password is derived
        Store.warmUp();
        PrintFonts fonts = new PrintFonts(dataDir.toAbsolutePath());
        if (toPrint) {
            fonts.prepareInBackground();
        }
        Keyring.Unlocked u;
        try {
            u = keyring.unlock(name, password, clock.instant());
        } catch (RuntimeException e) {
            fonts.closeInBackground(); // the answer does not wait for the warm-up
            throw e;
        }
        return open(
                keyring,
                u.key(),
                new Actor(u.account().name(), u.account().role()),
                "signIn",
                fonts);
    }

    /**
     * Creates the administrator of a new office, or of an office from before accounts (whose
     * database is then encrypted, every row kept). Refused once the office has accounts.
     */
    public SetUp setUp(String adminName, char[] password) {
        guard.check();
        tidy();
        State state = state();
        if (state == State.ACCOUNTS) {
            throw new UserError("error.setUp.hasAccounts");
        }
        if (state == State.KEYS_MISSING) {
            throw new UserError("error.signIn.keysMissing", dataDir);
        }
        Keyring.Created created = Keyring.create(dataDir, adminName, password, clock.instant());
        Map<String, Long> converted = null;
        // The keyring is written first, as pending: whatever cuts the set-up short, the key of
        // an encrypted file is on disk, and the next start finishes the set-up or undoes it.
        created.keyring().savePending();
        if (state == State.UNENCRYPTED) {
            try {
                converted = Store.encrypt(dataDir, created.key());
            } catch (RuntimeException e) {
                if (Store.state(dataDir) == Store.DbState.PLAIN) {
                    Keyring.discardPending(dataDir); // only when its key encrypted nothing
                }
                throw e;
            }
        }
        Account admin = created.keyring().accounts().get(0);
        Services services =
                open(
                        created.keyring(),
                        created.key(),
                        new Actor(admin.name(), Role.ADMIN),
                        converted == null ? "setUp" : "converted");
        try {
            created.keyring().commitPending();
        } catch (RuntimeException e) {
            // The office is set up and open; the next start makes the pending keyring the office's.
            LOG.warn("the keyring stays pending until the next start: {}", e.toString());
        }
        return new SetUp(services, created.recoveryCode(), converted);
    }

    /**
     * The recovery code written down at set-up sets a new password for an administrator; the code
     * is used up and a new one is returned, to be written down in its place.
     */
    public SetUp recover(String recoveryCode, String adminName, char[] newPassword) {
        guard.check();
        tidy();
        Keyring keyring =
                Keyring.load(dataDir)
                        .orElseThrow(() -> new UserError("error.signIn.noAccounts", dataDir));
        DataKey key = keyring.recover(recoveryCode);
        Account admin =
                keyring.find(adminName)
                        .orElseThrow(() -> new UserError("error.account.unknown", adminName));
        if (admin.role() != Role.ADMIN) {
            throw new UserError("error.recovery.notAdmin", admin.name());
        }
        keyring.verify(key);
        keyring.setPassword(key, admin.name(), newPassword, false);
        keyring.setDisabled(key, admin.name(), false);
        String code = keyring.newRecoveryCode(key);
        keyring.save();
        Services services = open(keyring, key, new Actor(admin.name(), Role.ADMIN), "recovered");
        return new SetUp(services, code, null);
    }

    /**
     * Puts a backup of this office back in place of its data (administrators; the password is asked
     * again) and returns the office opened on it. Must be called with the office closed.
     */
    public Services restore(String name, char[] password, Path backup) {
        return restore(prepareRestore(name, password, backup));
    }

    /** A backup checked and staged, ready to replace the office's data. */
    public static final class PreparedRestore {
        private final Keyring keyring;
        private final DataKey key;
        private final Actor actor;
        private final Path backup;
        private final Map<String, Long> rows;

        private PreparedRestore(
                Keyring keyring, DataKey key, Actor actor, Path backup, Map<String, Long> rows) {
            this.keyring = keyring;
            this.key = key;
            this.actor = actor;
            this.backup = backup;
            this.rows = rows;
        }

        public Path backup() {
            return backup;
        }

        @Override
        public String toString() {
            return "PreparedRestore[" + backup.getFileName() + "]";
        }
    }

    /**
     * Checks everything a restore needs while the office may still be open: the password, the role,
     * and that the backup holds an encrypted database that opens with this office's key. The
     * backup's database is staged in {@code restore.tmp}; nothing of the office changes.
     */
    public PreparedRestore prepareRestore(String name, char[] password, Path backup) {
        guard.check();
        Keyring keyring =
                Keyring.load(dataDir)
                        .orElseThrow(() -> new UserError("error.signIn.noAccounts", dataDir));
        Keyring.Unlocked u = keyring.unlock(name, password, clock.instant());
        Actor actor = new Actor(u.account().name(), u.account().role());
        actor.require(Permission.RESTORE);
        if (!BackupService.isBackup(backup)) {
            throw new UserError("error.restore.notABackup", backup);
        }
        Path staging = dataDir.resolve(RESTORE_STAGING);
        try {
            Store.deleteTree(staging);
            Files.createDirectories(staging);
            BackupService.extractDatabase(backup, staging.resolve(Store.DB_NAME + ".mv.db"));
        } catch (IOException e) {
            throw new UserError(e, "error.restore.cannotWrite", dataDir);
        }
        if (Store.state(staging) != Store.DbState.ENCRYPTED) {
            // An empty or unencrypted file would open as a new, empty office.
            throw new UserError("error.restore.notABackup", backup);
        }
        Map<String, Long> rows;
        try (Store check = Store.open(staging, clock, guard, u.key())) {
            rows = check.rowCounts(); // migrates a copy from an older version, too
        } catch (UserError e) {
            throw e.key().equals("error.store.wrongKey")
                    ? new UserError(e, "error.restore.otherOffice", backup.getFileName())
                    : e;
        }
        return new PreparedRestore(keyring, u.key(), actor, backup, rows);
    }

    /** The folder a restore stages the backup's database in. */
    static final String RESTORE_STAGING = "restore.tmp";

    /**
     * Replaces the office's data with the staged backup, the office being closed. The data it
     * replaces is first saved as a backup of its own ({@code office-…-before-restore.zip}, with the
     * keyring), so a wrong restore is undone by restoring that one; the replacement itself is one
     * atomic rename, so a crash leaves the old data or the new, never neither.
     */
    public Services restore(PreparedRestore prepared) {
        guard.check();
        tidy();
        Path staged = dataDir.resolve(RESTORE_STAGING).resolve(Store.DB_NAME + ".mv.db");
        Path current = dataDir.resolve(Store.DB_NAME + ".mv.db");
        try {
            if (Files.exists(current)) {
                BackupService.saveBeforeRestore(dataDir, current, prepared.keyring, clock);
            }
            Store.replace(staged, current);
        } catch (IOException e) {
            throw new UserError(e, "error.restore.cannotWrite", dataDir);
        }
        try {
            Store.deleteTree(dataDir.resolve(RESTORE_STAGING));
        } catch (IOException e) {
            LOG.warn("the restore's staging folder stays behind: {}", e.toString());
        }
        LOG.info("office restored from a backup ({} tables)", prepared.rows.size());
        Services services = open(prepared.keyring, prepared.key, prepared.actor, "restored");
        try {
            services.backups()
                    .recordRestore(
                            prepared.actor,
                            prepared.backup.getFileName().toString(),
                            prepared.rows);
        } catch (RuntimeException e) {
            LOG.warn(
                    "the restore was made but could not be recorded in the audit log: {}",
                    e.toString());
        }
        return services;
    }

    private Services open(Keyring keyring, DataKey key, Actor actor, String how) {
        return open(keyring, key, actor, how, new PrintFonts(dataDir.toAbsolutePath()));
    }

    private Services open(Keyring keyring, DataKey key, Actor actor, String how, PrintFonts fonts) {
        Store store;
        try {
            store = Store.open(dataDir, clock, guard, key, closing);
        } catch (RuntimeException e) {
            fonts.closeInBackground(); // the answer does not wait for the warm-up
            throw e;
        }
        LOG.info("office opened by an account ({})", how);
        return Services.of(
                store,
                actor,
                () -> {
                    store.close();
                    release.close();
                },
                new AccountService(keyring, key, store, actor, clock),
                new BackupService(dataDir, store, keyring, clock),
                fonts);
    }

    /** Clears a password from memory once used. */
    public static void forget(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
