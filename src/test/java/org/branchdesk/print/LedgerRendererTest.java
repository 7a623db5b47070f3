package org.branchdesk.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LedgerRendererTest {
    static FontLibrary fonts;

    @BeforeAll
    static void fonts() {
        fonts = FontLibrary.discover(Path.of("target/fonts"), List.of());
    }

    @AfterAll
    static void close() {
        fonts.close();
    }

    static Ledger ledger(int rows, boolean landscape) {
        List<Ledger.Row> data = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            data.add(
                    new Ledger.Row(
                            "小区" + i,
                            List.of(
                                    Integer.toString(i),
                                    "青槐社区",
                                    "槐荫里第" + i + "小区",
                                    Integer.toString(i % 7),
                                    Integer.toString(i % 3),
                                    i % 5 == 0 ? "无主小区，正在排查，由社区党委书记牵头负责协调物业服务" : "")));
        }
        return new Ledger(
                "青槐街道党员分布台账",
                "中共青槐街道工作委员会",
                LocalDate.of(2026, 11, 29),
                LocalDate.of(2026, 11, 30),
                landscape,
                List.of(
                        Ledger.Column.text("序号", 0.6f), Ledger.Column.text("社区", 1.2f),
                        Ledger.Column.text("小区", 1.6f), Ledger.Column.number("本社区党员", 1f),
                        Ledger.Column.number("流动党员", 1f), Ledger.Column.text("备注", 2.4f)),
                data,
                true,
                "青槐街台账〔2026〕分布第7号",
                "AB12-CD34",
                null,
                "党员分布台账");
    }

    @Test
    void everyPageRepeatsTheHeaderAndCarriesItsNumberAndTheCode() throws Exception {
        Rendered r = new LedgerRenderer(fonts).render(ledger(200, false), Calendar.getInstance());
        PdfProbe pdf = new PdfProbe(r.pdf());
        assertThat(r.pages()).isGreaterThan(3).isEqualTo(pdf.pages);
        for (int page = 1; page <= pdf.pages; page++) {
            String text = String.join("\n", pdf.lines(page)).replace(" ", "");
            if (page < pdf.pages) {
                assertThat(text)
                        .as("page %d", page)
                        .contains("序号", "社区", "小区", "本社区", "流动党员", "备注");
            }
            assertThat(text)
                    .contains("第" + page + "页共" + pdf.pages + "页")
                    .contains("验证码：AB12-CD34")
                    .contains("青槐街台账〔2026〕分布第7号");
        }
        String all = pdf.text.replaceAll("\\s", "");
        assertThat(all)
                .containsSubsequence(
                        "青槐街道党员分布台账",
                        "填报单位（盖章）：中共青槐街道工作委员会",
                        "统计截至：2026年11月29日",
                        "槐荫里第1小区",
                        "槐荫里第200小区",
                        "合计",
                        "填表人",
                        "审核人",
                        "负责人",
                        "联系电话",
                        "日期");
        // totals: sum of i % 7 and of i % 3 over 1..200
        int sevens = 0;
        int threes = 0;
        for (int i = 1; i <= 200; i++) {
            sevens += i % 7;
            threes += i % 3;
        }
        assertThat(all).contains("合计" + sevens + threes);
        assertThat(pdf.fonts).allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
    }

    @Test
    void aLandscapeLedgerIsValidPdfA2b() throws Exception {
        Rendered r = new LedgerRenderer(fonts).render(ledger(60, true), Calendar.getInstance());
        assertThat(PdfAValidator.failures(r.pdf())).isEmpty();
        Files.createDirectories(Path.of("target/print-samples"));
        Files.write(Path.of("target/print-samples/ledger.pdf"), r.pdf());
    }

    @Test
    void aRowTallerThanAPageContinuesOnTheNextNotIntoTheFooter() throws Exception {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 120; i++) {
            items.append("第").append(i).append("项问题：楼道堆放杂物，电动车入户充电\n");
        }
        Ledger one =
                new Ledger(
                        "三无小区台账",
                        "中共青槐街道工作委员会",
                        LocalDate.of(2026, 11, 29),
                        LocalDate.of(2026, 11, 29),
                        false,
                        List.of(Ledger.Column.text("小区", 1), Ledger.Column.text("问题", 4)),
                        List.of(new Ledger.Row("槐荫里", List.of("槐荫里", items.toString()))),
                        false,
                        "编号",
                        "AB12-CD34",
                        null,
                        "三无小区台账");
        PdfProbe pdf =
                new PdfProbe(new LedgerRenderer(fonts).render(one, Calendar.getInstance()).pdf());
        assertThat(pdf.pages).isGreaterThan(1);
        String all = pdf.text.replaceAll("\\s", "");
        assertThat(all).contains("第1项问题").contains("第120项问题");
        // nothing of the table below the footer's line
        assertThat(pdf.glyphs)
                .filteredOn(g -> g.text().equals("项"))
                .allSatisfy(g -> assertThat(g.yMm()).isGreaterThan(15 + 16 - 1));
    }
}
