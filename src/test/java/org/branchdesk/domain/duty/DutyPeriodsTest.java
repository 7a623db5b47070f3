package org.branchdesk.domain.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.branchdesk.domain.common.ValidationError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DutyPeriodsTest {
    static final LocalDate TODAY = LocalDate.of(2020, 2, 15);

    @ParameterizedTest(name = "{0}: in the future {1}")
    @CsvSource({"2020-02-14,false", "2020-02-15,false", "2020-02-16,true", "2021-01-01,true"})
    void whatIsRecordedHasHappenedByTheOfficesToday(LocalDate day, boolean future) {
        assertThat(DutyPeriods.inFuture(day, TODAY)).isEqualTo(future);
        if (future) {
            assertThatThrownBy(() -> DutyPeriods.requireNotInFuture("field.area.from", day, TODAY))
                    .isInstanceOf(ValidationError.class)
                    .hasMessage("开始日期：日期不能晚于今天");
        } else {
            assertThatCode(() -> DutyPeriods.requireNotInFuture("field.area.from", day, TODAY))
                    .doesNotThrowAnyException();
        }
    }

    @ParameterizedTest(name = "{0} to {1}: ends before it starts {2}")
    @CsvSource({
        "2020-02-01,,false",
        "2020-02-01,2020-02-01,false", // one day
        "2020-02-01,2020-03-01,false",
        "2020-02-01,2020-01-31,true"
    })
    void aPeriodEndsNoEarlierThanItStarts(LocalDate from, LocalDate to, boolean before) {
        assertThat(DutyPeriods.endsBeforeStart(from, to)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} within {1} to {2}: {3}")
    @CsvSource({
        "2020-02-01,2020-02-01,,true",
        "2020-01-31,2020-02-01,,false",
        "2021-06-01,2020-02-01,,true", // open: any day after the start
        "2020-02-29,2020-02-01,2020-02-29,true",
        "2020-03-01,2020-02-01,2020-02-29,false"
    })
    void aDayRecordedWithinAPeriodFallsInsideItBothEndsIncluded(
            LocalDate day, LocalDate from, LocalDate to, boolean within) {
        assertThat(DutyPeriods.within(day, from, to)).isEqualTo(within);
    }

    @ParameterizedTest(name = "compound in {0}, record in {1}: elsewhere {2}")
    @CsvSource({"A,A,false", "B,A,true", ",A,false"})
    void aCompoundIsOneOfItsCommunitys(String compoundIn, String community, boolean elsewhere) {
        UUID a = UUID.nameUUIDFromBytes("A".getBytes());
        UUID b = UUID.nameUUIDFromBytes("B".getBytes());
        UUID in = compoundIn == null ? null : compoundIn.equals("A") ? a : b;
        assertThat(DutyPeriods.compoundElsewhere(in, community.equals("A") ? a : b))
                .isEqualTo(elsewhere);
    }

    @ParameterizedTest(name = "{0} in {1}–{2}: {3}")
    @CsvSource({
        "2020-01-31,2020-02-01,,联系日期：不能早于 2020-02-01",
        "2020-03-01,2020-02-01,2020-02-29,联系日期：须在 2020-02-01 至 2020-02-29 之间"
    })
    void aDayOutsideItsPeriodIsRefusedSayingThePeriod(
            LocalDate day, LocalDate from, LocalDate to, String message) {
        assertThatThrownBy(() -> DutyPeriods.requireWithin("field.contact.onDay", day, from, to))
                .hasMessage(message);
    }
}
