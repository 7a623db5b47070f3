package org.branchdesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import org.branchdesk.domain.UserError;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The office's embedded H2 database. All SQL of the application goes through a
 * {@link StoreSession} handed out by {@link #read} or {@link #write}, one transaction each.
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
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    private Store(JdbcConnectionPool pool, Clock clock, Path databaseFile, FxThreadGuard guard) {
        this.pool = pool;
        this.clock = clock;
        this.databaseFile = databaseFile;
        this.guard = guard;
        Settings settings = new Settings()
                .withExecuteLogging(false) // bind values may hold personal data: never log them
                .withRenderSchema(false);
        this.dsl = DSL.using(new DefaultConfiguration()
                .set(new DataSourceConnectionProvider(pool))
                .set(SQLDialect.H2)
                .set(settings));
    }

    /**
     * Opens (creating if needed) the office database in {@code dataDir} and migrates it.
     *
     * @param guard refuses calls from threads that must not block (the JavaFX thread)
     */
    public static Store open(Path dataDir, Clock clock, FxThreadGuard guard) {
        guard.check();
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new UserError(e, "error.store.cannotCreateFolder", dataDir);
        }
        warmUpJooq();
        Path base = dataDir.toAbsolutePath().resolve(DB_NAME);
        String url = "jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=50;CACHE_SIZE=131072";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(4);
        try {
            long t0 = System.nanoTime();
            boolean ran = Migrations.migrate(pool);
            LOG.info("office database opened in {} ms (migrations {})",
                    (System.nanoTime() - t0) / 1_000_000, ran ? "applied" : "current");
        } catch (RuntimeException e) {
            pool.dispose();
            if (e instanceof UserError) {
                throw e;
            }
            throw new UserError(e, "error.store.cannotOpen", base + ".mv.db");
        }
        return new Store(pool, clock, Path.of(base + ".mv.db"), guard);
    }

    /**
     * jOOQ loads about a thousand classes on its first query, which is most of a short
     * command's time. Rendering one query on another core while H2 opens the file and checks
     * the schema version hides much of that.
     */
    private static void warmUpJooq() {
        Thread t = new Thread(() -> DSL.using(SQLDialect.H2).renderInlined(
                DSL.selectCount().from(org.branchdesk.store.jooq.Tables.COMMUNITY)
                        .where(org.branchdesk.store.jooq.Tables.COMMUNITY.DELETED.isFalse())), "jooq-warm-up");
        t.setDaemon(true);
        t.start();
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
            return dsl.transactionResult(cfg -> work.apply(new StoreSession(DSL.using(cfg), clock)));
        } finally {
            generation.incrementAndGet(); // also after a rollback: cheap, and never stale
        }
    }

    /**
     * A number that changes whenever a write transaction ends: read models cached in memory
     * compare it to know whether they are still current. Only this process writes the office.
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
