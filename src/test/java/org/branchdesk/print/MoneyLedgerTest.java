package org.branchdesk.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.branchdesk.domain.care.CapitalAmount;
import org.branchdesk.domain.care.Yuan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyLedgerTest {
    /** An amount as a money column prints it. */
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,3}(,\\d{3})*\\.\\d{2}");

    static FontLibrary fonts;

    @BeforeAll
    static void fonts() {
        fonts = FontLibrary.discover(Path.of("target/fonts"), List.of());
    }

    @AfterAll
    static void close() {
        fonts.close();
    }

    /** The amount of row {@code i}: plain decimals as a source gives them, some in thousands. */
    static BigDecimal amount(int i) {
        return new BigDecimal(i * 137 % 2000 + i % 4 * 250)
                .add(new BigDecimal(i % 10 * 5).movePointLeft(2));
    }

    /** Every seventh row a reversal (negative). */
    static BigDecimal signed(int i) {
        return i % 7 == 0 ? amount(i).negate() : amount(i);
    }

    static Ledger payments(int rows) {
        List<Ledger.Row> data = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            data.add(
                    new Ledger.Row(
                            "张" + i,
                            List.of(
                                    Integer.toString(i),
                                    "张" + i,
                                    "青槐社区",
                                    i % 9 == 0 ? "疫情防控一线社区工作者慰问金（含春节走访慰问）" : "临时性工作补助",
                                    signed(i).toPlainString(),
                                    "",
                                    i % 7 == 0 ? "冲销P-" + (100 + i) : "")));
        }
        return ledger(data, true);
    }

    static Ledger ledger(List<Ledger.Row> rows, boolean landscape) {
        return new Ledger(
                "青槐街道关怀资金发放台账（党费专项）",
                "中共青槐街道工作委员会",
                LocalDate.of(2026, 11, 29),
                LocalDate.of(2026, 11, 30),
                landscape,
                List.of(
                        Ledger.Column.text("序号", 0.5f),
                        Ledger.Column.text("姓名", 1f),
                        Ledger.Column.text("所属社区", 1.2f),
                        Ledger.Column.text("事由", 2.2f),
                        Ledger.Column.money("金额", 1f),
                        Ledger.Column.text("领取人签字", 1.2f),
                        Ledger.Column.text("备注", 1.2f)),
                rows,
                true,
                "青槐街台账〔2026〕发放第3号",
                "AB12-CD34",
                null,
                "关怀资金发放台账");
    }

    static PdfProbe render(Ledger l) throws Exception {
        return new PdfProbe(new LedgerRenderer(fonts).render(l, Calendar.getInstance()).pdf());
    }

    static BigDecimal number(String figures) {
        return new BigDecimal(figures.replace(",", ""));
    }

    /** The first amount on a line (after its name), as printed. */
    static String firstAmount(String line) {
        Matcher m = AMOUNT.matcher(line);
        assertThat(m.find()).as(line).isTrue();
        return m.group();
    }

    @Test
    void everyPageSumsItsRowsAndRunsOnAndTheLastEndsWithTheTotalInFiguresAndCapitals()
            throws Exception {
        int rows = 90;
        PdfProbe pdf = render(payments(rows));
        assertThat(pdf.pages).isGreaterThanOrEqualTo(3);
        BigDecimal soFar = BigDecimal.ZERO;
        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= pdf.pages; page++) {
            BigDecimal onPage = BigDecimal.ZERO;
            String subtotal = null;
            String running = null;
            for (String raw : pdf.lines(page)) {
                String line = raw.replace(" ", "");
                if (line.startsWith("本页小计")) {
                    subtotal = firstAmount(line);
                } else if (line.startsWith("累计")) {
                    running = firstAmount(line);
                } else if (line.startsWith("合计")) {
                    assertThat(page).isEqualTo(pdf.pages);
                    seen.add(line);
                } else if (AMOUNT.matcher(line).find() && !line.startsWith("台账编号")) {
                    String figure = firstAmount(line);
                    onPage = onPage.add(number(figure));
                    seen.add(figure);
                }
            }
            soFar = soFar.add(onPage);
            assertThat(subtotal).as("本页小计 on page %d", page).isEqualTo(Yuan.figures(onPage));
            assertThat(running).as("累计 on page %d", page).isEqualTo(Yuan.figures(soFar));
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 1; i <= rows; i++) {
            total = total.add(signed(i));
        }
        assertThat(soFar).isEqualByComparingTo(total);
        assertThat(seen).hasSize(rows + 1);
        // every row once, in order, with two places, thousands separators, reversals negative
        for (int i = 1; i <= rows; i++) {
            assertThat(seen.get(i - 1)).isEqualTo(Yuan.figures(signed(i)));
        }
        assertThat(seen.subList(0, rows))
                .anyMatch(f -> f.matches("\\d,\\d{3}\\.\\d{2}"))
                .anyMatch(f -> f.startsWith("-"));
        assertThat(seen.get(rows))
                .isEqualTo("合计" + Yuan.withSign(total) + CapitalAmount.onBill(total));
        assertThat(pdf.text)
                .containsPattern("合计 +" + Pattern.quote(Yuan.withSign(total)) + " +人民币");
    }

    @Test
    void everyPageCarriesTheSignatureLinesAndNoBindingLabelInItsText() throws Exception {
        PdfProbe pdf = render(payments(90));
        for (int page = 1; page <= pdf.pages; page++) {
            String text = String.join("", pdf.lines(page)).replace(" ", "");
            assertThat(text)
                    .as("page %d", page)
                    .containsSubsequence("本页小计", "累计", "经办：", "审核：", "审批：", "出纳：")
                    .contains("第" + page + "页共" + pdf.pages + "页")
                    .doesNotContain("装订线");
        }
        // the table keeps clear of the binding strip: nothing printed within 27 mm of the left edge
        assertThat(pdf.glyphs).allSatisfy(g -> assertThat(g.xMm()).isGreaterThan(26.9f));
    }

    @Test
    void aLedgerOfOnlyAReversalTotalsNegativeAndAnEmptyOneZero() throws Exception {
        Ledger reversal =
                ledger(
                        List.of(
                                new Ledger.Row(
                                        "李四",
                                        List.of("1", "李四", "青槐社区", "冲销", "-200", "", "冲销P-7"))),
                        false);
        String text = render(reversal).text.replace(" ", "");
        assertThat(text)
                .contains("-200.00")
                .contains("本页小计-200.00")
                .contains("累计-200.00")
                .contains("合计-¥200.00人民币负贰佰元整");

        String empty = render(ledger(List.of(), false)).text.replace(" ", "");
        assertThat(empty).contains("本页小计0.00", "累计0.00", "合计¥0.00人民币零元整", "经办：");
    }

    @Test
    void aNoteInAMoneyColumnIsPrintedAsItIsAndNotCounted() throws Exception {
        Ledger l =
                ledger(
                        List.of(
                                new Ledger.Row(
                                        "王五", List.of("1", "王五", "青槐社区", "慰问", "1,409.5", "", "")),
                                new Ledger.Row(
                                        "赵六", List.of("2", "赵六", "青槐社区", "慰问", "待定", "", ""))),
                        true);
        String text = render(l).text.replace(" ", "");
        assertThat(text).contains("1,409.50", "待定", "合计¥1,409.50人民币壹仟肆佰零玖元伍角");
    }

    @Test
    void theTotalAndItsCapitalsRunTogetherWhenNoColumnFollowsTheAmount() throws Exception {
        List<Ledger.Row> rows = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            rows.add(new Ledger.Row("钱" + i, List.of(Integer.toString(i), "钱" + i, "33333333.33")));
        }
        Ledger l =
                new Ledger(
                        "发放台账",
                        "中共青槐街道工作委员会",
                        LocalDate.of(2026, 11, 29),
                        LocalDate.of(2026, 11, 30),
                        false,
                        List.of(
                                Ledger.Column.text("序号", 0.5f),
                                Ledger.Column.text("姓名", 1f),
                                Ledger.Column.money("金额", 1f)),
                        rows,
                        true,
                        "编号",
                        "AB12-CD34",
                        null,
                        "发放台账");
        PdfProbe pdf = render(l);
        assertThat(pdf.text.replace(" ", ""))
                .contains("33,333,333.33", "累计99,999,999.99")
                .contains("合计¥99,999,999.99人民币玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分");
    }

    @Test
    void aMoneyLedgerIsValidPdfA2b() throws Exception {
        byte[] pdf = new LedgerRenderer(fonts).render(payments(90), Calendar.getInstance()).pdf();
        assertThat(PdfAValidator.failures(pdf)).isEmpty();
        Files.createDirectories(Path.of("target/print-samples"));
        Files.write(Path.of("target/print-samples/money-ledger.pdf"), pdf);
    }

    @Test
    void aLedgerWithoutMoneyKeepsItsOwnEnding() throws Exception {
        String text =
                new PdfProbe(
                                new LedgerRenderer(fonts)
                                        .render(
                                                LedgerRendererTest.ledger(80, true),
                                                Calendar.getInstance())
                                        .pdf())
                        .text;
        assertThat(text).doesNotContain("本页小计", "累计", "经办", "出纳").contains("填表人");
    }

    @Test
    void aMoneyColumnCannotComeFirst() {
        assertThatThrownBy(
                        () ->
                                new Ledger(
                                        "t",
                                        "u",
                                        LocalDate.of(2026, 1, 1),
                                        LocalDate.of(2026, 1, 1),
                                        false,
                                        List.of(Ledger.Column.money("金额", 1)),
                                        List.of(),
                                        false,
                                        "s",
                                        "c",
                                        null,
                                        "t"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1409.5      | 1,409.50",
                "1,409.50    | 1,409.50",
                "¥1,409.50   | 1,409.50",
                "-200        | -200.00",
                "0           | 0.00",
                "99999999.99 | 99,999,999.99",
                "1234567     | 1,234,567.00",
                "' 12.3 '    | 12.30",
                "待定         | 待定",
                "12,34       | 12,34",
            })
    void aMoneyCellPrintsWithTwoPlacesAndThousandsSeparators(String cell, String shown) {
        assertThat(Amounts.shown(cell)).isEqualTo(shown);
    }

    @Test
    void aFractionOfAFenIsNeverRoundedSilently() {
        assertThatThrownBy(() -> Amounts.shown("1.005")).isInstanceOf(ArithmeticException.class);
        assertThat(Amounts.read("")).isNull();
        assertThat(Amounts.read(null)).isNull();
    }
}
