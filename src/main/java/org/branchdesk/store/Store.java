package org.branchdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.store.accounts.DataKey;
import org.branchdesk.store.jooq.DefaultSchema;
import org.branchdesk.store.jooq.Tables;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.tools.ChangeFileEncryption;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The office's embedded H2 database. All SQL of the application goes through a {@link StoreSession}
 * handed out by {@link #read} or {@link #write}, one transaction each.
 */
public final class Store implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Store.class);

    /** Base name of the database file in the data folder ({@code office.mv.db}). */
    public static final String DB_NAME = "office";

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final Clock clock;
    private final Path databaseFile;
    private final FxThreadGuard guard;
    private final AtomicLong generation = new AtomicLong();

    /** The PC's clock, for the instants the store records (the office's zone is a setting). */
    public Clock clock() {
        return clock;
    }

    private Store(JdbcConnectionPool pool, Clock clock, Path databaseFile, FxThreadGuard guard) {
        this.pool = pool;
        this.clock = clock;
        this.databaseFile = databaseFile;
        this.guard = guard;
        Settings settings =
                new Settings()
                        .withExecuteLogging(
                                false) // bind values may hold personal data: never log them
                        .withRenderSchema(false);
        this.dsl =
                DSL.using(
                        new DefaultConfiguration()
                                .set(new DataSourceConnectionProvider(pool))
                                .set(SQLDialect.H2)
                                .set(settings));
    }

    /**
     * How the database file is left when it closes. H2 tidies the file when it closes: when much of
     * it is free space it moves chunks forward, decrypting and encrypting them in pure Java. On an
     * office of 10,000 members after an import, or after a few large ledgers, that is 1 to 1.5 s at
     * every close, a read-only one included, and a time limit does not cut it short (one chunk
     * moves at a time). The window can spend that when it closes; a command of a few seconds should
     * not. Space a command frees is reused by later writes once H2's retention time (45 s) has
     * passed, and the window tidies the file when it closes.
     */
    public enum Closing {
        /** Tidy the file when it closes (the window). */
        COMPACT,
        /** Close at once (a command). */
        QUICK
    }

    /**
     * Opens the office database for the window: see {@link #open(Path, Clock, FxThreadGuard,
     * DataKey, Closing)}.
     */
    public static Store open(Path dataDir, Clock clock, FxThreadGuard guard, DataKey key) {
        return open(dataDir, clock, guard, key, Closing.COMPACT);
    }

    /**
     * Opens (creating if needed) the office database in {@code dataDir} and migrates it.
     *
     * @param guard refuses calls from threads that must not block (the JavaFX thread)
     */
    public static Store open(
            Path dataDir, Clock clock, FxThreadGuard guard, DataKey key, Closing closing) {
        guard.check();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UserError(e, "error.store.cannotCreateFolder", dataDir);
        }
        warmUpJooq();
        Path base = dataDir.toAbsolutePath().resolve(DB_NAME);
        if (state(dataDir) == DbState.PLAIN) {
            // Never open an unencrypted office as if it were new: it is converted first.
            throw new UserError("error.store.notEncrypted", base + ".mv.db");
        }
        JdbcConnectionPool pool =
                JdbcConnectionPool.create(
                        url(base, true, closing), "sa", new String(key.h2Password()));
        pool.setMaxConnections(4);
        try {
            long t0 = System.nanoTime();
            boolean ran = Migrations.migrate(pool);
            LOG.info(
                    "office database opened in {} ms (migrations {})",
                    (System.nanoTime() - t0) / 1_000_000,
                    ran ? "applied" : "current");
        } catch (RuntimeException e) {
            pool.dispose();
            if (e instanceof UserError) {
                throw e;
            }
            if (isWrongKey(e)) {
                throw new UserError(e, "error.store.wrongKey", base + ".mv.db");
            }
            throw new UserError(e, "error.store.cannotOpen", base + ".mv.db");
        }
        return new Store(pool, clock, Path.of(base + ".mv.db"), guard);
    }

    private static String url(Path base, boolean encrypted) {
        return url(base, encrypted, Closing.COMPACT);
    }

    private static String url(Path base, boolean encrypted, Closing closing) {
        // No trace file: H2's error messages may quote values, and that file is not encrypted.
        return "jdbc:h2:file:"
                + base
                + ";DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME="
                + (closing == Closing.QUICK ? 0 : 50)
                + ";CACHE_SIZE=131072"
                + ";TRACE_LEVEL_FILE=0"
                + (encrypted ? ";CIPHER=AES" : "");
    }

    private static boolean isWrongKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
                return true;
            }
        }
        return false;
    }

    /** What an office folder holds. */
    public enum DbState {
        /** No database yet. */
        NONE,
        /** A database from before accounts: readable by anyone who copies it, to be converted. */
        PLAIN,
        /** A database encrypted with a data key. */
        ENCRYPTED
    }

    /**
     * Reads the first bytes of the database file: H2 starts an encrypted file with {@code
     * H2encrypt}.
     */
    public static DbState state(Path dataDir) {
        Path f = dataDir.resolve(DB_NAME + ".mv.db");
        if (!Files.isRegularFile(f)) {
            return DbState.NONE;
        }
        byte[] head = new byte[9];
        try (InputStream in = Files.newInputStream(f)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n == 0) {
                return DbState.NONE;
            }
            return new String(head, 0, n, StandardCharsets.ISO_8859_1).equals("H2encrypt")
                    ? DbState.ENCRYPTED
                    : DbState.PLAIN;
        } catch (IOException e) {
            throw new UserError(e, "error.store.cannotOpen", f);
        }
    }

    /** The folder a conversion works in; it never holds the only copy of anything. */
    public static final String CONVERTING = "converting";

    /**
     * Encrypts an office's unencrypted database with {@code key}. The work is done on a copy in the
     * {@value #CONVERTING} folder; the copy's rows are counted table by table before and after, and
     * only then does one atomic rename put the encrypted file in place of the original. Until that
     * rename the original is untouched; a failure changes nothing.
     *
     * @return the rows per table, as counted before and after
     */
    public static Map<String, Long> encrypt(Path dataDir, DataKey key) {
        Path file = dataDir.toAbsolutePath().resolve(DB_NAME + ".mv.db");
        Path work = dataDir.toAbsolutePath().resolve(CONVERTING);
        Path copy = work.resolve(DB_NAME + ".mv.db");
        try {
            deleteTree(work);
            Files.createDirectories(work);
            Files.copy(file, copy);
            Map<String, Long> before = rowCounts(url(work.resolve(DB_NAME), false), "");
            char[] password = key.filePassword();
            try {
                ChangeFileEncryption.execute(work.toString(), DB_NAME, "AES", null, password, true);
            } finally {
                Arrays.fill(password, '\0');
            }
            Map<String, Long> after =
                    rowCounts(url(work.resolve(DB_NAME), true), new String(key.h2Password()));
            if (!after.equals(before)) {
                throw new IllegalStateException("rows differ after encryption");
            }
            replace(copy, file);
            LOG.info("office database encrypted: {} tables", after.size());
            try {
                deleteTree(work);
                // H2's trace file of the unencrypted office may quote values: it goes too.
                Files.deleteIfExists(dataDir.toAbsolutePath().resolve(DB_NAME + ".trace.db"));
            } catch (IOException e) {
                LOG.warn(
                        "the conversion's work folder stays behind until the next start: {}",
                        e.toString());
            }
            return after;
        } catch (IOException | SQLException | RuntimeException e) {
            try {
                deleteTree(work);
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            throw new UserError(e, "error.store.cannotEncrypt", file);
        }
    }

    /**
     * Puts {@code source} in place of {@code target} in one atomic rename, after writing it through
     * to the disk.
     */
    public static void replace(Path source, Path target) throws IOException {
        force(source);
        try {
            Files.move(
                    source,
                    target,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Writes a file's content through to the disk (before it replaces something). */
    public static void force(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            c.force(true);
        }
    }

    /** Deletes a folder and everything in it, if it exists. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Map<String, Long> rowCounts(String url, String password) {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, "sa", password);
                Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r =
                    st.executeQuery(
                            "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet r =
                        st.executeQuery(
                                "SELECT COUNT(*) FROM \"" + t.replace("\"", "\"\"") + "\"")) {
                    r.next();
                    counts.put(t, r.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    /** Rows per table of this open office (what a conversion or a restore must keep). */
    public Map<String, Long> rowCounts() {
        guard.check();
        Map<String, Long> counts = new TreeMap<>();
        dsl.transaction(
                cfg -> {
                    for (Table<?> t : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                        counts.put(
                                t.getName().toUpperCase(Locale.ROOT),
                                (long) DSL.using(cfg).fetchCount(t));
                    }
                });
        return counts;
    }

    /**
     * Writes a consistent copy of the database into a zip file while the office stays open. The
     * copy is the encrypted file itself: the backup is as unreadable without a key as the office.
     */
    public void backupTo(Path zip) {
        guard.check();
        String target = zip.toAbsolutePath().toString().replace("'", "''");
        dsl.connection(
                c -> {
                    try (Statement st = c.createStatement()) {
                        st.execute("BACKUP TO '" + target + "'");
                    }
                });
    }

    /**
     * jOOQ loads about a thousand classes on its first query, which is most of a short command's
     * time. Rendering one query on another core while H2 opens the file and checks the schema
     * version hides much of that.
     */
    private static final AtomicBoolean WARMING = new AtomicBoolean();

    /**
     * Starts loading jOOQ's classes on another core now: a sign-in calls it before the slow
     * password derivation, so that the two overlap.
     */
    public static void warmUp() {
        warmUpJooq();
    }

    private static void warmUpJooq() {
        if (!WARMING.compareAndSet(false, true)) {
            return;
        }
        Thread t =
                new Thread(
                        () ->
                                DSL.using(SQLDialect.H2)
                                        .renderInlined(
                                                DSL.selectCount()
                                                        .from(Tables.COMMUNITY)
                                                        .where(Tables.COMMUNITY.DELETED.isFalse())),
                        "jooq-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /**
     * What any command printing the members must do once it has the key: open the encrypted file
     * with plain JDBC (no pool, no jOOQ, no schema check) and read the columns of every active
     * member that {@code MemberRepository.active} reads. The baseline of {@code bench print}, as a
     * bare window is of {@code bench startup}. An existing file only: nothing is created.
     *
     * @return how many rows were read
     */
    public static int readMembersBare(Path dataDir, DataKey key) throws SQLException {
        Path base = dataDir.toAbsolutePath().resolve(DB_NAME);
        int rows = 0;
        try (Connection c =
                        DriverManager.getConnection(
                                url(base, true, Closing.QUICK) + ";IFEXISTS=TRUE",
                                "sa",
                                new String(key.h2Password()));
                Statement st = c.createStatement();
                ResultSet rs =
                        st.executeQuery(
                                "SELECT id, name, sex, id_number, birth_date, id_converted_from_15,"
                                        + " ethnic_group, education, phone, joined_on, full_on, standing, registration, presence, org_id,"
                                        + " community_id, compound_id, building, unit, room, workplace, note, departure, departed_on, tags"
                                        + " FROM member WHERE NOT deleted AND departure IS NULL")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
                rows++;
            }
        }
        return rows;
    }

    /** Runs {@code work} in a read-only use of the database. */
    public <T> T read(Function<StoreSession, T> work) {
        guard.check();
        // One transaction, so that the several queries of a read model see one state.
        return dsl.transactionResult(cfg -> work.apply(new StoreSession(DSL.using(cfg), clock)));
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public <T> T write(Function<StoreSession, T> work) {
        guard.check();
        try {
            return dsl.transactionResult(
                    cfg -> work.apply(new StoreSession(DSL.using(cfg), clock)));
        } finally {
            generation.incrementAndGet(); // also after a rollback: cheap, and never stale
        }
    }

    /**
     * A number that changes whenever a write transaction ends: read models cached in memory compare
     * it to know whether they are still current. Only this process writes the office.
     */
    public long generation() {
        return generation.get();
    }

    public Path databaseFile() {
        return databaseFile;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
