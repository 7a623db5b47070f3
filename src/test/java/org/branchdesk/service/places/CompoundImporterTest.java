package org.branchdesk.service.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.service.Services;
import org.branchdesk.service.importing.ImportKind;
import org.branchdesk.service.importing.ImportOptions;
import org.branchdesk.service.importing.ImportPlan;
import org.branchdesk.service.importing.ImportPlan.Fate;
import org.branchdesk.service.importing.ImportProgress;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompoundImporterTest {
    @TempDir Path dir;
    Services services;

    @BeforeEach
    void open() {
        services = TestOffice.initialized(dir.resolve("office"));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void readsAClerksGbkFileWithTitleRowBlankRowsAndFullWidthDigits() throws Exception {
        String csv =
                "青槐街道小区情况统计表（2020年2月）,,,\r\n"
                        + "社区,小区,总户数,有无物业服务,备注\r\n"
                        + ",,,,\r\n"
                        + "柳岸社区,柳风苑,１２００户,有,\r\n"
                        + "柳岸社区,\"粮站家属院\",86,无,老旧\r\n";
        Path file = dir.resolve("gbk.csv");
        Files.write(file, csv.getBytes(Charset.forName("GBK")));

        var result =
                services.imports()
                        .run(
                                services.compoundImport(),
                                file,
                                ImportOptions.ALL_OR_NOTHING,
                                ImportProgress.NONE);

        assertThat(result.applied()).isTrue();
        assertThat(result.plan().newCommunities()).containsExactly("柳岸社区");
        assertThat(result.plan().count(Fate.NEW)).isEqualTo(2);
        var tree = services.places().tree();
        Compound c =
                tree.communities().get(0).compounds().stream()
                        .filter(x -> x.name().equals("柳风苑"))
                        .findFirst()
                        .orElseThrow();
        assertThat(c.households()).isEqualTo(1200);
        assertThat(c.hasPropertyService()).isTrue();
    }

    @Test
    void refusedRowsNameTheSheetRowAndFieldAndNothingIsImported() throws Exception {
        Path file =
                csv(
                        "所在社区,小区名称,户数,有无人防物防\n"
                                + "柳岸社区,柳风苑,120,有\n"
                                + "柳岸社区,,30,有\n"
                                + "石桥社区,石桥新村,很多,有\n"
                                + "石桥社区,桥东花园,10,也许\n"
                                + "柳岸社区,柳风苑,120,有\n");
        Map<String, Integer> before = services.stats().counts();

        var result =
                services.imports()
                        .run(
                                services.compoundImport(),
                                file,
                                ImportOptions.ALL_OR_NOTHING,
                                ImportProgress.NONE);

        assertThat(result.applied()).isFalse();
        assertThat(result.plan().refused())
                .extracting(ImportPlan.RowOutcome::describe)
                .containsExactly(
                        "第3行 小区名称：不能为空",
                        "第4行 户数：“很多”不是整数",
                        "第5行 有无人防物防：“也许”应填“有”或“无”",
                        "第6行 小区名称：与文件中前面的一行重复（保留第一行）");
        assertThat(services.stats().counts()).isEqualTo(before);
    }

    @Test
    void aPropertyCompanyNameThatCannotBeAUnitIsRefusedAtItsRow() throws Exception {
        Path file = csv("所在社区,小区名称,物业服务企业\n柳岸社区,柳风苑,甲物业/乙\n");
        var result =
                services.imports()
                        .run(
                                services.compoundImport(),
                                file,
                                ImportOptions.ALL_OR_NOTHING,
                                ImportProgress.NONE);
        assertThat(result.plan().refused())
                .singleElement()
                .satisfies(r -> assertThat(r.describe()).startsWith("第2行 物业服务企业："));
    }

    @Test
    void skipInvalidImportsOnlyTheValidRows() throws Exception {
        Path file = csv("所在社区,小区名称\n柳岸社区,柳风苑\n柳岸社区,\n");
        var result =
                services.imports()
                        .run(
                                services.compoundImport(),
                                file,
                                ImportOptions.SKIP_INVALID,
                                ImportProgress.NONE);
        assertThat(result.applied()).isTrue();
        assertThat(services.stats().counts())
                .containsEntry("compounds", 1)
                .containsEntry("communities", 1);
    }

    @Test
    void aDryRunChangesNothing() throws Exception {
        Path file = csv("所在社区,小区名称\n柳岸社区,柳风苑\n");
        var result =
                services.imports()
                        .run(
                                services.compoundImport(),
                                file,
                                ImportOptions.DRY_RUN,
                                ImportProgress.NONE);
        assertThat(result.applied()).isFalse();
        assertThat(result.plan().count(Fate.NEW)).isEqualTo(1);
        assertThat(services.stats().counts()).containsEntry("compounds", 0);
    }

    @Test
    void aSecondImportUpdatesFilledCellsAndKeepsTheOthers() throws Exception {
        services.imports()
                .run(
                        services.compoundImport(),
                        csv("所在社区,小区名称,地址,户数\n柳岸社区,柳风苑,柳岸街1号,100\n"),
                        ImportOptions.ALL_OR_NOTHING,
                        ImportProgress.NONE);
        var result =
                services.imports()
                        .run(
                                services.compoundImport(),
                                csv("所在社区,小区名称,地址,户数\n柳岸社区,柳风苑,,150\n"),
                                ImportOptions.ALL_OR_NOTHING,
                                ImportProgress.NONE);
        assertThat(result.plan().count(Fate.UPDATE)).isEqualTo(1);
        Compound c = services.places().tree().communities().get(0).compounds().get(0);
        assertThat(c.households()).isEqualTo(150);
        assertThat(c.address()).isEqualTo("柳岸街1号");

        var again =
                services.imports()
                        .run(
                                services.compoundImport(),
                                csv("所在社区,小区名称,户数\n柳岸社区,柳风苑,150\n"),
                                ImportOptions.ALL_OR_NOTHING,
                                ImportProgress.NONE);
        assertThat(again.plan().count(Fate.UNCHANGED)).isEqualTo(1);
    }

    @Test
    void aFileWithoutTheNeededColumnsIsRefusedWithAClearMessage() throws Exception {
        Path file = csv("姓名,性别\n张三,男\n");
        assertThatThrownBy(
                        () ->
                                services.imports()
                                        .run(
                                                services.compoundImport(),
                                                file,
                                                ImportOptions.ALL_OR_NOTHING,
                                                ImportProgress.NONE))
                .hasMessageContaining("找不到表头")
                .hasMessageContaining("所在社区")
                .hasMessageContaining("小区名称");
    }

    @Test
    void theTemplatesReadBackAsEmptyValidFiles() throws Exception {
        for (String name : new String[] {"模板.csv", "模板.xlsx"}) {
            Path template = dir.resolve(name);
            Services.writeTemplate(ImportKind.COMPOUNDS, template);
            var plan = services.imports().preview(services.compoundImport(), template);
            assertThat(plan.rows())
                    .as(name + ": the example sits on a sheet that is not imported")
                    .isEmpty();
        }
    }

    private Path csv(String content) throws Exception {
        Path file = Files.createTempFile(dir, "import", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
