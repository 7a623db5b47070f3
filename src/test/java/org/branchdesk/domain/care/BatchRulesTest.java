package org.branchdesk.domain.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.branchdesk.domain.duty.Attendance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BatchRulesTest {
    @ParameterizedTest(name = "{0}, as the substitute {1}: served {2}")
    @CsvSource({
        "PRESENT,false,true",
        "ABSENT,false,false",
        "SUBSTITUTED,false,false",
        "SUBSTITUTED,true,true",
        "PRESENT,true,false",
        ",false,false"
    })
    void aShiftCountsForWhoeverActuallyServedIt(
            Attendance attendance, boolean asSubstitute, boolean served) {
        assertThat(BatchRules.served(attendance, asSubstitute)).isEqualTo(served);
    }

    static List<LocalDate> days(String s) {
        return s == null ? List.of() : Arrays.stream(s.split(" ")).map(LocalDate::parse).toList();
    }

    @ParameterizedTest(name = "[{0}] from {1} to {2}: {3} days")
    @CsvSource({
        ",2020-02-01,2020-02-29,0",
        "2020-02-03,2020-02-01,2020-02-29,1",
        "2020-02-03 2020-02-03,2020-02-01,2020-02-29,1",
        "2020-02-03 2020-02-04 2020-02-29,2020-02-01,2020-02-29,3",
        "2020-01-31 2020-02-01 2020-03-01,2020-02-01,2020-02-29,1",
        "2020-02-03 2020-02-10,2020-02-10,2020-02-10,1"
    })
    void aDayOfAttendanceCountsOnceOnTheDayItsShiftStarts(
            String served, LocalDate from, LocalDate to, long expected) {
        assertThat(BatchRules.daysPresent(days(served), from, to)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} days × {1}: {2}")
    @CsvSource({"0,100,0.00", "1,100,100.00", "12,80.50,966.00", "29,33.33,966.57"})
    void aWorkAllowanceIsDaysTimesTheDailyRate(long days, String rate, String amount) {
        assertThat(BatchRules.workAllowance(days, Yuan.parse(rate))).isEqualByComparingTo(amount);
    }

    @ParameterizedTest(name = "{0}: {1} to {2}")
    @CsvSource({
        "2020-02,2020-02-01,2020-02-29",
        "2021-02,2021-02-01,2021-02-28",
        "2020-12,2020-12-01,2020-12-31"
    })
    void aLivingSubsidyPaysForACalendarMonth(YearMonth month, LocalDate first, LocalDate last) {
        assertThat(BatchRules.monthPeriod(month)).isEqualTo(new BatchRules.Span(first, last));
    }

    @ParameterizedTest(name = "held {1} to {2}: serving in {0} {3}")
    @CsvSource({
        "2020-02,2019-01-01,,true",
        "2020-02,2020-02-29,,true",
        "2020-02,2020-03-01,,false",
        "2020-02,2019-01-01,2020-02-01,true",
        "2020-02,2019-01-01,2020-01-31,false",
        "2020-02,2020-02-10,2020-02-20,true"
    })
    void aBranchWorkerIsPaidForAMonthTheyHeldThePostIn(
            YearMonth month, LocalDate from, LocalDate to, boolean serving) {
        assertThat(BatchRules.servingIn(month, from, to)).isEqualTo(serving);
    }

    @ParameterizedTest(name = "{0}: a living subsidy {1}")
    @CsvSource({
        "STREET_WORKING_COMMITTEE,false",
        "COMMUNITY_PARTY_COMMITTEE,false",
        "COMMUNITY_GENERAL_BRANCH,false",
        "COMMUNITY_BRANCH,true",
        "COMPOUND_BRANCH,true",
        "JOINT_BRANCH,true",
        "TEMPORARY_BRANCH,true",
        "PROPERTY_COMPANY_ORG,false",
        "RESIDENT_UNIT_ORG,false"
    })
    void aBranchsCommitteeSeatCarriesTheLivingSubsidy(
            org.branchdesk.domain.orgs.OrgType type, boolean pays) {
        assertThat(BatchRules.seatCarriesLivingSubsidy(type)).isEqualTo(pays);
    }

    @ParameterizedTest(name = "{0}, reversed {1}, paid {2}..{3}: stands in the way {4}")
    @CsvSource({
        "RECORDED,false,2020-03-01,2020-03-31,true",
        "APPROVED,false,2020-03-01,2020-03-31,true",
        "PAID,false,2020-03-15,2020-04-14,true",
        "PAID,true,2020-03-01,2020-03-31,false",
        "CANCELLED,false,2020-03-01,2020-03-31,false",
        "PAID,false,2020-02-01,2020-02-29,false",
        "PAID,false,2020-04-01,2020-04-30,false",
        "PAID,false,2020-02-29,2020-03-01,true",
        "PAID,false,,,false"
    })
    void aPaymentOfTheKindForPartOfThePeriodStandsInABatchsWayUnlessCancelledOrReversed(
            PaymentState state, boolean reversed, LocalDate from, LocalDate to, boolean stands) {
        assertThat(
                        BatchRules.paidAlready(
                                state,
                                reversed,
                                from,
                                to,
                                LocalDate.of(2020, 3, 1),
                                LocalDate.of(2020, 3, 31)))
                .isEqualTo(stands);
    }
}
