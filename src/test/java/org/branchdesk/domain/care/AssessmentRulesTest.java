package org.branchdesk.domain.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.common.ValidationError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssessmentRulesTest {
    static final UUID QINGHUAI = UUID.randomUUID();

    static Assessment assessment(
            UUID community, int year, String score, AssessmentGrade grade, UUID payment) {
        return new Assessment(
                UUID.randomUUID(), community, year, new BigDecimal(score), grade, payment);
    }

    static Payment payment(PaymentKind kind) {
        return Payment.record(
                UUID.randomUUID(),
                kind,
                new Payment.Recipient(RecipientKind.ORGANIZATION, UUID.randomUUID(), "青槐社区党委"),
                Yuan.parse("2000"),
                null,
                null,
                "2020年度绩效奖励",
                UUID.randomUUID(),
                UUID.randomUUID());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "0,true",
        "100,true",
        "100.0,true",
        "92.5,true",
        "92.50,true",
        "92.55,false",
        "100.1,false",
        "-0.5,false",
        "101,false"
    })
    void aScoreIsFromNoneToAHundredWithOneDecimal(String score, boolean valid) {
        assertThat(AssessmentRules.validScore(new BigDecimal(score))).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0} in 2026: {1}")
    @CsvSource({"1999,false", "2000,true", "2020,true", "2026,true", "2027,false"})
    void aYearIsAssessedOnceItHasBegun(int year, boolean valid) {
        assertThat(AssessmentRules.validYear(year, 2026)).isEqualTo(valid);
    }

    @Test
    void aCommunityIsAssessedOncePerYear() {
        List<Assessment> existing =
                List.of(assessment(QINGHUAI, 2020, "95", AssessmentGrade.EXCELLENT, null));
        assertThat(AssessmentRules.oncePerYear(existing, QINGHUAI, 2020)).isFalse();
        assertThat(AssessmentRules.oncePerYear(existing, QINGHUAI, 2021)).isTrue();
        assertThat(AssessmentRules.oncePerYear(existing, UUID.randomUUID(), 2020)).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"PERFORMANCE_REWARD,true", "COMMENDATION_REWARD,false", "LIVING_SUBSIDY,false"})
    void theRewardThatFollowsIsAPerformanceReward(PaymentKind kind, boolean fits) {
        assertThat(AssessmentRules.rewardFits(payment(kind))).isEqualTo(fits);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"EXCELLENT,true", "GOOD,true", "PASS,true", "FAIL,false"})
    void aFailedCommunityEarnsNoPerformanceReward(AssessmentGrade grade, boolean earned) {
        assertThat(AssessmentRules.rewardEarned(grade)).isEqualTo(earned);
    }

    @Test
    void aPaymentRewardsOneAssessmentOnly() {
        UUID p = UUID.randomUUID();
        List<Assessment> all =
                List.of(assessment(QINGHUAI, 2020, "95", AssessmentGrade.EXCELLENT, p));
        assertThat(AssessmentRules.paymentUnused(all, p)).isFalse();
        assertThat(AssessmentRules.paymentUnused(all, null)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2030,90,GOOD,,field.assessment.year",
        "2020,90.25,GOOD,,field.assessment.score",
        "2019,90,GOOD,,field.assessment.year",
        "2021,90,GOOD,COMMENDATION_REWARD,field.assessment.payment",
        "2021,55,FAIL,PERFORMANCE_REWARD,field.assessment.payment"
    })
    void anAssessmentTheRulesRefuseNamesTheField(
            int year, String score, AssessmentGrade grade, PaymentKind kind, String field) {
        Payment p = kind == null ? null : payment(kind);
        List<Assessment> existing =
                List.of(assessment(QINGHUAI, 2019, "88", AssessmentGrade.GOOD, null));
        assertThatThrownBy(
                        () ->
                                AssessmentRules.check(
                                        assessment(
                                                QINGHUAI,
                                                year,
                                                score,
                                                grade,
                                                p == null ? null : p.id()),
                                        2026,
                                        "青槐社区",
                                        p,
                                        existing))
                .isInstanceOf(ValidationError.class)
                .extracting(e -> ((ValidationError) e).field())
                .isEqualTo(field);
    }
}
