package org.branchdesk.domain.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.common.ValidationError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FundRulesTest {
    static final UUID FUND = UUID.randomUUID();
    static final UUID CLERK = UUID.randomUUID();
    static final UUID SUPERVISOR = UUID.randomUUID();
    static final Fund PARTY_FEES = new Fund(FUND, "2020年上级下拨党费专项", FundSource.SPECIAL_PARTY_FEES);
    static final Fund OPERATING = new Fund(FUND, "社区工作经费", FundSource.COMMUNITY_OPERATING);

    @ParameterizedTest(name = "party fees pay {0}: {1}")
    @CsvSource({
        "SOLICITUDE,true",
        "COMMENDATION_REWARD,true",
        "LIVING_SUBSIDY,false",
        "WORK_ALLOWANCE,false",
        "PERFORMANCE_REWARD,false",
        "OTHER,false"
    })
    void partyFeesPaySolicitudeAndCommendationsOnly(PaymentKind kind, boolean allowed) {
        assertThat(FundRules.mayPay(FundSource.SPECIAL_PARTY_FEES, kind)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = FundSource.class,
            names = "SPECIAL_PARTY_FEES",
            mode = EnumSource.Mode.EXCLUDE)
    void everyOtherSourcePaysEveryKind(FundSource source) {
        for (PaymentKind kind : PaymentKind.values()) {
            assertThat(FundRules.mayPay(source, kind)).as(kind.name()).isTrue();
        }
        assertThat(FundRules.payableBy(source)).containsExactly(PaymentKind.values());
    }

    @Test
    void aFormOffersPartyFeesOnlyWhatTheyPay() {
        assertThat(FundRules.payableBy(FundSource.SPECIAL_PARTY_FEES))
                .containsExactly(PaymentKind.SOLICITUDE, PaymentKind.COMMENDATION_REWARD);
    }

    @ParameterizedTest(name = "{0} {1} to a {2}: {3}")
    @CsvSource({
        "SPECIAL_PARTY_FEES,COMMENDATION_REWARD,MEMBER,true",
        "SPECIAL_PARTY_FEES,COMMENDATION_REWARD,ORGANIZATION,true",
        "SPECIAL_PARTY_FEES,COMMENDATION_REWARD,PERSON,false",
        "SPECIAL_PARTY_FEES,SOLICITUDE,PERSON,true",
        "COMMUNITY_OPERATING,COMMENDATION_REWARD,PERSON,true",
        "FISCAL,COMMENDATION_REWARD,PERSON,true"
    })
    void partyFeesRewardOnlyMembersAndOrganizations(
            FundSource source, PaymentKind kind, RecipientKind recipient, boolean allowed) {
        assertThat(FundRules.mayReward(source, kind, recipient)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(FundSource.class)
    void everySourceMayBuyPreventionSupplies(FundSource source) {
        assertThat(FundRules.mayBuySupplies(source)).isTrue();
    }

    static Payment payment(String stateAndAmount) {
        String[] p = stateAndAmount.split(":");
        Payment recorded =
                Payment.record(
                        UUID.randomUUID(),
                        PaymentKind.SOLICITUDE,
                        new Payment.Recipient(RecipientKind.MEMBER, UUID.randomUUID(), "王建国"),
                        Yuan.parse(p[1]),
                        null,
                        null,
                        "疫情防控一线慰问",
                        FUND,
                        CLERK);
        LocalDate day = LocalDate.of(2020, 2, 10);
        return switch (PaymentState.valueOf(p[0])) {
            case RECORDED -> recorded;
            case APPROVED -> recorded.approved("李明", "街道党工委书记", day, SUPERVISOR);
            case PAID ->
                    recorded.approved("李明", "街道党工委书记", day, SUPERVISOR)
                            .paid(day, PaymentMethod.CASH, null);
            case CANCELLED -> recorded.cancelled();
        };
    }

    static List<String> words(String s) {
        return s.isBlank() ? List.of() : List.of(s.trim().split(" +"));
    }

    @ParameterizedTest(name = "allocations [{0}], payments [{1}], reversals [{2}]: {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "||| 0.00",
                "10000|| |10000.00",
                "10000 5000.50|||15000.50",
                "10000|RECORDED:500||10000.00",
                "10000|CANCELLED:500||10000.00",
                "10000|APPROVED:500||9500.00",
                "10000|PAID:1409.50||8590.50",
                "10000|APPROVED:500 PAID:1409.50 RECORDED:300 CANCELLED:20||8090.50",
                "10000|PAID:1409.50|1409.50|10000.00",
                "10000 5000|PAID:1409.50 PAID:100|1409.50|14900.00",
                "100|PAID:100||0.00",
                "100|PAID:100|100|100.00"
            })
    void aBalanceIsAllocationsLessApprovedAndPaidPaymentsPlusReversals(
            String allocations, String payments, String reversals, String balance) {
        List<Allocation> a = new ArrayList<>();
        for (String amount : words(allocations == null ? "" : allocations)) {
            a.add(
                    Allocation.of(
                            UUID.randomUUID(),
                            FUND,
                            Yuan.parse(amount),
                            LocalDate.of(2020, 2, 1),
                            "明组通〔2020〕5号"));
        }
        List<Payment> p = new ArrayList<>();
        for (String w : words(payments == null ? "" : payments)) {
            p.add(payment(w));
        }
        List<Reversal> r = new ArrayList<>();
        for (String amount : words(reversals == null ? "" : reversals)) {
            r.add(
                    new Reversal(
                            UUID.randomUUID(),
                            UUID.randomUUID(),
                            Yuan.parse(amount),
                            LocalDate.of(2020, 3, 1),
                            "重复发放",
                            CLERK));
        }
        assertThat(FundRules.balance(a, p, r)).isEqualByComparingTo(balance.trim());
    }

    @ParameterizedTest(name = "allocated {0}, balance {1}: running low {2}")
    @CsvSource({
        "5000.00,5000.00,false",
        "5000.00,1000.00,false",
        "5000.00,999.99,true",
        "5000.00,0.00,true",
        "5000.00,-100.00,true",
        "0.00,0.00,false"
    })
    void aFundRunsLowBelowAFifthOfItsAllocations(String allocated, String balance, boolean low) {
        assertThat(FundRules.runningLow(new BigDecimal(allocated), new BigDecimal(balance)))
                .isEqualTo(low);
    }

    @ParameterizedTest(name = "balance {0}, payment {1}: overdraws {2}")
    @CsvSource({
        "100.00,100.00,false",
        "100.00,100.01,true",
        "100.00,0.01,false",
        "0.00,0.01,true",
        "-5.00,0.01,true",
        "1409.50,1409.5,false"
    })
    void aPaymentMayNotTakeAFundBelowZero(String balance, String amount, boolean overdraws) {
        assertThat(FundRules.overdraws(new BigDecimal(balance), Yuan.parse(amount)))
                .isEqualTo(overdraws);
    }

    @ParameterizedTest(name = "{0} from {1} to a {2}, balance {4}: {5}")
    @CsvSource(
            delimiter = '|',
            value = {
                "LIVING_SUBSIDY|SPECIAL_PARTY_FEES|MEMBER|500|2000|经费：“2020年上级下拨党费专项”是上级下拨的党费，不能支付生活补贴：党费必须用于党的活动，只用于慰问、对党员和党组织的表彰奖励和防控物资，不发放生活补贴、工作补助或绩效奖励（中组部《关于中国共产党党费收缴、使用和管理的规定》）。该经费当前余额 ¥2,000.00",
                "WORK_ALLOWANCE|SPECIAL_PARTY_FEES|PERSON|50|2000|经费：“2020年上级下拨党费专项”是上级下拨的党费，不能支付临时工作补助：党费必须用于党的活动，只用于慰问、对党员和党组织的表彰奖励和防控物资，不发放生活补贴、工作补助或绩效奖励（中组部《关于中国共产党党费收缴、使用和管理的规定》）。该经费当前余额 ¥2,000.00",
                "PERFORMANCE_REWARD|SPECIAL_PARTY_FEES|ORGANIZATION|5000|20000|经费：“2020年上级下拨党费专项”是上级下拨的党费，不能支付绩效奖励：党费必须用于党的活动，只用于慰问、对党员和党组织的表彰奖励和防控物资，不发放生活补贴、工作补助或绩效奖励（中组部《关于中国共产党党费收缴、使用和管理的规定》）。该经费当前余额 ¥20,000.00",
                "COMMENDATION_REWARD|SPECIAL_PARTY_FEES|PERSON|500|2000|经费：“2020年上级下拨党费专项”是上级下拨的党费，表彰奖励只发给党员和党组织，赵小燕不是党员。该经费当前余额 ¥2,000.00",
                "SOLICITUDE|SPECIAL_PARTY_FEES|MEMBER|2000.01|2000|金额：“2020年上级下拨党费专项”余额不足：当前余额 ¥2,000.00，这笔 ¥2,000.01，超出 ¥0.01",
                "LIVING_SUBSIDY|COMMUNITY_OPERATING|MEMBER|1409.50|1000|金额：“社区工作经费”余额不足：当前余额 ¥1,000.00，这笔 ¥1,409.50，超出 ¥409.50",
                "LIVING_SUBSIDY|COMMUNITY_OPERATING|MEMBER|1409.50|0|金额：“社区工作经费”余额不足：当前余额 ¥0.00，这笔 ¥1,409.50，超出 ¥1,409.50"
            })
    void aPaymentTheFundMayNotMakeIsRefusedWithTheReasonAndTheBalance(
            PaymentKind kind,
            FundSource source,
            RecipientKind recipient,
            String amount,
            String balance,
            String message) {
        Fund fund = source == FundSource.SPECIAL_PARTY_FEES ? PARTY_FEES : OPERATING;
        assertThatThrownBy(
                        () ->
                                FundRules.checkPayment(
                                        fund,
                                        kind,
                                        recipient,
                                        "赵小燕",
                                        Yuan.parse(amount),
                                        new BigDecimal(balance)))
                .isInstanceOfSatisfying(
                        ValidationError.class, e -> assertThat(e.getMessage()).isEqualTo(message));
    }

    @ParameterizedTest(name = "{0} from {1} to a {2}")
    @CsvSource({
        "SOLICITUDE,SPECIAL_PARTY_FEES,MEMBER,2000",
        "SOLICITUDE,SPECIAL_PARTY_FEES,PERSON,1",
        "COMMENDATION_REWARD,SPECIAL_PARTY_FEES,MEMBER,500",
        "COMMENDATION_REWARD,SPECIAL_PARTY_FEES,ORGANIZATION,2000",
        "LIVING_SUBSIDY,COMMUNITY_OPERATING,MEMBER,2000",
        "PERFORMANCE_REWARD,COMMUNITY_OPERATING,ORGANIZATION,0.01"
    })
    void aPaymentTheFundMayMakeAndAffordPasses(
            PaymentKind kind, FundSource source, RecipientKind recipient, String amount) {
        Fund fund = source == FundSource.SPECIAL_PARTY_FEES ? PARTY_FEES : OPERATING;
        assertThatCode(
                        () ->
                                FundRules.checkPayment(
                                        fund,
                                        kind,
                                        recipient,
                                        "王建国",
                                        Yuan.parse(amount),
                                        new BigDecimal("2000.00")))
                .doesNotThrowAnyException();
    }

    @Test
    void fundsAndAllocationsAreCheckedWhenMade() {
        assertThatThrownBy(() -> Fund.of(UUID.randomUUID(), " ", FundSource.FISCAL))
                .hasMessage("经费名称：不能为空");
        assertThatThrownBy(() -> Fund.of(UUID.randomUUID(), "财政专项", null)).hasMessage("经费来源：不能为空");
        assertThat(Fund.of(UUID.randomUUID(), " 财政专项 ", FundSource.FISCAL).name())
                .isEqualTo("财政专项");
        assertThatThrownBy(
                        () ->
                                Allocation.of(
                                        UUID.randomUUID(),
                                        FUND,
                                        Yuan.parse("100"),
                                        LocalDate.of(2020, 2, 1),
                                        " "))
                .hasMessage("文号：不能为空");
        assertThatThrownBy(
                        () ->
                                Allocation.of(
                                        UUID.randomUUID(),
                                        FUND,
                                        null,
                                        LocalDate.of(2020, 2, 1),
                                        "明组通〔2020〕5号"))
                .hasMessage("下拨金额：不能为空");
        assertThatThrownBy(
                        () ->
                                Allocation.of(
                                        UUID.randomUUID(),
                                        FUND,
                                        Yuan.parse("100"),
                                        null,
                                        "明组通〔2020〕5号"))
                .hasMessage("下拨日期：不能为空");
    }
}
