package org.branchdesk.service.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.assertj.core.groups.Tuple;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.households.Household;
import org.branchdesk.service.Services;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.office.PrivacyService;
import org.branchdesk.store.FxThreadGuard;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreProbe;
import org.branchdesk.store.accounts.Keyring;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accounts and encryption at rest, on real offices in a temporary folder: what a wrong password
 * opens (nothing), what the database file and a backup reveal (none of the demo's names or ID
 * numbers), what converting an office from before accounts keeps (every row), and the keyring's
 * rules (lock-out, roles, resets, tampering).
 */
class AccountsAndEncryptionTest {
    private static final String ADMIN = "管理员";
    private static final String PASSWORD = "Qinghuai-2026";
    @TempDir Path dir;

    private OfficeAccess door() {
        return door(Clock.systemDefaultZone());
    }

    private OfficeAccess door(Clock clock) {
        return new OfficeAccess(dir, clock, FxThreadGuard.NONE, () -> {});
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void aWrongPasswordOpensNothingAndRepeatedFailuresLockTheAccount() throws Exception {
        door().setUp(ADMIN, PASSWORD.toCharArray()).services().close();
        Path db = dir.resolve("office.mv.db");
        String before = sha256(db);

        assertThatThrownBy(() -> door().signIn(ADMIN, "Qinghuai-2025".toCharArray()))
                .hasMessage("账户名或密码不正确。再错 4 次，此账户将被暂时锁定。");
        assertThatThrownBy(() -> door().signIn("无此人", PASSWORD.toCharArray()))
                .as("an unknown name is not told apart from a wrong password")
                .hasMessage("账户名或密码不正确。");
        assertThat(sha256(db)).as("the database was not even opened").isEqualTo(before);
        assertThat(dir.resolve("office.trace.db")).doesNotExist();

        Instant start = Instant.parse("2026-11-29T08:00:00Z");
        Clock at = Clock.fixed(start, ZoneId.of("Asia/Shanghai"));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> door(at).signIn(ADMIN, "wrong-pass-1".toCharArray()));
        }
        assertThatThrownBy(() -> door(at).signIn(ADMIN, "wrong-pass-1".toCharArray()))
                .hasMessage("密码连续输错，账户“管理员”已锁定 15 分钟；管理员可提前解锁。");
        assertThatThrownBy(() -> door(at).signIn(ADMIN, PASSWORD.toCharArray()))
                .as("while locked, even the right password")
                .hasMessageContaining(
                        "已锁定，请于 "
                                + DateTimeFormatter.ofPattern("HH:mm")
                                        .withZone(ZoneId.systemDefault())
                                        .format(start.plus(Duration.ofMinutes(15)))
                                + " 后再试");
        Clock later = Clock.fixed(start.plus(Duration.ofMinutes(16)), ZoneId.of("Asia/Shanghai"));
        try (Services s = door(later).signIn(ADMIN, PASSWORD.toCharArray())) {
            assertThat(s.actor()).isEqualTo(new Actor(ADMIN, Role.ADMIN));
        }
        assertThat(Keyring.load(dir).orElseThrow().find(ADMIN).orElseThrow().failures())
                .as("a sign-in clears the failures")
                .isZero();
    }

    @Test
    void neitherTheDatabaseFileNorABackupHoldsTheDemosNamesOrIdNumbers() throws Exception {
        try (Services s = door().setUp(ADMIN, PASSWORD.toCharArray()).services()) {
            s.demo().load(0, false);
            s.backups().backupNow();
        }
        List<String> secrets = demoSecrets();
        assertThat(secrets).hasSizeGreaterThan(100);
        byte[] db = Files.readAllBytes(dir.resolve("office.mv.db"));
        assertThat(db.length).isGreaterThan(100_000);
        assertThat(found(db, secrets)).isEmpty();

        Path backup;
        try (var files = Files.list(dir.resolve("backups"))) {
            backup = files.filter(f -> f.toString().endsWith(".zip")).findFirst().orElseThrow();
        }
        Map<String, byte[]> entries = unzip(backup);
        assertThat(entries).containsOnlyKeys("office.mv.db", "office.keys");
        assertThat(entries.get("office.mv.db").length).isGreaterThan(100_000);
        assertThat(found(entries.get("office.mv.db"), secrets)).isEmpty();
        assertThat(found(entries.get("office.keys"), secrets)).isEmpty();
        assertThat(found(Files.readAllBytes(dir.resolve("office.keys")), secrets)).isEmpty();
        assertThat(found(Files.readAllBytes(dir.resolve("office.keys")), List.of(PASSWORD)))
                .isEmpty();

        // The backup opens again with the same account: restored by hand, it is the office.
        Path restored = dir.resolve("restored");
        Files.createDirectories(restored);
        Files.write(restored.resolve("office.mv.db"), entries.get("office.mv.db"));
        Files.write(restored.resolve("office.keys"), entries.get("office.keys"));
        try (Services s =
                new OfficeAccess(restored, Clock.systemDefaultZone(), FxThreadGuard.NONE, () -> {})
                        .signIn(ADMIN, PASSWORD.toCharArray())) {
            assertThat(s.stats().counts()).containsEntry("members", 604);
        }
    }

    /** Names and ID numbers of the demo's members and households, and the office's name. */
    private static List<String> demoSecrets() throws Exception {
        List<String> out = new ArrayList<>(List.of("青槐街道", "青槐社区"));
        for (String line :
                Files.readAllLines(Path.of("seeds/demo/members.csv"), StandardCharsets.UTF_8)
                        .subList(1, 120)) {
            String[] cells = line.split(",", -1);
            out.add(cells[0]);
            out.add(cells[2]);
            if (!cells[6].isEmpty()) {
                out.add(cells[6]);
            }
        }
        for (String line :
                Files.readAllLines(Path.of("seeds/demo/households.csv"), StandardCharsets.UTF_8)
                        .subList(1, 40)) {
            String[] cells = line.split(",", -1);
            out.add(cells[6]);
        }
        return out.stream().filter(s -> s.length() >= 2).distinct().toList();
    }

    /**
     * The needles found in the bytes, written as UTF-8, UTF-16 either way, or as H2 writes text in
     * its pages (UTF-8 lead bytes with the continuation bytes' top bits dropped).
     */
    private static List<String> found(byte[] haystack, List<String> needles) {
        String asLatin1 = new String(haystack, StandardCharsets.ISO_8859_1); // byte for byte
        List<String> hits = new ArrayList<>();
        for (String n : needles) {
            Map<String, byte[]> forms =
                    Map.of(
                            "UTF-8",
                            n.getBytes(StandardCharsets.UTF_8),
                            "UTF-16BE",
                            n.getBytes(StandardCharsets.UTF_16BE),
                            "UTF-16LE",
                            n.getBytes(StandardCharsets.UTF_16LE),
                            "H2",
                            h2Text(n));
            forms.forEach(
                    (name, bytes) -> {
                        // Four bytes turn up by chance in megabytes of ciphertext; six do not.
                        if (bytes.length >= 6
                                && asLatin1.contains(
                                        new String(bytes, StandardCharsets.ISO_8859_1))) {
                            hits.add(n + " (" + name + ")");
                        }
                    });
        }
        return hits;
    }

    private static byte[] h2Text(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xc0 | (c >> 6));
                out.write(c & 0x3f);
            } else {
                out.write(0xe0 | (c >> 12));
                out.write((c >> 6) & 0x3f);
                out.write(c & 0x3f);
            }
        }
        return out.toByteArray();
    }

    private static Map<String, byte[]> unzip(Path zip) throws Exception {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                in.transferTo(b);
                entries.put(e.getName(), b.toByteArray());
            }
        }
        return entries;
    }

    @Test
    void anOfficeFromBeforeAccountsIsEncryptedInPlaceKeepingEveryRow() throws Exception {
        Map<String, Long> rows;
        Map<String, Integer> stats;
        try (Services s = TestOffice.open(dir)) {
            s.demo().load(0, false);
            stats = s.stats().counts();
        }
        StoreProbe.decrypt(dir, TestOffice.keyOf(dir));
        assertThat(Store.state(dir)).isEqualTo(Store.DbState.PLAIN);
        assertThat(found(Files.readAllBytes(dir.resolve("office.mv.db")), List.of("青槐街道")))
                .as("before: readable by anyone who copies the file")
                .isNotEmpty();
        assertThat(door().state()).isEqualTo(OfficeAccess.State.UNENCRYPTED);
        assertThatThrownBy(() -> door().signIn(ADMIN, PASSWORD.toCharArray()))
                .hasMessageContaining("尚未加密");

        OfficeAccess.SetUp done = door().setUp(ADMIN, PASSWORD.toCharArray());
        try (Services s = done.services()) {
            rows = done.convertedRows();
            assertThat(rows).containsKeys("MEMBER", "COMMUNITY", "AUDIT_LOG", "HOUSEHOLD");
            assertThat(rows.get("MEMBER")).isEqualTo(604);
            assertThat(s.stats().counts()).isEqualTo(stats);
            assertThat(done.recoveryCode()).matches("[0-9A-Z]{5}(-[0-9A-Z]{5}){4}");
        }
        assertThat(Store.state(dir)).isEqualTo(Store.DbState.ENCRYPTED);
        assertThat(found(Files.readAllBytes(dir.resolve("office.mv.db")), demoSecrets())).isEmpty();
        assertThat(dir.resolve("office.converting")).doesNotExist();
        assertThat(dir.resolve("office.keys.new")).doesNotExist();
        try (Services s = door().signIn(ADMIN, PASSWORD.toCharArray())) {
            assertThat(s.stats().counts()).isEqualTo(stats);
        }
        assertThatThrownBy(() -> door().setUp("别人", "Other-pass-1".toCharArray()))
                .as("an office with accounts is never set up again")
                .hasMessage("此办公室已有账户，请登录。");
    }

    @Test
    void accountsHaveRolesTheAdministratorManagesAndTheAuditLogNamesThem() throws Exception {
        try (Services admin = door().setUp(ADMIN, PASSWORD.toCharArray()).services()) {
            admin.office().initialize("青槐街道", null, null);
            admin.accounts().add("王芳", Role.CLERK, "Wangfang-2026".toCharArray());
            admin.accounts().add("督查组", Role.SUPERVISOR, "Ducha-2026!".toCharArray());
            assertThatThrownBy(
                            () -> admin.accounts().add("王芳", Role.CLERK, "Another-1".toCharArray()))
                    .hasMessage("已有账户“王芳”。");
            assertThatThrownBy(
                            () -> admin.accounts().add("李四", Role.CLERK, "12345678".toCharArray()))
                    .hasMessage("密码：须混用字母、数字、符号中的至少两类。");
            assertThatThrownBy(() -> admin.accounts().setRole(ADMIN, Role.CLERK))
                    .hasMessageContaining("唯一在用的管理员");
            assertThat(admin.accounts().list())
                    .extracting(AccountService.AccountLine::name, AccountService.AccountLine::role)
                    .containsExactly(
                            Tuple.tuple(ADMIN, Role.ADMIN),
                            Tuple.tuple("王芳", Role.CLERK),
                            Tuple.tuple("督查组", Role.SUPERVISOR));
        }
        try (Services clerk = door().signIn("王芳", "Wangfang-2026".toCharArray())) {
            assertThat(clerk.accounts().mustChangePassword())
                    .as("given by an administrator")
                    .isTrue();
            assertThatThrownBy(() -> clerk.accounts().list()).hasMessageContaining("无权管理账户");
            assertThatThrownBy(
                            () ->
                                    clerk.accounts()
                                            .changeOwnPassword(
                                                    "wrong-pass-9".toCharArray(),
                                                    "Wangfang-2027".toCharArray()))
                    .hasMessageContaining("账户名或密码不正确");
            clerk.accounts()
                    .changeOwnPassword(
                            "Wangfang-2026".toCharArray(), "Wangfang-2027".toCharArray());
            assertThat(clerk.accounts().mustChangePassword()).isFalse();
            clerk.places().createCommunity("柳岸社区");
        }
        assertThatThrownBy(() -> door().signIn("王芳", "Wangfang-2026".toCharArray()))
                .as("the old password is gone")
                .isInstanceOf(UserError.class);
        try (Services admin = door().signIn(ADMIN, PASSWORD.toCharArray())) {
            admin.accounts().setDisabled("督查组", true);
            admin.accounts().resetPassword("王芳", "Reset-2026".toCharArray());
        }
        assertThatThrownBy(() -> door().signIn("督查组", "Ducha-2026!".toCharArray()))
                .hasMessage("账户“督查组”已停用，请联系管理员。");
        try (Services clerk = door().signIn("王芳", "Reset-2026".toCharArray())) {
            assertThat(clerk.accounts().mustChangePassword()).isTrue();
        }

        List<String> users = StoreProbe.auditUsers(dir, StoreProbe.keyOf(dir, ADMIN, PASSWORD));
        assertThat(users).contains(ADMIN, "王芳");
        assertThat(users.get(users.size() - 1)).isEqualTo(ADMIN); // the reset
        assertThat(String.join(",", users)).doesNotContain(System.getProperty("user.name") + ",");
    }

    @Test
    void aRoleEditedInTheKeyringFileIsRefused() throws Exception {
        try (Services admin = door().setUp(ADMIN, PASSWORD.toCharArray()).services()) {
            admin.office().initialize("青槐街道", null, null);
            admin.accounts().add("王芳", Role.CLERK, "Wangfang-2026".toCharArray());
        }
        Path keys = dir.resolve("office.keys");
        String text = Files.readString(keys, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("account.2.role=CLERK");
        Files.writeString(
                keys,
                text.replace("account.2.role=CLERK", "account.2.role=ADMIN"),
                StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> door().signIn("王芳", "Wangfang-2026".toCharArray()))
                .hasMessageContaining("在程序之外被改动过");
        try (Services admin = door().signIn(ADMIN, PASSWORD.toCharArray())) {
            assertThatThrownBy(() -> admin.accounts().list()).hasMessageContaining("在程序之外被改动过");
        }
    }

    @Test
    void healthDetailsPastRetentionArePurgedByAnAdministratorOnly() throws Exception {
        Instant now = Instant.parse("2026-11-29T08:00:00Z");
        Clock threeYearsAgo =
                Clock.fixed(now.minus(Duration.ofDays(3 * 365)), ZoneId.of("Asia/Shanghai"));
        // Households taken off the register three years ago, by the clock of that day.
        UUID compound;
        try (Services s = TestOffice.open(dir)) {
            s.demo().load(0, false);
            compound =
                    s.surveys().compounds().stream()
                            .filter(
                                    r ->
                                            s.households().households(r.compoundId()).stream()
                                                    .anyMatch(
                                                            l ->
                                                                    l.household().kind()
                                                                            == Household.Kind
                                                                                    .ASSISTED))
                            .findFirst()
                            .orElseThrow()
                            .compoundId();
        }
        // A fresh demo: no household has left the register yet, but its home observation of
        // February 2020 ended long ago, so the temperatures in its service log are past retention.
        PrivacyService.Purge before;
        List<UUID> demoEnded;
        try (Services s = TestOffice.open(dir)) {
            before = s.privacy().purgeable();
            assertThat(before.households()).as("nothing has left the register yet").isZero();
            demoEnded = TestOffice.endedBefore(s, before.cutoff());
            assertThat(before.serviceLogs())
                    .as("the demo's ended home observation is purgeable")
                    .isPositive()
                    .isEqualTo(TestOffice.healthNoted(s, demoEnded));
        }
        StoreProbe.removeHouseholdsAt(dir, TestOffice.keyOf(dir), compound, threeYearsAgo);
        int due;
        try (Services clerk = TestOffice.open(dir, Role.CLERK)) {
            PrivacyService.Purge purgeable = clerk.privacy().purgeable();
            assertThat(purgeable.households()).as("the households removed").isPositive();
            assertThat(purgeable.serviceLogs()).isEqualTo(before.serviceLogs());
            due = purgeable.healthDetails();
            assertThatThrownBy(() -> clerk.privacy().purge()).hasMessageContaining("无权");
            assertThat(clerk.privacy().purgeable().healthDetails()).isEqualTo(due);
        }
        try (Services admin = TestOffice.open(dir)) {
            int inventoryBefore = healthCount(admin);
            PrivacyService.Purge done = admin.privacy().purge();
            assertThat(done.healthDetails()).isEqualTo(due);
            assertThat(done.households()).isPositive();
            assertThat(done.serviceLogs()).isEqualTo(before.serviceLogs());
            assertThat(TestOffice.healthNoted(admin, demoEnded))
                    .as("the demo's observation is cleared")
                    .isZero();
            assertThat(admin.privacy().purgeable().healthDetails()).isZero();
            assertThat(healthCount(admin)).isEqualTo(inventoryBefore - done.healthDetails());
            assertThat(admin.privacy().purge().healthDetails())
                    .as("a second purge finds nothing")
                    .isZero();
        }
    }

    /** Health details in the inventory: residents' needs and the service logs' notes. */
    private static int healthCount(Services s) {
        return s.privacy().inventory().stream()
                .filter(i -> i.what().contains("健康"))
                .mapToInt(PrivacyService.Item::count)
                .sum();
    }

    @Test
    void anAdministratorPutsABackupBackAndTheReplacedDataIsKept() throws Exception {
        Path backup;
        try (Services admin = door().setUp(ADMIN, PASSWORD.toCharArray()).services()) {
            admin.demo().load(0, false);
            admin.accounts().add("王芳", Role.CLERK, "Wangfang-2026".toCharArray());
            backup = admin.backups().backupNow();
            admin.places().createCommunity("新华社区");
            assertThat(admin.stats().counts()).containsEntry("communities", 9);
        }
        assertThatThrownBy(() -> door().restore("王芳", "Wangfang-2026".toCharArray(), backup))
                .hasMessageContaining("无权从备份恢复");
        assertThatThrownBy(() -> door().restore(ADMIN, "wrong-pass-1".toCharArray(), backup))
                .hasMessageContaining("账户名或密码不正确");

        // A backup of another office does not open with this office's key: nothing changes.
        Path other = dir.resolve("other");
        Path otherBackup;
        try (Services s =
                new OfficeAccess(other, Clock.systemDefaultZone(), FxThreadGuard.NONE, () -> {})
                        .setUp(ADMIN, PASSWORD.toCharArray())
                        .services()) {
            s.office().initialize("别的街道", null, null);
            otherBackup = s.backups().backupNow();
        }
        assertThatThrownBy(() -> door().restore(ADMIN, PASSWORD.toCharArray(), otherBackup))
                .hasMessageContaining("来自另一个办公室");
        assertThatThrownBy(
                        () ->
                                door().restore(
                                                ADMIN,
                                                PASSWORD.toCharArray(),
                                                dir.resolve("office.keys")))
                .hasMessageContaining("不是 BranchDesk 的备份");
        // A zip with the right names but an empty database is refused too (it would open as a new
        // office).
        Path empty = dir.resolve("empty.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(empty))) {
            z.putNextEntry(new ZipEntry("office.mv.db"));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("office.keys"));
            z.closeEntry();
        }
        assertThatThrownBy(() -> door().restore(ADMIN, PASSWORD.toCharArray(), empty))
                .hasMessageContaining("不是 BranchDesk 的备份");
        try (Services s = door().signIn(ADMIN, PASSWORD.toCharArray())) {
            assertThat(s.stats().counts())
                    .as("every refusal changed nothing")
                    .containsEntry("communities", 9);
        }

        try (Services restored = door().restore(ADMIN, PASSWORD.toCharArray(), backup)) {
            assertThat(restored.stats().counts())
                    .containsEntry("communities", 8)
                    .containsEntry("members", 604);
        }
        assertThat(dir.resolve("restore.tmp")).doesNotExist();
        Path before;
        try (var files = Files.list(dir.resolve("backups"))) {
            before =
                    files.filter(
                                    f ->
                                            f.getFileName()
                                                    .toString()
                                                    .matches(
                                                            "office-\\d{8}-\\d{6}-before-restore\\.zip"))
                            .findFirst()
                            .orElseThrow();
        }
        try (Services undone = door().restore(ADMIN, PASSWORD.toCharArray(), before)) {
            assertThat(undone.stats().counts())
                    .as("the replaced data, kept as a backup of its own")
                    .containsEntry("communities", 9);
        }
        List<String> users = StoreProbe.auditUsers(dir, StoreProbe.keyOf(dir, ADMIN, PASSWORD));
        assertThat(users.get(users.size() - 1)).isEqualTo(ADMIN);
        try (Services s = door().signIn("王芳", "Wangfang-2026".toCharArray())) {
            assertThat(s.stats().counts()).containsEntry("communities", 9);
        }
    }

    @Test
    void aConversionCutShortBeforeTheSwapLeavesTheOriginalAndIsSimplyDoneAgain() throws Exception {
        Map<String, Integer> stats;
        try (Services s = TestOffice.open(dir)) {
            s.demo().load(0, false);
            stats = s.stats().counts();
        }
        StoreProbe.decrypt(dir, TestOffice.keyOf(dir));
        // What a power cut in the middle of the conversion leaves: a pending keyring and a work
        // copy.
        Keyring.create(dir, ADMIN, PASSWORD.toCharArray(), Instant.now()).keyring().savePending();
        Files.createDirectories(dir.resolve("converting"));
        Files.copy(dir.resolve("office.mv.db"), dir.resolve("converting/office.mv.db"));
        assertThat(door().state()).isEqualTo(OfficeAccess.State.UNENCRYPTED);

        try (Services s = door().setUp(ADMIN, PASSWORD.toCharArray()).services()) {
            assertThat(s.stats().counts()).isEqualTo(stats);
        }
        assertThat(dir.resolve("converting")).doesNotExist();
        assertThat(dir.resolve("office.keys.new")).doesNotExist();
        assertThat(Store.state(dir)).isEqualTo(Store.DbState.ENCRYPTED);
    }

    @Test
    void aSetUpCutShortAfterTheSwapIsFinishedByTheNextSignIn() throws Exception {
        door().setUp(ADMIN, PASSWORD.toCharArray()).services().close();
        Files.move(dir.resolve("office.keys"), dir.resolve("office.keys.new"));
        Files.delete(dir.resolve("office.keys.bak"));
        assertThat(door().state()).isEqualTo(OfficeAccess.State.ACCOUNTS);
        door().signIn(ADMIN, PASSWORD.toCharArray()).close();
        assertThat(dir.resolve("office.keys")).exists();
        assertThat(dir.resolve("office.keys.new")).doesNotExist();
    }

    @Test
    void aLostOrDamagedKeyringIsNeverReplacedByANewOne() throws Exception {
        door().setUp(ADMIN, PASSWORD.toCharArray()).services().close();
        Files.writeString(dir.resolve("office.keys"), "");
        try (Services s = door().signIn(ADMIN, PASSWORD.toCharArray())) {
            assertThat(s.actor().name()).as("read from office.keys.bak").isEqualTo(ADMIN);
        }
        Files.delete(dir.resolve("office.keys"));
        Files.delete(dir.resolve("office.keys.bak"));
        assertThat(door().state()).isEqualTo(OfficeAccess.State.KEYS_MISSING);
        assertThatThrownBy(() -> door().setUp("别人", "Other-pass-1".toCharArray()))
                .hasMessageContaining("office.keys 不见了");
        assertThat(dir.resolve("office.keys")).doesNotExist();
    }

    @Test
    void aMissingDatabaseIsNotOpenedAsANewOfficeButRestored() throws Exception {
        Path backup;
        try (Services s = door().setUp(ADMIN, PASSWORD.toCharArray()).services()) {
            s.office().initialize("青槐街道", null, null);
            backup = s.backups().backupNow();
        }
        Files.delete(dir.resolve("office.mv.db"));
        assertThatThrownBy(() -> door().signIn(ADMIN, PASSWORD.toCharArray()))
                .hasMessageContaining("office.mv.db 不见了");
        assertThat(dir.resolve("office.mv.db")).doesNotExist();
        try (Services s = door().restore(ADMIN, PASSWORD.toCharArray(), backup)) {
            assertThat(s.office().current()).isPresent();
        }
    }

    @Test
    void aDisabledAccountLosesItsKeyAndComesBackOnlyWithANewPassword() throws Exception {
        try (Services admin = door().setUp(ADMIN, PASSWORD.toCharArray()).services()) {
            admin.office().initialize("青槐街道", null, null);
            admin.accounts().add("王芳", Role.CLERK, "Wangfang-2026".toCharArray());
            admin.accounts().setDisabled("王芳", true);
            assertThat(Files.readString(dir.resolve("office.keys"), StandardCharsets.ISO_8859_1))
                    .contains("account.2.mac")
                    .doesNotContain("account.2.data");
            assertThatThrownBy(() -> admin.accounts().setDisabled("王芳", false))
                    .hasMessageContaining("请先为它重设密码");
            admin.accounts().resetPassword("王芳", "Wangfang-2027".toCharArray());
            admin.accounts().setDisabled("王芳", false);
        }
        assertThatThrownBy(() -> door().signIn("王芳", "Wangfang-2026".toCharArray()))
                .isInstanceOf(UserError.class);
        door().signIn("王芳", "Wangfang-2027".toCharArray()).close();
    }
}
