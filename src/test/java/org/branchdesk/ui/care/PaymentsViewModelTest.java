package org.branchdesk.ui.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.care.FundSource;
import org.branchdesk.domain.care.PaymentKind;
import org.branchdesk.domain.care.PaymentMethod;
import org.branchdesk.domain.care.PaymentState;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.service.care.PaymentService;
import org.branchdesk.service.care.PaymentService.Line;
import org.branchdesk.service.duty.PeopleService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The payments page without a toolkit: who may take which step, and why not, as bindings from the
 * domain's rules (four eyes, the permission, the state); the steps themselves; the filters.
 */
class PaymentsViewModelTest {
    @TempDir Path dir;
    CareFixture office;
    PaymentsViewModel vm;
    UUID operating;
    UUID partyFees;
    Person worker;

    @BeforeEach
    void open() {
        office = CareFixture.empty(dir);
        operating = office.fund("社区工作经费", FundSource.COMMUNITY_OPERATING, "3000");
        partyFees = office.fund("2020年上级下拨党费专项", FundSource.SPECIAL_PARTY_FEES, "5000");
        worker =
                office.services
                        .people()
                        .add(
                                new PeopleService.NewPerson(
                                        "柳青", null, null, PersonKind.COMMUNITY_WORKER, null));
        as("王芳", Role.CLERK);
    }

    @AfterEach
    void close() {
        assertThat(office.tasks.unhandled()).isEmpty();
        office.close();
    }

    void as(String name, Role role) {
        office.close();
        office = CareFixture.as(dir, name, role);
        vm = office.payments();
        vm.reload();
    }

    UUID record(PaymentKind kind, String amount, UUID fund, LocalDate from) {
        return office.services
                .payments()
                .record(
                        new PaymentService.NewPayment(
                                kind,
                                RecipientKind.PERSON,
                                worker.id(),
                                Yuan.parse(amount),
                                from,
                                from == null ? null : from.plusDays(27),
                                "一月份",
                                fund))
                .id();
    }

    Line row(UUID id, boolean reversal) {
        return vm.rows().stream()
                .filter(l -> l.payment().id().equals(id) && l.reversal() == reversal)
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " not listed: " + vm.rows()));
    }

    void choose(UUID id) {
        vm.selectedProperty().set(row(id, false));
    }

    @Test
    void aClerkRecordsAndAnotherAccountApprovesPaysAndReverses() {
        UUID p = record(PaymentKind.LIVING_SUBSIDY, "1409.50", operating, null);
        vm.reload();
        choose(p);
        assertThat(vm.mayEditSelectedProperty().get()).isTrue();
        assertThat(vm.mayApproveSelectedProperty().get()).isFalse();
        assertThat(vm.approveBlockedProperty().get()).isEqualTo("审批、支付和冲销需要审批权限（管理员）");
        assertThat(vm.nextStepBlockedProperty().get()).isEqualTo(vm.approveBlockedProperty().get());
        assertThat(vm.summaryProperty().get())
                .isEqualTo("共 1 笔；已审批和已支付 ¥0.00（冲销已扣除）；待审批 1 笔 ¥1,409.50");

        as("李主任", Role.ADMIN);
        choose(p);
        assertThat(vm.approveBlockedProperty().get()).isEmpty();
        assertThat(vm.mayApproveSelectedProperty().get()).isTrue();
        assertThat(vm.mayPaySelectedProperty().get()).isFalse();
        assertThat(vm.payBlockedProperty().get()).isEqualTo("只有“已审批”的款项可以支付，这笔是“已登记”");

        PaymentStepViewModel approve = vm.step(PaymentStepViewModel.Step.APPROVE, row(p, false));
        assertThat(approve.canSaveProperty().get()).isFalse();
        approve.approverNameProperty().set("李明");
        approve.approverPostProperty().set("街道党工委书记");
        approve.onProperty().set(office.today().plusDays(1));
        assertThat(approve.onMessageProperty().get()).isEqualTo("日期不能晚于今天");
        assertThat(approve.canSaveProperty().get()).isFalse();
        approve.onProperty().set(office.today());
        approve.save();
        assertThat(vm.stateText(vm.selectedProperty().get())).isEqualTo("已审批");
        assertThat(PaymentsViewModel.approverText(vm.selectedProperty().get()))
                .isEqualTo("李明（街道党工委书记）");
        assertThat(office.services.funds().balance(operating)).isEqualByComparingTo("1590.50");

        PaymentStepViewModel pay =
                vm.step(PaymentStepViewModel.Step.PAY, vm.selectedProperty().get());
        assertThat(pay.methodProperty().get()).isEqualTo(PaymentMethod.CASH);
        pay.onProperty().set(office.today().minusDays(1));
        assertThat(pay.onMessageProperty().get())
                .startsWith("支付日期 " + office.today().minusDays(1) + " 早于审批日期");
        pay.onProperty().set(office.today());
        pay.collectedByProperty().set("柳青之母");
        pay.save();
        Line paid = vm.selectedProperty().get();
        assertThat(paid.payment().state()).isEqualTo(PaymentState.PAID);
        assertThat(PaymentsViewModel.paidText(paid)).isEqualTo("现金，柳青之母代领");
        assertThat(vm.mayEditSelectedProperty().get()).isFalse();
        assertThat(vm.editBlockedProperty().get()).startsWith("已支付的款项不能修改");

        PaymentStepViewModel reverse = vm.step(PaymentStepViewModel.Step.REVERSE, paid);
        assertThat(reverse.missingProperty().get()).isEqualTo("请填写冲销日期和原因");
        reverse.reasonProperty().set("重复发放");
        reverse.save();
        assertThat(vm.noticeProperty().get().text())
                .isEqualTo("款项 " + paid.code() + " 已冲销：柳青，¥1,409.50；原款保留，经费余额退回");
        Line reversal = row(p, true);
        assertThat(reversal.signedAmount()).isEqualByComparingTo("-1409.50");
        assertThat(vm.stateText(reversal)).isEqualTo("冲销");
        assertThat(vm.stateText(row(p, false))).isEqualTo("已支付（已冲销）");
        choose(p);
        assertThat(vm.mayReverseSelectedProperty().get()).isFalse();
        assertThat(vm.reverseBlockedProperty().get()).isEqualTo("这笔款项已经冲销过");
        assertThat(vm.summaryProperty().get())
                .isEqualTo("共 1 笔；已审批和已支付 ¥0.00（冲销已扣除）；待审批 0 笔 ¥0.00");
        assertThat(office.services.funds().balance(operating)).isEqualByComparingTo("3000");
    }

    @Test
    void theAccountThatRecordedAPaymentCannotApproveIt() {
        as("李主任", Role.ADMIN);
        UUID p = record(PaymentKind.SOLICITUDE, "500", partyFees, null);
        vm.reload();
        choose(p);
        assertThat(vm.mayApproveSelectedProperty().get()).isFalse();
        assertThat(vm.approveBlockedProperty().get()).isEqualTo("登记这笔款项的人不能审批它（经办与审批须为两人）");
        assertThat(vm.mayEditSelectedProperty().get())
                .as("the recorder may still change it")
                .isTrue();

        as("张书记", Role.ADMIN);
        choose(p);
        assertThat(vm.mayApproveSelectedProperty().get()).isTrue();
    }

    @Test
    void anUnpaidPaymentIsChangedThroughItsFormAndAnApprovedOneGoesBackToRecorded() {
        UUID p = record(PaymentKind.LIVING_SUBSIDY, "1000", operating, null);
        as("李主任", Role.ADMIN);
        office.services.payments().approve(p, "李明", "书记", office.today());
        as("王芳", Role.CLERK);
        choose(p);
        PaymentFormViewModel f = vm.edit(vm.selectedProperty().get());
        assertThat(f.isEdit()).isTrue();
        assertThat(f.amount().textProperty().get()).isEqualTo("1000.00");
        f.amount().textProperty().set("3000");
        assertThat(f.amountMessageProperty().get())
                .as("its own 1000 counts back: 3000 fits")
                .isEmpty();
        f.amount().textProperty().set("3000.01");
        assertThat(f.amountMessageProperty().get()).contains("余额不足：当前余额 ¥3,000.00");
        f.amount().textProperty().set("900");
        f.save();
        assertThat(vm.selectedProperty().get().payment().state()).isEqualTo(PaymentState.RECORDED);
        assertThat(vm.selectedProperty().get().payment().amount().figures()).isEqualTo("900.00");
    }

    @Test
    void theListIsFilteredByKindFundStateAndMonth() {
        UUID jan = record(PaymentKind.LIVING_SUBSIDY, "100", operating, LocalDate.of(2026, 1, 1));
        UUID feb = record(PaymentKind.SOLICITUDE, "200", partyFees, LocalDate.of(2026, 2, 1));
        vm.reload();
        assertThat(vm.months()).containsExactly(YearMonth.of(2026, 2), YearMonth.of(2026, 1));
        assertThat(PaymentsViewModel.monthText(YearMonth.of(2026, 2))).isEqualTo("2026年2月");
        vm.monthProperty().set(YearMonth.of(2026, 1));
        assertThat(vm.rows()).extracting(l -> l.payment().id()).containsExactly(jan);
        vm.monthProperty().set(null);
        vm.kindProperty().set(PaymentKind.SOLICITUDE);
        assertThat(vm.rows()).extracting(l -> l.payment().id()).containsExactly(feb);
        vm.kindProperty().set(null);
        vm.fundProperty()
                .set(
                        vm.fundChoices().stream()
                                .filter(f -> f.id().equals(operating))
                                .findFirst()
                                .orElseThrow());
        assertThat(vm.rows()).extracting(l -> l.payment().id()).containsExactly(jan);
        vm.fundProperty().set(null);
        vm.stateProperty().set(PaymentState.PAID);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.placeholderProperty().get()).isEqualTo("没有符合筛选条件的款项");
    }

    @Test
    void aSupervisorReadsThePaymentsAndTakesNoStep() {
        UUID p = record(PaymentKind.LIVING_SUBSIDY, "100", operating, null);
        as("督查员", Role.SUPERVISOR);
        choose(p);
        assertThat(vm.mayEdit()).isFalse();
        assertThat(vm.mayEditSelectedProperty().get()).isFalse();
        assertThat(vm.mayApproveSelectedProperty().get()).isFalse();
        assertThat(PaymentsViewModel.recipientText(vm.selectedProperty().get()))
                .isEqualTo("柳青（人员）");
    }
}
