package org.branchdesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.care.FundSource;
import org.branchdesk.domain.care.PaymentKind;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.service.Services;
import org.branchdesk.service.care.PaymentService;
import org.branchdesk.service.duty.PeopleService;
import org.branchdesk.testing.CurrentThreadTaskExecutor;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overview's care tiles without a toolkit: balances (low ones first), this month, steps due.
 */
class CareOverviewViewModelTest {
    @TempDir Path dir;
    Services s;
    final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    final List<String> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        s = TestOffice.initialized(dir);
    }

    @AfterEach
    void close() {
        assertThat(tasks.unhandled()).isEmpty();
        s.close();
    }

    CareOverviewViewModel overview(CareOverviewViewModel.DueSteps due) {
        return new CareOverviewViewModel(
                s.funds(),
                s.payments(),
                due,
                tasks,
                key -> !key.equals("development"),
                opened::add);
    }

    @Test
    void lowFundsComeFirstAndThisMonthsPaymentsAreCounted() {
        LocalDate today = s.funds().today();
        UUID full = s.funds().add("服务群众经费", FundSource.SERVING_RESIDENTS).id();
        s.funds().allocate(full, Yuan.parse("5000"), today, "青槐街〔2026〕1号");
        UUID low = s.funds().add("社区工作经费", FundSource.COMMUNITY_OPERATING).id();
        s.funds().allocate(low, Yuan.parse("1000"), today, "青槐街〔2026〕2号");
        UUID person =
                s.people()
                        .add(
                                new PeopleService.NewPerson(
                                        "柳青", null, null, PersonKind.COMMUNITY_WORKER, null))
                        .id();
        s.payments()
                .record(
                        new PaymentService.NewPayment(
                                PaymentKind.LIVING_SUBSIDY,
                                RecipientKind.PERSON,
                                person,
                                Yuan.parse("900"),
                                null,
                                null,
                                "生活补贴",
                                low));
        CareOverviewViewModel vm = overview(null);
        vm.reload();
        assertThat(vm.due()).as("no source of steps due: no tile").isNull();
        assertThat(vm.lowProperty().get()).as("recorded only: not counted yet").isFalse();
        assertThat(vm.thisMonth().headlineProperty().get()).endsWith("待审批 1 笔，¥900.00");
        assertThat(vm.thisMonth().lines()).singleElement().asString().endsWith("柳青 ¥900.00 待审批");

        UUID p = s.payments().lines().get(0).payment().id();
        s.close();
        s =
                org.branchdesk.service.Services.of(
                        org.branchdesk.store.Store.open(
                                dir,
                                java.time.Clock.systemUTC(),
                                org.branchdesk.store.FxThreadGuard.NONE,
                                TestOffice.keyOf(dir)),
                        new org.branchdesk.service.access.Actor(
                                "李主任", org.branchdesk.domain.accounts.Role.ADMIN));
        s.payments().approve(p, "李明", "书记", today);
        vm = overview(null);
        vm.reload();
        assertThat(vm.lowProperty().get()).isTrue();
        assertThat(vm.balances().countProperty().get()).isEqualTo(1);
        assertThat(vm.balances().lines())
                .containsExactly("社区工作经费　余额 ¥100.00（余额不足）", "服务群众经费　余额 ¥5,000.00");
        assertThat(vm.thisMonth().countProperty().get()).isEqualTo(1);
        assertThat(vm.thisMonth().headlineProperty().get())
                .isEqualTo(today.getMonthValue() + "月已审批和已支付 1 笔，¥900.00（冲销已扣除）；待审批 0 笔，¥0.00");
        vm.balances().open();
        assertThat(opened).containsExactly("funds");
    }

    @Test
    void theStepsDueComeFromTheirSource() {
        CareOverviewViewModel vm = overview(() -> List.of("李明 · 青槐社区党委：谈话"));
        vm.reload();
        assertThat(vm.due().countProperty().get()).isEqualTo(1);
        assertThat(vm.due().lines()).containsExactly("李明 · 青槐社区党委：谈话");
        assertThat(vm.due().mayOpen()).as("no development page yet").isFalse();
    }
}
