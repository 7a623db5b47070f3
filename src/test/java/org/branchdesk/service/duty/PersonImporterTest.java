package org.branchdesk.service.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.branchdesk.domain.members.Member;
import org.branchdesk.service.Services;
import org.branchdesk.service.importing.ImportKind;
import org.branchdesk.service.importing.ImportOptions;
import org.branchdesk.service.importing.ImportPlan;
import org.branchdesk.service.importing.ImportProgress;
import org.branchdesk.service.registers.MemberFilter;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonImporterTest {
    static final String HEADER = "姓名,公民身份号码,联系电话,人员类别,备注\n";

    @TempDir Path dir;
    Services s;
    Member member;

    @BeforeEach
    void open() {
        s = TestOffice.open(dir);
        s.demo().load(0, false);
        member =
                s.members()
                        .get(
                                s.members()
                                        .search(
                                                new MemberFilter(
                                                        null, null, null, null, null, null, null,
                                                        false),
                                                1)
                                        .rows()
                                        .get(0)
                                        .id());
    }

    @AfterEach
    void close() {
        s.close();
    }

    ImportPlan.Result load(String csv, ImportOptions options) throws Exception {
        Path file = dir.resolve("people.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return s.imports().run(s.importer(ImportKind.PEOPLE), file, options, ImportProgress.NONE);
    }

    @Test
    void peopleImportLinkedToMembersAndLoadAgainUnchanged() throws Exception {
        String csv =
                HEADER
                        + "柳青,990101199001011230,13912345678,居民志愿者,\n"
                        + "王社工,,13800001111,社区专职工作者,柳岸社区\n"
                        + member.name()
                        + ","
                        + member.citizenId().value()
                        + ",,社区专职工作者,\n";
        int demo = s.stats().counts().get("people"); // the demo's own people
        ImportPlan.Result r = load(csv, ImportOptions.ALL_OR_NOTHING);
        assertThat(r.applied()).isTrue();
        assertThat(s.stats().counts()).containsEntry("people", demo + 3);
        assertThat(s.people().lines(false))
                .filteredOn(l -> l.person().name().equals(member.name()))
                .singleElement()
                .satisfies(l -> assertThat(l.person().memberId()).isEqualTo(member.id()));
        ImportPlan.Result again = load(csv, ImportOptions.ALL_OR_NOTHING);
        assertThat(again.plan().rows())
                .extracting(o -> o.row() + ":" + o.fate())
                .containsExactly("2:UNCHANGED", "3:UNCHANGED", "4:UNCHANGED");
        assertThat(again.changedAnything()).isFalse();

        // a second line for the same member is refused, naming its row, and nothing changes
        Map<String, Integer> before = s.stats().counts();
        ImportPlan.Result twice =
                load(
                        HEADER + "李新,990101199001011230,,居民志愿者,\n" + "张三,,,下沉干部,区卫健委\n",
                        ImportOptions.ALL_OR_NOTHING);
        assertThat(twice.applied()).isFalse();
        assertThat(twice.plan().refused())
                .singleElement()
                .satisfies(o -> assertThat(o.row()).isEqualTo(2));
        assertThat(s.stats().counts()).isEqualTo(before);
    }

    @Test
    void theExportMasksIdNumbersAndPhones() throws Exception {
        int demo = s.stats().counts().get("people"); // the demo's own people
        load(HEADER + "柳青,990101199001011230,13912345678,居民志愿者,\n", ImportOptions.ALL_OR_NOTHING);
        Path out = dir.resolve("people.xlsx");
        assertThat(s.people().export(out)).isEqualTo(demo + 1);
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            Sheet sheet = wb.getSheetAt(0);
            int at = 1;
            while (!sheet.getRow(at).getCell(0).getStringCellValue().equals("柳青")) {
                at++;
            }
            List<String> row =
                    List.of(
                            sheet.getRow(at).getCell(0).getStringCellValue(),
                            sheet.getRow(at).getCell(1).getStringCellValue(),
                            sheet.getRow(at).getCell(2).getStringCellValue());
            assertThat(row).containsExactly("柳青", "990101********1230", "139****5678");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("人员类别");
        }
    }

    @Test
    void tagsAreImportedKeptAsAMembersAndABadTagCellIsRefusedNamingRowAndField() throws Exception {
        String header = "姓名,公民身份号码,联系电话,人员类别,备注,标签\n";
        ImportPlan.Result r =
                load(
                        header + "周敏,,13911112222,居民志愿者,退休护士,医护背景，志愿者\n",
                        ImportOptions.ALL_OR_NOTHING);
        assertThat(r.applied()).isTrue();
        assertThat(s.people().lines(false))
                .filteredOn(l -> l.person().name().equals("周敏"))
                .singleElement()
                .satisfies(l -> assertThat(l.person().tags()).isEqualTo("医护背景、志愿者"));

        // an empty tags cell keeps the tags; one given replaces them
        load(header + "周敏,,13911112222,居民志愿者,,\n", ImportOptions.ALL_OR_NOTHING);
        assertThat(tagsOf("周敏")).isEqualTo("医护背景、志愿者");
        load(header + "周敏,,13911112222,居民志愿者,,医护背景\n", ImportOptions.ALL_OR_NOTHING);
        assertThat(tagsOf("周敏")).isEqualTo("医护背景");

        Map<String, Integer> before = s.stats().counts();
        ImportPlan.Result bad =
                load(
                        header
                                + "李新,,13800002222,居民志愿者,,志愿者\n"
                                + "王医生,,13800003333,居民志愿者,,"
                                + "医".repeat(201)
                                + "\n",
                        ImportOptions.ALL_OR_NOTHING);
        assertThat(bad.applied()).isFalse();
        assertThat(bad.plan().refused())
                .singleElement()
                .satisfies(o -> assertThat(o.describe()).isEqualTo("第3行 标签：不能超过 200 个字"));
        assertThat(s.stats().counts()).isEqualTo(before);
    }

    String tagsOf(String name) {
        return s.people().lines(false).stream()
                .filter(l -> l.person().name().equals(name))
                .findFirst()
                .orElseThrow()
                .person()
                .tags();
    }

    @Test
    void theTemplateAndTheExportHaveATagsColumn() throws Exception {
        load(
                "姓名,公民身份号码,联系电话,人员类别,备注,标签\n柳青,,13912345678,居民志愿者,,医护背景\n",
                ImportOptions.ALL_OR_NOTHING);
        Path out = dir.resolve("people.xlsx");
        s.people().export(out);
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("标签");
            int at = 1;
            while (!sheet.getRow(at).getCell(0).getStringCellValue().equals("柳青")) {
                at++;
            }
            assertThat(sheet.getRow(at).getCell(5).getStringCellValue()).isEqualTo("医护背景");
        }
    }
}
