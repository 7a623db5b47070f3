package org.branchdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code supply} and {@code care} end to end on the demo street: items, ins and outs, the stock;
 * visits and injury cases; their ledgers; every refusal exits 1 with the rule in Chinese and leaves
 * {@code stats} unchanged.
 */
class SupplyCommandLineTest {
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
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isZero();
        return r;
    }

    void refused(String words, String... args) {
        String before = run("stats").out();
        Run r = run(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isEqualTo(1);
        assertThat(r.err()).contains(words);
        assertThat(run("stats").out()).isEqualTo(before);
    }

    @Test
    void suppliesComeInAndGoOutAndNeverBelowZero() {
        ok("demo");
        ok("supply", "item", "add", "--name", "酒精湿巾", "--category", "disinfectant", "--unit", "包");
        assertThat(ok("supply", "item", "list").out()).contains("酒精湿巾\t消毒用品\t包");
        assertThat(
                        ok(
                                        "supply",
                                        "in",
                                        "--item",
                                        "酒精湿巾",
                                        "--quantity",
                                        "100",
                                        "--on",
                                        "2020-02-20",
                                        "--source",
                                        "donated",
                                        "--from",
                                        "青槐商会")
                                .out())
                .contains("现有库存 100包");
        assertThat(
                        ok(
                                        "supply",
                                        "out",
                                        "--item",
                                        "酒精湿巾",
                                        "--quantity",
                                        "40",
                                        "--on",
                                        "2020-02-21",
                                        "--to",
                                        "廖涛红",
                                        "--purpose",
                                        "卡点值守")
                                .out())
                .contains("发给廖涛红")
                .contains("现有库存 60包");
        assertThat(ok("supply", "list").out()).contains("酒精湿巾\t消毒用品\t包\t100\t40\t60");

        refused(
                "库存不足：酒精湿巾现有 60包，不能发出 61包",
                "supply",
                "out",
                "--item",
                "酒精湿巾",
                "--quantity",
                "61",
                "--on",
                "2020-02-22",
                "--to",
                "廖涛红");
        refused(
                "库存不足：酒精湿巾现有 0包，不能发出 1包",
                "supply",
                "out",
                "--item",
                "酒精湿巾",
                "--quantity",
                "1",
                "--on",
                "2020-02-19",
                "--to",
                "廖涛红");
        refused(
                "不是有效的数量",
                "supply",
                "in",
                "--item",
                "酒精湿巾",
                "--quantity",
                "-5",
                "--source",
                "donated",
                "--from",
                "青槐商会");
        refused(
                "没有名为“口罩”的物资",
                "supply",
                "in",
                "--item",
                "口罩",
                "--quantity",
                "5",
                "--source",
                "donated",
                "--from",
                "青槐商会");
        refused(
                "已有名为“酒精湿巾”的物资",
                "supply",
                "item",
                "add",
                "--name",
                "酒精湿巾",
                "--category",
                "other",
                "--unit",
                "包");

        Run ledger = ok("ledger", "supplies", "--out", dir.resolve("物资.pdf").toString());
        // the demo's 13 movements and the two above
        assertThat(ledger.out()).contains("物资第1号").contains("15 行");
        String code = ledger.out().replaceAll("(?s).*验证码 ([A-Z0-9]{4}-[A-Z0-9]{4}).*", "$1");
        assertThat(ok("verify", code).out()).contains("未改变");
    }

    @Test
    void visitsAndInjuryCasesAreRecordedAndStepsOutOfOrderAreRefused() {
        ok("demo");
        assertThat(
                        ok(
                                        "care",
                                        "visit",
                                        "add",
                                        "--visited",
                                        "史伟",
                                        "--on",
                                        "2020-02-25",
                                        "--by",
                                        "李明（街道党工委书记）")
                                .out())
                .contains("已登记慰问：史伟");
        assertThat(ok("care", "visit", "list").out()).contains("史伟\t李明（街道党工委书记）");
        refused(
                "慰问日期：日期不能晚于今天",
                "care",
                "visit",
                "add",
                "--visited",
                "史伟",
                "--on",
                "2999-01-01",
                "--by",
                "李明");

        Run added =
                ok(
                        "care",
                        "injury",
                        "add",
                        "--person",
                        "孔梅燕",
                        "--infected-on",
                        "2020-02-21",
                        "--on",
                        "2020-02-22");
        assertThat(added.out()).contains("2020-03-22 前提出");
        Matcher m = Pattern.compile("W[0-9A-F]{8}").matcher(added.out());
        assertThat(m.find()).isTrue();
        String code = m.group();
        refused(
                "“已登记”的案件不能直接改为“认定工伤”",
                "care",
                "injury",
                "status",
                code,
                "--to",
                "recognised",
                "--on",
                "2020-02-25");
        refused(
                "“已申请认定”不能早于 2020-02-22",
                "care",
                "injury",
                "status",
                code,
                "--to",
                "applied",
                "--on",
                "2020-02-21");
        ok("care", "injury", "status", code, "--to", "applied", "--on", "2020-02-24");
        ok("care", "injury", "status", code, "--to", "rejected", "--on", "2020-03-10");
        ok("care", "injury", "status", code, "--to", "closed", "--on", "2020-03-20");
        String list = ok("care", "injury", "list").out();
        assertThat(list).contains(code + "\t孔梅燕\t2020-02-21\t已结案");
        // the demo's diagnoses never reach the command line
        assertThat(list).doesNotContain("新型冠状病毒肺炎");
        assertThat(ok("stats").out()).contains("injury_cases");

        Run ledger = ok("ledger", "solicitude", "--out", dir.resolve("慰问.pdf").toString());
        assertThat(ledger.out()).contains("慰问第1号").contains("6 行");
    }
}
