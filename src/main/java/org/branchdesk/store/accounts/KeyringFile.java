package org.branchdesk.store.accounts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.branchdesk.domain.accounts.Account;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.store.Store;

/**
 * The format of {@code office.keys}: a properties file of format 1, one block of keys per account
 * ({@code account.N.name}, {@code .role}, {@code .salt}, {@code .data}, {@code .mac}, …) and one
 * for the recovery code. Written atomically and through to the disk.
 */
final class KeyringFile {
    private static final int FORMAT = 1;

    private KeyringFile() {}

    /** What a keyring file holds. */
    record Contents(List<Keyring.Entry> entries, KeyWrapping.Wrapped recovery) {}

    /** Reads a keyring file: its accounts and the recovery entry. */
    static Contents read(Path f) {
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
            List<Keyring.Entry> entries = new ArrayList<>();
            for (int i = 1; p.getProperty("account." + i + ".name") != null; i++) {
                String k = "account." + i + ".";
                Account a =
                        new Account(
                                UUID.fromString(p.getProperty(k + "id")),
                                p.getProperty(k + "name"),
                                Role.valueOf(p.getProperty(k + "role")),
                                Boolean.parseBoolean(p.getProperty(k + "disabled")),
                                Boolean.parseBoolean(p.getProperty(k + "mustChange")),
                                Integer.parseInt(p.getProperty(k + "failures", "0")),
                                instant(p.getProperty(k + "lastFailure")),
                                instant(p.getProperty(k + "created")));
                entries.add(
                        new Keyring.Entry(
                                a,
                                p.getProperty(k + "data") == null ? null : wrapped(p, k),
                                bytes(p.getProperty(k + "mac"))));
            }
            KeyWrapping.Wrapped recovery =
                    p.getProperty("recovery.data") == null ? null : wrapped(p, "recovery.");
            return new Contents(entries, recovery);
        } catch (RuntimeException e) {
            if (e instanceof UserError ue) {
                throw ue;
            }
            throw new UserError(e, "error.keyring.unreadable", f);
        }
    }

    static void write(Path target, List<Keyring.Entry> entries, KeyWrapping.Wrapped recovery) {
        Properties p = new Properties();
        p.setProperty("format", String.valueOf(FORMAT));
        for (int i = 0; i < entries.size(); i++) {
            String k = "account." + (i + 1) + ".";
            Keyring.Entry e = entries.get(i);
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
                p.store(
                        out,
                        "BranchDesk accounts: salts and wrapped keys only. Keep a copy with the backups.");
            }
            Store.force(tmp);
            move(tmp, target);
        } catch (IOException e) {
            throw new UserError(e, "error.keyring.cannotWrite", target);
        }
    }

    static void move(Path from, Path to) {
        try {
            try {
                Files.move(
                        from,
                        to,
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserError(e, "error.keyring.cannotWrite", to);
        }
    }

    static void put(Properties p, String k, KeyWrapping.Wrapped w) {
        p.setProperty(k + "salt", b64(w.salt()));
        p.setProperty(k + "iterations", String.valueOf(w.iterations()));
        p.setProperty(k + "iv", b64(w.iv()));
        p.setProperty(k + "data", b64(w.data()));
    }

    static KeyWrapping.Wrapped wrapped(Properties p, String k) {
        return new KeyWrapping.Wrapped(
                bytes(p.getProperty(k + "salt")),
                Integer.parseInt(p.getProperty(k + "iterations")),
                bytes(p.getProperty(k + "iv")),
                bytes(p.getProperty(k + "data")));
    }

    static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    static byte[] bytes(String s) {
        return s == null ? null : Base64.getDecoder().decode(s);
    }

    static Instant instant(String s) {
        return s == null || s.isBlank() ? null : Instant.parse(s);
    }
}
