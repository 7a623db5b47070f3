package org.branchdesk.domain.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.branchdesk.domain.common.UserError;
import org.junit.jupiter.api.Test;

class SurveyTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final UUID C = UUID.randomUUID();

    @Test
    void fourClearNeedsAllFourPointsRecordedAndNoneFoundCounts() {
        CompoundSurvey all =
                CompoundSurvey.of(C, LocalDate.of(2020, 2, 5), "16栋楼", "常住845人", "无", "无", TODAY);
        assertThat(all.isFourClear()).isTrue();
        assertThat(all.pointsRecorded()).isEqualTo(4);
        CompoundSurvey three =
                CompoundSurvey.of(C, LocalDate.of(2020, 2, 5), "16栋楼", "常住845人", "无", " ", TODAY);
        assertThat(three.isFourClear()).isFalse();
        assertThat(three.pointsRecorded()).isEqualTo(3);
        assertThatThrownBy(
                        () ->
                                CompoundSurvey.of(
                                        C, TODAY.plusDays(1), null, null, null, null, TODAY))
                .hasMessageStartingWith("排查日期：");
    }

    @Test
    void aClosedItemHasItsDateAndAnOpenOneHasNone() {
        assertThatThrownBy(
                        () ->
                                SurveyItem.of(
                                        UUID.randomUUID(),
                                        C,
                                        SurveyItem.Kind.HAZARD,
                                        "楼道堆放杂物",
                                        null,
                                        null,
                                        SurveyItem.Status.CLOSED,
                                        null,
                                        TODAY))
                .hasMessageStartingWith("销号日期：");
        assertThatThrownBy(
                        () ->
                                SurveyItem.of(
                                        UUID.randomUUID(),
                                        C,
                                        SurveyItem.Kind.HAZARD,
                                        "楼道堆放杂物",
                                        null,
                                        null,
                                        SurveyItem.Status.IN_HAND,
                                        TODAY,
                                        TODAY))
                .hasMessageStartingWith("整改状态：");
        assertThatThrownBy(
                        () ->
                                SurveyItem.of(
                                        UUID.randomUUID(),
                                        C,
                                        SurveyItem.Kind.GAP,
                                        " ",
                                        null,
                                        null,
                                        SurveyItem.Status.OPEN,
                                        null,
                                        TODAY))
                .hasMessage("问题内容：不能为空");
    }

    @Test
    void anOpenItemPastItsDeadlineIsOverdueAndClosingEndsThat() {
        SurveyItem item =
                SurveyItem.of(
                        UUID.randomUUID(),
                        C,
                        SurveyItem.Kind.GAP,
                        "单元门禁损坏",
                        "王伟",
                        LocalDate.of(2020, 3, 1),
                        SurveyItem.Status.OPEN,
                        null,
                        TODAY);
        assertThat(item.isOverdue(LocalDate.of(2020, 3, 2))).isTrue();
        assertThat(item.isOverdue(LocalDate.of(2020, 3, 1))).isFalse();
        SurveyItem closed = item.closed(LocalDate.of(2020, 3, 5), TODAY);
        assertThat(closed.isOverdue(TODAY)).isFalse();
        assertThatThrownBy(() -> closed.closed(TODAY, TODAY)).isInstanceOf(UserError.class);
    }
}
