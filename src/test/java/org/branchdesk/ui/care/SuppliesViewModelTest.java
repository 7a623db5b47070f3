package org.branchdesk.ui.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.domain.care.SupplyCategory;
import org.branchdesk.domain.care.SupplySource;
import org.branchdesk.service.Services;
import org.branchdesk.service.care.SupplyService.Stock;
import org.branchdesk.testing.CurrentThreadTaskExecutor;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supplies page without a toolkit: the demo's stock and an item's movements; an issue of more
 * than the stock refused by a binding (naming the stock) before the service is asked, then one
 * within it recorded to a member picked by name; a receipt and a new item; a supervisor reading
 * without the buttons.
 */
class SuppliesViewModelTest {
    @TempDir Path dir;

    final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();

    SuppliesViewModel page(Services s) {
        SuppliesViewModel vm =
                new SuppliesViewModel(
                        s.supplies(),
                        s.payments(),
                        tasks,
                        s.office().clock(),
                        s.actor().may(Permission.EDIT));
        vm.reload();
        return vm;
    }

    static Stock named(SuppliesViewModel vm, String name) {
        return vm.rows().stream()
                .filter(r -> r.item().name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anIssueBeyondTheStockIsRefusedByTheFormAndOneWithinItIsRecorded() {
        try (var s = TestOffice.open(dir)) {
            s.demo().load(0, false);
            SuppliesViewModel vm = page(s);
            assertThat(vm.rows()).hasSize(3);
            Stock masks = named(vm, "医用外科口罩");
            assertThat(masks.stock()).isEqualByComparingTo("1900");
            vm.selectedProperty().set(masks);
            assertThat(vm.movements()).hasSize(6);
            assertThat(vm.movements().get(vm.movements().size() - 1).stock())
                    .isEqualByComparingTo("1900");
            assertThat(vm.mayMoveSelectedProperty().get()).isTrue();

            SupplyMovementFormViewModel issue = vm.move(masks, false);
            assertThat(issue.recipients()).isNotEmpty();
            issue.quantityProperty().set("2000");
            assertThat(issue.quantityMessageProperty().get()).contains("库存不足").contains("1900");
            issue.quantityProperty().set("0");
            assertThat(issue.quantityMessageProperty().get()).contains("须大于 0");
            issue.quantityProperty().set("十");
            assertThat(issue.quantityMessageProperty().get()).isNotEmpty();
            issue.quantityProperty().set("150");
            assertThat(issue.quantityMessageProperty().get()).isEmpty();
            assertThat(issue.stockNoteProperty().get()).contains("1900只").contains("1750只");
            assertThat(issue.canSaveProperty().get()).as("no recipient yet").isFalse();
            issue.searchProperty().set("侯兰珍");
            assertThat(issue.recipients()).hasSize(1);
            issue.recipientProperty().set(issue.recipients().get(0));
            assertThat(issue.recipientProperty().get().kind())
                    .isNotEqualTo(RecipientKind.ORGANIZATION);
            issue.onProperty().set(issue.today().plusDays(1));
            assertThat(issue.onMessageProperty().get()).isNotEmpty();
            assertThat(issue.canSaveProperty().get()).isFalse();
            issue.onProperty().set(issue.today());
            issue.purposeProperty().set("卡点值守");
            assertThat(issue.canSaveProperty().get()).isTrue();
            issue.save();
            assertThat(issue.form().savedProperty().get()).isNotNull();
            assertThat(named(vm, "医用外科口罩").stock()).isEqualByComparingTo("1750");
            assertThat(vm.selectedProperty().get().item().name()).isEqualTo("医用外科口罩");
            assertThat(vm.movements()).hasSize(7);
            assertThat(vm.noticeProperty().get().text()).contains("已出库").contains("侯兰珍");

            SupplyMovementFormViewModel receipt = vm.move(named(vm, "方便面"), true);
            receipt.quantityProperty().set("10");
            assertThat(receipt.canSaveProperty().get()).as("no source yet").isFalse();
            receipt.sourceProperty().set(SupplySource.DONATED);
            receipt.fromWhomProperty().set("青槐商会");
            assertThat(receipt.canSaveProperty().get()).isTrue();
            receipt.save();
            assertThat(named(vm, "方便面").stock()).isEqualByComparingTo("35");

            SupplyItemFormViewModel item = vm.newItem();
            item.nameProperty().set("84消毒液");
            assertThat(item.messageProperty().get()).contains("已有");
            item.nameProperty().set("酒精棉片");
            item.categoryProperty().set(SupplyCategory.DISINFECTANT);
            item.unitProperty().set("盒");
            assertThat(item.canSaveProperty().get()).isTrue();
            item.save();
            assertThat(vm.rows()).hasSize(4);
            assertThat(named(vm, "酒精棉片").stock()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(vm.selectedProperty().get().item().name()).isEqualTo("酒精棉片");
        }
    }

    @Test
    void aSupervisorReadsTheStockWithoutRecording() {
        try (var s = TestOffice.open(dir)) {
            s.demo().load(0, false);
        }
        try (var s = TestOffice.open(dir, Role.SUPERVISOR)) {
            SuppliesViewModel vm = page(s);
            assertThat(vm.mayEdit()).isFalse();
            assertThat(vm.rows()).hasSize(3);
            vm.selectedProperty().set(vm.rows().get(0));
            assertThat(vm.mayMoveSelectedProperty().get()).isFalse();
            assertThat(vm.movements()).isNotEmpty();
        }
    }
}
