package org.branchdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code commendation}, {@code assessment}, {@code ledger commendations} and {@code notice
 * commendation} end to end on the demo street; every refusal exits 1 with the rule in Chinese and
 * leaves {@code stats} unchanged.
 */
class CommendationCommandLineTest {
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

    @BeforeEach
    void demo() {
        ok("demo");
    }

    static String code(String out, char letter) {
        Matcher m = Pattern.compile(letter + "[0-9A-F]{8}").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group();
    }

    @Test
    void aStreetDecisionIsRecordedHonouredListedPrintedAndVerified() throws IOException {
        String added =
                ok(
                                "commendation",
                                "add",
                                "--title",
                                "优秀党务工作者",
                                "--level",
                                "street",
                                "--body",
                                "中共青槐街道工作委员会",
                                "--on",
                                "2020-07-01")
                        .out();
        String c = code(added, 'C');
        assertThat(added).contains("优秀党务工作者", "街道级");
        refused(
                "不是表彰之日的正式党员",
                "commendation",
                "honoree",
                "add",
                c,
                "--name",
                "顾玉",
                "--deeds",
                "火线入党后坚守卡点，协助排查登记返明人员。");
        refused(
                "授予正式党员",
                "commendation",
                "honoree",
                "add",
                c,
                "--name",
                "青槐小区党支部",
                "--deeds",
                "疫情期间火线成立，组织党员轮值。");
        refused(
                "主要事迹写 10～300 个字",
                "commendation",
                "honoree",
                "add",
                c,
                "--name",
                "贾荣娟",
                "--id-tail",
                "1628",
                "--deeds",
                "很好");
        ok(
                "commendation",
                "honoree",
                "add",
                c,
                "--name",
                "贾荣娟",
                "--id-tail",
                "1628",
                "--deeds",
                "组织退休党员参与卡点值守，整理党员志愿服务台账。");
        refused(
                "已列入本次表彰",
                "commendation",
                "honoree",
                "add",
                c,
                "--name",
                "贾荣娟",
                "--id-tail",
                "1628",
                "--deeds",
                "组织退休党员参与卡点值守，整理党员志愿服务台账。");
        String list = ok("commendation", "list").out();
        assertThat(list).contains(c, "优秀党务工作者", "贾荣娟", "荣誉证书").doesNotContain("1628");

        Path notice = dir.resolve("决定.pdf");
        String issued =
                ok(
                                "notice",
                                "commendation",
                                "--commendation",
                                c,
                                "--out",
                                notice.toString(),
                                "--issue")
                        .out();
        try (PDDocument d = Loader.loadPDF(notice.toFile())) {
            assertThat(new PDFTextStripper().getText(d)).contains("关于表彰优秀党务工作者的决定", "贾荣娟");
        }
        Matcher number = Pattern.compile("青槐街党工〔\\d{4}〕\\d+号").matcher(issued);
        assertThat(number.find()).as(issued).isTrue();
        assertThat(ok("verify", number.group()).out()).contains("未改变");
        assertThat(ok("commendation", "list").out()).contains(number.group());

        Path ledger = dir.resolve("表彰.pdf");
        ok("ledger", "commendations", "--out", ledger.toString());
        assertThat(Files.size(ledger)).isPositive();
    }

    @Test
    void anOutsideDecisionNeedsItsNumberAndIsNotIssuedHere() {
        refused(
                "上级的表彰决定须填写其文号",
                "commendation",
                "add",
                "--title",
                "优秀共产党员",
                "--level",
                "district",
                "--body",
                "中共明川区委员会",
                "--on",
                "2020-07-01");
        refused(
                "找不到该表彰决定",
                "notice",
                "commendation",
                "--commendation",
                "C00000000",
                "--out",
                dir.resolve("x.pdf").toString());
        String list = ok("commendation", "list").out();
        String district =
                list.lines()
                        .filter(l -> l.contains("区级"))
                        .findFirst()
                        .map(l -> l.split("\t")[0])
                        .orElseThrow();
        refused(
                "原件为准",
                "notice",
                "commendation",
                "--commendation",
                district,
                "--out",
                dir.resolve("d.pdf").toString(),
                "--issue");
    }

    @Test
    void aCommunityIsAssessedOncePerYearWithAScoreOfOneDecimal() {
        assertThat(ok("assessment", "list").out()).contains("青槐社区", "96.5", "优秀");
        refused(
                "每个社区每年一条",
                "assessment",
                "add",
                "--community",
                "青槐社区",
                "--year",
                "2020",
                "--score",
                "90",
                "--grade",
                "good");
        refused(
                "最多一位小数",
                "assessment",
                "add",
                "--community",
                "青槐社区",
                "--year",
                "2021",
                "--score",
                "90.25",
                "--grade",
                "good");
        refused(
                "最多一位小数",
                "assessment",
                "add",
                "--community",
                "青槐社区",
                "--year",
                "2021",
                "--score",
                "101",
                "--grade",
                "good");
        ok(
                "assessment",
                "add",
                "--community",
                "青槐社区",
                "--year",
                "2021",
                "--score",
                "91.5",
                "--grade",
                "excellent");
        assertThat(ok("stats").out()).contains("assessments");
    }
}
