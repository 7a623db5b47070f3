package org.branchdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.branchdesk.domain.office.Office;
import org.branchdesk.domain.places.Community;
import org.branchdesk.store.accounts.DataKey;
import org.branchdesk.store.jooq.DefaultSchema;
import org.branchdesk.store.jooq.Tables;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @TempDir Path dir;

    @Test
    void migratesAnEmptyFolderAndSkipsFlywayWhenCurrent() {
        // pooled, as the application opens it: the database stays open between calls
        JdbcConnectionPool ds = JdbcConnectionPool.create(dataSource().getURL(), "sa", "");
        try {
            assertThat(Migrations.recordedVersion(ds)).isNull();
            assertThat(Migrations.migrate(ds)).isTrue();
            assertThat(Migrations.recordedVersion(ds)).isEqualTo(Migrations.LATEST_VERSION);
            assertThat(Migrations.migrate(ds)).as("second open pays no Flyway pass").isFalse();
            assertThat(dir.resolve("office.trace.db")).as("no H2 error trace").doesNotExist();
        } finally {
            ds.dispose();
        }
    }

    @Test
    void anOfficeFromBeforeUnitsGetsItsPropertyCompaniesAsUnits() throws Exception {
        JdbcConnectionPool ds = JdbcConnectionPool.create(dataSource().getURL(), "sa", "");
        try {
            Flyway.configure()
                    .dataSource(ds)
                    .locations(Migrations.LOCATION)
                    .target("3")
                    .load()
                    .migrate();
            try (Connection c = ds.getConnection();
                    var st = c.createStatement()) {
                st.execute(
                        "INSERT INTO office (id, name, created_at, updated_at, revision, revised_by) VALUES "
                                + "('00000000-0000-0000-0000-000000000001', '青槐街道', NOW(), NOW(), 1, '00000000-0000-0000-0000-000000000001')");
                st.execute(
                        "INSERT INTO community (id, name, sort_order, created_at, updated_at, revision, revised_by) VALUES "
                                + "('00000000-0000-0000-0000-000000000002', '柳岸社区', 0, NOW(), NOW(), 1, '00000000-0000-0000-0000-000000000001')");
                for (String[] row :
                        new String[][] {{"3", "甲物业公司"}, {"4", "甲物业公司"}, {"5", "乙物业公司"}}) {
                    st.execute(
                            "INSERT INTO compound (id, community_id, name, property_company, created_at, updated_at, revision, revised_by) VALUES "
                                    + "('00000000-0000-0000-0000-00000000000"
                                    + row[0]
                                    + "', '00000000-0000-0000-0000-000000000002', '小区"
                                    + row[0]
                                    + "', '"
                                    + row[1]
                                    + "', NOW(), NOW(), 1, '00000000-0000-0000-0000-000000000001')");
                }
            }
            assertThat(Migrations.migrate(ds)).isTrue();
            try (Connection c = ds.getConnection();
                    var st = c.createStatement();
                    ResultSet rs =
                            st.executeQuery(
                                    "SELECT name FROM unit WHERE kind = 'PROPERTY_COMPANY' ORDER BY name")) {
                List<String> names = new ArrayList<>();
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
                assertThat(names).containsExactly("乙物业公司", "甲物业公司");
            }
        } finally {
            ds.dispose();
        }
    }

    @Test
    void latestVersionConstantMatchesTheNewestMigrationFile() throws IOException {
        Path migrations = Path.of("src/main/resources/db/migration");
        int newest;
        try (Stream<Path> files = Files.list(migrations)) {
            newest =
                    files.map(p -> p.getFileName().toString())
                            .filter(n -> n.matches("V\\d+__.*\\.sql"))
                            .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                            .max()
                            .orElseThrow();
        }
        assertThat(Migrations.LATEST_VERSION).isEqualTo(newest);
    }

    @Test
    void generatedJooqClassesMatchTheMigratedSchema() throws Exception {
        JdbcDataSource ds = dataSource();
        Migrations.migrate(ds);
        Set<String> database = new TreeSet<>();
        try (Connection c = ds.getConnection();
                ResultSet rs = c.getMetaData().getColumns(null, "PUBLIC", "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME");
                if (!table.equals("flyway_schema_history")) {
                    database.add(
                            table.toUpperCase(Locale.ROOT) + "." + rs.getString("COLUMN_NAME"));
                }
            }
        }
        Set<String> generated = new TreeSet<>();
        for (Table<?> t : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            for (Field<?> f : t.fields()) {
                generated.add(t.getName() + "." + f.getName());
            }
        }
        assertThat(generated).isEqualTo(database);
    }

    @Test
    void everyTableCarriesTheRowMetadataForExchange() throws Exception {
        JdbcDataSource ds = dataSource();
        Migrations.migrate(ds);
        List<String> missing = new ArrayList<>();
        for (Table<?> t : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            for (String column :
                    List.of(
                            "ID",
                            "CREATED_AT",
                            "UPDATED_AT",
                            "REVISION",
                            "REVISED_BY",
                            "DELETED")) {
                if (t.field(column) == null) {
                    missing.add(t.getName() + "." + column);
                }
            }
            assertThat(t.field("ID").getDataType().getType()).isEqualTo(UUID.class);
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void revisionsCountUpAndNameTheOfficeThatMadeThem() {
        try (Store store =
                Store.open(dir, Clock.systemDefaultZone(), FxThreadGuard.NONE, DataKey.random())) {
            Office office = new Office(UUID.randomUUID(), "青槐街道", null, null, null);
            Community c = new Community(UUID.randomUUID(), "柳岸社区", 0);
            store.write(
                    s -> {
                        s.office().insert(office);
                        s.communities().insert(c);
                        return null;
                    });
            long first = store.read(s -> s.communities().revision(c.id()));
            assertThat(first).isEqualTo(1);
            store.write(
                    s -> {
                        s.communities().update(c.withName("柳岸新社区"));
                        return null;
                    });
            long second = store.read(s -> s.communities().revision(c.id()));
            UUID revisedBy =
                    store.read(
                            s ->
                                    s.dsl()
                                            .select(Tables.COMMUNITY.REVISED_BY)
                                            .from(Tables.COMMUNITY)
                                            .fetchOne()
                                            .value1());
            assertThat(second).isEqualTo(2);
            assertThat(revisedBy).isEqualTo(office.id());
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        try (Store store =
                Store.open(dir, Clock.systemDefaultZone(), FxThreadGuard.NONE, DataKey.random())) {
            store.write(
                    s -> {
                        s.office().insert(new Office(UUID.randomUUID(), "青槐街道", null, null, null));
                        return null;
                    });
            assertThatThrownBy(
                            () ->
                                    store.write(
                                            s -> {
                                                s.communities()
                                                        .insert(
                                                                new Community(
                                                                        UUID.randomUUID(),
                                                                        "柳岸社区",
                                                                        0));
                                                throw new IllegalStateException("disk full");
                                            }))
                    .hasMessage("disk full");
            int count = store.read(s -> s.communities().count());
            assertThat(count).isZero();
        }
    }

    @Test
    void theGuardRefusesTheJavaFxThread() {
        FxThreadGuard guard = FxThreadGuard.refusing(Thread.currentThread().getName());
        assertThatThrownBy(
                        () -> Store.open(dir, Clock.systemDefaultZone(), guard, DataKey.random()))
                .isInstanceOf(IllegalStateException.class);
    }

    private JdbcDataSource dataSource() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("office").toAbsolutePath());
        ds.setUser("sa");
        return ds;
    }
}
