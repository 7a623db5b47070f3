package org.branchdesk.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.branchdesk.domain.common.UserError;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A notice read back from its PDF: text, fonts, and the GB/T 9704 positions within 1 mm. */
class NoticeRendererTest {
    static FontLibrary fonts;

    @BeforeAll
    static void fonts() {
        fonts = FontLibrary.discover(Path.of("target/fonts"), List.of());
    }

    @AfterAll
    static void close() {
        fonts.close();
    }

    static Notice sample(int paragraphs) {
        List<Notice.Paragraph> body = new ArrayList<>();
        body.add(Notice.Paragraph.body("你单位《关于成立槐荫里党支部的请示》（青社党〔2020〕1号）收悉。经街道党工委研究，现批复如下："));
        body.add(new Notice.Paragraph(Notice.Level.HEADING_1, "一、同意成立中共槐荫里支部委员会"));
        for (int i = 0; i < paragraphs; i++) {
            body.add(
                    new Notice.Paragraph(
                            Notice.Level.HEADING_2, "（" + "一二三四五六七八九十".charAt(i % 10) + "）工作要求"));
            body.add(
                    Notice.Paragraph.body(
                            "支部成立后，要按照《中国共产党支部工作条例（试行）》的规定，认真落实“三会一课”制度，"
                                    + "加强党员教育管理监督，组织党员在疫情防控中亮身份、作表率，把党的政治优势、组织优势转化为"
                                    + "社区治理效能。第"
                                    + (i + 1)
                                    + "项工作于2020年3月31日前完成，完成情况报街道党工委。"));
        }
        body.add(Notice.Paragraph.body("此复。"));
        return new Notice(
                "中共青槐街道工作委员会",
                true,
                "青槐街党工〔2020〕3号",
                "关于同意成立中共槐荫里支部委员会的批复",
                "中共青槐社区委员会",
                body,
                List.of("槐荫里党支部党员名单", "槐荫里党支部委员会委员名单"),
                "中共青槐街道工作委员会",
                LocalDate.of(2020, 2, 10),
                List.of("青槐街道办事处", "明川区委组织部"),
                "中共青槐街道工作委员会党建办公室",
                LocalDate.of(2020, 2, 11),
                "槐荫里党支部");
    }

    static Rendered render(Notice n) {
        return new NoticeRenderer(fonts).render(n, Calendar.getInstance());
    }

    @Test
    void theTextIsThereInOrderWithEveryFontEmbedded() throws Exception {
        PdfProbe pdf = new PdfProbe(render(sample(3)).pdf());
        String text = pdf.text.replaceAll("\\s", "");
        assertThat(text)
                .containsSubsequence(
                        "中共青槐街道工作委员会",
                        "青槐街党工〔2020〕3号",
                        "关于同意成立中共槐荫里支部委员会的批复",
                        "中共青槐社区委员会：",
                        "你单位",
                        "此复。",
                        "附件：1.槐荫里党支部党员名单",
                        "2.槐荫里党支部委员会委员名单",
                        "2020年2月10日",
                        "抄送：青槐街道办事处，明川区委组织部。",
                        "2020年2月11日印发");
        assertThat(pdf.fonts)
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
    }

    @Test
    void theBodySitsOnTheTwentyTwoByTwentyEightGrid() throws Exception {
        Rendered r = render(sample(8));
        PdfProbe pdf = new PdfProbe(r.pdf());
        assertThat(r.pages()).isGreaterThanOrEqualTo(2);
        // page 2 is body only: its lines start at the binding margin or two characters in
        List<PdfProbe.Glyph> page2 =
                pdf.glyphs.stream().filter(g -> g.page() == 2 && !g.text().isBlank()).toList();
        float pitch = 225f / 22;
        List<Float> baselines =
                page2.stream()
                        .map(PdfProbe.Glyph::yMm)
                        .distinct()
                        .sorted((a, b) -> Float.compare(b, a))
                        .filter(y -> y > 35)
                        .toList();
        assertThat(baselines.size()).isGreaterThan(10);
        for (int i = 1; i < baselines.size(); i++) {
            float step = baselines.get(i - 1) - baselines.get(i);
            assertThat(step / pitch - Math.round(step / pitch))
                    .as("line %d on the grid", i)
                    .isCloseTo(0f, within(0.1f));
        }
        assertThat(baselines.get(0) - baselines.get(1)).isCloseTo(pitch, within(1f));
        for (float y : baselines) {
            float left =
                    (float)
                            page2.stream()
                                    .filter(g -> Math.abs(g.yMm() - y) < 0.5)
                                    .mapToDouble(PdfProbe.Glyph::xMm)
                                    .min()
                                    .orElseThrow();
            assertThat(Math.min(Math.abs(left - 28), Math.abs(left - (28 + 2 * 156f / 28))))
                    .as("left edge of the line at %s mm", y)
                    .isLessThan(1f);
        }
        // a full line holds 28 characters in 156 mm
        for (String line : pdf.lines(2)) {
            assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(28 + 8);
        }
    }

    @Test
    void pageNumbersSitSevenMillimetresBelowTheBlockRightOnOddAndLeftOnEvenPages()
            throws Exception {
        PdfProbe pdf = new PdfProbe(render(sample(8)).pdf());
        for (int page = 1; page <= 2; page++) {
            int p = page;
            List<PdfProbe.Glyph> number =
                    pdf.glyphs.stream().filter(g -> g.page() == p && g.yMm() < 35).toList();
            assertThat(number).extracting(PdfProbe.Glyph::text).contains("—", String.valueOf(page));
            float baseline = number.get(0).yMm();
            assertThat(baseline).isCloseTo((float) (35 - 7 - 0.4 * 14 / Gb9704.MM), within(1f));
            float left =
                    (float) number.stream().mapToDouble(PdfProbe.Glyph::xMm).min().orElseThrow();
            float right =
                    (float)
                            number.stream()
                                    .mapToDouble(g -> g.xMm() + g.widthMm())
                                    .max()
                                    .orElseThrow();
            float oneChar = 14 / Gb9704.MM;
            if (page % 2 == 1) {
                assertThat(right).isCloseTo(184 - oneChar, within(1f));
            } else {
                assertThat(left).isCloseTo(28 + oneChar, within(1f));
            }
        }
    }

    @Test
    void noLineStartsWithClosingPunctuation() throws Exception {
        PdfProbe pdf = new PdfProbe(render(sample(10)).pdf());
        for (int page = 1; page <= pdf.pages; page++) {
            for (String line : pdf.lines(page)) {
                assertThat(line)
                        .as("page %d", page)
                        .doesNotStartWith("，")
                        .doesNotStartWith("。")
                        .doesNotStartWith("、")
                        .doesNotStartWith("；")
                        .doesNotStartWith("：")
                        .doesNotStartWith("）")
                        .doesNotStartWith("》")
                        .doesNotStartWith("”");
            }
        }
    }

    @Test
    void theSealNeverStandsAloneOnAPage() throws Exception {
        for (int paragraphs = 1; paragraphs <= 10; paragraphs++) {
            PdfProbe pdf = new PdfProbe(render(sample(paragraphs)).pdf());
            int datePage = 0;
            for (int page = 1; page <= pdf.pages; page++) {
                if (pdf.lines(page).stream().anyMatch(l -> l.equals("2020年2月10日"))) {
                    datePage = page;
                }
            }
            List<String> lines = pdf.lines(datePage);
            // the last lines above the seal are the attachment list
            assertThat(lines.stream().anyMatch(l -> l.contains("委员会委员名单")))
                    .as(
                            "with %d paragraphs the page of the signature also holds the body's end",
                            paragraphs)
                    .isTrue();
        }
    }

    @Test
    void aCharacterNoFontHasIsRefusedNamingItAndTheRecord() {
        Notice n = sample(1);
        Notice odd =
                new Notice(
                        n.issuingMark(),
                        true,
                        null,
                        "关于\uE000的通知",
                        n.addressee(),
                        n.body(),
                        List.of(),
                        n.signer(),
                        n.signedOn(),
                        List.of(),
                        null,
                        null,
                        "槐荫里党支部");
        assertThatThrownBy(() -> render(odd))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("U+E000")
                .hasMessageContaining("槐荫里党支部");
    }

    @Test
    void writesASampleForTheEye() throws Exception {
        Files.createDirectories(Path.of("target/print-samples"));
        Files.write(Path.of("target/print-samples/notice.pdf"), render(sample(4)).pdf());
    }

    @Test
    void theDocumentIsValidPdfA2b() throws Exception {
        assertThat(PdfAValidator.failures(render(sample(2)).pdf())).isEmpty();
    }
}
