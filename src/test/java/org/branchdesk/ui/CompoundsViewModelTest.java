package org.branchdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.branchdesk.domain.places.OwnerlessRule;
import org.branchdesk.domain.surveys.SurveyItem;
import org.branchdesk.service.Services;
import org.branchdesk.service.surveys.SurveyService.CompoundRow;
import org.branchdesk.testing.CurrentThreadTaskExecutor;
import org.branchdesk.testing.TestOffice;
import org.branchdesk.ui.surveys.CompoundsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompoundsViewModelTest {
    @TempDir Path dir;
    Services services;
    CompoundsViewModel vm;
    CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();

    @BeforeEach
    void open() {
        services = TestOffice.open(dir);
        services.demo().load(0, false);
        vm =
                new CompoundsViewModel(
                        services.surveys(),
                        services.places(),
                        services.office(),
                        tasks,
                        Clock.fixed(
                                LocalDate.of(2026, 11, 29)
                                        .atStartOfDay(ZoneId.systemDefault())
                                        .toInstant(),
                                ZoneId.systemDefault()));
        vm.reload();
    }

    @AfterEach
    void close() {
        assertThat(tasks.unhandled()).isEmpty();
        services.close();
    }

    @Test
    void completingTheFourClearsMovesACompoundOutOfTheUnclearList() {
        vm.notFourClearOnlyProperty().set(true);
        int unclear = vm.rows().size();
        assertThat(unclear).isEqualTo(21);
        CompoundRow row = vm.rows().get(0);
        vm.selectedProperty().set(row);
        vm.surveyedOnProperty().set(LocalDate.of(2020, 2, 10));
        vm.basicFactsProperty().set("12栋楼，400户");
        vm.residentsProperty().set("常住1000人，党员20名");
        vm.gapsProperty().set("无");
        vm.hazardsProperty().set("无");
        vm.saveSurvey();
        assertThat(vm.noticeProperty().get().text()).contains("已保存");
        assertThat(vm.rows())
                .hasSize(unclear - 1)
                .noneMatch(r -> r.compoundId().equals(row.compoundId()));
    }

    @Test
    void anItemIsAddedThenClosedAndTheOpenCountFollows() {
        CompoundRow row = vm.rows().get(0);
        vm.selectedProperty().set(row);
        int before = vm.items().size();
        vm.addItem(SurveyItem.Kind.HAZARD, "电动车入户充电", "王伟", LocalDate.of(2026, 12, 15));
        assertThat(vm.items()).hasSize(before + 1);
        CompoundRow now =
                vm.rows().stream()
                        .filter(r -> r.compoundId().equals(row.compoundId()))
                        .findFirst()
                        .orElseThrow();
        assertThat(now.openItems()).isEqualTo(row.openItems() + 1);
        SurveyItem added =
                vm.items().stream()
                        .filter(i -> i.description().equals("电动车入户充电"))
                        .findFirst()
                        .orElseThrow();
        vm.closeItem(added);
        assertThat(vm.items())
                .anyMatch(
                        i ->
                                i.id().equals(added.id())
                                        && i.status() == SurveyItem.Status.CLOSED
                                        && i.closedOn().equals(LocalDate.of(2026, 11, 29)));
    }

    @Test
    void aCompoundsFactsAreEditedAndItBecomesOwnerlessWhenAllThreeAreMissing() {
        CompoundRow row = vm.rows().stream().filter(r -> !r.ownerless()).findFirst().orElseThrow();
        vm.selectedProperty().set(row);
        vm.editFacts();
        var c = vm.editingProperty().get();
        assertThat(c.id()).isEqualTo(row.compoundId());
        vm.saveFacts(
                c.id(),
                new CompoundsViewModel.Facts("新地址1号", 99, 250, 3, null, false, false, false));
        int units = services.stats().counts().get("units");
        assertThat(vm.noticeProperty().get().text()).isEqualTo("已保存小区情况。");
        CompoundRow now =
                vm.rows().stream()
                        .filter(r -> r.compoundId().equals(c.id()))
                        .findFirst()
                        .orElseThrow();
        assertThat(now.households()).isEqualTo(99);
        assertThat(now.ownerless()).isTrue();
        vm.clearNotice();
        vm.saveFacts(
                c.id(),
                new CompoundsViewModel.Facts("新地址1号", 99, 250, 3, "新安物业服务有限公司", true, true, true));
        assertThat(services.stats().counts())
                .as("a new property company becomes a unit")
                .containsEntry("units", units + 1);
        vm.clearNotice();
        vm.saveFacts(
                c.id(), new CompoundsViewModel.Facts(null, -1, null, null, null, null, null, null));
        assertThat(vm.noticeProperty().get().text()).isEqualTo("户数：不能是负数");
    }

    @Test
    void anEmptyDescriptionIsRefusedWithAMessage() {
        vm.selectedProperty().set(vm.rows().get(0));
        vm.addItem(SurveyItem.Kind.GAP, " ", null, null);
        assertThat(vm.noticeProperty().get().text()).isEqualTo("问题内容：不能为空");
    }

    @Test
    void readingOwnerlessAsAnyOneMissingShowsMoreOwnerlessCompounds() {
        vm.ownerlessOnlyProperty().set(true);
        int strict = vm.rows().size();
        assertThat(vm.ownerlessRuleProperty().get()).isEqualTo(OwnerlessRule.ALL_THREE_MISSING);
        vm.ownerlessRuleProperty().set(OwnerlessRule.ANY_ONE_MISSING);
        assertThat(vm.noticeProperty().get().text()).contains("任一项");
        assertThat(vm.rows().size()).isGreaterThan(strict);
        assertThat(services.office().ownerlessRule()).isEqualTo(OwnerlessRule.ANY_ONE_MISSING);
    }

    @Test
    void anItemIsPutInHandThenReopenedAndItsClosingDateChecked() {
        CompoundRow row = vm.rows().get(0);
        vm.selectedProperty().set(row);
        vm.addItem(SurveyItem.Kind.GAP, "单元门禁损坏", "王伟", LocalDate.of(2026, 12, 15));
        SurveyItem item =
                vm.items().stream()
                        .filter(i -> i.description().equals("单元门禁损坏"))
                        .findFirst()
                        .orElseThrow();
        vm.editItem(
                item,
                "单元门禁损坏，外来人员随意进出",
                "李强",
                LocalDate.of(2026, 12, 20),
                SurveyItem.Status.IN_HAND,
                null);
        assertThat(vm.noticeProperty().get().text()).isEqualTo("问题已修改。");
        SurveyItem inHand =
                vm.items().stream().filter(i -> i.id().equals(item.id())).findFirst().orElseThrow();
        assertThat(inHand.status()).isEqualTo(SurveyItem.Status.IN_HAND);
        assertThat(inHand.responsible()).isEqualTo("李强");
        vm.editItem(
                inHand,
                inHand.description(),
                "李强",
                inHand.deadline(),
                SurveyItem.Status.CLOSED,
                LocalDate.of(2099, 1, 1));
        assertThat(vm.noticeProperty().get().text())
                .as("a closing date in the future")
                .contains("不能晚于");
        vm.editItem(
                inHand,
                inHand.description(),
                "李强",
                inHand.deadline(),
                SurveyItem.Status.CLOSED,
                LocalDate.of(2026, 11, 28));
        assertThat(vm.items()).anyMatch(i -> i.id().equals(item.id()) && i.closedOn() != null);
    }
}
