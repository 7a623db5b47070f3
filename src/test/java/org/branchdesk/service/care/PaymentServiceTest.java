package org.branchdesk.service.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.care.FundSource;
import org.branchdesk.domain.care.Payment;
import org.branchdesk.domain.care.PaymentKind;
import org.branchdesk.domain.care.PaymentMethod;
import org.branchdesk.domain.care.PaymentState;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.service.Services;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.duty.PeopleService;
import org.branchdesk.store.FxThreadGuard;
import org.branchdesk.store.Store;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Funds and payments against a real office: balances from allocations, payments and reversals; the
 * domain's fund rules and four eyes; a paid payment corrected only by a reversal; every refusal
 * leaves the registers as they were.
 */
class PaymentServiceTest {
    static final LocalDate JAN = LocalDate.of(2026, 1, 5);

    @TempDir Path dir;
    Services s;
    UUID partyFees;
    UUID operating;
    Person worker;

    @BeforeEach
    void open() {
        s = TestOffice.initialized(dir);
        partyFees = s.funds().add("2026年上级下拨党费专项", FundSource.SPECIAL_PARTY_FEES).id();
        operating = s.funds().add("社区工作经费", FundSource.COMMUNITY_OPERATING).id();
        s.funds().allocate(partyFees, Yuan.parse("5000"), JAN, "明组通〔2026〕1号");
        s.funds().allocate(operating, Yuan.parse("3,000.00"), JAN, "青槐街〔2026〕2号");
        worker =
                s.people()
                        .add(
                                new PeopleService.NewPerson(
                                        "柳青", null, null, PersonKind.COMMUNITY_WORKER, null));
    }

    @AfterEach
    void close() {
        s.close();
    }

    /** The same office opened as another account. */
    Services as(String name, Role role) {
        s.close();
        s =
                Services.of(
                        Store.open(
                                dir, Clock.systemUTC(), FxThreadGuard.NONE, TestOffice.keyOf(dir)),
                        new Actor(name, role));
        return s;
    }

    PaymentService.NewPayment payment(PaymentKind kind, String amount, UUID fund) {
        return new PaymentService.NewPayment(
                kind,
                RecipientKind.PERSON,
                worker.id(),
                Yuan.parse(amount),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31),
                "一月份",
                fund);
    }

    BigDecimal balance(UUID fund) {
        return s.funds().balance(fund);
    }

    @Test
    void aFundsBalanceIsItsAllocationsLessApprovedAndPaidPaymentsPlusReversals() {
        as("王芳", Role.CLERK);
        Payment p = s.payments().record(payment(PaymentKind.SOLICITUDE, "1409.50", partyFees));
        assertThat(p.recipient().name()).isEqualTo("柳青");
        assertThat(balance(partyFees)).as("recorded, not yet counted").isEqualByComparingTo("5000");

        as("李主任", Role.ADMIN);
        s.payments().approve(p.id(), "李明", "街道党工委书记", JAN);
        assertThat(balance(partyFees)).isEqualByComparingTo("3590.50");
        Payment paid = s.payments().pay(p.id(), JAN, PaymentMethod.CASH, "柳青之母");
        assertThat(paid.state()).isEqualTo(PaymentState.PAID);
        assertThat(balance(partyFees)).isEqualByComparingTo("3590.50");

        s.payments().reverse(p.id(), JAN.plusDays(1), "重复发放");
        assertThat(balance(partyFees))
                .as("the reversal gives it back")
                .isEqualByComparingTo("5000");
        assertThat(s.payments().lines())
                .extracting(PaymentService.Line::signedAmount)
                .containsExactly(new BigDecimal("1409.50"), new BigDecimal("-1409.50"));
        assertThat(s.funds().lines())
                .filteredOn(l -> l.fund().id().equals(partyFees))
                .singleElement()
                .satisfies(l -> assertThat(l.allocated()).isEqualByComparingTo("5000"));
        Map<String, Integer> counts = s.stats().counts();
        assertThat(counts).containsEntry("funds", 2).containsEntry("fund_allocations", 2);
        assertThat(counts).as("the payment and its reversal").containsEntry("payments", 2);
        assertThatThrownBy(() -> s.payments().reverse(p.id(), JAN.plusDays(2), "再冲"))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e -> assertThat(e.key()).isEqualTo("rule.payment.reversedAlready"));
    }

    @Test
    void theAccountThatRecordedAPaymentCannotApproveIt() {
        Payment p = s.payments().record(payment(PaymentKind.SOLICITUDE, "100", partyFees));
        assertThatThrownBy(() -> s.payments().approve(p.id(), "李明", "书记", JAN))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e -> assertThat(e.getMessage()).contains("登记这笔款项的人不能审批它"));
        assertThat(s.payments().lines().get(0).payment().state()).isEqualTo(PaymentState.RECORDED);
    }

    @Test
    void aClerkRecordsButOnlyAnAdministratorApprovesOrPays() {
        as("王芳", Role.CLERK);
        Payment p = s.payments().record(payment(PaymentKind.SOLICITUDE, "100", partyFees));
        assertThatThrownBy(() -> s.payments().approve(p.id(), "李明", "书记", JAN))
                .isInstanceOfSatisfying(
                        UserError.class, e -> assertThat(e.getMessage()).contains("审批和支付款项"));
        as("督查组", Role.SUPERVISOR);
        assertThat(s.payments().lines()).hasSize(1);
        assertThat(s.funds().lines()).hasSize(2);
        assertThatThrownBy(
                        () -> s.payments().record(payment(PaymentKind.SOLICITUDE, "1", partyFees)))
                .isInstanceOf(UserError.class);
    }

    @Test
    void partyFeesNeverPayALivingSubsidyAndNoFundIsOverdrawnEachRefusalChangingNothing() {
        Map<String, Integer> before = s.stats().counts();
        assertThatThrownBy(
                        () ->
                                s.payments()
                                        .record(
                                                payment(
                                                        PaymentKind.LIVING_SUBSIDY,
                                                        "800",
                                                        partyFees)))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e -> assertThat(e.getMessage()).contains("不能支付生活补贴").contains("¥5,000.00"));
        assertThatThrownBy(
                        () ->
                                s.payments()
                                        .record(
                                                payment(
                                                        PaymentKind.LIVING_SUBSIDY,
                                                        "3000.01",
                                                        operating)))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e ->
                                assertThat(e.getMessage())
                                        .contains("余额不足")
                                        .contains("¥3,000.00")
                                        .contains("¥0.01"));
        assertThat(s.stats().counts()).isEqualTo(before);
    }

    @Test
    void anApprovalIsRefusedWhenOtherApprovalsHaveSinceSpentTheFund() {
        as("王芳", Role.CLERK);
        Payment a = s.payments().record(payment(PaymentKind.LIVING_SUBSIDY, "2000", operating));
        Payment b = s.payments().record(payment(PaymentKind.LIVING_SUBSIDY, "2000", operating));
        as("李主任", Role.ADMIN);
        s.payments().approve(a.id(), "李明", "书记", JAN);
        assertThatThrownBy(() -> s.payments().approve(b.id(), "李明", "书记", JAN))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e -> assertThat(e.key()).isEqualTo("rule.fund.overdraft"));
        assertThat(balance(operating)).isEqualByComparingTo("1000");
    }

    @Test
    void aPaidPaymentIsNeverEditedOnlyReversedWhileARecordedOneIsChanged() {
        as("王芳", Role.CLERK);
        Payment p = s.payments().record(payment(PaymentKind.LIVING_SUBSIDY, "800", operating));
        assertThat(s.payments().edit(p.id(), Yuan.parse("850"), null).amount())
                .isEqualTo(Yuan.parse("850"));
        as("李主任", Role.ADMIN);
        s.payments().approve(p.id(), "李明", "书记", JAN);
        s.payments().pay(p.id(), JAN, PaymentMethod.BANK_TRANSFER, null);
        as("王芳", Role.CLERK);
        assertThatThrownBy(() -> s.payments().edit(p.id(), Yuan.parse("900"), null))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e -> assertThat(e.getMessage()).contains("已支付的款项不能修改"));
        assertThat(s.payments().lines().get(0).payment().amount()).isEqualTo(Yuan.parse("850"));
    }

    @Test
    void aFundNameIsTakenOnceAndAnAllocationIsNotDatedAfterToday() {
        assertThatThrownBy(() -> s.funds().add("社区工作经费", FundSource.FISCAL))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e -> assertThat(e.key()).isEqualTo("rule.fund.duplicate"));
        assertThatThrownBy(
                        () ->
                                s.funds()
                                        .allocate(
                                                operating,
                                                Yuan.parse("1"),
                                                s.office().today().plusDays(1),
                                                "文"))
                .isInstanceOf(ValidationError.class);
        assertThat(s.stats().counts())
                .containsEntry("funds", 2)
                .containsEntry("fund_allocations", 2);
    }

    @Test
    void aSinglePaymentKeepsTheStandardAndDaysItWasWorkedOutFromAndNoBatch() {
        Payment plain = s.payments().record(payment(PaymentKind.SOLICITUDE, "100", partyFees));
        Payment worked =
                s.payments()
                        .record(
                                new PaymentService.NewPayment(
                                        PaymentKind.WORK_ALLOWANCE,
                                        RecipientKind.PERSON,
                                        worker.id(),
                                        Yuan.parse("240"),
                                        LocalDate.of(2026, 1, 1),
                                        LocalDate.of(2026, 1, 31),
                                        "一月份值守",
                                        operating,
                                        Yuan.parse("80"),
                                        3));
        assertThat(s.payments().lines())
                .extracting(PaymentService.Line::payment)
                .extracting(Payment::id, Payment::batchId, Payment::rate, Payment::days)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(plain.id(), null, null, null),
                        org.assertj.core.groups.Tuple.tuple(
                                worked.id(), null, Yuan.parse("80"), 3));
        Map<String, Integer> before = s.stats().counts();
        assertThatThrownBy(
                        () ->
                                s.payments()
                                        .record(
                                                new PaymentService.NewPayment(
                                                        PaymentKind.WORK_ALLOWANCE,
                                                        RecipientKind.PERSON,
                                                        worker.id(),
                                                        Yuan.parse("250"),
                                                        null,
                                                        null,
                                                        "值守",
                                                        operating,
                                                        Yuan.parse("80"),
                                                        3)))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e -> assertThat(e.key()).isEqualTo("rule.payment.basisMismatch"));
        assertThat(s.stats().counts()).isEqualTo(before).containsEntry("payment_batches", 0);
    }
}
