package org.branchdesk.domain.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InjuryRulesTest {
    static final LocalDate INFECTED = LocalDate.of(2020, 2, 10);
    static final LocalDate TODAY = LocalDate.of(2020, 6, 30);
    static final Payment.Recipient WORKER =
            new Payment.Recipient(RecipientKind.PERSON, UUID.randomUUID(), "廖涛红");

    static InjuryCase reported() {
        return InjuryCase.of(
                UUID.randomUUID(), WORKER, INFECTED, INFECTED.plusDays(2), null, null, TODAY);
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
        "REPORTED,REPORTED,false",
        "REPORTED,APPLIED,true",
        "REPORTED,RECOGNISED,false",
        "REPORTED,REJECTED,false",
        "REPORTED,CLOSED,true",
        "APPLIED,REPORTED,false",
        "APPLIED,APPLIED,false",
        "APPLIED,RECOGNISED,true",
        "APPLIED,REJECTED,true",
        "APPLIED,CLOSED,false",
        "RECOGNISED,REJECTED,false",
        "RECOGNISED,APPLIED,false",
        "RECOGNISED,CLOSED,true",
        "REJECTED,RECOGNISED,false",
        "REJECTED,CLOSED,true",
        "CLOSED,REPORTED,false",
        "CLOSED,APPLIED,false",
        "CLOSED,RECOGNISED,false",
        "CLOSED,CLOSED,false"
    })
    void aCaseMovesOnlyAlongTheFastTrack(InjuryStatus from, InjuryStatus to, boolean allowed) {
        assertThat(InjuryRules.allowed(from, to)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "infected {0}: due {1}")
    @CsvSource({"2020-02-10,2020-03-11", "2020-01-31,2020-03-01", "2020-12-15,2021-01-14"})
    void theApplicationIsDueWithinThirtyDays(LocalDate infected, LocalDate due) {
        assertThat(InjuryRules.applicationDue(infected)).isEqualTo(due);
    }

    @ParameterizedTest(name = "today {0}: overdue {1}")
    @CsvSource({"2020-03-10,false", "2020-03-11,false", "2020-03-12,true"})
    void aReportedCaseNotAppliedForWithinThirtyDaysIsOverdue(LocalDate today, boolean overdue) {
        assertThat(InjuryRules.applicationOverdue(reported(), today)).isEqualTo(overdue);
    }

    @Test
    void aCaseAppliedForIsNeverOverdue() {
        InjuryCase applied = reported().movedTo(InjuryStatus.APPLIED, INFECTED.plusDays(5), TODAY);
        assertThat(InjuryRules.applicationOverdue(applied, TODAY)).isFalse();
    }

    @Test
    void eachStepKeepsItsDay() {
        InjuryCase c =
                reported()
                        .movedTo(InjuryStatus.APPLIED, LocalDate.of(2020, 2, 20), TODAY)
                        .movedTo(InjuryStatus.RECOGNISED, LocalDate.of(2020, 3, 5), TODAY)
                        .movedTo(InjuryStatus.CLOSED, LocalDate.of(2020, 4, 1), TODAY);
        assertThat(c.status()).isEqualTo(InjuryStatus.CLOSED);
        assertThat(c.reportedOn()).isEqualTo(LocalDate.of(2020, 2, 12));
        assertThat(c.appliedOn()).isEqualTo(LocalDate.of(2020, 2, 20));
        assertThat(c.decidedOn()).isEqualTo(LocalDate.of(2020, 3, 5));
        assertThat(c.closedOn()).isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(c.lastStepOn()).isEqualTo(LocalDate.of(2020, 4, 1));
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "RECOGNISED|2020-02-20|办理状态：“已登记”的案件不能直接改为“认定工伤”",
                "APPLIED|2020-02-11|日期：“已申请认定”不能早于 2020-02-12",
                "APPLIED|2020-07-01|日期：日期不能晚于今天",
                "|2020-02-20|办理状态：不能为空"
            })
    void aStepOutOfOrderOrTooEarlyIsRefusedInChinese(
            InjuryStatus to, LocalDate on, String message) {
        assertThatThrownBy(() -> reported().movedTo(to, on, TODAY)).hasMessage(message);
    }

    @Test
    void aClosedCaseTakesNoStep() {
        InjuryCase closed = reported().movedTo(InjuryStatus.CLOSED, INFECTED.plusDays(3), TODAY);
        assertThatThrownBy(() -> closed.movedTo(InjuryStatus.APPLIED, TODAY, TODAY))
                .hasMessage("办理状态：“已结案”的案件不能直接改为“已申请认定”");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ORGANIZATION|2020-02-10|2020-02-12|感染人员：须是党员或人员名册上的人员，不能是组织",
                "PERSON|2020-07-01|2020-07-01|感染日期：日期不能晚于今天",
                "PERSON|2020-02-10|2020-02-09|日期：“已登记”不能早于 2020-02-10"
            })
    void aCaseIsOfAPersonInfectedNoLaterThanReported(
            RecipientKind kind, LocalDate infected, LocalDate reported, String message) {
        Payment.Recipient who = new Payment.Recipient(kind, UUID.randomUUID(), "某某");
        assertThatThrownBy(
                        () ->
                                InjuryCase.of(
                                        UUID.randomUUID(),
                                        who,
                                        infected,
                                        reported,
                                        null,
                                        null,
                                        TODAY))
                .hasMessage(message);
    }
}
