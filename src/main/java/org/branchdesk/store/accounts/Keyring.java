package org.branchdesk.store.accounts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import org.branchdesk.domain.accounts.Account;
import org.branchdesk.domain.accounts.Accounts;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.store.Store;

/**
 * The office's accounts, in a file beside the encrypted database ({@code office.keys}): it has to
 * be readable before the database can be opened. For each account it keeps a random salt and the
 * data key wrapped (AES-GCM) under a key derived from the password with PBKDF2-HMAC-SHA256 at
 * {@value #ITERATIONS} iterations; a wrong password fails the GCM tag, so no password hash is kept
 * apart from that. Role and state are signed with an HMAC under the data key, so editing the file
 * cannot make a clerk an administrator. One more entry wraps the data key under the recovery code
 * shown once at set-up.
 */
public final class Keyring {
    public static final String FILE = "office.keys";

    /**
     * Written first while an office is set up or converted; renamed to {@link #FILE} at the end.
     */
    static final String PENDING = "office.keys.new";

    /** OWASP's 2023 floor for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = KeyWrapping.ITERATIONS;

    /** What a correct password or recovery code yields. */
    public record Unlocked(Account account, DataKey key) {}

    /**
     * A new keyring with its first administrator, the data key and the recovery code to show once.
     */
    public record Created(Keyring keyring, DataKey key, String recoveryCode) {
        @Override
        public String toString() {
            return "Created[" + keyring.accounts().size() + " account]"; // never the code
        }
    }

    record Entry(Account account, KeyWrapping.Wrapped wrapped, byte[] mac) {
        Entry with(Account a) {
            return new Entry(a, wrapped, mac);
        }
    }

    private final Path file;
    private final List<Entry> entries;
    private KeyWrapping.Wrapped recovery;

    /** Drops changes not written: reads the file again. */
    public void reload() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Keyring again = read(file);
        entries.clear();
        entries.addAll(again.entries);
        recovery = again.recovery;
    }

    private Keyring(Path file, List<Entry> entries, KeyWrapping.Wrapped recovery) {
        this.file = file;
        this.entries = entries;
        this.recovery = recovery;
    }

    /**
     * Reads the office's keyring; empty when the office has none (new, or from before accounts).
     */
    public static Optional<Keyring> load(Path dataDir) {
        Path f = dataDir.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            Path copy = dataDir.resolve(FILE + ".bak");
            if (Files.isRegularFile(copy) && !Files.exists(pending(dataDir))) {
                Keyring k = read(copy);
                return Optional.of(new Keyring(f, k.entries, k.recovery));
            }
            return Optional.empty();
        }
        try {
            return Optional.of(read(f));
        } catch (UserError e) {
            // A keyring cut short by a power failure: the copy written after the last good save.
            Path copy = dataDir.resolve(FILE + ".bak");
            if (Files.isRegularFile(copy)) {
                Keyring k = read(copy);
                return Optional.of(new Keyring(f, k.entries, k.recovery));
            }
            throw e;
        }
    }

    /** A keyring file as stored in a backup, say: read, to be written to another folder. */
    static Keyring read(Path f) {
        KeyringFile.Contents c = KeyringFile.read(f);
        return new Keyring(f, new ArrayList<>(c.entries()), c.recovery());
    }

    /**
     * Starts the keyring of a new office (or of one being converted) with its administrator.
     * Nothing is written yet: {@link #savePending} then {@link #commitPending}, or {@link #save}.
     */
    public static Created create(Path dataDir, String adminName, char[] password, Instant now) {
        String name = Accounts.name(adminName);
        Accounts.checkPassword(name, password);
        DataKey key = DataKey.random();
        Keyring k = new Keyring(dataDir.resolve(FILE), new ArrayList<>(), null);
        k.addEntry(
                key,
                new Account(UUID.randomUUID(), name, Role.ADMIN, false, false, 0, null, now),
                password);
        String code = k.newRecoveryCode(key);
        return new Created(k, key, code);
    }

    public List<Account> accounts() {
        return entries.stream().map(Entry::account).toList();
    }

    public Optional<Account> find(String name) {
        return entry(name).map(Entry::account);
    }

    private Optional<Entry> entry(String name) {
        String n = name == null ? "" : name.trim();
        return entries.stream().filter(e -> Accounts.sameName(e.account().name(), n)).findFirst();
    }

    /**
     * Checks a password and yields the data key. A wrong password counts towards the lock-out and
     * is saved at once; an unknown account gets the same message as a wrong password.
     */
    public Unlocked unlock(String name, char[] password, Instant now) {
        Optional<Entry> found = entry(name);
        if (found.isEmpty()) {
            KeyWrapping.spendADerivation(password);
            throw new UserError("error.signIn.wrong");
        }
        Entry e = found.get();
        Account a = e.account();
        Instant until = a.lockedUntil(now);
        if (until != null) {
            throw new UserError("error.signIn.locked", a.name(), Date.from(until));
        }
        if (a.disabled() || e.wrapped() == null) {
            throw new UserError("error.signIn.disabled", a.name());
        }
        byte[] raw;
        try {
            raw = KeyWrapping.unwrap(e.wrapped(), password, KeyWrapping.aad(a.id()));
        } catch (AEADBadTagException bad) {
            Account after = Accounts.afterWrongPassword(a, now);
            replace(e.with(after));
            save();
            int left = Accounts.MAX_FAILURES - after.failures();
            if (left <= 0) {
                throw new UserError(
                        "error.signIn.nowLocked", a.name(), Accounts.LOCK_TIME.toMinutes());
            }
            throw new UserError("error.signIn.wrongLeft", left);
        }
        DataKey key = new DataKey(raw);
        Arrays.fill(raw, (byte) 0);
        checkMac(e, key);
        Account after = Accounts.afterRightPassword(a);
        if (!after.equals(a)) {
            replace(e.with(after));
            save();
        }
        return new Unlocked(find(a.name()).orElseThrow(), key);
    }

    /** Yields the data key from the recovery code written down at set-up. */
    public DataKey recover(String code) {
        String c = Accounts.readRecoveryCode(code);
        if (recovery == null) {
            throw new UserError("error.recovery.none");
        }
        try {
            byte[] raw = KeyWrapping.unwrap(recovery, c.toCharArray(), KeyWrapping.RECOVERY);
            DataKey key = new DataKey(raw);
            Arrays.fill(raw, (byte) 0);
            return key;
        } catch (AEADBadTagException bad) {
            throw new UserError("error.recovery.wrong");
        }
    }

    /** Checks that no account's role or state was edited outside the program. */
    public void verify(DataKey key) {
        for (Entry e : entries) {
            checkMac(e, key);
        }
    }

    public void add(DataKey key, String name, Role role, char[] password, Instant now) {
        String n = Accounts.name(name);
        if (entry(n).isPresent()) {
            throw new UserError("error.account.exists", n);
        }
        Accounts.checkPassword(n, password);
        verify(key);
        addEntry(key, new Account(UUID.randomUUID(), n, role, false, true, 0, null, now), password);
    }

    /** Sets a new password; {@code mustChange} when an administrator set it for someone else. */
    public void setPassword(DataKey key, String name, char[] password, boolean mustChange) {
        Entry e = existing(name);
        Accounts.checkPassword(e.account().name(), password);
        checkMac(e, key);
        Account a = e.account();
        Account now =
                new Account(
                        a.id(),
                        a.name(),
                        a.role(),
                        a.disabled(),
                        mustChange,
                        0,
                        null,
                        a.createdAt());
        KeyWrapping.Wrapped w = KeyWrapping.wrap(key, password, KeyWrapping.aad(a.id()));
        replace(new Entry(now, w, mac(key, now, w)));
    }

    public void setRole(DataKey key, String name, Role role) {
        Entry e = existing(name);
        Account a = e.account();
        if (a.role() == Role.ADMIN && role != Role.ADMIN) {
            requireAnotherAdmin(a);
        }
        update(
                key,
                e,
                new Account(
                        a.id(),
                        a.name(),
                        role,
                        a.disabled(),
                        a.mustChangePassword(),
                        a.failures(),
                        a.lastFailure(),
                        a.createdAt()));
    }

    /**
     * Stops an account. Its wrapped copy of the data key is dropped too, so that the files as they
     * are from now on (backups included) no longer open with its old password; enabling it again
     * needs a new password first ({@link #setPassword}).
     */
    public void setDisabled(DataKey key, String name, boolean disabled) {
        Entry e = existing(name);
        Account a = e.account();
        if (disabled && a.role() == Role.ADMIN) {
            requireAnotherAdmin(a);
        }
        if (!disabled && e.wrapped() == null) {
            throw new UserError("error.account.enableNeedsPassword", a.name());
        }
        checkMac(e, key);
        Account now =
                new Account(
                        a.id(),
                        a.name(),
                        a.role(),
                        disabled,
                        a.mustChangePassword(),
                        0,
                        null,
                        a.createdAt());
        KeyWrapping.Wrapped w = disabled ? null : e.wrapped();
        replace(new Entry(now, w, mac(key, now, w)));
    }

    /** Clears the failed sign-ins that locked an account. */
    public void unlockAccount(DataKey key, String name) {
        Entry e = existing(name);
        Account a = e.account();
        update(
                key,
                e,
                new Account(
                        a.id(),
                        a.name(),
                        a.role(),
                        a.disabled(),
                        a.mustChangePassword(),
                        0,
                        null,
                        a.createdAt()));
    }

    private void requireAnotherAdmin(Account a) {
        Accounts.requireAnotherAdministrator(a, accounts());
    }

    /** Replaces the recovery code by a new one (the old one was used, or may have been seen). */
    public String newRecoveryCode(DataKey key) {
        int[] symbols = new int[Accounts.RECOVERY_CODE_LENGTH];
        for (int i = 0; i < symbols.length; i++) {
            symbols[i] = KeyWrapping.RANDOM.nextInt(32);
        }
        String code = Accounts.recoveryCode(symbols);
        recovery =
                KeyWrapping.wrap(
                        key, Accounts.readRecoveryCode(code).toCharArray(), KeyWrapping.RECOVERY);
        return code;
    }

    private Entry existing(String name) {
        return entry(name).orElseThrow(() -> new UserError("error.account.unknown", name));
    }

    private void update(DataKey key, Entry e, Account now) {
        checkMac(e, key);
        replace(new Entry(now, e.wrapped(), mac(key, now, e.wrapped())));
    }

    private void addEntry(DataKey key, Account a, char[] password) {
        KeyWrapping.Wrapped w = KeyWrapping.wrap(key, password, KeyWrapping.aad(a.id()));
        entries.add(new Entry(a, w, mac(key, a, w)));
    }

    private void replace(Entry e) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).account().id().equals(e.account().id())) {
                entries.set(i, e);
                return;
            }
        }
        throw new IllegalStateException("no such entry");
    }

    private static void checkMac(Entry e, DataKey key) {
        if (e.mac() == null
                || !MessageDigest.isEqual(e.mac(), mac(key, e.account(), e.wrapped()))) {
            throw new UserError("error.keyring.tampered", e.account().name());
        }
    }

    private static byte[] mac(DataKey key, Account a, KeyWrapping.Wrapped w) {
        String wrap =
                w == null
                        ? "-"
                        : String.join(
                                "|",
                                KeyringFile.b64(w.salt()),
                                String.valueOf(w.iterations()),
                                KeyringFile.b64(w.iv()),
                                KeyringFile.b64(w.data()));
        String signed =
                String.join(
                        "|",
                        a.id().toString(),
                        a.name(),
                        a.role().name(),
                        String.valueOf(a.disabled()),
                        String.valueOf(a.mustChangePassword()),
                        wrap);
        return key.mac("keyring", signed.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes the keyring in place, atomically and through to the disk (a crash leaves the old file
     * or the new one), then its copy {@code office.keys.bak}.
     */
    public void save() {
        write(file);
        write(file.resolveSibling(FILE + ".bak"));
    }

    /** Writes the keyring as pending, before the database it unlocks is encrypted. */
    public void savePending() {
        write(file.resolveSibling(PENDING));
    }

    /** The database is encrypted under this keyring's key: make it the office's keyring. */
    public void commitPending() {
        KeyringFile.move(file.resolveSibling(PENDING), file);
        write(file.resolveSibling(FILE + ".bak"));
    }

    /** Writes a copy (into a backup, say). */
    public void copyTo(Path target) {
        write(target);
    }

    private void write(Path target) {
        KeyringFile.write(target, entries, recovery);
    }

    /** The pending keyring of a set-up that did not finish, if any. */
    static Path pending(Path dataDir) {
        return dataDir.resolve(PENDING);
    }

    /**
     * Finishes a set-up cut short: when the database was already encrypted, its pending keyring
     * becomes the office's; otherwise the pending keyring is dropped (the database is still the
     * unencrypted original). The conversion's work folder goes either way. Call with the office's
     * lock held.
     */
    public static void finishPending(Path dataDir) {
        Path pending = pending(dataDir);
        if (Files.exists(pending) && !Files.exists(dataDir.resolve(FILE))) {
            if (Store.state(dataDir) == Store.DbState.ENCRYPTED) {
                KeyringFile.move(pending, dataDir.resolve(FILE));
            } else {
                discardPending(dataDir);
            }
        }
        try {
            Store.deleteTree(dataDir.resolve(Store.CONVERTING));
            // The plain copy an earlier version kept beside the file while converting.
            Path oldCopy = dataDir.resolve(Store.DB_NAME + ".converting");
            if (Files.exists(oldCopy)) {
                if (Store.state(dataDir) == Store.DbState.NONE) {
                    Files.move(oldCopy, dataDir.resolve(Store.DB_NAME + ".mv.db"));
                } else {
                    Files.delete(oldCopy);
                }
            }
        } catch (IOException e) {
            throw new UserError(e, "error.keyring.cannotWrite", dataDir);
        }
    }

    /**
     * Whether a set-up was cut short after its database was encrypted (the next sign-in finishes
     * it).
     */
    public static boolean pendingWithEncryptedData(Path dataDir) {
        return Files.exists(pending(dataDir)) && Store.state(dataDir) == Store.DbState.ENCRYPTED;
    }

    public static void discardPending(Path dataDir) {
        try {
            Files.deleteIfExists(pending(dataDir));
        } catch (IOException e) {
            throw new UserError(e, "error.keyring.cannotWrite", pending(dataDir));
        }
    }
}
