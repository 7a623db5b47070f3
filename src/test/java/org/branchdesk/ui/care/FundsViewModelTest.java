package org.branchdesk.ui.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.care.FundSource;
import org.branchdesk.service.care.FundService.Line;
import org.branchdesk.ui.common.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The funds page without a toolkit: opening a fund, allocating to it, its live rules. */
class FundsViewModelTest {
    @TempDir Path dir;
    CareFixture office;
    FundsViewModel vm;

    @BeforeEach
    void open() {
        office = CareFixture.empty(dir);
        vm = office.funds();
        vm.reload();
    }

    @AfterEach
    void close() {
        assertThat(office.tasks.unhandled()).isEmpty();
        office.close();
    }

    Line fund(String name) {
        return vm.rows().stream()
                .filter(l -> l.fund().name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not listed: " + vm.rows()));
    }

    void addFund(String name, FundSource source) {
        FundFormViewModel f = vm.newFund();
        f.nameProperty().set(name);
        f.sourceProperty().set(source);
        assertThat(f.canSaveProperty().get()).isTrue();
        f.save();
        assertThat(f.form().savedProperty().get()).isNotNull();
    }

    @Test
    void aFundOpenedAndAllocatedShowsItsBalanceChosen() {
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.placeholderProperty().get()).contains("新增经费");
        addFund("2020年上级下拨党费专项", FundSource.SPECIAL_PARTY_FEES);
        assertThat(vm.noticeProperty().get().text()).isEqualTo("已新增经费“2020年上级下拨党费专项”（上级下拨党费）");
        assertThat(vm.selectedProperty().get().fund().name()).isEqualTo("2020年上级下拨党费专项");
        assertThat(vm.mayAllocateSelectedProperty().get()).isTrue();

        AllocationFormViewModel a = vm.allocate(vm.selectedProperty().get());
        assertThat(a.onProperty().get()).isEqualTo(office.today());
        a.amount().textProperty().set("1409.5");
        assertThat(a.amount().capitalsProperty().get()).isEqualTo("¥1,409.50　人民币壹仟肆佰零玖元伍角");
        assertThat(a.balanceAfterProperty().get()).isEqualTo("当前余额 ¥0.00，下拨后 ¥1,409.50");
        assertThat(a.canSaveProperty().get()).as("no document number yet").isFalse();
        assertThat(a.missingProperty().get()).isNotEmpty();
        a.documentNumberProperty().set("明组通〔2020〕5号");
        assertThat(a.canSaveProperty().get()).isTrue();
        a.save();

        Line l = fund("2020年上级下拨党费专项");
        assertThat(l.allocated()).isEqualByComparingTo("1409.50");
        assertThat(l.balance()).isEqualByComparingTo("1409.50");
        assertThat(l.paidOut()).isEqualByComparingTo("0");
        assertThat(vm.selectedProperty().get()).isEqualTo(l);
        assertThat(vm.allocations())
                .singleElement()
                .satisfies(x -> assertThat(x.documentNumber()).isEqualTo("明组通〔2020〕5号"));
        assertThat(vm.summaryProperty().get()).isEqualTo("共 1 项经费，余额合计 ¥1,409.50");
        assertThat(FundsViewModel.runningLow(l)).isFalse();
    }

    @Test
    void theFundFormSaysWhatIsWrongAsItIsTyped() {
        addFund("社区工作经费", FundSource.COMMUNITY_OPERATING);
        FundFormViewModel f = vm.newFund();
        assertThat(f.missingProperty().get()).isEqualTo("请填写名称并选择来源");
        assertThat(f.nameMessageProperty().get()).as("nothing typed, nothing wrong").isEmpty();
        f.nameProperty().set("社区工作经费");
        assertThat(f.nameMessageProperty().get()).isEqualTo("已有名为“社区工作经费”的经费");
        f.nameProperty().set("经".repeat(61));
        assertThat(f.nameMessageProperty().get()).contains("60");
        f.nameProperty().set("服务群众经费");
        f.sourceProperty().set(FundSource.SERVING_RESIDENTS);
        assertThat(f.nameMessageProperty().get()).isEmpty();
        assertThat(f.canSaveProperty().get()).isTrue();
    }

    @Test
    void everyAmountRuleIsABindingOfTheAllocationForm() {
        addFund("社区工作经费", FundSource.COMMUNITY_OPERATING);
        AllocationFormViewModel a = vm.allocate(fund("社区工作经费"));
        a.documentNumberProperty().set("青槐街〔2026〕2号");
        for (String[] bad :
                new String[][] {
                    {"-5", "不能是负数"},
                    {"0", "须大于 0"},
                    {"12.345", "最多两位小数"},
                    {"100000000", "一笔最多 99,999,999.99 元"},
                    {"十元", "不是金额"}
                }) {
            a.amount().textProperty().set(bad[0]);
            assertThat(a.amount().messageProperty().get()).as(bad[0]).contains(bad[1]);
            assertThat(a.canSaveProperty().get()).as(bad[0]).isFalse();
            assertThat(a.amount().capitalsProperty().get()).as(bad[0]).isEmpty();
        }
        a.amount().textProperty().set("3,000");
        assertThat(a.canSaveProperty().get()).isTrue();
        a.onProperty().set(office.today().plusDays(1));
        assertThat(a.onMessageProperty().get()).isNotEmpty();
        assertThat(a.canSaveProperty().get()).isFalse();
    }

    @Test
    void aSupervisorReadsTheFundsButOpensNone() {
        addFund("社区工作经费", FundSource.COMMUNITY_OPERATING);
        office.close();
        office = CareFixture.reopened(dir, Role.SUPERVISOR);
        vm = office.funds();
        vm.reload();
        assertThat(vm.mayEdit()).isFalse();
        vm.selectedProperty().set(fund("社区工作经费"));
        assertThat(vm.mayAllocateSelectedProperty().get()).isFalse();
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.NONE);
    }
}
