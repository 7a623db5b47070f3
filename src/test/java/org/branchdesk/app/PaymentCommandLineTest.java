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

        assertThat(ok("payment", "list").out().lines().filter(l -> l.startsWith(code + "\t")))
                .as("the demo's own payments are listed too")
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
                .as("the demo's five funds, six allocations and 129 payments, and these")
                .contains("funds: 7")
                .contains("fund_allocations: 8")
                .contains("payments: 131");
    }

    @Test
    void aBatchIsPreviewedWithoutChangingAnythingSavedWithSaveAndRefusedWithTheRule() {
        ok("demo");
        String[] living = {
            "payment",
            "batch",
            "living-subsidy",
            "--month",
            "2020-04",
            "--fund",
            "青槐街道社区工作经费",
            "--standard",
            "800"
        };
        String before = run("stats").out();
        Run preview = ok(living);
        assertThat(preview.out())
                .contains("生活补贴批次预览：2020-04-01至2020-04-30，经费“青槐街道社区工作经费”，每月标准 ¥800.00")
                .contains("序号\t姓名\t公民身份号码\t所属社区/岗位\t标准×天数\t金额")
                .contains("合计：61 人，¥48,800.00；经费“青槐街道社区工作经费”余额 ¥98,200.00")
                .contains("以上为预览，未作任何更改");
        assertThat(preview.out().lines().filter(l -> l.matches("\\d+\t.*")))
                .hasSize(61)
                .allMatch(
                        l ->
                                l.matches(
                                        "\\d+\t\\S+\t\\d{6}\\*{8}\\d{3}[\\dX]\t.+\t800.00×1\t800.00"));
        assertThat(run("stats").out()).as("a preview changes nothing").isEqualTo(before);

        String[] saveLiving = java.util.Arrays.copyOf(living, living.length + 1);
        saveLiving[living.length] = "--save";
        Run saved = ok(saveLiving);
        assertThat(saved.out()).containsPattern("已保存批次 B[0-9A-F]{8}：61 笔，合计 ¥48,800.00");
        assertThat(ok("stats").out()).contains("payments: 190").contains("payment_batches: 3");
        refused("没有可发放的人员", saveLiving);
        refused("没有可发放的人员", living);

        String[] partyFees = living.clone();
        partyFees[6] = "2020年上级下拨专项党费";
        partyFees[4] = "2020-05";
        refused("不能支付生活补贴", partyFees);
        String[] tooMuch = saveLiving.clone();
        tooMuch[4] = "2020-05";
        tooMuch[8] = "1000";
        tooMuch[6] = "明川区疫情防控专项资金";
        refused("余额不足", tooMuch);
        String[] badMonth = living.clone();
        badMonth[4] = "2020/05";
        refused("应写成 2020-03", badMonth);

        String[] work = {
            "payment",
            "batch",
            "work-allowance",
            "--from",
            "2020-02-01",
            "--to",
            "2020-02-29",
            "--fund",
            "明川区疫情防控专项资金",
            "--rate",
            "60"
        };
        Run paidAlready = runAs(CommandLineTest.ADMIN, work);
        assertThat(paidAlready.code()).isEqualTo(1);
        assertThat(paidAlready.out()).contains("跳过：").contains("已有同期临时工作补助 P");
        assertThat(paidAlready.err()).contains("没有可发放的人员");
        String[] backwards = work.clone();
        backwards[6] = "2020-01-31";
        refused("截止日期早于起始日期", backwards);
    }

    @Test
    void anUnpaidPaymentIsCancelledWithItsReasonAndAPaidOneIsNot() {
        ok("demo");
        String list = ok("payment", "list").out();
        String waiting =
                list.lines()
                        .filter(l -> l.contains("\t已登记\t其他\t孔梅燕"))
                        .findFirst()
                        .orElseThrow()
                        .split("\t")[0];
        String paid =
                list.lines()
                        .filter(l -> l.contains("\t已支付\t慰问金\t贾荣娟"))
                        .findFirst()
                        .orElseThrow()
                        .split("\t")[0];
        refused("已支付的款项不能修改", "payment", "cancel", paid, "--reason", "误登");
        refused("作废原因", "payment", "cancel", waiting, "--reason", " ");
        assertThat(ok("payment", "cancel", waiting, "--reason", "重复登记").out())
                .contains("款项 " + waiting + "（¥200.00）已作废");
        assertThat(ok("payment", "list").out()).contains(waiting + "\t已作废\t其他\t孔梅燕\t200.00");
        refused("已作废", "payment", "cancel", waiting, "--reason", "再作废");
    }

    @Test
    void paymentsAreExportedWithAmountsAsNumbersReversalsNegativeAndIdNumbersMasked()
            throws Exception {
        ok("demo");
        Path all = dir.resolve("payments.xlsx");
        assertThat(ok("export", "payments", "--out", all.toString()).out()).contains("已导出 129 行");
        try (org.apache.poi.ss.usermodel.Workbook wb =
                org.apache.poi.ss.usermodel.WorkbookFactory.create(all.toFile())) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("款项");
            assertThat(sheet.getLastRowNum()).isEqualTo(129);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header)
                    .startsWith("编号", "状态", "类别", "领取对象", "公民身份号码", "事由", "期间", "标准", "天数", "金额");
            int amount = header.indexOf("金额");
            int id = header.indexOf("公民身份号码");
            double sum = 0;
            boolean reversal = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                org.apache.poi.ss.usermodel.Cell money = row.getCell(amount);
                assertThat(money.getCellType())
                        .isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                assertThat(money.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
                sum += money.getNumericCellValue();
                if (row.getCell(1).getStringCellValue().equals("冲销")) {
                    reversal = true;
                    assertThat(money.getNumericCellValue()).isEqualTo(-500.0);
                    assertThat(row.getCell(3).getStringCellValue()).isEqualTo("顾玉");
                }
                org.apache.poi.ss.usermodel.Cell who = row.getCell(id);
                if (who != null) {
                    assertThat(who.getStringCellValue()).matches("\\d{6}\\*{8}\\d{3}[\\dX]");
                }
            }
            assertThat(reversal).isTrue();
            // solicitude 3,000 and commendation 3,000 less the 500 reversed, a performance
            // reward of 3,000, 200 of other, 32,700 of allowances, 48,800 of subsidies
            assertThat(sum).isEqualTo(3000 + 3000 - 500 + 3000 + 200 + 32700 + 48800);
        }
        String csv = Files.readString(Path.of("seeds/demo/care-payments.csv"));
        assertThat(csv).contains("990103198003161628");

        Path some = dir.resolve("some.xlsx");
        assertThat(
                        ok(
                                        "export",
                                        "payments",
                                        "--out",
                                        some.toString(),
                                        "--from",
                                        "2020-02-01",
                                        "--to",
                                        "2020-02-29",
                                        "--fund",
                                        "2020年上级下拨专项党费")
                                .out())
                .contains("已导出 4 行");
        refused("只用于导出款项", "export", "members", "--out", some.toString(), "--fund", "x");
    }
}
