package org.branchdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.branchdesk.service.sheets.SheetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: the real launcher, a real office in a temporary folder. */
class CommandLineTest {
    @TempDir Path dir;

    record Run(int code, String out, String err) {}

    /** The administrator every test's office is set up with (by its first init or demo). */
    static final Map<String, String> ADMIN =
            Map.of("BRANCHDESK_USER", "管理员", "BRANCHDESK_PASSWORD", "Qinghuai-2026");

    Run run(String... args) {
        return runWith(ADMIN, args);
    }

    Run runWith(Map<String, String> variables, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Launcher launcher =
                new Launcher(
                        new Environment("Linux", variables, dir.toString()),
                        new PrintWriter(out, true),
                        new PrintWriter(err, true));
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
        assertThat(demo.out())
                .contains("青槐街道")
                .contains("新建社区 8 个")
                .contains("小区 60 个")
                .contains("党组织 75 个")
                .contains("党小组和党员中心户 36 个")
                .contains("党员 600 名")
                .contains("联系户和帮扶对象 95 户")
                .contains("班子成员任职记录 136 条")
                .contains("撤销党组织 1 个");

        Run stats = run("--data-dir", data(), "stats");
        assertThat(stats.code()).isZero();
        assertThat(stats.out().lines())
                .containsExactly(
                        "communities: 8",
                        "compounds: 60",
                        "organizations: 75",
                        // the register's 600 and the four development made (approved cases)
                        "members: 604",
                        "surveys: 45",
                        "survey_items: 42",
                        "units: 6",
                        "party_groups: 36",
                        "temporary_branch_members: 34",
                        "buildings: 446",
                        "contact_households: 72",
                        "assisted_households: 23",
                        "positions: 103",
                        "committee_terms: 41",
                        "elections: 2",
                        "election_candidates: 4",
                        "people: 46",
                        "teams: 10",
                        "posts: 5",
                        "shifts: 392",
                        "assignments: 744",
                        "roster_weeks: 12",
                        "duty_limits: 6",
                        "unavailability: 9",
                        "pairings: 17",
                        "service_logs: 173",
                        // every in-service member reporting, four claiming a checkpoint
                        "reportings: 111",
                        "reporting_claims: 4",
                        "reporting_hours: 35",
                        // six cadres sent down until 2020-04-30: none serving now
                        "sent_down: 0",
                        // two of their areas still answered for
                        "cadre_areas: 2",
                        "area_contacts: 132",
                        // care: a fund of every source, one twice allocated; ten payments one by
                        // one, a reversal, 61 living subsidies for March 2020 and 57 work
                        // allowances for February 2020, in two batches
                        "funds: 5",
                        "fund_allocations: 6",
                        "payments: 129",
                        "payment_batches: 2",
                        // masks, disinfectant, food: in from the district and a donation, out to
                        // community workers; five visits, three with a payment; two injury cases on
                        // the fast track
                        "supply_items: 3",
                        "supply_receipts: 5",
                        "supply_issues: 8",
                        "solicitude_visits: 5",
                        "injury_cases: 2",
                        // development: one case at each of the thirteen steps (1 + 2 + … + 13)
                        "development_cases: 13",
                        "development_steps: 91",
                        // four decisions (district, city, two of the street's), nine honorees, and
                        // each community's 2020 assessment
                        "commendations: 4",
                        "commendation_honorees: 9",
                        "assessments: 8");
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
        Run init =
                run(
                        "--data-dir",
                        data(),
                        "init",
                        "--office",
                        "青槐街道",
                        "--district",
                        "明川区",
                        "--doc-prefix",
                        "青槐街党工");
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
        assertThat(bad.err())
                .contains("街道名称：不能为空")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
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
        Files.writeString(
                file, "所在社区,小区名称,户数\n青槐社区,青槐小区,110105194912310021\n", StandardCharsets.UTF_8);
        Run r = run("--data-dir", data(), "import", "compounds", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("110105********0021").doesNotContain("19491231");
    }

    @Test
    void aCommandWhileTheOfficeIsHeldSaysSoAndExitsOne() throws Exception {
        assertThat(run("--data-dir", data(), "init", "--office", "青槐街道").code()).isZero();
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

        assertThat(
                        run(
                                        "--data-dir",
                                        data(),
                                        "import",
                                        "compounds",
                                        file.toString(),
                                        "--dry-run")
                                .code())
                .as("a dry run that would import nothing")
                .isEqualTo(1);
        assertThat(
                        run(
                                        "--data-dir",
                                        data(),
                                        "import",
                                        "compounds",
                                        file.toString(),
                                        "--dry-run",
                                        "--skip-invalid")
                                .code())
                .isZero();
        Path allBad = dir.resolve("allbad.csv");
        Files.writeString(allBad, "所在社区,小区名称,户数\n新华社区,,5\n", StandardCharsets.UTF_8);
        assertThat(
                        run(
                                        "--data-dir",
                                        data(),
                                        "import",
                                        "compounds",
                                        allBad.toString(),
                                        "--skip-invalid")
                                .code())
                .as("every row refused: nothing imported, even when skipping")
                .isEqualTo(1);

        Run refused = run("--data-dir", data(), "import", "compounds", file.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out().lines().findFirst().orElseThrow()).isEqualTo("第3行 小区名称：不能为空");
        assertThat(run("--data-dir", data(), "stats").out()).isEqualTo(before);

        Run skipped =
                run("--data-dir", data(), "import", "compounds", file.toString(), "--skip-invalid");
        assertThat(skipped.code()).isZero();
        assertThat(run("--data-dir", data(), "stats").out())
                .contains("communities: 9", "compounds: 61", "members: 604");
    }

    @Test
    void exportsAreMaskedAndAFullExportNeedsAReason() throws Exception {
        run("--data-dir", data(), "demo");
        Path masked = dir.resolve("masked.xlsx");
        Run m = run("--data-dir", data(), "export", "members", "--out", masked.toString());
        assertThat(m.code()).isZero();
        assertThat(m.out()).contains("已导出 604 行").contains("已遮盖");
        var rows = SheetReader.read(Files.readAllBytes(masked), "m");
        assertThat(rows.subList(1, rows.size()))
                .allSatisfy(r -> assertThat(r.cell(2)).contains("********"));

        Path full = dir.resolve("full.xlsx");
        Run refused =
                run("--data-dir", data(), "export", "members", "--out", full.toString(), "--full");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("导出理由");
        assertThat(full).doesNotExist();
        Run ok =
                run(
                        "--data-dir",
                        data(),
                        "export",
                        "members",
                        "--out",
                        full.toString(),
                        "--full",
                        "--reason",
                        "区委组织部核对党员信息");
        assertThat(ok.code()).isZero();
        var fullRows = SheetReader.read(Files.readAllBytes(full), "f");
        assertThat(fullRows.get(1).cell(2)).matches("(?<!\\d)99\\d{15}[0-9X](?!\\d)");
    }

    @Test
    void everyRegisterExportsToExcelWithPersonalDataLeftOut() throws Exception {
        run("--data-dir", data(), "demo");
        Path compounds = dir.resolve("compounds.xlsx");
        assertThat(
                        run(
                                        "--data-dir",
                                        data(),
                                        "export",
                                        "compounds",
                                        "--out",
                                        compounds.toString())
                                .out())
                .contains("已导出 60 行");
        var c = SheetReader.read(Files.readAllBytes(compounds), "c");
        assertThat(c.get(0).cells()).startsWith("社区", "小区", "户数");
        Path orgs = dir.resolve("orgs.xlsx");
        assertThat(
                        run(
                                        "--data-dir",
                                        data(),
                                        "export",
                                        "organizations",
                                        "--out",
                                        orgs.toString())
                                .out())
                .contains("已导出 75 行");
        var o = SheetReader.read(Files.readAllBytes(orgs), "o");
        assertThat(o.get(1).cells()).startsWith("青槐街道党工委");
        Path households = dir.resolve("households.xlsx");
        assertThat(
                        run(
                                        "--data-dir",
                                        data(),
                                        "export",
                                        "households",
                                        "--out",
                                        households.toString())
                                .out())
                .contains("已导出 95 行");
        var h = SheetReader.read(Files.readAllBytes(households), "h");
        assertThat(h.subList(1, h.size()))
                .allSatisfy(
                        r -> {
                            assertThat(r.cell(5)).matches("199\\*{4}\\d{4}");
                            assertThat(Objects.toString(r.cell(7), ""))
                                    .doesNotContain("独居")
                                    .doesNotContain("慢性病");
                        });
        Run full =
                run(
                        "--data-dir",
                        data(),
                        "export",
                        "households",
                        "--out",
                        households.toString(),
                        "--full",
                        "--reason",
                        "核对");
        assertThat(full.code()).isEqualTo(1);
        assertThat(full.err()).contains("只用于导出党员名册");
    }

    @Test
    void ledgersAndNoticesArePrintedNumberedAndVerified() throws Exception {
        run("--data-dir", data(), "demo");
        Path pdf = dir.resolve("members.pdf");
        Run ledger = run("--data-dir", data(), "ledger", "members", "--out", pdf.toString());
        assertThat(ledger.code()).isZero();
        assertThat(ledger.out()).contains("花名册第1号").contains("604 行");
        String code = ledger.out().replaceAll("(?s).*验证码 ([A-Z0-9]{4}-[A-Z0-9]{4}).*", "$1");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        Run ok = run("--data-dir", data(), "verify", code);
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).contains("未改变");
        assertThat(run("--data-dir", data(), "verify", "ZZZZ-ZZZZ").code()).isEqualTo(1);

        Run community =
                run(
                        "--data-dir",
                        data(),
                        "ledger",
                        "ownerless",
                        "--community",
                        "柳岸社区",
                        "--out",
                        dir.resolve("o.pdf").toString());
        assertThat(community.code()).isZero();
        assertThat(
                        run(
                                        "--data-dir",
                                        data(),
                                        "ledger",
                                        "org",
                                        "--community",
                                        "没有社区",
                                        "--out",
                                        dir.resolve("x.pdf").toString())
                                .code())
                .isEqualTo(1);
        assertThat(
                        run(
                                        "--data-dir",
                                        data(),
                                        "ledger",
                                        "org",
                                        "--out",
                                        dir.resolve("x.txt").toString())
                                .code())
                .isEqualTo(1);

        Run draft =
                run(
                        "--data-dir",
                        data(),
                        "notice",
                        "branch-setup",
                        "--org",
                        "槐荫里党支部",
                        "--out",
                        dir.resolve("d.pdf").toString());
        assertThat(draft.code()).isZero();
        assertThat(draft.out()).contains("草稿");
        Run issued =
                run(
                        "--data-dir",
                        data(),
                        "notice",
                        "branch-setup",
                        "--org",
                        "槐荫里党支部",
                        "--out",
                        dir.resolve("n.pdf").toString(),
                        "--issue",
                        "--signed-on",
                        "2020-02-10");
        assertThat(issued.code()).isZero();
        assertThat(issued.out()).contains("青槐街党工〔2020〕1号");
        assertThat(run("--data-dir", data(), "verify", "青槐街党工〔2020〕1号").code()).isZero();
        Run unknown =
                run(
                        "--data-dir",
                        data(),
                        "notice",
                        "branch-approval",
                        "--org",
                        "没有这个党支部",
                        "--out",
                        dir.resolve("u.pdf").toString());
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("没有名为");
        assertThat(
                        run(
                                        "--data-dir",
                                        data(),
                                        "notice",
                                        "approval",
                                        "--org",
                                        "槐荫里党支部",
                                        "--out",
                                        dir.resolve("u.pdf").toString())
                                .code())
                .isEqualTo(2);
    }

    @Test
    void privacyCountsWhereThePersonalDataIsAndShowsNoOnesData() {
        run("--data-dir", data(), "demo");
        Run r = run("--data-dir", data(), "privacy");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines())
                .contains(
                        // the register's 600 and the four members development made
                        "党员名册\t记录\t604",
                        "党员名册\t公民身份号码\t604",
                        "发展党员记录\t公民身份号码\t13",
                        "联系户与帮扶对象（含已移出登记的）\t帮扶需求（可能含健康信息）\t23",
                        "人员名册（含已移出的）\t记录\t46",
                        "人员名册（含已移出的）\t公民身份号码\t30",
                        "人员名册（含已移出的）\t联系电话\t46",
                        "在职党员报到（含已结束的）\t记录\t111",
                        "下沉干部（含已结束的）\t记录\t6",
                        "包联联系记录\t联系情况（可能提及居民）\t132",
                        "审计日志\t含完整身份证号的导出\t0");
        assertThat(r.out())
                .doesNotContainPattern("(?<!\\d)99\\d{15}[0-9X](?!\\d)")
                .doesNotContain("独居");
    }

    @Test
    void unitsShowWhichPropertyCompaniesStillLackAPartyOrganization() {
        run("--data-dir", data(), "demo");
        Run units = run("--data-dir", data(), "units");
        assertThat(units.code()).isZero();
        assertThat(units.out().lines())
                .hasSize(6)
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
        Map<String, String> variables = new HashMap<>(ADMIN);
        variables.put("BRANCHDESK_HOME", data());
        Environment env = new Environment("Linux", variables, dir.toString());
        StringWriter out = new StringWriter();
        int code =
                new Launcher(env, new PrintWriter(out), new PrintWriter(new StringWriter()))
                        .run(new String[] {"demo"});
        assertThat(code).isZero();
        assertThat(Path.of(data()).resolve("office.mv.db")).exists();
    }

    @Test
    void aMissingOrWrongPasswordExitsOneAndOpensNothing() throws Exception {
        Run init = run("--data-dir", data(), "init", "--office", "青槐街道");
        assertThat(init.code()).isZero();
        assertThat(init.out())
                .contains("已设立管理员“管理员”，数据文件已加密")
                .containsPattern("恢复码（只显示这一次.*）：[0-9A-Z]{5}(-[0-9A-Z]{5}){4}");
        Path db = Path.of(data()).resolve("office.mv.db");
        byte[] before = Files.readAllBytes(db);

        Run wrong =
                runWith(
                        Map.of("BRANCHDESK_USER", "管理员", "BRANCHDESK_PASSWORD", "Qinghuai-2025"),
                        "--data-dir",
                        data(),
                        "stats");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).contains("账户名或密码不正确");
        assertThat(wrong.out()).isEmpty();
        Run noPassword = runWith(Map.of("BRANCHDESK_USER", "管理员"), "--data-dir", data(), "stats");
        assertThat(noPassword.code()).isEqualTo(1);
        assertThat(noPassword.err()).contains("缺少密码").contains("BRANCHDESK_PASSWORD");
        Run noUser = runWith(Map.of(), "--data-dir", data(), "stats");
        assertThat(noUser.code()).isEqualTo(1);
        assertThat(noUser.err()).contains("--user").contains("BRANCHDESK_USER");
        assertThat(runWith(Map.of(), "--data-dir", data(), "stats", "--password", "x").code())
                .as("there is no option to give a password as an argument")
                .isEqualTo(2);
        assertThat(Files.readAllBytes(db)).isEqualTo(before);

        Path file = dir.resolve("pw.txt");
        Files.writeString(file, "Qinghuai-2026\r\n", StandardCharsets.UTF_8);
        Run fromFile =
                runWith(
                        Map.of(),
                        "--data-dir",
                        data(),
                        "--user",
                        "管理员",
                        "--password-file",
                        file.toString(),
                        "stats");
        assertThat(fromFile.code()).isZero();
        assertThat(fromFile.out()).contains("communities: 0");
    }

    @Test
    void accountsAreManagedFromTheCommandLineAndASupervisorChangesNothing() throws Exception {
        assertThat(run("--data-dir", data(), "demo").code()).isZero();
        Map<String, String> add = new HashMap<>(ADMIN);
        add.put("BRANCHDESK_NEW_PASSWORD", "Ducha-2026!");
        Run added =
                runWith(add, "--data-dir", data(), "user", "add", "督查组", "--role", "supervisor");
        assertThat(added.code()).isZero();
        assertThat(added.out()).contains("已建立账户“督查组”（监督员）");
        add.put("BRANCHDESK_NEW_PASSWORD", "Wangfang-2026");
        assertThat(
                        runWith(add, "--data-dir", data(), "user", "add", "王芳", "--role", "clerk")
                                .code())
                .isZero();
        Run list = run("--data-dir", data(), "user", "list");
        assertThat(list.out().lines())
                .containsExactly(
                        "管理员\tadmin\t管理员\t正常",
                        "督查组\tsupervisor\t监督员\t待本人修改密码",
                        "王芳\tclerk\t录入员\t待本人修改密码");

        Map<String, String> supervisor =
                new HashMap<>(
                        Map.of(
                                "BRANCHDESK_USER",
                                "督查组",
                                "BRANCHDESK_PASSWORD",
                                "Ducha-2026!",
                                "BRANCHDESK_NEW_PASSWORD",
                                "Ducha-2027!"));
        Run temporary = runWith(supervisor, "--data-dir", data(), "stats");
        assertThat(temporary.code())
                .as("the password the administrator set only changes itself")
                .isEqualTo(1);
        assertThat(temporary.err()).contains("账户“督查组”的密码是管理员设置的临时密码").contains("user passwd");
        assertThat(temporary.out()).isEmpty();
        add.put("BRANCHDESK_NEW_PASSWORD", "Fuguan-2026");
        assertThat(
                        runWith(add, "--data-dir", data(), "user", "add", "副管理员", "--role", "admin")
                                .code())
                .isZero();
        Run reset =
                runWith(
                        Map.of(
                                "BRANCHDESK_USER",
                                "副管理员",
                                "BRANCHDESK_PASSWORD",
                                "Fuguan-2026",
                                "BRANCHDESK_NEW_PASSWORD",
                                "Wangfang-2099"),
                        "--data-dir",
                        data(),
                        "user",
                        "passwd",
                        "王芳");
        assertThat(reset.code())
                .as("nor another's, even an administrator's temporary one")
                .isEqualTo(1);
        assertThat(reset.err()).contains("账户“副管理员”的密码是管理员设置的临时密码");
        assertThat(runWith(supervisor, "--data-dir", data(), "user", "passwd").code()).isZero();
        supervisor.put("BRANCHDESK_PASSWORD", "Ducha-2027!");
        String stats = runWith(supervisor, "--data-dir", data(), "stats").out();
        Path csv = dir.resolve("c.csv");
        Files.writeString(csv, "所在社区,小区名称\n新华社区,新华小区\n", StandardCharsets.UTF_8);
        Run refused =
                runWith(supervisor, "--data-dir", data(), "import", "compounds", csv.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("账户“督查组”（监督员）无权录入和修改登记簿");
        assertThat(runWith(supervisor, "--data-dir", data(), "user", "list").code()).isEqualTo(1);
        assertThat(runWith(supervisor, "--data-dir", data(), "privacy", "purge").code())
                .isEqualTo(1);
        Run ledger =
                runWith(
                        supervisor,
                        "--data-dir",
                        data(),
                        "ledger",
                        "org",
                        "--out",
                        dir.resolve("org.pdf").toString());
        assertThat(ledger.code()).as("a supervisor prints ledgers").isZero();
        assertThat(runWith(supervisor, "--data-dir", data(), "stats").out()).isEqualTo(stats);

        Map<String, String> clerk =
                new HashMap<>(
                        Map.of(
                                "BRANCHDESK_USER",
                                "王芳",
                                "BRANCHDESK_PASSWORD",
                                "Wangfang-2026",
                                "BRANCHDESK_NEW_PASSWORD",
                                "Wangfang-2027"));
        Run passwd = runWith(clerk, "--data-dir", data(), "user", "passwd");
        assertThat(passwd.code()).isZero();
        assertThat(passwd.out()).contains("账户“王芳”的密码已修改");
        clerk.put("BRANCHDESK_PASSWORD", "Wangfang-2027");
        Run full =
                runWith(
                        clerk,
                        "--data-dir",
                        data(),
                        "export",
                        "members",
                        "--full",
                        "--reason",
                        "上级检查核对",
                        "--out",
                        dir.resolve("full.xlsx").toString());
        assertThat(full.code()).isEqualTo(1);
        assertThat(full.err()).contains("无权导出完整身份证号");
        assertThat(dir.resolve("full.xlsx")).doesNotExist();
        assertThat(
                        runWith(clerk, "--data-dir", data(), "import", "compounds", csv.toString())
                                .code())
                .isZero();
    }

    @Test
    void theRecoveryCodeFromSetUpResetsAForgottenAdministratorPassword() throws Exception {
        Run init = run("--data-dir", data(), "init", "--office", "青槐街道");
        Matcher m = Pattern.compile("[0-9A-Z]{5}(-[0-9A-Z]{5}){4}").matcher(init.out());
        assertThat(m.find()).isTrue();
        Path code = dir.resolve("code.txt");
        Files.writeString(code, m.group(), StandardCharsets.UTF_8);
        Map<String, String> fresh = Map.of("BRANCHDESK_NEW_PASSWORD", "Recovered-2026");
        Run recovered =
                runWith(
                        fresh,
                        "--data-dir",
                        data(),
                        "user",
                        "recover",
                        "管理员",
                        "--recovery-file",
                        code.toString());
        assertThat(recovered.code()).isZero();
        assertThat(recovered.out()).contains("已用恢复码重设管理员“管理员”的密码").doesNotContain(m.group());
        assertThat(
                        runWith(
                                        Map.of(
                                                "BRANCHDESK_USER",
                                                "管理员",
                                                "BRANCHDESK_PASSWORD",
                                                "Recovered-2026"),
                                        "--data-dir",
                                        data(),
                                        "stats")
                                .code())
                .isZero();
        Run again =
                runWith(
                        fresh,
                        "--data-dir",
                        data(),
                        "user",
                        "recover",
                        "管理员",
                        "--recovery-file",
                        code.toString());
        assertThat(again.code()).as("a used code is spent").isEqualTo(1);
        assertThat(again.err()).contains("恢复码不正确");
    }

    @Test
    void backupsAreWrittenEncryptedIntoTheOfficesFolder() throws Exception {
        assertThat(run("--data-dir", data(), "demo").code()).isZero();
        Run backup = run("--data-dir", data(), "backup");
        assertThat(backup.code()).isZero();
        assertThat(backup.out()).contains("已备份到").contains("backups");
        try (var files = Files.list(Path.of(data()).resolve("backups"))) {
            assertThat(
                            files.filter(
                                    f ->
                                            f.getFileName()
                                                    .toString()
                                                    .matches("office-\\d{8}-\\d{6}\\.zip")))
                    .as("the day's automatic backup, and the one asked for")
                    .isNotEmpty();
        }
        Run privacy =
                run(
                        "--data-dir",
                        data(),
                        "privacy",
                        "settings",
                        "--masking",
                        "strict",
                        "--retention-months",
                        "12");
        assertThat(privacy.code()).isZero();
        assertThat(privacy.out()).contains("严格").contains("保留 12 个月");
        Run export =
                run(
                        "--data-dir",
                        data(),
                        "export",
                        "members",
                        "--out",
                        dir.resolve("m.xlsx").toString());
        assertThat(export.code()).isZero();
    }

    /** A full member of 槐荫里党支部 in the demo, full since before {@code before}. */
    static String[] demoFullMemberOf(String branch, String before) throws Exception {
        java.util.List<String> lines =
                java.nio.file.Files.readAllLines(
                        java.nio.file.Path.of("seeds/demo/members.csv"),
                        java.nio.charset.StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            if (c[12].equals(branch)
                    && c[9].equals("正式党员")
                    && !c[8].isEmpty()
                    && c[8].compareTo(before) < 0) {
                return c;
            }
        }
        throw new AssertionError("no full member of " + branch);
    }

    @Test
    void leadersAreRecordedEndedAndListedAndARefusalChangesNothing() throws Exception {
        assertThat(run("--data-dir", data(), "demo").code()).isZero();
        String[] first = demoFullMemberOf("长乐新村党支部", "2020-01-01");
        Run add =
                run(
                        "--data-dir",
                        data(),
                        "leader",
                        "add",
                        "--org",
                        "长乐新村党支部",
                        "--member",
                        first[0],
                        "--position",
                        "secretary",
                        "--method",
                        "elected",
                        "--source",
                        "resident",
                        "--from",
                        "2023-03-01",
                        "--doc",
                        "青槐社党〔2023〕5号");
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out()).contains("书记");

        String before = run("--data-dir", data(), "stats").out();
        assertThat(before).contains("positions: 104");
        Run second =
                run(
                        "--data-dir",
                        data(),
                        "leader",
                        "add",
                        "--org",
                        "长乐新村党支部",
                        "--member",
                        first[0],
                        "--position",
                        "deputy",
                        "--method",
                        "elected",
                        "--source",
                        "resident",
                        "--from",
                        "2023-03-01");
        assertThat(second.code()).isEqualTo(1);
        assertThat(second.err()).contains("此人在该党组织已有职务");
        assertThat(run("--data-dir", data(), "stats").out()).isEqualTo(before);

        // a second secretary, a probationary member, a start before the branch was set up
        String[] other = demoFullMemberOf("长乐新村党支部", "2019-01-01", first[0]);
        String[] probationary = demoMemberOf("长乐新村党支部", "预备党员");
        for (String[] refused :
                new String[][] {
                    {other[0], "secretary", "2024-03-01", "该党组织已有在任书记"},
                    {probationary[0], "deputy", "2025-03-01", "预备党员不能当选或被任命"},
                    {other[0], "deputy", "2001-01-01", "任职日期早于党组织成立日期"}
                }) {
            Run r =
                    run(
                            "--data-dir",
                            data(),
                            "leader",
                            "add",
                            "--org",
                            "长乐新村党支部",
                            "--member",
                            refused[0],
                            "--position",
                            refused[1],
                            "--method",
                            "elected",
                            "--source",
                            "resident",
                            "--from",
                            refused[2]);
            assertThat(r.code()).as(refused[3]).isEqualTo(1);
            assertThat(r.err()).contains(refused[3]);
            assertThat(run("--data-dir", data(), "stats").out()).isEqualTo(before);
        }

        Run list = run("--data-dir", data(), "leader", "list", "--org", "长乐新村党支部");
        assertThat(list.out().lines())
                .singleElement()
                .satisfies(
                        l -> {
                            assertThat(l.split("\t")).startsWith("长乐新村党支部", "书记", first[0]);
                            assertThat(l).doesNotContain(first[2]).contains("********");
                        });

        Run end =
                run(
                        "--data-dir",
                        data(),
                        "leader",
                        "end",
                        "--org",
                        "长乐新村党支部",
                        "--member",
                        first[0],
                        "--on",
                        "2026-01-15",
                        "--reason",
                        "resigned");
        assertThat(end.code()).as(end.err()).isZero();
        assertThat(run("--data-dir", data(), "stats").out()).contains("positions: 103");
        assertThat(run("--data-dir", data(), "leader", "list", "--org", "长乐新村党支部").out())
                .contains("2026-01-15")
                .contains("辞职");
    }

    @Test
    void anAmbiguousNameListsTheCandidatesMaskedWithCodesAndTheLastFourDigitsDecide()
            throws Exception {
        assertThat(run("--data-dir", data(), "demo").code()).isZero();
        String[] first = demoFullMemberOf("长乐新村党支部", "2020-01-01");
        String twin = "99010119800101" + "123";
        twin = twin + org.branchdesk.domain.members.CitizenId.checkCharacter(twin);
        java.nio.file.Path sheet = dir.resolve("twin.csv");
        java.nio.file.Files.writeString(
                sheet,
                "姓名,公民身份号码,入党日期,转正日期,党员类别\n"
                        + first[0]
                        + ","
                        + twin
                        + ",2005-07-01,2006-07-01,正式党员\n",
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(run("--data-dir", data(), "import", "members", sheet.toString()).code())
                .isZero();

        Run ambiguous =
                run(
                        "--data-dir",
                        data(),
                        "leader",
                        "add",
                        "--org",
                        "长乐新村党支部",
                        "--member",
                        first[0],
                        "--position",
                        "secretary",
                        "--method",
                        "elected",
                        "--source",
                        "resident",
                        "--from",
                        "2023-03-01");
        assertThat(ambiguous.code()).isEqualTo(1);
        assertThat(ambiguous.err())
                .contains("--id-tail")
                .contains("M")
                .doesNotContain(twin)
                .doesNotContain(first[2]);

        Run chosen =
                run(
                        "--data-dir",
                        data(),
                        "leader",
                        "add",
                        "--org",
                        "长乐新村党支部",
                        "--member",
                        first[0],
                        "--id-tail",
                        first[2].substring(14),
                        "--position",
                        "secretary",
                        "--method",
                        "elected",
                        "--source",
                        "resident",
                        "--from",
                        "2023-03-01");
        assertThat(chosen.code()).as(chosen.err()).isZero();
    }

    static int fullMembersOf(String branch) throws Exception {
        int n = 0;
        for (String line :
                java.nio.file.Files.readAllLines(
                        java.nio.file.Path.of("seeds/demo/members.csv"),
                        java.nio.charset.StandardCharsets.UTF_8)) {
            String[] c = line.split(",", -1);
            if (c.length > 12 && c[12].equals(branch) && c[9].equals("正式党员")) {
                n++;
            }
        }
        return n;
    }

    /** A full member of the branch, full before {@code before}, other than {@code not}. */
    static String[] demoFullMemberOf(String branch, String before, String not) throws Exception {
        for (String line :
                java.nio.file.Files.readAllLines(
                        java.nio.file.Path.of("seeds/demo/members.csv"),
                        java.nio.charset.StandardCharsets.UTF_8)) {
            String[] c = line.split(",", -1);
            if (c.length > 12
                    && c[12].equals(branch)
                    && c[9].equals("正式党员")
                    && !c[8].isEmpty()
                    && c[8].compareTo(before) < 0
                    && !c[0].equals(not)) {
                return c;
            }
        }
        throw new AssertionError("no other full member of " + branch);
    }

    /** A member of the branch of the standing given (正式党员, 预备党员). */
    static String[] demoMemberOf(String branch, String standing) throws Exception {
        for (String line :
                java.nio.file.Files.readAllLines(
                        java.nio.file.Path.of("seeds/demo/members.csv"),
                        java.nio.charset.StandardCharsets.UTF_8)) {
            String[] c = line.split(",", -1);
            if (c.length > 12 && c[12].equals(branch) && c[9].equals(standing)) {
                return c;
            }
        }
        throw new AssertionError("no " + standing + " in " + branch);
    }

    static java.util.List<String> demoFullMembersOf(String branch, String before) throws Exception {
        java.util.List<String> out = new java.util.ArrayList<>();
        java.util.List<String> lines =
                java.nio.file.Files.readAllLines(
                        java.nio.file.Path.of("seeds/demo/members.csv"),
                        java.nio.charset.StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            if (c[12].equals(branch)
                    && c[9].equals("正式党员")
                    && !c[8].isEmpty()
                    && c[8].compareTo(before) < 0) {
                out.add(c[0]);
            }
        }
        return out;
    }

    @Test
    void aRenewalIsRecordedStepByStepAndAMeetingWithoutQuorumOrAMinorityElectedChangesNothing()
            throws Exception {
        assertThat(run("--data-dir", data(), "demo").code()).isZero();
        String org = "福乐公寓党支部";
        java.util.List<String> people = demoFullMembersOf(org, "2020-01-01");
        Run request =
                election(
                        org,
                        "--seats",
                        "3",
                        "--requested",
                        "2026-09-01",
                        "--request-doc",
                        "青槐社党〔2026〕8号",
                        "--replied",
                        "2026-09-10",
                        "--reply-doc",
                        "青槐街党工〔2026〕21号");
        assertThat(request.code()).as(request.err()).isZero();
        assertThat(request.out()).contains("已批复同意召开");
        String before = run("--data-dir", data(), "stats").out();
        assertThat(before).contains("elections: 3").contains("election_candidates: 4");

        // every full member of the branch on the register may vote
        int entitled = fullMembersOf(org);
        int fourFifths = entitled * 4 / 5;
        Run noQuorum =
                election(
                        org,
                        "--meeting",
                        "2026-10-01",
                        "--entitled",
                        "" + entitled,
                        "--present",
                        "" + fourFifths,
                        "--candidate",
                        people.get(0) + "=" + fourFifths + "*",
                        "--candidate",
                        people.get(1) + "=" + (fourFifths - 1) + "*",
                        "--candidate",
                        people.get(2) + "=" + (fourFifths - 1) + "*",
                        "--candidate",
                        people.get(3) + "=1");
        assertThat(noQuorum.code()).isEqualTo(1);
        assertThat(noQuorum.err()).contains("五分之四");
        assertThat(run("--data-dir", data(), "stats").out()).isEqualTo(before);

        Run minority =
                election(
                        org,
                        "--meeting",
                        "2026-10-01",
                        "--entitled",
                        "" + entitled,
                        "--present",
                        "" + entitled,
                        "--candidate",
                        people.get(0) + "=" + entitled + "*",
                        "--candidate",
                        people.get(1) + "=" + entitled + "*",
                        "--candidate",
                        people.get(2) + "=" + entitled / 2 + "*",
                        "--candidate",
                        people.get(3) + "=1");
        assertThat(minority.code()).isEqualTo(1);
        assertThat(minority.err()).contains("得票未超过到会人数半数的候选人不能当选");
        assertThat(run("--data-dir", data(), "stats").out()).isEqualTo(before);

        Run approved =
                election(
                        org,
                        "--meeting",
                        "2026-10-01",
                        "--entitled",
                        "" + entitled,
                        "--present",
                        "" + entitled,
                        "--candidate",
                        people.get(0) + "=" + entitled + "*",
                        "--candidate",
                        people.get(1) + "=" + (entitled - 1) + "*",
                        "--candidate",
                        people.get(2) + "=" + (entitled / 2 + 1) + "*",
                        "--candidate",
                        people.get(3) + "=1",
                        "--reported",
                        "2026-10-03",
                        "--report-doc",
                        "青槐社党〔2026〕9号",
                        "--approved",
                        "2026-10-20",
                        "--approval-doc",
                        "青槐街党工〔2026〕30号",
                        "--position",
                        people.get(0) + "=secretary",
                        "--position",
                        people.get(1) + "=organization",
                        "--position",
                        people.get(2) + "=publicity");
        assertThat(approved.code()).as(approved.err()).isZero();
        assertThat(approved.out()).contains("已审批");
        assertThat(run("--data-dir", data(), "stats").out()).contains("election_candidates: 8");
        assertThat(run("--data-dir", data(), "leader", "list", "--org", org).out())
                .contains(people.get(0))
                .contains("书记");
        Path reply = dir.resolve("批复.pdf");
        Run notice =
                run(
                        "--data-dir",
                        data(),
                        "notice",
                        "election-result",
                        "--org",
                        org,
                        "--meeting",
                        "2026-10-01",
                        "--out",
                        reply.toString(),
                        "--issue");
        assertThat(notice.code()).as(notice.err()).isZero();
        String number = notice.out().replaceAll("(?s).*已签发 (\\S+)，.*", "$1");
        Run verify = run("--data-dir", data(), "verify", number);
        assertThat(verify.code()).as(verify.err()).isZero();

        // a renewal begins with its request
        Run empty = election("长乐新村党支部", "--seats", "1");
        assertThat(empty.code()).isEqualTo(1);
        assertThat(empty.err()).contains("换届从请示开始");
    }

    private Run election(String org, String... args) {
        java.util.List<String> all =
                new java.util.ArrayList<>(
                        java.util.List.of(
                                "--data-dir", data(), "election", "record", "--org", org));
        all.addAll(java.util.List.of(args));
        return run(all.toArray(String[]::new));
    }
}
