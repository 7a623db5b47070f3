package org.branchdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fund} and {@code payment} end to end on the demo street: recorded by one account, approved
 * and paid by another, corrected by a reversal; every refusal exits 1 with the rule in Chinese and
 * leaves {@code stats} unchanged.
 */
class PaymentCommandLineTest {
    static final Map<String, String> DEPUTY =
            Map.of("BRANCHDESK_USER", "副管理员", "BRANCHDESK_PASSWORD", "Fuguan-2027");

    @TempDir Path dir;

    record Run(int code, String out, String err) {}

    Run runAs(Map<String, String> env, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("office").toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code =
                new Launcher(
                                new Environment("Linux", env, dir.toString()),
                                new PrintWriter(out, true),
                                new PrintWriter(err, true))
                        .run(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    Run run(String... args) {
        return runAs(CommandLineTest.ADMIN, args);
    }

    Run ok(Map<String, String> env, String... args) {
        Run r = runAs(env, args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isZero();
        return r;
    }

    Run ok(String... args) {
        return ok(CommandLineTest.ADMIN, args);
    }

    /** Refused: exit 1, the message contains {@code words}, and {@code stats} is as it was. */
    void refused(Map<String, String> env, String words, String... args) {
        String before = run("stats").out();
        Run r = runAs(env, args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isEqualTo(1);
        assertThat(r.err()).contains(words);
        assertThat(run("stats").out()).isEqualTo(before);
    }

    void refused(String words, String... args) {
        refused(CommandLineTest.ADMIN, words, args);
    }

    /** A member of the demo whose name nobody else has. */
    static String uniqueMember() throws Exception {
        List<String> lines =
                Files.readAllLines(Path.of("seeds/demo/members.csv"), StandardCharsets.UTF_8);
        Map<String, Integer> names = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            names.merge(line.split(",", -1)[0], 1, Integer::sum);
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            if (c[9].equals("正式党员") && c[11].equals("居住") && names.get(c[0]) == 1) {
                return c[0];
            }
        }
        throw new AssertionError("no member with a name of their own in the demo");
    }

    /** A second administrator, who approves what the first records. */
    void deputy() {
        Map<String, String> add = new HashMap<>(CommandLineTest.ADMIN);
        add.put("BRANCHDESK_NEW_PASSWORD", "Fuguan-2026");
        ok(add, "user", "add", "副管理员", "--role", "admin");
        ok(
                Map.of(
                        "BRANCHDESK_USER", "副管理员",
                        "BRANCHDESK_PASSWORD", "Fuguan-2026",
                        "BRANCHDESK_NEW_PASSWORD", "Fuguan-2027"),
                "user",
                "passwd");
    }

    static String code(Run r) {
        Matcher m = Pattern.compile("P[0-9A-F]{8}").matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        return m.group();
    }

    @Test
    void aPaymentIsRecordedApprovedPaidAndReversedAndEveryRefusalExitsOneChangingNothing()
            throws Exception {
        ok("demo");
        deputy();
        String member = uniqueMember();
        ok("fund", "add", "--name", "党费专项", "--source", "special-party-fees");
        ok("fund", "add", "--name", "工作经费", "--source", "community-operating");
        assertThat(
                        ok(
                                        "fund",
                                        "allocate",
                                        "--fund",
                                        "党费专项",
                                        "--amount",
                                        "5000",
                                        "--doc",
                                        "明组通〔2026〕1号",
                                        "--on",
                                        "2026-01-05")
                                .out())
                .contains("¥5,000.00");
        ok(
                "fund",
                "allocate",
                "--fund",
                "工作经费",
                "--amount",
                "800",
                "--doc",
                "青槐街〔2026〕2号",
                "--on",
                "2026-01-05");
        String[] add = {
            "payment",
            "add",
            "--kind",
            "solicitude",
            "--recipient",
            member,
            "--amount",
            "1409.50",
            "--fund",
            "党费专项",
            "--reason",
            "一线慰问",
            "--period",
            "2026-01-01..2026-01-31"
        };

        String[] negative = add.clone();
        negative[7] = "-5";
        refused("不能是负数", negative);
        String[] fraction = add.clone();
        fraction[7] = "10.005";
        refused("最多两位小数", fraction);
        String[] overdraft = add.clone();
        overdraft[7] = "5000.01";
        refused("余额不足", overdraft);
        String[] subsidy = add.clone();
        subsidy[3] = "living-subsidy";
        refused("不能支付生活补贴", subsidy);
        String[] overWorkFunds = subsidy.clone();
        overWorkFunds[9] = "工作经费";
        overWorkFunds[7] = "800.01";
        refused("余额不足", overWorkFunds);

        String code = code(ok(add));
        refused(
                "登记这笔款项的人不能审批它",
                "payment",
                "approve",
                code,
                "--approver",
                "李明",
                "--post",
                "书记",
                "--on",
                "2026-01-06");
        ok(
                DEPUTY,
                "payment",
                "approve",
                code,
                "--approver",
                "李明",
                "--post",
                "书记",
                "--on",
                "2026-01-06");
        ok(DEPUTY, "payment", "pay", code, "--method", "cash", "--on", "2026-01-07");
        assertThat(ok("fund", "list").out()).contains("党费专项\t上级下拨党费\t5,000.00\t3,590.50");
        refused("已支付的款项不能修改", "payment", "edit", code, "--amount", "1500");
        ok(DEPUTY, "payment", "reverse", code, "--reason", "重复发放", "--on", "2026-01-08");
        refused(DEPUTY, "已于 2026-01-08 冲销过", "payment", "reverse", code, "--reason", "再冲");

        assertThat(ok("payment", "list").out().lines())
                .containsExactly(
                        String.join(
                                "\t",
                                code,
                                "已支付",
                                "慰问金",
                                member,
                                "1,409.50",
                                "党费专项",
                                "2026-01-07",
                                "一线慰问"),
                        String.join(
                                "\t",
                                code,
                                "冲销",
                                "慰问金",
                                member,
                                "-1,409.50",
                                "党费专项",
                                "2026-01-08",
                                "重复发放"));
        assertThat(ok("fund", "list").out()).contains("党费专项\t上级下拨党费\t5,000.00\t5,000.00");
        assertThat(ok("stats").out())
                .contains("funds: 2")
                .contains("fund_allocations: 2")
                .contains("payments: 2");
    }
}
