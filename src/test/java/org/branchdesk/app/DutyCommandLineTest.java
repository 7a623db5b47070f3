package org.branchdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Duty's commands end to end ({@code reporting}, {@code sentdown}, {@code area}, {@code team}): the
 * real launcher on the demo street; every refusal exits 1 and leaves {@code stats} unchanged.
 */
class DutyCommandLineTest {
    @TempDir Path dir;

    record Run(int code, String out, String err) {}

    /** A member of the demo's register: name, ID number, community, compound. */
    record Demo(String name, String id, String community, String compound) {}

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Launcher launcher =
                new Launcher(
                        new Environment("Linux", CommandLineTest.ADMIN, dir.toString()),
                        new PrintWriter(out, true),
                        new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("office").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = launcher.run(all);
        return new Run(code, out.toString(), err.toString());
    }

    String stats() {
        return run("stats").out();
    }

    /** One register's count as {@code stats} prints it. */
    int count(String register) {
        return stats().lines()
                .filter(l -> l.startsWith(register + ": "))
                .map(l -> Integer.valueOf(l.substring(register.length() + 2)))
                .findFirst()
                .orElseThrow();
    }

    /** How many lines a command prints. */
    int lines(String... args) {
        return (int) run(args).out().lines().count();
    }

    /**
     * Members of the demo with a name nobody else has, by their 人员状态, outside the community whose
     * roster the demo keeps.
     */
    static List<Demo> demoMembers(String presence) throws Exception {
        List<String> lines =
                Files.readAllLines(Path.of("seeds/demo/members.csv"), StandardCharsets.UTF_8);
        Map<String, Integer> names = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            names.merge(line.split(",", -1)[0], 1, Integer::sum);
        }
        List<Demo> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            // 青槐社区 has the demo's roster: members elsewhere have served no shift
            if (c[11].equals(presence)
                    && names.get(c[0]) == 1
                    && !c[14].isEmpty()
                    && !c[13].equals("青槐社区")) {
                out.add(new Demo(c[0], c[2], c[13], c[14]));
            }
        }
        return out;
    }

    List<Demo> inService;
    Demo resident;

    /**
     * The demo reports every in-service member it has: residents it reports nowhere are marked in
     * service (人员状态：在职党员报到) by a members sheet, as a clerk would, their other cells as the demo's
     * sheet has them.
     */
    List<Demo> freeToReport(List<Demo> residents) throws Exception {
        List<String> lines =
                Files.readAllLines(Path.of("seeds/demo/members.csv"), StandardCharsets.UTF_8);
        StringBuilder sheet = new StringBuilder(lines.get(0)).append('\n');
        for (Demo d : residents) {
            String[] c =
                    lines.stream()
                            .filter(l -> l.split(",", -1)[2].equals(d.id()))
                            .findFirst()
                            .orElseThrow()
                            .split(",", -1);
            c[11] = "在职党员报到";
            c[20] = ""; // the temporary branch they joined: left as it is
            sheet.append(String.join(",", c)).append('\n');
        }
        Path file = dir.resolve("在职党员.csv");
        Files.writeString(file, sheet, StandardCharsets.UTF_8);
        Run imported = run("import", "members", file.toString());
        assertThat(imported.code()).as(imported.out() + imported.err()).isZero();
        return residents;
    }

    @BeforeEach
    void demo() throws Exception {
        assertThat(run("demo").code()).isZero();
        List<Demo> residents = demoMembers("居住");
        inService = freeToReport(residents.subList(0, 3));
        resident = residents.get(3);
    }

    @Test
    void reportingMembersAreRecordedListedMaskedAndEveryRefusalExitsOneChangingNothing()
            throws Exception {
        Demo a = inService.get(0);
        Demo b = inService.get(1);
        // the demo's own reportings: every in-service member it has, some without a post
        int reportings = count("reportings");
        int hoursRows = count("reporting_hours");
        int onRecord = lines("reporting", "list", "--all");
        int idle = lines("reporting", "idle");
        Run add =
                run(
                        "reporting",
                        "add",
                        "--member",
                        a.name(),
                        "--community",
                        a.community(),
                        "--compound",
                        a.compound(),
                        "--unit",
                        "明川区税务局",
                        "--unit-org",
                        "明川区税务局机关党委",
                        "--on",
                        "2020-02-03");
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out()).contains(a.name()).contains("按名称记录");
        Run linked =
                run(
                        "reporting",
                        "add",
                        "--member",
                        b.name(),
                        "--community",
                        b.community(),
                        "--unit",
                        "明川区第一中学",
                        "--on",
                        "2020-02-04");
        assertThat(linked.code()).as(linked.err()).isZero();
        assertThat(linked.out()).contains("已关联单位名册");
        Run hours =
                run(
                        "reporting",
                        "hours",
                        "--member",
                        a.name(),
                        "--on",
                        "2020-02-09",
                        "--hours",
                        "2.5",
                        "--what",
                        "代购物资");
        assertThat(hours.code()).as(hours.err()).isZero();
        assertThat(stats())
                .contains("reportings: " + (reportings + 2), "reporting_hours: " + (hoursRows + 1));

        String before = stats();
        String tomorrow = LocalDate.now().plusDays(2).toString();
        String[][] refused = {
            {
                "此党员已于 2020-02-03 报到",
                "reporting",
                "add",
                "--member",
                a.name(),
                "--community",
                a.community(),
                "--unit",
                "明川区税务局",
                "--unit-org",
                "机关党委",
                "--on",
                "2020-02-10"
            },
            {
                "人员状态不是“在职党员报到”",
                "reporting",
                "add",
                "--member",
                resident.name(),
                "--community",
                resident.community(),
                "--unit",
                "明川区税务局",
                "--unit-org",
                "机关党委",
                "--on",
                "2020-02-10"
            },
            {
                "须写明其党组织名称",
                "reporting",
                "add",
                "--member",
                inService.get(2).name(),
                "--community",
                inService.get(2).community(),
                "--unit",
                "锦程机械有限公司",
                "--on",
                "2020-02-10"
            },
            {
                "没有名为“不存在小区”的小区",
                "reporting",
                "add",
                "--member",
                inService.get(2).name(),
                "--community",
                inService.get(2).community(),
                "--compound",
                "不存在小区",
                "--unit",
                "明川区第一中学",
                "--on",
                "2020-02-10"
            },
            {
                "日期不能晚于今天",
                "reporting",
                "add",
                "--member",
                inService.get(2).name(),
                "--community",
                inService.get(2).community(),
                "--unit",
                "明川区第一中学",
                "--on",
                tomorrow
            },
            {
                "最多一位小数",
                "reporting",
                "hours",
                "--member",
                a.name(),
                "--on",
                "2020-02-09",
                "--hours",
                "25"
            },
            {
                "服务日期：不能早于 2020-02-03",
                "reporting",
                "hours",
                "--member",
                a.name(),
                "--on",
                "2020-02-01",
                "--hours",
                "1"
            },
            {"不能早于开始日期 2020-02-03", "reporting", "end", "--member", a.name(), "--on", "2020-02-01"},
            {
                "没有名为“无此岗位”的岗位",
                "reporting",
                "claim",
                "--member",
                a.name(),
                "--post",
                "无此岗位",
                "--on",
                "2020-02-05"
            },
            {
                "没有尚未结束的报到记录",
                "reporting",
                "hours",
                "--member",
                inService.get(2).name(),
                "--on",
                "2020-02-09",
                "--hours",
                "1"
            },
            {
                "--id-tail 须是公民身份号码的后四位",
                "reporting",
                "end",
                "--member",
                a.name(),
                "--id-tail",
                a.id(),
                "--on",
                "2020-02-20"
            },
            {"1 到 366 天", "area", "quiet", "--days", "0"},
            {
                "没有尚未结束的包联记录",
                "area",
                "contact",
                "--cadre",
                a.name(),
                "--on",
                "2020-02-14",
                "--channel",
                "phone"
            },
            {
                "下沉结束日期：日期不能晚于今天",
                "sentdown",
                "add",
                "--cadre",
                resident.name(),
                "--unit",
                "明川区税务局",
                "--community",
                resident.community(),
                "--from",
                "2020-02-01",
                "--to",
                tomorrow
            },
            {
                "党员突击队的队员须是党员",
                "team",
                "add",
                "--kind",
                "commando",
                "--name",
                "突击队",
                "--community",
                a.community(),
                "--member",
                a.name(),
                "--member",
                "柳青",
                "--on",
                "2020-02-01"
            },
            {"没有名为“无此队”的在编队伍", "team", "end", "--name", "无此队", "--on", "2020-03-01"}
        };
        // a person on the people register, for the commando team that must be members only
        Path people = dir.resolve("people.csv");
        writePeople(people, "柳青,,,居民志愿者\n");
        assertThat(run("import", "people", people.toString()).code()).isZero();
        before = stats();
        for (String[] r : refused) {
            String[] args = java.util.Arrays.copyOfRange(r, 1, r.length);
            Run x = run(args);
            assertThat(x.code()).as(String.join(" ", args) + "\n" + x.err()).isEqualTo(1);
            assertThat(x.err()).contains(r[0]).doesNotContain("Exception");
            assertThat(stats()).as(r[0]).isEqualTo(before);
        }

        Run list = run("reporting", "list");
        assertThat(list.out().lines())
                .hasSize(reportings + 2)
                .anySatisfy(
                        l ->
                                assertThat(l.split("\t"))
                                        .startsWith(a.name())
                                        .contains("明川区税务局机关党委", "2020-02-03", "2.5"));
        assertThat(list.out())
                .contains(b.name())
                .doesNotContain(a.id())
                .doesNotContain(b.id())
                .doesNotContainPattern("(?<!\\d)99\\d{15}[0-9X](?!\\d)");
        assertThat(run("reporting", "idle").out().lines()).hasSize(idle + 2);

        Run ledger = run("ledger", "reporting", "--out", dir.resolve("报到.pdf").toString());
        assertThat(ledger.code()).as(ledger.err()).isZero();
        assertThat(ledger.out()).containsPattern("共 \\d+ 页 " + (onRecord + 2) + " 行");
        Run sheet =
                run(
                        "notice",
                        "reporting-feedback",
                        "--member",
                        a.name(),
                        "--issue",
                        "--signed-on",
                        "2020-02-20",
                        "--out",
                        dir.resolve("反馈表.pdf").toString());
        assertThat(sheet.code()).as(sheet.err()).isZero();
        assertThat(sheet.out()).contains("已签发");
        String number = sheet.out().replaceAll("(?s)^已签发 (\\S+)，.*$", "$1");
        Run verify = run("verify", number);
        assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).contains("未改变");

        Run end = run("reporting", "end", "--member", a.name(), "--on", "2020-02-29");
        assertThat(end.code()).as(end.err()).isZero();
        assertThat(stats()).contains("reportings: " + (reportings + 1));
        assertThat(run("reporting", "list", "--all").out()).contains("2020-02-29");
    }

    @Test
    void cadresSentDownAndTheirAreasAreRecordedAndTheQuietOnesListed() {
        Demo cadre = inService.get(0);
        // the demo's own cadres: sent down until 2020-04-30, two still answering for an area
        int sentDown = count("sent_down");
        int areas = count("cadre_areas");
        int contacts = count("area_contacts");
        int quietWeek = lines("area", "quiet", "--days", "7");
        int quietYear = lines("area", "quiet", "--days", "366");
        Run sent =
                run(
                        "sentdown",
                        "add",
                        "--cadre",
                        cadre.name(),
                        "--unit",
                        "明川区税务局",
                        "--community",
                        cadre.community(),
                        "--from",
                        "2020-02-01");
        assertThat(sent.code()).as(sent.err()).isZero();
        assertThat(run("sentdown", "list").out()).contains(cadre.name()).contains("明川区税务局");
        Run area =
                run(
                        "area",
                        "add",
                        "--cadre",
                        cadre.name(),
                        "--community",
                        cadre.community(),
                        "--compound",
                        cadre.compound(),
                        "--from",
                        "2020-02-01");
        assertThat(area.code()).as(area.err()).isZero();
        Run other =
                run(
                        "area",
                        "add",
                        "--cadre",
                        cadre.name(),
                        "--community",
                        cadre.community(),
                        "--from",
                        "2020-02-01");
        assertThat(other.code()).as(other.err()).isZero();
        // two areas: the contact must say which
        Run which =
                run(
                        "area",
                        "contact",
                        "--cadre",
                        cadre.name(),
                        "--on",
                        "2020-02-14",
                        "--channel",
                        "wechat");
        assertThat(which.code()).isEqualTo(1);
        assertThat(which.err()).contains("--community");
        Run contact =
                run(
                        "area",
                        "contact",
                        "--cadre",
                        cadre.name(),
                        "--community",
                        cadre.community(),
                        "--compound",
                        cadre.compound(),
                        "--on",
                        "2020-02-14",
                        "--channel",
                        "on-site",
                        "--note",
                        "检查卡点值守");
        assertThat(contact.code()).as(contact.err()).isZero();
        assertThat(contact.out()).contains("实地走访");
        assertThat(stats())
                .contains(
                        "sent_down: " + (sentDown + 1),
                        "cadre_areas: " + (areas + 2),
                        "area_contacts: " + (contacts + 1));
        // long ago, both are quiet by now
        assertThat(run("area", "quiet", "--days", "7").out().lines())
                .hasSize(quietWeek + 2)
                .filteredOn(l -> l.startsWith(cadre.name() + "\t"))
                .hasSize(2);
        assertThat(run("area", "quiet", "--days", "366").out().lines()).hasSize(quietYear + 2);
        assertThat(run("area", "list").out()).contains("2020-02-14").contains("（尚无联系）");

        Run end =
                run(
                        "area",
                        "end",
                        "--cadre",
                        cadre.name(),
                        "--community",
                        cadre.community(),
                        "--on",
                        "2020-03-31");
        assertThat(end.code()).as(end.err()).isZero();
        assertThat(run("area", "quiet", "--days", "7").out().lines())
                .hasSize(quietWeek + 1)
                .filteredOn(l -> l.startsWith(cadre.name() + "\t"))
                .hasSize(1);
        assertThat(run("sentdown", "end", "--cadre", cadre.name(), "--on", "2020-03-31").code())
                .isZero();
        assertThat(stats()).contains("sent_down: " + sentDown, "cadre_areas: " + (areas + 1));
    }

    @Test
    void anAmbiguousNameListsMembersAndPeopleMaskedWithCodesAndTheLastFourDigitsDecide()
            throws Exception {
        Demo member = inService.get(0);
        int areas = count("cadre_areas");
        Path people = dir.resolve("people.csv");
        writePeople(people, member.name() + ",,19912345678,下沉干部\n");
        assertThat(run("import", "people", people.toString()).code()).isZero();

        Run ambiguous =
                run(
                        "area",
                        "add",
                        "--cadre",
                        member.name(),
                        "--community",
                        member.community(),
                        "--from",
                        "2020-02-01");
        assertThat(ambiguous.code()).isEqualTo(1);
        assertThat(ambiguous.err())
                .contains("--id-tail")
                .contains("党员")
                .contains("人员")
                .containsPattern("\\bM[0-9A-F]{8}\\b")
                .containsPattern("\\bR[0-9A-F]{8}\\b")
                .doesNotContain(member.id());

        Run chosen =
                run(
                        "area",
                        "add",
                        "--cadre",
                        member.name(),
                        "--id-tail",
                        member.id().substring(14),
                        "--community",
                        member.community(),
                        "--from",
                        "2020-02-01");
        assertThat(chosen.code()).as(chosen.err()).isZero();
        String code =
                java.util.regex.Pattern.compile("\\bR[0-9A-F]{8}\\b")
                        .matcher(ambiguous.err())
                        .results()
                        .findFirst()
                        .orElseThrow()
                        .group();
        Run byCode =
                run(
                        "team",
                        "add",
                        "--kind",
                        "volunteer",
                        "--name",
                        "志愿服务队",
                        "--community",
                        member.community(),
                        "--member",
                        member.name() + "#" + member.id().substring(14),
                        "--member",
                        code,
                        "--leader",
                        code,
                        "--on",
                        "2020-02-01");
        assertThat(byCode.code()).as(byCode.err()).isZero();
        assertThat(run("team", "list").out().lines())
                .filteredOn(l -> l.startsWith("志愿服务队\t志愿服务队\t"))
                .singleElement()
                .satisfies(
                        l ->
                                assertThat(l.split("\t", -1))
                                        .containsExactly(
                                                "志愿服务队",
                                                "志愿服务队",
                                                member.community(),
                                                member.name(),
                                                member.name() + "、" + member.name(),
                                                "2020-02-01",
                                                ""));
        assertThat(stats()).contains("cadre_areas: " + (areas + 1));
    }

    static void writePeople(Path file, String rows) throws Exception {
        Files.writeString(file, "姓名,公民身份号码,联系电话,人员类别\n" + rows, StandardCharsets.UTF_8);
    }
}
