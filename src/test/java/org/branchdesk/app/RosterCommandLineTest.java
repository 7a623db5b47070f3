package org.branchdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code post}, {@code roster} and {@code availability} end to end on the demo street, in a week of
 * March 2025 far from the demo's own February 2020: a post, its shifts, who serves them, the check,
 * a published week and its swaps; every refusal exits 1 and leaves {@code stats} as it was.
 */
class RosterCommandLineTest {
    @TempDir Path dir;

    record Run(int code, String out, String err) {}

    static final Map<String, String> ADMIN =
            Map.of("BRANCHDESK_USER", "管理员", "BRANCHDESK_PASSWORD", "Qinghuai-2026");

    /** A member and a person on the people register of the demo street (seeds/demo). */
    static final String MEMBER = "贾荣娟";

    static final String PERSON = "廖涛红";
    static final String OTHER_PERSON = "史伟";

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("office").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code =
                new Launcher(
                                new Environment("Linux", ADMIN, dir.toString()),
                                new PrintWriter(out, true),
                                new PrintWriter(err, true))
                        .run(all);
        return new Run(code, out.toString(), err.toString());
    }

    /** Runs a command that must be refused, and checks that it changed nothing. */
    Run refused(String... args) {
        String before = run("stats").out();
        Run r = run(args);
        assertThat(r.code()).as(String.join(" ", args) + ": " + r.out()).isEqualTo(1);
        assertThat(run("stats").out()).isEqualTo(before);
        return r;
    }

    Run ok(String... args) {
        Run r = run(args);
        assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
        return r;
    }

    /** The id (first eight hex digits) of the shift of a day starting at a time. */
    String shift(String day, String start) {
        for (String line :
                ok("roster", "list", "--from", day, "--to", day).out().lines().toList()) {
            String[] c = line.split("\t");
            if (c[3].startsWith(start)) {
                return c[0];
            }
        }
        throw new AssertionError("no shift " + day + " " + start);
    }

    @BeforeEach
    void demoWithAPost() {
        assertThat(run("demo").code()).isZero();
        ok(
                "post",
                "add",
                "--community",
                "青槐社区",
                "--compound",
                "槐荫里",
                "--kind",
                "checkpoint",
                "--name",
                "测试卡点",
                "--headcount",
                "2",
                "--party-member");
        ok(
                "roster",
                "generate",
                "--community",
                "青槐社区",
                "--compound",
                "槐荫里",
                "--post",
                "测试卡点",
                "--from",
                "2025-03-17",
                "--to",
                "2025-03-30",
                "--patterns",
                "07:00-12:00,12:00-18:00,18:00-22:00,22:00-07:00");
    }

    @Test
    void aWeekIsRosteredCheckedPublishedSwappedAttendedAndCopied() {
        assertThat(ok("post", "list", "--community", "青槐社区").out())
                .contains("青槐社区\t槐荫里\t测试卡点\t卡点\t2\t须有党员\t\t");
        List<String> monday =
                ok("roster", "list", "--from", "2025-03-17", "--to", "2025-03-17")
                        .out()
                        .lines()
                        .toList();
        assertThat(monday).hasSize(4).allMatch(l -> l.matches("[0-9a-f]{8}\t2025-03-17\t周一\t.*"));
        String morning = shift("2025-03-17", "07:00");
        String noon = shift("2025-03-17", "12:00");

        assertThat(ok("roster", "assign", "--shift", morning, "--person", MEMBER).out())
                .isEqualTo("已安排 1 人。\n");
        ok("roster", "assign", "--shift", morning.substring(0, 5), "--person", PERSON);
        // too little rest: listed, refused, nothing changed; then overridden with a reason
        Run rest = refused("roster", "assign", "--shift", noon, "--person", MEMBER);
        assertThat(rest.err())
                .contains("休息不足 8 小时")
                .contains("--override")
                .contains("[" + noon + "]");
        // the live check writes nothing and says the same
        assertThat(
                        refused("roster", "assign", "--shift", noon, "--person", MEMBER, "--check")
                                .out())
                .contains("休息不足 8 小时");
        ok("roster", "assign", "--shift", noon, "--person", MEMBER, "--override", "离家近，本人同意");

        // the check of one day: one line per broken rule and nothing else, exit 1
        Run check = run("roster", "check", "--from", "2025-03-17", "--to", "2025-03-17");
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.err()).isEmpty();
        assertThat(check.out().lines())
                .allMatch(l -> l.startsWith("2025-03-17 周一 "))
                .anyMatch(
                        l -> l.contains("贾荣娟 与 2025-03-17 周一 07:00-12:00 槐荫里 测试卡点 的班次之间休息不足 8 小时"))
                .anyMatch(l -> l.endsWith("每班需要 2 人，只安排了 0 人"));
        Run none = run("roster", "check", "--from", "2025-04-01", "--to", "2025-04-02");
        assertThat(none.code()).isZero();
        assertThat(none.out()).isEmpty();

        assertThat(
                        ok(
                                        "roster",
                                        "publish",
                                        "--week",
                                        "2025-03-20",
                                        "--community",
                                        "青槐社区",
                                        "--compound",
                                        "槐荫里")
                                .out())
                .isEqualTo("已发布 青槐社区 槐荫里 2025-03-17 起的一周：班次 28 个，空缺 53 人次。\n");
        // the week's roster and its notice, printed, registered and verified
        Path grid = dir.resolve("值班表.pdf");
        Run ledger =
                ok(
                        "ledger",
                        "roster",
                        "--week",
                        "2025-03-21",
                        "--community",
                        "青槐社区",
                        "--compound",
                        "槐荫里",
                        "--out",
                        grid.toString());
        assertThat(ledger.out()).contains("值班第1号").contains("4 行");
        String code = ledger.out().replaceAll("(?s).*验证码 ([A-Z0-9]{4}-[A-Z0-9]{4}).*", "$1");
        assertThat(ok("verify", code).out()).contains("未改变");
        Run notice =
                ok(
                        "notice",
                        "roster",
                        "--week",
                        "2025-03-17",
                        "--community",
                        "青槐社区",
                        "--compound",
                        "槐荫里",
                        "--out",
                        dir.resolve("通知.pdf").toString(),
                        "--issue");
        assertThat(notice.out()).startsWith("已签发");
        refused(
                "notice",
                "roster",
                "--week",
                "2025-03-24",
                "--community",
                "青槐社区",
                "--out",
                dir.resolve("未发布.pdf").toString(),
                "--issue");
        // any day of a week to come prints its roster as it stands
        assertThat(
                        ok(
                                        "ledger",
                                        "roster",
                                        "--week",
                                        "2099-01-01",
                                        "--community",
                                        "青槐社区",
                                        "--out",
                                        dir.resolve("将来.pdf").toString())
                                .out())
                .contains("0 行");

        assertThat(refused("roster", "unassign", "--shift", noon, "--person", MEMBER).err())
                .contains("已发布");
        refused("roster", "assign", "--shift", noon, "--person", OTHER_PERSON);
        refused(
                "roster",
                "swap",
                "--shift",
                noon,
                "--out",
                MEMBER,
                "--in",
                OTHER_PERSON,
                "--reason",
                " ");
        assertThat(
                        ok(
                                        "roster",
                                        "swap",
                                        "--shift",
                                        noon,
                                        "--out",
                                        MEMBER,
                                        "--in",
                                        OTHER_PERSON,
                                        "--reason",
                                        "休息不足")
                                .out())
                .isEqualTo("已换班：换下 贾荣娟，换上 史伟（休息不足）\n");

        ok("roster", "attend", "--shift", morning, "--person", MEMBER, "--status", "present");
        assertThat(
                        ok(
                                        "roster",
                                        "attend",
                                        "--shift",
                                        morning,
                                        "--person",
                                        PERSON,
                                        "--status",
                                        "substituted",
                                        "--by",
                                        OTHER_PERSON)
                                .out())
                .isEqualTo("已记录 廖涛红：替班（替班人 史伟）\n");
        assertThat(
                        ok("roster", "totals", "--from", "2025-03-17", "--to", "2025-03-23")
                                .out()
                                .lines())
                .containsExactlyInAnyOrder(
                        "史伟\t1\t6\t0\t0\t0\t1\t5",
                        "廖涛红\t1\t5\t0\t0\t1\t0\t0",
                        "贾荣娟\t1\t5\t1\t0\t0\t0\t5");

        ok(
                "availability",
                "set",
                "--person",
                OTHER_PERSON,
                "--max-per-week",
                "3",
                "--min-rest",
                "10");
        ok(
                "availability",
                "unavailable",
                "--person",
                MEMBER,
                "--from",
                "2025-03-24",
                "--to",
                "2025-03-24",
                "--reason",
                "外出");
        Run copy =
                ok(
                        "roster",
                        "copy-week",
                        "--week",
                        "2025-03-28",
                        "--community",
                        "青槐社区",
                        "--compound",
                        "槐荫里");
        assertThat(copy.out().lines())
                .containsExactly(
                        "已复制到 2025-03-24 起的一周：2 人次（新建班次 0 个，原已在班上 0 人次，未复制 1 人次）。",
                        "未复制：2025-03-24 周一 07:00-12:00 槐荫里 测试卡点 ["
                                + shift("2025-03-24", "07:00")
                                + "]：贾荣娟：贾荣娟 此时不能值班（2025-03-24 至 2025-03-24 全天）");
        List<String> availability = ok("availability", "list").out().lines().toList();
        assertThat(availability).contains("史伟\t3\t10\t", "贾荣娟\t7\t8\t默认");
        String period = availability.get(availability.indexOf("贾荣娟\t7\t8\t默认") + 1).split("\t")[1];
        ok("availability", "remove", "--period", period);
        // the demo's own roster is of February 2020: the ledger of this test's fortnight
        assertThat(
                        ok(
                                        "ledger",
                                        "hours",
                                        "--from",
                                        "2025-03-17",
                                        "--to",
                                        "2025-03-30",
                                        "--out",
                                        dir.resolve("时数.pdf").toString())
                                .out())
                .contains("时数第1号")
                .contains("3 行");
        assertThat(ok("availability", "list").out()).doesNotContain("外出");
    }

    @Test
    void refusalsExitOneAndChangeNothing() {
        String morning = shift("2025-03-17", "07:00");
        refused(
                "post",
                "add",
                "--community",
                "青槐社区",
                "--compound",
                "槐荫里",
                "--kind",
                "patrol",
                "--name",
                "测试卡点",
                "--headcount",
                "2");
        refused(
                "post",
                "add",
                "--community",
                "青槐社区",
                "--kind",
                "patrol",
                "--name",
                "夜巡",
                "--headcount",
                "0");
        refused(
                "post",
                "add",
                "--community",
                "没有的社区",
                "--kind",
                "patrol",
                "--name",
                "夜巡",
                "--headcount",
                "1");
        refused(
                "roster",
                "generate",
                "--community",
                "青槐社区",
                "--compound",
                "槐荫里",
                "--from",
                "2025-03-21",
                "--to",
                "2025-03-17");
        refused(
                "roster",
                "generate",
                "--community",
                "青槐社区",
                "--compound",
                "槐荫里",
                "--from",
                "2025-03-17",
                "--to",
                "2025-03-18",
                "--patterns",
                "早班");
        assertThat(refused("roster", "assign", "--shift", morning, "--person", "没有这个人").err())
                .contains("党员名册和人员名册上都没有名为“没有这个人”的人");
        assertThat(
                        refused(
                                        "roster",
                                        "assign",
                                        "--shift",
                                        morning,
                                        "--person",
                                        MEMBER,
                                        "--id-tail",
                                        "990103198003161628")
                                .err())
                .contains("后四位")
                .doesNotContain("990103198003161628");
        refused("roster", "assign", "--shift", "ffffffff", "--person", MEMBER);
        refused("roster", "assign", "--shift", morning);
        refused("roster", "attend", "--shift", morning, "--person", MEMBER, "--status", "present");
        refused("roster", "unassign", "--shift", morning, "--person", MEMBER);
        refused(
                "roster",
                "publish",
                "--week",
                "2025-05-01",
                "--community",
                "青槐社区",
                "--compound",
                "槐荫里");
        refused(
                "roster",
                "copy-week",
                "--week",
                "2025-03-24",
                "--community",
                "青槐社区",
                "--compound",
                "槐荫里");
        refused("availability", "set", "--person", MEMBER, "--max-per-week", "99");
        refused(
                "availability",
                "unavailable",
                "--person",
                MEMBER,
                "--from",
                "2025-03-21",
                "--to",
                "2025-03-20");
        refused("availability", "remove", "--period", "ffffffff");
        refused("post", "close", "--community", "青槐社区", "--compound", "槐荫里", "--name", "没有的岗位");
        refused(
                "ledger",
                "roster",
                "--community",
                "青槐社区",
                "--out",
                dir.resolve("x.pdf").toString());
        refused(
                "ledger",
                "roster",
                "--week",
                "2025-03-17",
                "--compound",
                "槐荫里",
                "--out",
                dir.resolve("x.pdf").toString());
    }
}
