package org.branchdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pairing} end to end on the demo street: the real launcher, a real office in a temporary
 * folder. Health details come from a file and are never printed; refusals exit 1 and leave {@code
 * stats} unchanged.
 */
class PairingCommandTest {
    static final String HEALTH = "体温38.6℃，咳嗽两天";

    @TempDir Path dir;

    record Run(int code, String out, String err) {}

    Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("office").toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code =
                new Launcher(
                                new Environment("Linux", CommandLineTest.ADMIN, dir.toString()),
                                new PrintWriter(out, true),
                                new PrintWriter(err, true))
                        .run(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    Run ok(String... args) {
        Run r = run(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return r;
    }

    /** The first full member of the demo who is on the register: name, last four of the ID. */
    static String[] demoMember() throws Exception {
        List<String> lines =
                Files.readAllLines(Path.of("seeds/demo/members.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            if (c[9].equals("正式党员") && c[11].equals("居住")) {
                return new String[] {c[0], c[2].substring(14)};
            }
        }
        throw new AssertionError("no full member in the demo");
    }

    /** What the demo's residents under assistance need: none of it may ever be printed. */
    static List<String> demoNeeds() throws Exception {
        List<String> needs = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("seeds/demo/households.csv"))) {
            String[] c = line.split(",", -1);
            if (c[0].equals("帮扶对象") && !c[9].isEmpty()) {
                needs.add(c[9]);
            }
        }
        assertThat(needs).isNotEmpty();
        return needs;
    }

    /** The count a {@code stats} ("name: n") or {@code privacy} ("place\twhat\tn") line gives. */
    static int count(String out, String name) {
        Matcher m =
                Pattern.compile("(?m)^" + Pattern.quote(name) + "(?::\\s|\\t)(\\d+)$").matcher(out);
        assertThat(m.find()).as(name + " in\n" + out).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** How many service log entries a purge says it may clear or cleared. */
    static int dueLogs(String out) {
        Matcher m = Pattern.compile("(\\d+) 条帮扶服务记录中的健康信息").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void aPairingIsAddedLoggedListedAndEndedAndARefusalChangesNothing() throws Exception {
        ok("demo");
        // the demo pairs most residents under assistance and logs their services: count from there
        String stats0 = ok("stats").out();
        int pairings0 = count(stats0, "pairings");
        int logs0 = count(stats0, "service_logs");
        String list0 = ok("pairing", "list").out();
        assertThat(list0.lines()).hasSize(pairings0);
        long all0 = ok("pairing", "list", "--all").out().lines().count();
        String privacy0 = ok("privacy").out();
        int health0 = count(privacy0, "帮扶服务记录\t健康情况（体温、症状等）");
        int demoDue = dueLogs(ok("privacy", "purge", "--dry-run").out());
        assertThat(demoDue).as("the demo's home observation ended in 2020").isPositive();

        Run unpaired = ok("pairing", "unpaired");
        long unpaired0 = unpaired.out().lines().count();
        assertThat(unpaired0).isPositive();
        for (String need : demoNeeds()) {
            assertThat(unpaired.out()).doesNotContain(need);
        }
        String[] resident = unpaired.out().lines().findFirst().orElseThrow().split("\t");
        assertThat(resident[0]).matches("H[0-9A-F]{8}");
        String[] member = demoMember();

        String[] add = {
            "pairing",
            "add",
            "--member",
            member[0],
            "--id-tail",
            member[1],
            "--household",
            resident[4],
            "--community",
            resident[1],
            "--compound",
            resident[2],
            "--category",
            "elderly-alone",
            "--from",
            "2020-02-03"
        };
        Run added = ok(add);
        assertThat(added.out()).contains("已结对：" + member[0]).contains("独居老人");
        Matcher m = Pattern.compile("P[0-9A-F]{8}").matcher(added.out());
        assertThat(m.find()).isTrue();
        String code = m.group();

        Path health = dir.resolve("health.txt");
        Files.writeString(health, "\uFEFF" + HEALTH + "\n", StandardCharsets.UTF_8);
        Run logged =
                ok(
                        "pairing",
                        "log",
                        "--pairing",
                        code.toLowerCase(),
                        "--on",
                        "2020-02-05",
                        "--kind",
                        "temperature",
                        "--health-file",
                        health.toString());
        assertThat(logged.out()).contains("测温").contains("含健康情况").doesNotContain("38.6");
        ok(
                "pairing",
                "log",
                "--pairing",
                code,
                "--on",
                "2020-02-06",
                "--kind",
                "shopping",
                "--note",
                "代购药品");

        Run services = ok("pairing", "services", "--pairing", code);
        assertThat(services.out().lines())
                .containsExactly("2020-02-05\t测温\t有健康情况记录\t", "2020-02-06\t代购\t\t代购药品");
        Run list = ok("pairing", "list");
        assertThat(list.out().lines()).hasSize(pairings0 + 1);
        assertThat(list.out().lines())
                .filteredOn(l -> l.startsWith(code + "\t"))
                .singleElement()
                .satisfies(
                        l ->
                                assertThat(l.split("\t"))
                                        .startsWith(code, member[0], resident[4], resident[1])
                                        .contains("独居老人", "2020-02-03", "2", "2020-02-06"));
        String stats = ok("stats").out();
        assertThat(count(stats, "pairings")).isEqualTo(pairings0 + 1);
        assertThat(count(stats, "service_logs")).isEqualTo(logs0 + 2);

        // refusals: exit 1, a Chinese message naming the field, nothing changed
        Path tooLong = dir.resolve("long.txt");
        Files.writeString(tooLong, "咳".repeat(201), StandardCharsets.UTF_8);
        String[][] refused = {
            add,
            {"pairing", "log", "--pairing", code, "--on", "2020-02-01", "--kind", "visit"},
            {"pairing", "end", "--pairing", code, "--on", "2020-02-05"},
            {"pairing", "end", "--pairing", "P00000000", "--on", "2020-02-05"},
            {
                "pairing",
                "add",
                "--member",
                member[0],
                "--id-tail",
                member[1],
                "--household",
                "无此人",
                "--category",
                "other",
                "--from",
                "2020-02-03"
            },
            {
                "pairing",
                "log",
                "--pairing",
                code,
                "--on",
                "2020-02-07",
                "--kind",
                "visit",
                "--health-file",
                tooLong.toString()
            },
            {
                "pairing",
                "log",
                "--pairing",
                code,
                "--on",
                "2020-02-07",
                "--kind",
                "visit",
                "--health-file",
                dir.resolve("missing.txt").toString()
            }
        };
        String[] messages = {
            "结对党员：这名党员已与这户帮扶对象结对",
            "服务日期：服务日期早于结对日期",
            "结束日期：结束日期早于服务记录中最后一次服务的日期",
            "没有代码为“P00000000”的结对",
            "没有户主叫“无此人”的在册帮扶对象",
            "健康情况：不能超过 200 个字",
            "读不到健康情况文件"
        };
        for (int i = 0; i < refused.length; i++) {
            Run r = run(refused[i]);
            assertThat(r.code()).as(messages[i] + "\n" + r.err()).isEqualTo(1);
            assertThat(r.err()).contains(messages[i]).doesNotContain("Exception");
            assertThat(ok("stats").out()).isEqualTo(stats);
        }
        // health details are not an option of the command line
        Run inline =
                run(
                        "pairing",
                        "log",
                        "--pairing",
                        code,
                        "--on",
                        "2020-02-07",
                        "--kind",
                        "visit",
                        "--health",
                        HEALTH);
        assertThat(inline.code()).isEqualTo(2);
        assertThat(ok("stats").out()).isEqualTo(stats);

        Run end = ok("pairing", "end", "--pairing", code, "--on", "2020-04-30");
        assertThat(end.out()).contains(code).contains("2020-04-30");
        String statsEnded = ok("stats").out();
        assertThat(count(statsEnded, "pairings")).isEqualTo(pairings0);
        assertThat(count(statsEnded, "service_logs")).isEqualTo(logs0 + 2);
        assertThat(ok("pairing", "list").out()).isEqualTo(list0);
        assertThat(ok("pairing", "list", "--all").out().lines())
                .hasSize((int) all0 + 1)
                .filteredOn(l -> l.startsWith(code + "\t"))
                .singleElement()
                .asString()
                .contains("2020-04-30");
        assertThat(ok("pairing", "unpaired").out().lines()).hasSize((int) unpaired0);

        // the assistance ledger: printed, registered, verified; no health details in it
        Path pdf = dir.resolve("assistance.pdf");
        Run ledger = ok("ledger", "assistance", "--out", pdf.toString());
        assertThat(ledger.out()).contains("帮扶第1号").contains((all0 + 1) + " 行");
        String verification =
                ledger.out().replaceAll("(?s).*验证码 ([A-Z0-9]{4}-[A-Z0-9]{4}).*", "$1");
        assertThat(ok("verify", verification).out()).contains("未改变");

        // the inventory counts the new personal data; the purge clears the old pairing's health
        // and the demo's ended observation's
        String privacy = ok("privacy").out();
        assertThat(count(privacy, "一对一帮扶结对（含已结束的）\t记录"))
                .isEqualTo(count(privacy0, "一对一帮扶结对（含已结束的）\t记录") + 1);
        assertThat(count(privacy, "帮扶服务记录\t记录")).isEqualTo(count(privacy0, "帮扶服务记录\t记录") + 2);
        assertThat(count(privacy, "帮扶服务记录\t健康情况（体温、症状等）")).isEqualTo(health0 + 1);
        assertThat(ok("privacy", "purge", "--dry-run").out())
                .contains((demoDue + 1) + " 条帮扶服务记录中的健康信息");
        assertThat(ok("privacy", "purge").out())
                .contains("已清除")
                .contains((demoDue + 1) + " 条帮扶服务记录");
        assertThat(count(ok("privacy").out(), "帮扶服务记录\t健康情况（体温、症状等）"))
                .isEqualTo(health0 + 1 - (demoDue + 1));
        assertThat(ok("pairing", "services", "--pairing", code).out()).doesNotContain("有健康情况记录");
    }
}
