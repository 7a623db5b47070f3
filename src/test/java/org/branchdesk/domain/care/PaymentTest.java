package org.branchdesk.domain.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.common.ValidationError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PaymentTest {
    static final UUID FUND = UUID.randomUUID();
    static final UUID CLERK = UUID.randomUUID();
    static final UUID SUPERVISOR = UUID.randomUUID();
    static final LocalDate FEB_10 = LocalDate.of(2020, 2, 10);
    static final Payment.Recipient WANG =
            new Payment.Recipient(RecipientKind.MEMBER, UUID.randomUUID(), "王建国");

    static Payment recorded() {
        return Payment.record(
                UUID.randomUUID(),
                PaymentKind.LIVING_SUBSIDY,
                WANG,
                Yuan.parse("1409.50"),
                LocalDate.of(2020, 2, 1),
                LocalDate.of(2020, 2, 29),
                "2020年2月生活补贴",
                FUND,
                CLERK);
    }

    static Payment in(PaymentState state) {
        Payment p = recorded();
        return switch (state) {
            case RECORDED -> p;
            case APPROVED -> p.approved("李明", "街道党工委书记", FEB_10, SUPERVISOR);
            case PAID ->
                    p.approved("李明", "街道党工委书记", FEB_10, SUPERVISOR)
                            .paid(FEB_10.plusDays(1), PaymentMethod.BANK_TRANSFER, null);
            case CANCELLED -> p.cancelled();
        };
    }

    static Payment edit(Payment p) {
        return p.edited(
                p.kind(),
                p.recipient(),
                Yuan.parse("1500"),
                p.periodFrom(),
                p.periodTo(),
                p.reason(),
                p.fundId());
    }

    @Test
    void aNewPaymentIsRecordedAndCountsNowhereYet() {
        Payment p = recorded();
        assertThat(p.state()).isEqualTo(PaymentState.RECORDED);
        assertThat(p.state().countsAgainstFund()).isFalse();
        assertThat(p.approval()).isNull();
        assertThat(p.paid()).isNull();
    }

    @ParameterizedTest(name = "{0} counts against the fund: {1}")
    @CsvSource({"RECORDED,false", "APPROVED,true", "PAID,true", "CANCELLED,false"})
    void approvedAndPaidPaymentsCountAgainstTheFund(PaymentState state, boolean counts) {
        assertThat(state.countsAgainstFund()).isEqualTo(counts);
    }

    @ParameterizedTest(name = "{0}: edit {1}, approve {2}, pay {3}, cancel {4}, reverse {5}")
    @CsvSource({
        "RECORDED,true,true,false,true,false",
        "APPROVED,true,false,true,true,false",
        "PAID,false,false,false,false,true",
        "CANCELLED,false,false,false,false,false"
    })
    void eachStateAllowsItsMovesOnly(
            PaymentState state,
            boolean edit,
            boolean approve,
            boolean pay,
            boolean cancel,
            boolean reverse) {
        assertThat(PaymentRules.editable(state)).isEqualTo(edit);
        assertThat(PaymentRules.approvable(state)).isEqualTo(approve);
        assertThat(PaymentRules.payable(state)).isEqualTo(pay);
        assertThat(PaymentRules.cancellable(state)).isEqualTo(cancel);
        assertThat(PaymentRules.reversible(state)).isEqualTo(reverse);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PaymentState.class)
    void eachMoveOutOfTurnIsRefusedNamingTheState(PaymentState state) {
        Payment p = in(state);
        if (!PaymentRules.editable(state)) {
            assertThatThrownBy(() -> edit(p)).isInstanceOf(ValidationError.class);
        }
        if (!PaymentRules.approvable(state)) {
            assertThatThrownBy(() -> p.approved("李明", "书记", FEB_10, SUPERVISOR))
                    .hasMessageStartingWith("状态：只有“已登记”的款项可以审批");
        }
        if (!PaymentRules.payable(state)) {
            assertThatThrownBy(() -> p.paid(FEB_10, PaymentMethod.CASH, null))
                    .hasMessageStartingWith("状态：只有“已审批”的款项可以支付");
        }
        if (!PaymentRules.cancellable(state)) {
            assertThatThrownBy(p::cancelled).isInstanceOf(ValidationError.class);
        }
        if (!PaymentRules.reversible(state)) {
            assertThatThrownBy(
                            () ->
                                    p.reversal(
                                            UUID.randomUUID(),
                                            p.amount(),
                                            FEB_10.plusDays(5),
                                            "重复发放",
                                            CLERK,
                                            List.of()))
                    .hasMessageStartingWith("状态：只有“已支付”的款项需要冲销");
        }
    }

    @Test
    void aPaidPaymentIsNeverEditedOrCancelled() {
        Payment paid = in(PaymentState.PAID);
        String message = "状态：已支付的款项不能修改、作废或删除；如有差错，请另记一笔冲销（金额与原款相同）";
        assertThatThrownBy(() -> edit(paid))
                .isInstanceOfSatisfying(
                        ValidationError.class, e -> assertThat(e.getMessage()).isEqualTo(message));
        assertThatThrownBy(paid::cancelled).hasMessage(message);
        assertThatThrownBy(() -> edit(in(PaymentState.CANCELLED))).hasMessage("状态：已作废的款项不能再修改");
    }

    @Test
    void whoRecordedAPaymentMayNotApproveIt() {
        assertThat(PaymentRules.fourEyes(CLERK, CLERK)).isFalse();
        assertThat(PaymentRules.fourEyes(CLERK, SUPERVISOR)).isTrue();
        assertThat(PaymentRules.fourEyes(CLERK, null)).isFalse();
        assertThatThrownBy(() -> recorded().approved("李明", "街道党工委书记", FEB_10, CLERK))
                .hasMessage("审批：登记这笔款项的人不能审批它（经办与审批须为两人）");
    }

    @Test
    void anApprovalNamesThePersonByNameAndPost() {
        Payment approved = recorded().approved(" 李明 ", "街道党工委书记", FEB_10, SUPERVISOR);
        assertThat(approved.state()).isEqualTo(PaymentState.APPROVED);
        assertThat(approved.approval())
                .isEqualTo(new Payment.Approval("李明", "街道党工委书记", FEB_10, SUPERVISOR));
        assertThatThrownBy(() -> recorded().approved("", "书记", FEB_10, SUPERVISOR))
                .hasMessage("审批人：不能为空");
        assertThatThrownBy(() -> recorded().approved("李明", null, FEB_10, SUPERVISOR))
                .hasMessage("审批人职务：不能为空");
        assertThatThrownBy(() -> recorded().approved("李明", "书记", null, SUPERVISOR))
                .hasMessage("审批日期：不能为空");
    }

    @Test
    void editingAnApprovedPaymentSendsItBackForApproval() {
        Payment changed = edit(in(PaymentState.APPROVED));
        assertThat(changed.state()).isEqualTo(PaymentState.RECORDED);
        assertThat(changed.approval()).isNull();
        assertThat(changed.amount()).isEqualTo(Yuan.parse("1500"));
        assertThat(changed.recordedBy()).isEqualTo(CLERK);
    }

    @ParameterizedTest(name = "approved {0}, paid {1}: {2}")
    @CsvSource({
        "2020-02-10,2020-02-10,true",
        "2020-02-10,2020-02-11,true",
        "2020-02-10,2020-02-09,false"
    })
    void moneyGoesOutOnOrAfterTheApproval(LocalDate approvedOn, LocalDate paidOn, boolean ok) {
        assertThat(PaymentRules.paidAfterApproval(approvedOn, paidOn)).isEqualTo(ok);
    }

    @Test
    void aPaymentRecordsHowAndToWhomItWasPaid() {
        Payment approved = in(PaymentState.APPROVED);
        Payment paid = approved.paid(FEB_10, PaymentMethod.CASH, " 王小红 ");
        assertThat(paid.state()).isEqualTo(PaymentState.PAID);
        assertThat(paid.paid()).isEqualTo(new Payment.Paid(FEB_10, PaymentMethod.CASH, "王小红"));
        assertThat(paid.approval()).isEqualTo(approved.approval());
        assertThat(approved.paid(FEB_10, PaymentMethod.CASH, "").paid().collectedBy()).isNull();
        assertThatThrownBy(() -> approved.paid(FEB_10.minusDays(1), PaymentMethod.CASH, null))
                .hasMessage("支付日期：支付日期 2020-02-09 早于审批日期 2020-02-10");
        assertThatThrownBy(() -> approved.paid(FEB_10, null, null)).hasMessage("支付方式：不能为空");
        assertThatThrownBy(() -> approved.paid(null, PaymentMethod.CASH, null))
                .hasMessage("支付日期：不能为空");
    }

    @Test
    void aReversalPointsToThePaidPaymentWithTheSameAmount() {
        Payment paid = in(PaymentState.PAID);
        Reversal r =
                paid.reversal(
                        UUID.randomUUID(),
                        Yuan.parse("1409.50"),
                        LocalDate.of(2020, 3, 2),
                        "重复发放",
                        CLERK,
                        List.of());
        assertThat(r.paymentId()).isEqualTo(paid.id());
        assertThat(r.amount()).isEqualTo(paid.amount());
        assertThat(r.signedAmount()).isEqualByComparingTo("-1409.50");
        assertThat(Yuan.withSign(r.signedAmount())).isEqualTo("-¥1,409.50");

        assertThatThrownBy(
                        () ->
                                paid.reversal(
                                        UUID.randomUUID(),
                                        Yuan.parse("1400"),
                                        LocalDate.of(2020, 3, 2),
                                        "重复发放",
                                        CLERK,
                                        List.of()))
                .hasMessage("冲销金额：冲销金额须与原款相同：¥1,409.50");
        assertThatThrownBy(
                        () ->
                                paid.reversal(
                                        UUID.randomUUID(),
                                        paid.amount(),
                                        LocalDate.of(2020, 3, 3),
                                        "重复发放",
                                        CLERK,
                                        List.of(r)))
                .hasMessage("冲销的款项：这笔款项已于 2020-03-02 冲销过");
        assertThatThrownBy(
                        () ->
                                paid.reversal(
                                        UUID.randomUUID(),
                                        paid.amount(),
                                        FEB_10,
                                        "重复发放",
                                        CLERK,
                                        List.of()))
                .hasMessage("冲销日期：冲销日期早于支付日期 2020-02-11");
        assertThatThrownBy(
                        () ->
                                paid.reversal(
                                        UUID.randomUUID(),
                                        paid.amount(),
                                        LocalDate.of(2020, 3, 2),
                                        " ",
                                        CLERK,
                                        List.of()))
                .hasMessage("冲销原因：不能为空");
        assertThat(paid.state()).isEqualTo(PaymentState.PAID);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "kind|支出类别：不能为空",
                "recipient|领取对象：不能为空",
                "amount|金额：不能为空",
                "period|期间截止日期：截止日期早于起始日期",
                "reason|事由：不能为空",
                "longReason|事由：不能超过 200 个字",
                "fund|经费：不能为空"
            })
    void aPaymentIsCheckedWhenRecorded(String missing, String message) {
        assertThatThrownBy(
                        () ->
                                Payment.record(
                                        UUID.randomUUID(),
                                        missing.equals("kind") ? null : PaymentKind.SOLICITUDE,
                                        missing.equals("recipient")
                                                ? new Payment.Recipient(
                                                        RecipientKind.PERSON, null, " ")
                                                : WANG,
                                        missing.equals("amount") ? null : Yuan.parse("500"),
                                        LocalDate.of(2020, 2, 1),
                                        missing.equals("period")
                                                ? LocalDate.of(2020, 1, 31)
                                                : LocalDate.of(2020, 2, 1),
                                        switch (missing) {
                                            case "reason" -> "";
                                            case "longReason" -> "慰".repeat(201);
                                            default -> "慰问";
                                        },
                                        missing.equals("fund") ? null : FUND,
                                        CLERK))
                .isInstanceOfSatisfying(
                        ValidationError.class, e -> assertThat(e.getMessage()).isEqualTo(message));
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
        ",,true",
        "2020-02-01,,true",
        ",2020-02-29,true",
        "2020-02-01,2020-02-01,true",
        "2020-02-01,2020-02-29,true",
        "2020-02-29,2020-02-01,false"
    })
    void aPeriodRunsForward(LocalDate from, LocalDate to, boolean ok) {
        assertThat(PaymentRules.periodInOrder(from, to)).isEqualTo(ok);
    }

    @ParameterizedTest(name = "{0} = {1} × {2}: {3}")
    @CsvSource({
        "240.00,80,3,true",
        "1409.50,1409.50,1,true",
        "240.01,80,3,false",
        "80,80,0,false",
        "160,80,-2,false"
    })
    void anAmountWorkedOutFromAStandardIsExactlyTheStandardTimesTheDays(
            String amount, String standard, int days, boolean ok) {
        assertThat(PaymentRules.basisMatches(Yuan.parse(amount), Yuan.parse(standard), days))
                .isEqualTo(ok);
    }

    @Test
    void aBatchPaymentKeepsItsBatchAndBasisThroughApprovalAndAnEditOfTheAmountDropsTheBasis() {
        UUID batch = UUID.randomUUID();
        Payment p = recorded().withBasis(batch, Yuan.parse("1409.50"), 1);
        Payment paid =
                p.approved("李明", "街道党工委书记", FEB_10, SUPERVISOR)
                        .paid(FEB_10, PaymentMethod.CASH, "王建国之妻");
        assertThat(paid.batchId()).isEqualTo(batch);
        assertThat(paid.rate()).isEqualTo(Yuan.parse("1409.50"));
        assertThat(paid.days()).isEqualTo(1);
        Payment changed = edit(p);
        assertThat(changed.batchId()).isEqualTo(batch);
        assertThat(changed.rate()).isNull();
        assertThat(changed.days()).isNull();
        assertThatThrownBy(() -> recorded().withBasis(null, Yuan.parse("1000"), 1))
                .isInstanceOfSatisfying(
                        ValidationError.class,
                        e ->
                                assertThat(e.getMessage())
                                        .isEqualTo("金额：1,409.50 不等于标准 1,000.00 × 1"));
    }
}
