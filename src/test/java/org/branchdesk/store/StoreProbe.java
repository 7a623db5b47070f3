package org.branchdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.households.Household;
import org.branchdesk.store.accounts.DataKey;
import org.branchdesk.store.accounts.Keyring;
import org.h2.tools.ChangeFileEncryption;

/**
 * What tests look at below the services: an office decrypted as it was before accounts, the raw
 * audit log.
 */
public final class StoreProbe {
    private StoreProbe() {}

    /**
     * Turns an encrypted office back into an unencrypted one, as every office was before accounts.
     */
    public static void decrypt(Path dir, DataKey key) {
        try {
            ChangeFileEncryption.execute(
                    dir.toAbsolutePath().toString(),
                    Store.DB_NAME,
                    "AES",
                    key.filePassword(),
                    null,
                    true);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The account names the audit log recorded, in order. */
    public static List<String> auditUsers(Path dir, DataKey key) throws Exception {
        List<String> users = new ArrayList<>();
        try (Connection c =
                        DriverManager.getConnection(
                                "jdbc:h2:file:"
                                        + dir.toAbsolutePath().resolve(Store.DB_NAME)
                                        + ";CIPHER=AES",
                                "sa",
                                new String(key.h2Password()));
                ResultSet r =
                        c.createStatement()
                                .executeQuery("SELECT user_name FROM audit_log ORDER BY at")) {
            while (r.next()) {
                users.add(r.getString(1));
            }
        }
        return users;
    }

    public static DataKey keyOf(Path dir, String user, String password) {
        return Keyring.load(dir)
                .orElseThrow()
                .unlock(user, password.toCharArray(), Instant.now())
                .key();
    }

    /**
     * Takes a compound's assisted households off the register as of {@code clock}'s time (long ago,
     * say).
     */
    public static void removeHouseholdsAt(Path dir, DataKey key, UUID compound, Clock clock) {
        try (Store store = Store.open(dir, clock, FxThreadGuard.NONE, key)) {
            store.write(
                    s -> {
                        for (Household h : s.households().ofCompound(compound)) {
                            if (h.kind() == Household.Kind.ASSISTED) {
                                s.households().remove(h.id());
                            }
                        }
                        return null;
                    });
        }
    }
}
