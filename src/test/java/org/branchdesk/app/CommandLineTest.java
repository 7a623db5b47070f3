package org.branchdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: the real launcher, a real office in a temporary folder. */
class CommandLineTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Launcher launcher = new Launcher(new Environment("Linux", Map.of(), dir.toString()),
                new PrintWriter(out, true), new PrintWriter(err, true));
        int code = launcher.run(args);
        return new Run(code, out.toString(), err.toString());
    }

    String data() {
        return dir.resolve("office").toString();
    }

    @Test
    void demoThenStatsPrintsTheDemosCountsAndASecondDemoChangesNothing() {
        Run demo = run("--data-dir", data(), "demo");
        assertThat(demo.code()).isZero();
        assertThat(demo.out()).contains("青槐街道").contains("新建社区 8 个").contains("小区 60 个")
                .contains("党组织 75 个").contains("党小组和党员中心户 36 个").contains("党员 600 名")
                .contains("联系户和帮扶对象 95 户");

        Run stats = run("--data-dir", data(), "stats");
        assertThat(stats.code()).isZero();
        assertThat(stats.out().lines()).containsExactly("communities: 8", "compounds: 60", "organizations: 75",
                "members: 600", "surveys: 45", "survey_items: 42", "units: 6", "party_groups: 36",
                "temporary_branch_members: 34", "buildings: 446", "contact_households: 72",
                "assisted_households: 23");
        assertThat(stats.out().lines()).allMatch(l -> l.matches("[a-z_]+: \\d+"));

        Run again = run("--data-dir", data(), "demo");
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("未作更改");
        assertThat(run("--data-dir", data(), "stats").out()).isEqualTo(stats.out());
    }

    @Test
    void initCreatesTheOfficeOnceAndDryRunWritesNothing() {
        Run dry = run("--data-dir", data(), "init", "--office", "青槐街道", "--dry-run");
        assertThat(dry.code()).isZero();
        assertThat(dry.out()).contains("未作更改");
        Run init = run("--data-dir", data(), "init", "--office", "青槐街道", "--district", "明川区",
                "--doc-prefix", "青槐街党工");
        assertThat(init.code()).isZero();
        assertThat(init.out()).contains("已建立办公室：青槐街道（明川区）");
        Run twice = run("--data-dir", data(), "init", "--office", "别的街道");
        assertThat(twice.code()).isEqualTo(1);
        assertThat(twice.err()).contains("已建立办公室“青槐街道”");
    }

    @Test
    void refusedInputExitsOneWithAChineseMessageAndNoStackTrace() {
        Run bad = run("--data-dir", data(), "init", "--office", "  ");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("街道名称：不能为空").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void usageErrorsExitTwoInChinese() {
        Run unknown = run("--data-dir", data(), "stats", "--bogus");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("无法识别的参数").contains("--bogus");
        Run missing = run("--data-dir", data(), "init");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("缺少必需的参数").contains("--office");
        Run badScale = run("--data-dir", data(), "demo", "--scale", "many");
        assertThat(badScale.code()).isEqualTo(2);
        assertThat(badScale.err()).contains("无效");
    }

    @Test
    void aMistypedCommandIsAUsageErrorNotAWindow() {
        Run typo = run("--data-dir", data(), "stat");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("“stat”不是命令");
    }

    @Test
    void anIdNumberInARefusedCellIsMaskedInTheMessage() throws Exception {
        run("--data-dir", data(), "demo");
        Path file = dir.resolve("ids.csv");
        Files.writeString(file, "所在社区,小区名称,户数\n青槐社区,青槐小区,110105194912310021\n", StandardCharsets.UTF_8);
        Run r = run("--data-dir", data(), "import", "compounds", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("110105********0021").doesNotContain("19491231");
    }

    @Test
    void aCommandWhileTheOfficeIsHeldSaysSoAndExitsOne() throws Exception {
        Path office = Path.of(data());
        try (OfficeLock held = OfficeLock.tryAcquire(office).orElseThrow()) {
            Run stats = run("--data-dir", data(), "stats");
            assertThat(stats.code()).isEqualTo(1);
            assertThat(stats.err()).contains("正由另一个 BranchDesk 窗口或命令使用");
            assertThat(stats.out()).isEmpty();
        }
        assertThat(run("--data-dir", data(), "stats").code()).isZero();
    }

    @Test
    void importWithRefusedRowsExitsOneAndLeavesStatsUnchanged() throws Exception {
        run("--data-dir", data(), "demo");
        String before = run("--data-dir", data(), "stats").out();
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "所在社区,小区名称,户数\n新华社区,新华小区,10\n新华社区,,5\n", StandardCharsets.UTF_8);

        assertThat(run("--data-dir", data(), "import", "compounds", file.toString(), "--dry-run").code())
                .as("a dry run that would import nothing").isEqualTo(1);
        assertThat(run("--data-dir", data(), "import", "compounds", file.toString(), "--dry-run",
                "--skip-invalid").code()).isZero();
        Path allBad = dir.resolve("allbad.csv");
        Files.writeString(allBad, "所在社区,小区名称,户数\n新华社区,,5\n", StandardCharsets.UTF_8);
        assertThat(run("--data-dir", data(), "import", "compounds", allBad.toString(), "--skip-invalid").code())
                .as("every row refused: nothing imported, even when skipping").isEqualTo(1);

        Run refused = run("--data-dir", data(), "import", "compounds", file.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out().lines().findFirst().orElseThrow()).isEqualTo("第3行 小区名称：不能为空");
        assertThat(run("--data-dir", data(), "stats").out()).isEqualTo(before);

        Run skipped = run("--data-dir", data(), "import", "compounds", file.toString(), "--skip-invalid");
        assertThat(skipped.code()).isZero();
        assertThat(run("--data-dir", data(), "stats").out()).contains("communities: 9", "compounds: 61",
                "members: 600");
    }

    @Test
    void exportsAreMaskedAndAFullExportNeedsAReason() throws Exception {
        run("--data-dir", data(), "demo");
        Path masked = dir.resolve("masked.xlsx");
        Run m = run("--data-dir", data(), "export", "members", "--out", masked.toString());
        assertThat(m.code()).isZero();
        assertThat(m.out()).contains("已导出 600 行").contains("已遮盖");
        var rows = org.branchdesk.service.imports.SheetReader.read(Files.readAllBytes(masked), "m");
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.cell(2)).contains("********"));

        Path full = dir.resolve("full.xlsx");
        Run refused = run("--data-dir", data(), "export", "members", "--out", full.toString(), "--full");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("导出理由");
        assertThat(full).doesNotExist();
        Run ok = run("--data-dir", data(), "export", "members", "--out", full.toString(), "--full",
                "--reason", "区委组织部核对党员信息");
        assertThat(ok.code()).isZero();
        var fullRows = org.branchdesk.service.imports.SheetReader.read(Files.readAllBytes(full), "f");
        assertThat(fullRows.get(1).cell(2)).matches("99\\d{15}[0-9X]");
    }

    @Test
    void everyRegisterExportsToExcelWithPersonalDataLeftOut() throws Exception {
        run("--data-dir", data(), "demo");
        Path compounds = dir.resolve("compounds.xlsx");
        assertThat(run("--data-dir", data(), "export", "compounds", "--out", compounds.toString()).out())
                .contains("已导出 60 行");
        var c = org.branchdesk.service.imports.SheetReader.read(Files.readAllBytes(compounds), "c");
        assertThat(c.get(0).cells()).startsWith("社区", "小区", "户数");
        Path orgs = dir.resolve("orgs.xlsx");
        assertThat(run("--data-dir", data(), "export", "organizations", "--out", orgs.toString()).out())
                .contains("已导出 75 行");
        var o = org.branchdesk.service.imports.SheetReader.read(Files.readAllBytes(orgs), "o");
        assertThat(o.get(1).cells()).startsWith("青槐街道党工委");
        Path households = dir.resolve("households.xlsx");
        assertThat(run("--data-dir", data(), "export", "households", "--out", households.toString()).out())
                .contains("已导出 95 行");
        var h = org.branchdesk.service.imports.SheetReader.read(Files.readAllBytes(households), "h");
        assertThat(h.subList(1, h.size())).allSatisfy(r -> {
            assertThat(r.cell(5)).matches("199\\*{4}\\d{4}");
            assertThat(java.util.Objects.toString(r.cell(7), "")).doesNotContain("独居").doesNotContain("慢性病");
        });
        Run full = run("--data-dir", data(), "export", "households", "--out", households.toString(), "--full",
                "--reason", "核对");
        assertThat(full.code()).isEqualTo(1);
        assertThat(full.err()).contains("只用于导出党员名册");
    }

    @Test
    void ledgersAndNoticesArePrintedNumberedAndVerified() throws Exception {
        run("--data-dir", data(), "demo");
        Path pdf = dir.resolve("members.pdf");
        Run ledger = run("--data-dir", data(), "ledger", "members", "--out", pdf.toString());
        assertThat(ledger.code()).isZero();
        assertThat(ledger.out()).contains("花名册第1号").contains("600 行");
        String code = ledger.out().replaceAll("(?s).*验证码 ([A-Z0-9]{4}-[A-Z0-9]{4}).*", "$1");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        Run ok = run("--data-dir", data(), "verify", code);
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).contains("未改变");
        assertThat(run("--data-dir", data(), "verify", "ZZZZ-ZZZZ").code()).isEqualTo(1);

        Run community = run("--data-dir", data(), "ledger", "ownerless", "--community", "柳岸社区", "--out",
                dir.resolve("o.pdf").toString());
        assertThat(community.code()).isZero();
        assertThat(run("--data-dir", data(), "ledger", "org", "--community", "没有社区", "--out",
                dir.resolve("x.pdf").toString()).code()).isEqualTo(1);
        assertThat(run("--data-dir", data(), "ledger", "org", "--out", dir.resolve("x.txt").toString()).code())
                .isEqualTo(1);

        Run draft = run("--data-dir", data(), "notice", "branch-setup", "--org", "槐荫里党支部", "--out",
                dir.resolve("d.pdf").toString());
        assertThat(draft.code()).isZero();
        assertThat(draft.out()).contains("草稿");
        Run issued = run("--data-dir", data(), "notice", "branch-setup", "--org", "槐荫里党支部", "--out",
                dir.resolve("n.pdf").toString(), "--issue", "--signed-on", "2020-02-10");
        assertThat(issued.code()).isZero();
        assertThat(issued.out()).contains("青槐街党工〔2020〕1号");
        assertThat(run("--data-dir", data(), "verify", "青槐街党工〔2020〕1号").code()).isZero();
        Run unknown = run("--data-dir", data(), "notice", "branch-approval", "--org", "没有这个党支部", "--out",
                dir.resolve("u.pdf").toString());
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("没有名为");
        assertThat(run("--data-dir", data(), "notice", "approval", "--org", "槐荫里党支部", "--out",
                dir.resolve("u.pdf").toString()).code()).isEqualTo(2);
    }

    @Test
    void privacyCountsWhereThePersonalDataIsAndShowsNoOnesData() {
        run("--data-dir", data(), "demo");
        Run r = run("--data-dir", data(), "privacy");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).contains("党员名册\t记录\t600", "党员名册\t公民身份号码\t600",
                "联系户与帮扶对象（含已移出登记的）\t帮扶需求（可能含健康信息）\t23", "审计日志\t含完整身份证号的导出\t0");
        assertThat(r.out()).doesNotContainPattern("99\\d{15}[0-9X]").doesNotContain("独居");
    }

    @Test
    void unitsShowWhichPropertyCompaniesStillLackAPartyOrganization() {
        run("--data-dir", data(), "demo");
        Run units = run("--data-dir", data(), "units");
        assertThat(units.code()).isZero();
        assertThat(units.out().lines()).hasSize(6)
                .anyMatch(l -> l.startsWith("物业服务企业\t") && l.endsWith("未建党组织（应建尽建）"))
                .anyMatch(l -> l.startsWith("物业服务企业\t") && l.endsWith("党支部"))
                .anyMatch(l -> l.equals("驻区单位\t明川区第一中学\t明川区第一中学党支部"));
    }

    @Test
    void theTemplateIsWritten() {
        Path out = dir.resolve("模板.csv");
        Run t = run("--data-dir", data(), "template", "compounds", "--out", out.toString());
        assertThat(t.code()).isZero();
        assertThat(out).exists();
    }

    @Test
    void theDataFolderComesFromTheEnvironmentVariableWhenNoOptionIsGiven() {
        Environment env = new Environment("Linux", Map.of("BRANCHDESK_HOME", data()), dir.toString());
        StringWriter out = new StringWriter();
        int code = new Launcher(env, new PrintWriter(out), new PrintWriter(new StringWriter())).run(new String[] {"demo"});
        assertThat(code).isZero();
        assertThat(Path.of(data()).resolve("office.mv.db")).exists();
    }
}
