package org.branchdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.branchdesk.domain.households.Household;
import org.branchdesk.service.Services;
import org.branchdesk.testing.CurrentThreadTaskExecutor;
import org.branchdesk.testing.TestOffice;
import org.branchdesk.ui.surveys.BuildingsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildingsViewModelTest {
    @TempDir Path dir;
    Services services;
    BuildingsViewModel vm;
    CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    UUID huaiyin;

    @BeforeEach
    void open() {
        services = TestOffice.open(dir);
        services.demo().load(0, false);
        vm = new BuildingsViewModel(services.households(), tasks);
        huaiyin =
                services.surveys().compounds().stream()
                        .filter(r -> r.compound().equals("槐荫里"))
                        .findFirst()
                        .orElseThrow()
                        .compoundId();
    }

    @AfterEach
    void close() {
        assertThat(tasks.unhandled()).isEmpty();
        services.close();
    }

    @Test
    void choosingACompoundShowsItsBuildingsHouseholdsAndCentralHouseholds() {
        assertThat(vm.buildings()).isEmpty();
        vm.compoundProperty().set(huaiyin);
        assertThat(vm.buildings()).isNotEmpty();
        assertThat(vm.households())
                .hasSize(4)
                .allMatch(l -> l.household().kind() == Household.Kind.CONTACT);
        assertThat(vm.choicesProperty().get().centralHouseholds())
                .extracting(c -> c.label())
                .contains("毛婷敏党员中心户");
        vm.compoundProperty().set(null);
        assertThat(vm.buildings()).isEmpty();
        assertThat(vm.households()).isEmpty();
    }

    @Test
    void aBuildingAndAResidentUnderAssistanceAreAddedAndShown() {
        vm.compoundProperty().set(huaiyin);
        int buildings = vm.buildings().size();
        vm.addBuilding("综合楼", 1, 12);
        assertThat(vm.noticeProperty().get().text()).isEqualTo("楼栋已登记。");
        assertThat(vm.buildings())
                .hasSize(buildings + 1)
                .anyMatch(l -> l.building().name().equals("综合楼"));
        vm.addBuilding("综合楼", null, null);
        assertThat(vm.noticeProperty().get().text()).contains("本小区已有楼栋“综合楼”");
        UUID building =
                vm.choicesProperty().get().buildings().stream()
                        .filter(c -> c.label().equals("综合楼"))
                        .findFirst()
                        .orElseThrow()
                        .id();
        vm.addHousehold(
                Household.Kind.ASSISTED, building, "1", "101", "王桂英", "19900001234", null, "独居老人");
        assertThat(vm.households())
                .anySatisfy(
                        l -> {
                            assertThat(l.address()).isEqualTo("综合楼 1单元 101");
                            assertThat(l.maskedPhone()).isEqualTo("199****1234");
                        });
        vm.addHousehold(Household.Kind.ASSISTED, null, null, null, "李秀兰", null, null, "");
        assertThat(vm.noticeProperty().get().text()).contains("帮扶需求");
        vm.fillFromResidences();
        assertThat(vm.noticeProperty().get().text()).contains("无需补录");
    }
}
