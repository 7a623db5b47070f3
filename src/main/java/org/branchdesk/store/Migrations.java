package org.branchdesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.branchdesk.domain.common.UserError;
import org.flywaydb.core.Flyway;

/**
 * Brings an office database to the schema this build expects.
 *
 * <p>Flyway's full pass (scan the classpath, validate every checksum) costs about half a second,
 * which a short command-line call or the window's start should not pay every time. So the recorded
 * version is read first with one query; Flyway runs only when it differs from {@link
 * #LATEST_VERSION}. A test keeps that constant equal to the newest migration file.
 */
public final class Migrations {
    /** Version of the newest file in {@code db/migration}; raise it with every new migration. */
    public static final int LATEST_VERSION = 23;

    static final String LOCATION = "classpath:db/migration";

    private Migrations() {}

    /** Migrates if needed; returns {@code true} when Flyway had to run. */
    public static boolean migrate(DataSource dataSource) {
        Integer recorded = recordedVersion(dataSource);
        if (recorded != null && recorded == LATEST_VERSION) {
            return false;
        }
        if (recorded != null && recorded > LATEST_VERSION) {
            throw new UserError("error.store.newerSchema", recorded, LATEST_VERSION);
        }
        Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .loggers("slf4j")
                .load()
                .migrate();
        return true;
    }

    /**
     * The version of the last successful migration, or {@code null} on an empty database or when a
     * migration has failed (then Flyway must run and report it).
     */
    static Integer recordedVersion(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet tables =
                    c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
                if (!tables.next()) {
                    return null;
                }
            }
            try (ResultSet failed =
                    s.executeQuery(
                            "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"")) {
                failed.next();
                if (failed.getInt(1) > 0) {
                    return null;
                }
            }
            try (ResultSet rs =
                    s.executeQuery(
                            "SELECT \"version\" FROM \"flyway_schema_history\""
                                    + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1")) {
                return rs.next() ? Integer.valueOf(rs.getString(1)) : null;
            }
        } catch (SQLException | NumberFormatException e) {
            return null;
        }
    }
}
