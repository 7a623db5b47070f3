package org.branchdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.branchdesk.service.Services;
import org.branchdesk.service.importing.ImportKind;
import org.branchdesk.service.importing.ImportPlan;
import org.branchdesk.service.sheets.SheetReader;
import org.branchdesk.testing.CurrentThreadTaskExecutor;
import org.branchdesk.testing.TestOffice;
import org.branchdesk.ui.importing.SheetImportViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetImportViewModelTest {
    @TempDir Path dir;
    Services services;
    CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    SheetImportViewModel vm;
    int refreshed;

    @BeforeEach
    void open() {
        services = TestOffice.open(dir.resolve("office"));
        services.demo().load(0, false);
        vm =
                new SheetImportViewModel(
                        services.imports(), services::importer, tasks, () -> refreshed++);
    }

    @AfterEach
    void close() {
        assertThat(tasks.unhandled()).isEmpty();
        services.close();
    }

    @Test
    void aSheetIsPreviewedThenOnlyItsValidRowsAreImportedWhenTheClerkSaysSo() throws Exception {
        Path file = dir.resolve("帮扶.csv");
        Files.writeString(
                file,
                "类别,小区,户主姓名,帮扶需求\n帮扶对象,槐荫里,王桂英,独居老人\n帮扶对象,槐荫里,李秀兰,\n",
                StandardCharsets.UTF_8);
        Map<String, Integer> before = services.stats().counts();
        vm.preview(ImportKind.HOUSEHOLDS, file);
        SheetImportViewModel.Pending p = vm.pendingProperty().get();
        assertThat(p.plan().count(ImportPlan.Fate.NEW)).isEqualTo(1);
        assertThat(p.plan().refused())
                .singleElement()
                .satisfies(r -> assertThat(r.describe()).startsWith("第3行"));
        assertThat(services.stats().counts()).as("a preview writes nothing").isEqualTo(before);

        vm.confirm(false);
        assertThat(vm.pendingProperty().get()).isNull();
        assertThat(vm.noticeProperty().get().text()).contains("拒收 1 行");
        assertThat(services.stats().counts()).isEqualTo(before);

        vm.preview(ImportKind.HOUSEHOLDS, file);
        vm.confirm(true);
        assertThat(vm.noticeProperty().get().text()).startsWith("联系户与帮扶对象导入完成");
        assertThat(services.stats().counts().get("assisted_households"))
                .isEqualTo(before.get("assisted_households") + 1);
        assertThat(refreshed).isEqualTo(2);
    }

    @Test
    void aTemplateIsWrittenWithTheRegistersColumns() throws Exception {
        Path out = dir.resolve("模板.xlsx");
        vm.writeTemplate(ImportKind.HOUSEHOLDS, out);
        assertThat(vm.noticeProperty().get().text()).contains("模板已保存");
        assertThat(SheetReader.read(Files.readAllBytes(out), "模板.xlsx").get(0).cells())
                .startsWith("类别", "所在社区", "所在小区");
    }
}
