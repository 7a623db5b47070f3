package org.branchdesk.store.accounts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.branchdesk.domain.accounts.Accounts;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.store.Store;

/**
 * The office's accounts, in a file beside the encrypted database ({@code office.keys}): it has to
 * be readable before the database can be opened. For each account it keeps a random salt and
 * the data key wrapped (AES-GCM) under a key derived from the password with PBKDF2-HMAC-SHA256
 * at {@value #ITERATIONS} iterations; a wrong password fails the GCM tag, so no password hash
 * is kept apart from that. Role and state are signed with an HMAC under the data key, so
 * editing the file cannot make a clerk an administrator. One more entry wraps the data key
 * under the recovery code shown once at set-up.
 */
public final class Keyring {
    public static final String FILE = "office.keys";
    /** Written first while an office is set up or converted; renamed to {@link #FILE} at the end. */
    static final String PENDING = "office.keys.new";
    /** OWASP's 2023 floor for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;
    /** More than this is an edited file (a sign-in would hang), not a stronger setting. */
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final int FORMAT = 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An account as the keyring knows it; no secret in it. */
    public record Account(UUID id, String name, Role role, boolean disabled, boolean mustChangePassword,
                          int failures, Instant lastFailure, Instant createdAt) {
        public Instant lockedUntil(Instant now) {
            return Accounts.lockedUntil(failures, lastFailure, now);
        }
    }

    /** What a correct password or recovery code yields. */
    public record Unlocked(Account account, DataKey key) {
    }

    /** A new keyring with its first administrator, the data key and the recovery code to show once. */
    public record Created(Keyring keyring, DataKey key, String recoveryCode) {
        @Override
        public String toString() {
            return "Created[" + keyring.accounts().size() + " account]"; // never the code
        }
    }

    private record Wrapped(byte[] salt, int iterations, byte[] iv, byte[] data) {
    }

    private record Entry(Account account, Wrapped wrapped, byte[] mac) {
        Entry with(Account a) {
            return new Entry(a, wrapped, mac);
        }
    }

    private final Path file;
    private final List<Entry> entries;
    private Wrapped recovery;

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

    private Keyring(Path file, List<Entry> entries, Wrapped recovery) {
        this.file = file;
        this.entries = entries;
        this.recovery = recovery;
    }

    /** Reads the office's keyring; empty when the office has none (new, or from before accounts). */
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
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(f)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new UserError(e, "error.keyring.unreadable", f);
        }
        try {
            if (Integer.parseInt(p.getProperty("format", "0")) != FORMAT) {
                throw new UserError("error.keyring.format", f);
            }
            List<Entry> entries = new ArrayList<>();
            for (int i = 1; p.getProperty("account." + i + ".name") != null; i++) {
                String k = "account." + i + ".";
                Account a = new Account(UUID.fromString(p.getProperty(k + "id")), p.getProperty(k + "name"),
                        Role.valueOf(p.getProperty(k + "role")), Boolean.parseBoolean(p.getProperty(k + "disabled")),
                        Boolean.parseBoolean(p.getProperty(k + "mustChange")),
                        Integer.parseInt(p.getProperty(k + "failures", "0")), instant(p.getProperty(k + "lastFailure")),
                        instant(p.getProperty(k + "created")));
                entries.add(new Entry(a, p.getProperty(k + "data") == null ? null : wrapped(p, k),
                        bytes(p.getProperty(k + "mac"))));
            }
            Wrapped recovery = p.getProperty("recovery.data") == null ? null : wrapped(p, "recovery.");
            return new Keyring(f, entries, recovery);
        } catch (RuntimeException e) {
            if (e instanceof UserError ue) {
                throw ue;
            }
            throw new UserError(e, "error.keyring.unreadable", f);
        }
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
        k.addEntry(key, new Account(UUID.randomUUID(), name, Role.ADMIN, false, false, 0, null, now), password);
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
            // As slow as a wrong password, so that timing does not tell which names exist.
            try {
                derive(password, new byte[16], ITERATIONS);
            } catch (GeneralSecurityException ignored) {
                // the answer is the same either way
            }
            throw new UserError("error.signIn.wrong");
        }
        Entry e = found.get();
        Account a = e.account();
        Instant until = a.lockedUntil(now);
        if (until != null) {
            throw new UserError("error.signIn.locked", a.name(), java.util.Date.from(until));
        }
        if (a.disabled() || e.wrapped() == null) {
            throw new UserError("error.signIn.disabled", a.name());
        }
        byte[] raw;
        try {
            raw = unwrap(e.wrapped(), password, aad(a.id()));
        } catch (AEADBadTagException bad) {
            int failures = a.lastFailure() != null && a.failures() >= Accounts.MAX_FAILURES ? 1 : a.failures() + 1;
            replace(e.with(new Account(a.id(), a.name(), a.role(), a.disabled(), a.mustChangePassword(),
                    failures, now, a.createdAt())));
            save();
            int left = Accounts.MAX_FAILURES - failures;
            if (left <= 0) {
                throw new UserError("error.signIn.nowLocked", a.name(), Accounts.LOCK_TIME.toMinutes());
            }
            throw new UserError("error.signIn.wrongLeft", left);
        }
        DataKey key = new DataKey(raw);
        Arrays.fill(raw, (byte) 0);
        checkMac(e, key);
        if (a.failures() > 0) {
            replace(e.with(new Account(a.id(), a.name(), a.role(), a.disabled(), a.mustChangePassword(), 0, null,
                    a.createdAt())));
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
            byte[] raw = unwrap(recovery, c.toCharArray(), "branchdesk recovery".getBytes(StandardCharsets.UTF_8));
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
        Account now = new Account(a.id(), a.name(), a.role(), a.disabled(), mustChange, 0, null, a.createdAt());
        Wrapped w = wrap(key, password, aad(a.id()));
        replace(new Entry(now, w, mac(key, now, w)));
    }

    public void setRole(DataKey key, String name, Role role) {
        Entry e = existing(name);
        Account a = e.account();
        if (a.role() == Role.ADMIN && role != Role.ADMIN) {
            requireAnotherAdmin(a);
        }
        update(key, e, new Account(a.id(), a.name(), role, a.disabled(), a.mustChangePassword(), a.failures(),
                a.lastFailure(), a.createdAt()));
    }

    /**
     * Stops an account. Its wrapped copy of the data key is dropped too, so that the files as
     * they are from now on (backups included) no longer open with its old password; enabling
     * it again needs a new password first ({@link #setPassword}).
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
        Account now = new Account(a.id(), a.name(), a.role(), disabled, a.mustChangePassword(), 0, null,
                a.createdAt());
        Wrapped w = disabled ? null : e.wrapped();
        replace(new Entry(now, w, mac(key, now, w)));
    }

    /** Clears the failed sign-ins that locked an account. */
    public void unlockAccount(DataKey key, String name) {
        Entry e = existing(name);
        Account a = e.account();
        update(key, e, new Account(a.id(), a.name(), a.role(), a.disabled(), a.mustChangePassword(), 0, null,
                a.createdAt()));
    }

    private void requireAnotherAdmin(Account a) {
        boolean another = entries.stream().map(Entry::account)
                .anyMatch(o -> !o.id().equals(a.id()) && o.role() == Role.ADMIN && !o.disabled());
        if (!another) {
            throw new UserError("error.account.lastAdmin", a.name());
        }
    }

    /** Replaces the recovery code by a new one (the old one was used, or may have been seen). */
    public String newRecoveryCode(DataKey key) {
        int[] symbols = new int[Accounts.RECOVERY_CODE_LENGTH];
        for (int i = 0; i < symbols.length; i++) {
            symbols[i] = RANDOM.nextInt(32);
        }
        String code = Accounts.recoveryCode(symbols);
        recovery = wrap(key, Accounts.readRecoveryCode(code).toCharArray(),
                "branchdesk recovery".getBytes(StandardCharsets.UTF_8));
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
        Wrapped w = wrap(key, password, aad(a.id()));
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
        if (e.mac() == null || !MessageDigest.isEqual(e.mac(), mac(key, e.account(), e.wrapped()))) {
            throw new UserError("error.keyring.tampered", e.account().name());
        }
    }

    private static byte[] mac(DataKey key, Account a, Wrapped w) {
        String wrap = w == null ? "-" : String.join("|", b64(w.salt()), String.valueOf(w.iterations()), b64(w.iv()),
                b64(w.data()));
        String signed = String.join("|", a.id().toString(), a.name(), a.role().name(), String.valueOf(a.disabled()),
                String.valueOf(a.mustChangePassword()), wrap);
        return key.mac("keyring", signed.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] aad(UUID account) {
        return ("branchdesk account " + account).getBytes(StandardCharsets.UTF_8);
    }

    private static Wrapped wrap(DataKey key, char[] secret, byte[] aad) {
        byte[] salt = new byte[16];
        byte[] iv = new byte[12];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(iv);
        byte[] raw = key.bytes();
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, derive(secret, salt, ITERATIONS), new GCMParameterSpec(128, iv));
            c.updateAAD(aad);
            return new Wrapped(salt, ITERATIONS, iv, c.doFinal(raw));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    private static byte[] unwrap(Wrapped w, char[] secret, byte[] aad) throws AEADBadTagException {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, derive(secret, w.salt(), w.iterations()), new GCMParameterSpec(128, w.iv()));
            c.updateAAD(aad);
            return c.doFinal(w.data());
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private static SecretKeySpec derive(char[] secret, byte[] salt, int iterations) throws GeneralSecurityException {
        if (iterations < ITERATIONS || iterations > MAX_ITERATIONS) {
            // A keyring edited to make guessing cheaper is not accepted.
            throw new UserError("error.keyring.weak");
        }
        PBEKeySpec spec = new PBEKeySpec(secret, salt, iterations, 256);
        try {
            byte[] k = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            SecretKeySpec s = new SecretKeySpec(k, "AES");
            Arrays.fill(k, (byte) 0);
            return s;
        } finally {
            spec.clearPassword();
        }
    }

    /**
     * Writes the keyring in place, atomically and through to the disk (a crash leaves the old
     * file or the new one), then its copy {@code office.keys.bak}.
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
        move(file.resolveSibling(PENDING), file);
        write(file.resolveSibling(FILE + ".bak"));
    }

    /** Writes a copy (into a backup, say). */
    public void copyTo(Path target) {
        write(target);
    }

    private void write(Path target) {
        Properties p = new Properties();
        p.setProperty("format", String.valueOf(FORMAT));
        for (int i = 0; i < entries.size(); i++) {
            String k = "account." + (i + 1) + ".";
            Entry e = entries.get(i);
            Account a = e.account();
            p.setProperty(k + "id", a.id().toString());
            p.setProperty(k + "name", a.name());
            p.setProperty(k + "role", a.role().name());
            p.setProperty(k + "disabled", String.valueOf(a.disabled()));
            p.setProperty(k + "mustChange", String.valueOf(a.mustChangePassword()));
            p.setProperty(k + "failures", String.valueOf(a.failures()));
            if (a.lastFailure() != null) {
                p.setProperty(k + "lastFailure", a.lastFailure().toString());
            }
            if (a.createdAt() != null) {
                p.setProperty(k + "created", a.createdAt().toString());
            }
            if (e.wrapped() != null) {
                put(p, k, e.wrapped());
            }
            p.setProperty(k + "mac", b64(e.mac()));
        }
        if (recovery != null) {
            put(p, "recovery.", recovery);
        }
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "BranchDesk accounts: salts and wrapped keys only. Keep a copy with the backups.");
            }
            Store.force(tmp);
            move(tmp, target);
        } catch (IOException e) {
            throw new UserError(e, "error.keyring.cannotWrite", target);
        }
    }

    private static void move(Path from, Path to) {
        try {
            try {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserError(e, "error.keyring.cannotWrite", to);
        }
    }

    private static void put(Properties p, String k, Wrapped w) {
        p.setProperty(k + "salt", b64(w.salt()));
        p.setProperty(k + "iterations", String.valueOf(w.iterations()));
        p.setProperty(k + "iv", b64(w.iv()));
        p.setProperty(k + "data", b64(w.data()));
    }

    private static Wrapped wrapped(Properties p, String k) {
        return new Wrapped(bytes(p.getProperty(k + "salt")), Integer.parseInt(p.getProperty(k + "iterations")),
                bytes(p.getProperty(k + "iv")), bytes(p.getProperty(k + "data")));
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    private static byte[] bytes(String s) {
        return s == null ? null : Base64.getDecoder().decode(s);
    }

    private static Instant instant(String s) {
        return s == null || s.isBlank() ? null : Instant.parse(s);
    }

    /** The pending keyring of a set-up that did not finish, if any. */
    static Path pending(Path dataDir) {
        return dataDir.resolve(PENDING);
    }

    /**
     * Finishes a set-up cut short: when the database was already encrypted, its pending keyring
     * becomes the office's; otherwise the pending keyring is dropped (the database is still
     * the unencrypted original). The conversion's work folder goes either way. Call with the
     * office's lock held.
     */
    public static void finishPending(Path dataDir) {
        Path pending = pending(dataDir);
        if (Files.exists(pending) && !Files.exists(dataDir.resolve(FILE))) {
            if (Store.state(dataDir) == Store.DbState.ENCRYPTED) {
                move(pending, dataDir.resolve(FILE));
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

    /** Whether a set-up was cut short after its database was encrypted (the next sign-in finishes it). */
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
