package org.branchdesk.service.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.duty.Post;
import org.branchdesk.domain.duty.ShiftPattern;
import org.branchdesk.service.Services;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code roster autofill} on the roster's small test office (four members in 试点社区). */
class RosterAutoFillTest {
    static final LocalDate MONDAY = RosterFixture.MONDAY;
    static final LocalDate NEXT = MONDAY.plusDays(7);
    static final Duration LIMIT = Duration.ofSeconds(2);

    @TempDir Path dir;
    RosterFixture f;
    Services s;
    RosterService roster;

    @BeforeEach
    void open() {
        f = new RosterFixture(dir);
        s = f.s;
        roster = s.roster();
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** 东苑's gate, one morning shift a day this week and next. */
    Post gate(int headcount) {
        Post gate = f.post("东门卡点", f.east, headcount, false, null);
        roster.generate(
                f.community,
                f.east,
                gate.id(),
                MONDAY,
                NEXT.plusDays(6),
                ShiftPattern.parseAll("08:00-12:00"));
        return gate;
    }

    RosterAutoFill.Report fill(LocalDate from, LocalDate to, boolean dryRun) {
        return roster.autofill(from, to, LIMIT, dryRun, p -> {}, () -> false);
    }

    List<List<String>> people(LocalDate from, LocalDate to) {
        return roster.shifts(from, to, null, null).stream()
                .map(RosterService.ShiftLine::people)
                .toList();
    }

    @Test
    void openPlacesAreFilledAndWrittenAsAutomaticAssignmentsThatBreakNoRule() {
        gate(1);
        RosterAutoFill.Report r = fill(NEXT, NEXT.plusDays(6), false);
        assertThat(r.places()).isEqualTo(7);
        assertThat(r.filled()).hasSize(7);
        assertThat(r.unfilled()).isEmpty();
        assertThat(r.written()).isTrue();
        assertThat(people(NEXT, NEXT.plusDays(6))).allSatisfy(p -> assertThat(p).hasSize(1));
        assertThat(roster.check(NEXT, NEXT.plusDays(6))).isEmpty();
        // written once: a second run finds nothing open
        assertThat(fill(NEXT, NEXT.plusDays(6), false).places()).isZero();
    }

    @Test
    void aPublishedWeekIsNeverChangedAndManualAssignmentsStay() {
        Post gate = gate(1);
        roster.publish(f.community, f.east, MONDAY);
        UUID nextMonday = f.shift(gate, NEXT, "08:00");
        roster.assign(nextMonday, f.li, null);
        RosterAutoFill.Report r = fill(MONDAY, NEXT.plusDays(6), false);
        assertThat(r.publishedLeftAlone()).isEqualTo(7);
        assertThat(r.places()).isEqualTo(6);
        assertThat(r.filled()).hasSize(6).noneMatch(p -> p.shiftId().equals(nextMonday));
        assertThat(people(MONDAY, MONDAY.plusDays(6))).allSatisfy(p -> assertThat(p).isEmpty());
        assertThat(roster.shifts(NEXT, NEXT, null, null).get(0).people()).containsExactly("李强");
    }

    @Test
    void aDryRunShowsThePlacesAndWritesNothing() {
        gate(1);
        RosterAutoFill.Report r = fill(NEXT, NEXT.plusDays(6), true);
        assertThat(r.filled()).hasSize(7);
        assertThat(r.written()).isFalse();
        assertThat(people(NEXT, NEXT.plusDays(6))).allSatisfy(p -> assertThat(p).isEmpty());
    }

    @Test
    void anOverConstrainedWeekEndsWithEveryGapExplainedInChinese() {
        gate(6); // six places a shift, four members
        RosterAutoFill.Report r = fill(NEXT, NEXT.plusDays(6), false);
        assertThat(r.places()).isEqualTo(42);
        assertThat(r.unfilledPlaces()).isEqualTo(42 - r.filled().size()).isGreaterThanOrEqualTo(14);
        assertThat(r.unfilled())
                .isNotEmpty()
                .allSatisfy(
                        o -> {
                            assertThat(o.places()).isPositive();
                            assertThat(o.why()).isNotBlank().containsPattern("\\p{IsHan}");
                        });
        assertThat(roster.check(NEXT, NEXT.plusDays(6)))
                .allMatch(
                        x -> x.rule() == org.branchdesk.domain.duty.RosterCheck.Rule.UNDERSTAFFED);
    }

    @Test
    void aDryRunsPlacesAreWrittenAsShownWithoutSearchingAgain() {
        gate(1);
        RosterAutoFill.Report preview = fill(NEXT, NEXT.plusDays(6), true);
        RosterAutoFill.Report applied =
                roster.applyAutofill(NEXT, NEXT.plusDays(6), preview.filled());
        assertThat(applied.written()).isTrue();
        assertThat(applied.filled()).isEqualTo(preview.filled());
        assertThat(applied.unfilled()).isEmpty();
        assertThat(people(NEXT, NEXT.plusDays(6)))
                .isEqualTo(preview.filled().stream().map(p -> List.of(p.name())).toList());
        assertThat(roster.check(NEXT, NEXT.plusDays(6))).isEmpty();
    }

    @Test
    void aPlaceWhoseWeekWasPublishedSinceThePreviewStaysOpenWithWhy() {
        gate(1);
        RosterAutoFill.Report preview = fill(NEXT, NEXT.plusDays(6), true);
        roster.publish(f.community, f.east, NEXT);
        RosterAutoFill.Report applied =
                roster.applyAutofill(NEXT, NEXT.plusDays(6), preview.filled());
        assertThat(applied.filled()).isEmpty();
        assertThat(applied.dropped()).isEqualTo(7);
        assertThat(applied.unfilled()).hasSize(7).allMatch(o -> o.why().contains("这一周已发布"));
        assertThat(people(NEXT, NEXT.plusDays(6))).allSatisfy(p -> assertThat(p).isEmpty());
    }

    @Test
    void onlyTheCommunityAskedForIsFilled() {
        gate(1);
        UUID other = s.places().createCommunity("邻近社区").id();
        Post patrol =
                roster.addPost(
                        new RosterService.NewPost(
                                other,
                                null,
                                org.branchdesk.domain.duty.PostKind.PATROL,
                                "邻近巡逻",
                                1,
                                false,
                                null));
        roster.generate(
                other,
                null,
                patrol.id(),
                NEXT,
                NEXT.plusDays(6),
                ShiftPattern.parseAll("18:00-22:00"));
        RosterAutoFill.Report r =
                roster.autofill(NEXT, NEXT.plusDays(6), other, LIMIT, true, p -> {}, () -> false);
        assertThat(r.places()).isEqualTo(7);
        assertThat(r.filled()).isEmpty(); // nobody serves 邻近社区
        assertThat(r.unfilled()).hasSize(7).allMatch(o -> o.post().contains("邻近巡逻"));
        assertThat(fill(NEXT, NEXT.plusDays(6), true).places()).isEqualTo(14);
    }

    @Test
    void aSupervisorIsRefusedBeforeAnySearch(@TempDir Path other) {
        try (Services supervisor = TestOffice.open(other, Role.SUPERVISOR)) {
            assertThatThrownBy(
                            () ->
                                    supervisor
                                            .roster()
                                            .autofill(
                                                    NEXT,
                                                    NEXT.plusDays(6),
                                                    LIMIT,
                                                    true,
                                                    p -> {},
                                                    () -> {
                                                        throw new AssertionError("searched");
                                                    }))
                    .isInstanceOf(UserError.class);
        }
    }

    @Test
    void aSpanBackwardsIsRefused() {
        assertThatThrownBy(() -> fill(NEXT, MONDAY, true)).hasMessageContaining("截止日期");
    }
}
