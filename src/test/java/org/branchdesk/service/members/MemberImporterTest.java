package org.branchdesk.service.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.branchdesk.domain.members.CitizenId;
import org.branchdesk.domain.members.Presence;
import org.branchdesk.domain.members.Registration;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.service.Services;
import org.branchdesk.service.importing.ImportOptions;
import org.branchdesk.service.importing.ImportPlan;
import org.branchdesk.service.importing.ImportPlan.Fate;
import org.branchdesk.service.importing.ImportProgress;
import org.branchdesk.service.registers.MemberFilter;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemberImporterTest {
    @TempDir Path dir;
    Services services;

    static String id(String first17) {
        return first17 + CitizenId.checkCharacter(first17);
    }

    static final String ID_A = id("99010119800101121");
    static final String ID_B = id("99010119850505122");
    static final String ID_C = id("99010119700707123");

    @BeforeEach
    void open() {
        services = TestOffice.initialized(dir.resolve("office"));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void readsAnXlsxWithTitleRowDateCellsAndAnIdStoredAsText() throws Exception {
        Path file = dir.resolve("党员.xlsx");
        try (Workbook wb = new XSSFWorkbook()) {
            writeSheet(wb, true);
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
        }
        var result =
                services.imports()
                        .run(
                                services.memberImport(),
                                file,
                                ImportOptions.ALL_OR_NOTHING,
                                ImportProgress.NONE);
        assertThat(result.plan().refused()).isEmpty();
        assertThat(result.applied()).isTrue();
        assertThat(result.plan().count(Fate.NEW)).isEqualTo(2);
        assertThat(result.plan().newCommunities()).containsExactly("柳岸社区");
        var rows = services.members().search(MemberFilter.text("王"), 10).rows();
        assertThat(rows)
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.maskedId())
                                    .isEqualTo(
                                            ID_A.substring(0, 6) + "********" + ID_A.substring(14));
                            assertThat(r.community()).isEqualTo("柳岸社区");
                            assertThat(r.compound()).isEqualTo("柳风苑");
                            assertThat(r.standing()).isEqualTo(Standing.FULL);
                            assertThat(r.partyYears()).isGreaterThanOrEqualTo(15);
                        });
    }

    @Test
    void readsTheOlderXlsFormatToo() throws Exception {
        Path file = dir.resolve("党员.xls");
        try (Workbook wb = new HSSFWorkbook()) {
            writeSheet(wb, false);
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
        }
        var result =
                services.imports()
                        .run(
                                services.memberImport(),
                                file,
                                ImportOptions.ALL_OR_NOTHING,
                                ImportProgress.NONE);
        assertThat(result.plan().refused()).isEmpty();
        assertThat(services.stats().counts()).containsEntry("members", 2);
    }

    private static void writeSheet(Workbook wb, boolean titleRow) {
        Sheet sheet = wb.createSheet("党员");
        int r = 0;
        if (titleRow) {
            sheet.createRow(r++).createCell(0).setCellValue("柳岸社区党员花名册（2020年2月）");
        }
        Row h = sheet.createRow(r++);
        String[] header = {"姓名", "身份证号码", "入党时间", "转正时间", "人员类别", "组织关系", "所在社区", "所在小区"};
        for (int i = 0; i < header.length; i++) {
            h.createCell(i).setCellValue(header[i]);
        }
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        Row a = sheet.createRow(r++);
        a.createCell(0).setCellValue("王建国");
        a.createCell(1).setCellValue(ID_A.toLowerCase());
        a.createCell(2).setCellValue(Date.valueOf(LocalDate.of(2005, 7, 1)));
        a.getCell(2).setCellStyle(dateStyle);
        a.createCell(3).setCellValue("2006/7/1");
        a.createCell(4).setCellValue("正式党员");
        a.createCell(5).setCellValue("本社区");
        a.createCell(6).setCellValue("柳岸社区");
        a.createCell(7).setCellValue("柳风苑");
        sheet.createRow(r++); // a blank row between
        Row b = sheet.createRow(r);
        b.createCell(0).setCellValue("阿依古丽·买买提");
        b.createCell(1).setCellValue(ID_B);
        b.createCell(2).setCellValue("2024年3月1日");
        b.createCell(4).setCellValue("预备党员");
        b.createCell(5).setCellValue("流动");
    }

    @Test
    void everyRefusalNamesTheRowAndFieldAndNothingIsImported() throws Exception {
        Path file =
                csv(
                        "姓名,公民身份号码,出生日期,入党日期,转正日期,党员类别\n"
                                + "甲,"
                                + ID_A
                                + ",1980-01-01,2005-07-01,2006-07-01,正式党员\n"
                                + "乙,990101198001011234,,,,\n"
                                + ",\t"
                                + ID_B
                                + ",,,,\n"
                                + "丙,"
                                + ID_B
                                + ",1985-05-06,,,\n"
                                + "丁,"
                                + ID_C
                                + ",,1987-01-01,,预备党员\n"
                                + "戊,"
                                + ID_B
                                + ",,2010-07-02,2010-07-01,正式党员\n"
                                + "己,"
                                + ID_B
                                + ",,2010-07-01,2011-07-01,预备党员\n"
                                + "庚,"
                                + ID_A
                                + ",,,,\n");
        Map<String, Integer> before = services.stats().counts();
        var result =
                services.imports()
                        .run(
                                services.memberImport(),
                                file,
                                ImportOptions.ALL_OR_NOTHING,
                                ImportProgress.NONE);
        assertThat(result.applied()).isFalse();
        List<String> lines =
                result.plan().refused().stream().map(ImportPlan.RowOutcome::describe).toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).startsWith("第3行 公民身份号码：校验位不对");
        assertThat(lines.get(1)).isEqualTo("第4行 姓名：不能为空");
        assertThat(lines.get(2)).startsWith("第5行 出生日期：与公民身份号码不符");
        assertThat(lines.get(3)).isEqualTo("第6行 入党日期：入党时未满 18 周岁");
        assertThat(lines.get(4)).isEqualTo("第7行 入党日期：入党日期晚于转正日期");
        assertThat(lines.get(5)).isEqualTo("第8行 转正日期：预备党员不应有转正日期");
        assertThat(lines.get(6)).isEqualTo("第9行 公民身份号码：与文件中第 2 行的公民身份号码重复（保留前一行）");
        assertThat(services.stats().counts()).isEqualTo(before);
    }

    @Test
    void notErrorsPhoneFormatsHanWithoutZuUnknownColumnsFullWidthDigits() throws Exception {
        String fullWidthId =
                ID_A.chars()
                        .mapToObj(
                                c -> String.valueOf((char) (c >= '0' && c <= '9' ? c + 0xFEE0 : c)))
                        .reduce("", String::concat);
        Path file = csv("姓名,公民身份号码,民族,手机号码,籍贯\n" + "王建国," + fullWidthId + ",汉,139-0000-1111,河南\n");
        var result =
                services.imports()
                        .run(
                                services.memberImport(),
                                file,
                                ImportOptions.ALL_OR_NOTHING,
                                ImportProgress.NONE);
        assertThat(result.plan().refused()).isEmpty();
        var rows = services.members().search(MemberFilter.text("王建国"), 10).rows();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).maskedPhone()).isEqualTo("139****1111");
    }

    @Test
    void aGbkCsvIsReadAndAKnownIdNumberUpdatesTheMember() throws Exception {
        Path first = dir.resolve("gbk.csv");
        Files.write(
                first,
                ("姓名,公民身份号码,组织关系所在,联系电话\r\n王建国," + ID_A + ",本社区,13900001111\r\n")
                        .getBytes(Charset.forName("GBK")));
        assertThat(
                        services.imports()
                                .run(
                                        services.memberImport(),
                                        first,
                                        ImportOptions.ALL_OR_NOTHING,
                                        ImportProgress.NONE)
                                .plan()
                                .count(Fate.NEW))
                .isEqualTo(1);
        Path second = csv("姓名,身份证号,组织关系,人员状态\n王建国," + ID_A + ",其他单位,在职党员报到\n");
        var again =
                services.imports()
                        .run(
                                services.memberImport(),
                                second,
                                ImportOptions.ALL_OR_NOTHING,
                                ImportProgress.NONE);
        assertThat(again.plan().count(Fate.UPDATE)).isEqualTo(1);
        var row =
                services.members().search(MemberFilter.text(ID_A.substring(14)), 10).rows().get(0);
        assertThat(row.registration()).isEqualTo(Registration.OTHER_UNIT);
        assertThat(row.presence()).isEqualTo(Presence.REPORTING_IN_SERVICE);
        assertThat(row.maskedPhone())
                .as("an absent column keeps what the office has")
                .isEqualTo("139****1111");
        assertThat(services.stats().counts()).containsEntry("members", 1);
    }

    @Test
    void anUpdateThatWouldBreakTheRulesIsRefusedAndAFullMemberDateMakesAFullMember()
            throws Exception {
        services.imports()
                .run(
                        services.memberImport(),
                        csv(
                                "姓名,公民身份号码,入党日期,党员类别,人员状态,联系电话\n"
                                        + "甲,"
                                        + ID_A
                                        + ",2024-03-01,预备党员,外出,139-0000-1111\n"),
                        ImportOptions.ALL_OR_NOTHING,
                        ImportProgress.NONE);
        var bad =
                services.imports()
                        .run(
                                services.memberImport(),
                                csv("姓名,公民身份号码,转正日期\n甲," + ID_A + ",2024-01-01\n"),
                                ImportOptions.ALL_OR_NOTHING,
                                ImportProgress.NONE);
        assertThat(bad.applied()).isFalse();
        assertThat(bad.plan().refused())
                .singleElement()
                .satisfies(r -> assertThat(r.describe()).startsWith("第2行 入党日期：与该党员已登记的情况合起来不成立"));

        var ok =
                services.imports()
                        .run(
                                services.memberImport(),
                                csv("姓名,公民身份号码,转正日期,组织关系\n甲," + ID_A + ",2025-03-01,本社区\n"),
                                ImportOptions.ALL_OR_NOTHING,
                                ImportProgress.NONE);
        assertThat(ok.plan().count(Fate.UPDATE)).isEqualTo(1);
        var row = services.members().search(MemberFilter.text("13900001111"), 10).rows();
        assertThat(row)
                .as("a phone is found by its digits, however it was typed")
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.standing()).isEqualTo(Standing.FULL);
                            assertThat(r.presence())
                                    .as("the status is kept when its column is absent")
                                    .isEqualTo(Presence.WENT_OUT);
                        });
    }

    @Test
    void skipInvalidImportsTheValidRowsAndDryRunWritesNothing() throws Exception {
        Path file = csv("姓名,公民身份号码\n甲," + ID_A + "\n乙,12345\n");
        assertThat(
                        services.imports()
                                .run(
                                        services.memberImport(),
                                        file,
                                        ImportOptions.DRY_RUN,
                                        ImportProgress.NONE)
                                .plan()
                                .count(Fate.REFUSED))
                .isEqualTo(1);
        assertThat(services.stats().counts()).containsEntry("members", 0);
        var r =
                services.imports()
                        .run(
                                services.memberImport(),
                                file,
                                ImportOptions.SKIP_INVALID,
                                ImportProgress.NONE);
        assertThat(r.applied()).isTrue();
        assertThat(services.stats().counts()).containsEntry("members", 1);
    }

    @Test
    void anUnknownBranchIsANoteNotARefusal() throws Exception {
        Path file = csv("姓名,公民身份号码,所在党组织\n甲," + ID_A + ",不存在的党支部\n");
        var r =
                services.imports()
                        .run(
                                services.memberImport(),
                                file,
                                ImportOptions.ALL_OR_NOTHING,
                                ImportProgress.NONE);
        assertThat(r.applied()).isTrue();
        assertThat(r.plan().notes()).singleElement().asString().contains("不存在的党支部");
    }

    @Test
    void aRowNamingTheWorkingCommitteeAsItsBranchIsRefusedWithItsRowAndNothingChanges()
            throws Exception {
        Path orgs = Files.createTempFile(dir, "orgs", ".csv");
        Files.writeString(orgs, "党组织名称,党组织类别,上级党组织\n青槐街道党工委,街道党工委,\n", StandardCharsets.UTF_8);
        assertThat(
                        services.imports()
                                .run(
                                        services.orgImport(),
                                        orgs,
                                        ImportOptions.ALL_OR_NOTHING,
                                        ImportProgress.NONE)
                                .applied())
                .isTrue();
        Map<String, Integer> before = services.stats().counts();
        Path file = csv("姓名,公民身份号码,所在党组织\n甲," + ID_A + ",\n乙," + ID_B + ",青槐街道党工委\n");
        var r =
                services.imports()
                        .run(
                                services.memberImport(),
                                file,
                                ImportOptions.ALL_OR_NOTHING,
                                ImportProgress.NONE);
        assertThat(r.applied()).isFalse();
        assertThat(r.plan().refused())
                .singleElement()
                .satisfies(
                        row ->
                                assertThat(row.describe())
                                        .isEqualTo(
                                                "第3行 所在党组织：“青槐街道党工委”是街道党工委，组织关系只能在党支部（小区、联合、社区党支部或单位党组织）"));
        assertThat(services.stats().counts()).isEqualTo(before);
    }

    @Test
    void anOverLongEthnicGroupIsRefusedWithItsRowInsteadOfFailingAtTheDatabase() throws Exception {
        Map<String, Integer> before = services.stats().counts();
        Path file = csv("姓名,公民身份号码,民族\n甲," + ID_A + ",汉\n乙," + ID_B + "," + "长".repeat(45) + "\n");
        var r =
                services.imports()
                        .run(
                                services.memberImport(),
                                file,
                                ImportOptions.ALL_OR_NOTHING,
                                ImportProgress.NONE);
        assertThat(r.applied()).isFalse();
        assertThat(r.plan().refused())
                .singleElement()
                .satisfies(row -> assertThat(row.describe()).startsWith("第3行 民族：").contains("20"));
        assertThat(services.stats().counts()).isEqualTo(before);
    }

    private Path csv(String content) throws Exception {
        Path file = Files.createTempFile(dir, "members", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
