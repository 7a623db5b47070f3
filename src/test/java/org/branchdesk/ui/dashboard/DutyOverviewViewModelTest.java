package org.branchdesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.duty.AssistanceCategory;
import org.branchdesk.domain.places.Community;
import org.branchdesk.service.Services;
import org.branchdesk.service.duty.AssistanceService;
import org.branchdesk.service.duty.ReportingService;
import org.branchdesk.service.duty.RosterWeek;
import org.branchdesk.testing.CurrentThreadTaskExecutor;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overview's duty tiles on the demo street, the office's clock standing still on Wednesday 26
 * February 2020, 10:00 Beijing time: the demo's last rostered week, with its open slots.
 */
class DutyOverviewViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2020, 2, 26);
    static final Clock CLOCK =
            Clock.fixed(
                    TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                    ZoneOffset.UTC);

    @TempDir Path dir;
    Services services;
    final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    final List<String> opened = new ArrayList<>();
    DutyOverviewViewModel vm;

    @BeforeEach
    void open() {
        try (Services demo = TestOffice.open(dir)) {
            demo.demo().load(0, false);
        }
        services = TestOffice.open(dir, Role.ADMIN, CLOCK);
        vm = overview(Set.of("people", "teams", "roster", "availability"));
        vm.reload();
    }

    /** The tiles, with the duty section having the pages {@code pages}. */
    DutyOverviewViewModel overview(Set<String> pages) {
        return new DutyOverviewViewModel(
                services.roster(),
                services.assistance(),
                services.reportings(),
                tasks,
                pages::contains,
                opened::add);
    }

    @AfterEach
    void close() {
        assertThat(tasks.unhandled()).isEmpty();
        services.close();
    }

    @Test
    void theOpenSlotsAreThoseOfTheOfficesCurrentWeekAsEachCommunitysGridCountsThem() {
        int places = 0;
        int shifts = 0;
        for (Community c : services.places().communities()) {
            RosterWeek w = services.roster().week(c.id(), null, TODAY);
            assertThat(w.monday()).isEqualTo(LocalDate.of(2020, 2, 24));
            places += w.openPlaces();
            for (RosterWeek.Row r : w.rows()) {
                shifts += (int) r.cells().stream().filter(x -> x.open() > 0).count();
            }
        }
        assertThat(places).as("the demo's last week has open slots").isPositive();
        assertThat(vm.openSlots().countProperty().get()).isEqualTo(places);
        assertThat(vm.openSlots().headlineProperty().get())
                .isEqualTo(shifts + " 个班次共缺 " + places + " 人");
        assertThat(vm.weekProperty().get()).isEqualTo("本周（2月24日至3月1日）");
        assertThat(vm.openSlots().lines())
                .hasSizeLessThanOrEqualTo(DutyOverviewViewModel.SHOWN + 1);
        assertThat(vm.openSlots().lines().get(0))
                .matches("2月2\\d日 周. \\d\\d:\\d\\d-\\d\\d:\\d\\d .+　缺\\d人");
        if (shifts > DutyOverviewViewModel.SHOWN) {
            assertThat(vm.openSlots().lines())
                    .last()
                    .isEqualTo("…… 另有 " + (shifts - DutyOverviewViewModel.SHOWN) + " 项");
        }
    }

    @Test
    void aResidentPairedLeavesTheUnpairedTile() {
        List<AssistanceService.Resident> unpaired = services.assistance().unpaired();
        assertThat(unpaired).as("the demo keeps unpaired residents").isNotEmpty();
        assertThat(vm.unpaired().countProperty().get()).isEqualTo(unpaired.size());
        assertThat(vm.unpaired().headlineProperty().get())
                .isEqualTo(unpaired.size() + " 户帮扶对象还没有党员结对");
        AssistanceService.Resident first = unpaired.get(0);
        assertThat(vm.unpaired().lines().get(0)).contains(first.community()).endsWith(first.head());
        services.assistance()
                .pair(
                        new AssistanceService.NewPairing(
                                services.assistance().pairings(false).get(0).memberId(),
                                first.householdId(),
                                AssistanceCategory.OTHER,
                                TODAY));
        vm.reload();
        assertThat(vm.unpaired().countProperty().get()).isEqualTo(unpaired.size() - 1);
    }

    @Test
    void aReportingMemberWhoClaimsAPostLeavesTheTile() {
        List<ReportingService.Line> without = services.reportings().withoutPost();
        assertThat(without).as("the demo keeps reporting members without a post").isNotEmpty();
        assertThat(vm.withoutPost().countProperty().get()).isEqualTo(without.size());
        ReportingService.Line one =
                without.stream()
                        .filter(l -> !services.reportings().claimable(l.id()).isEmpty())
                        .findFirst()
                        .orElseThrow();
        ReportingService.Line first = without.get(0);
        assertThat(vm.withoutPost().lines().get(0))
                .isEqualTo(
                        first.member()
                                + " · "
                                + first.unit()
                                + " · "
                                + first.community()
                                + "（"
                                + first.reportedOn()
                                + " 报到）");
        services.reportings()
                .claim(one.id(), services.reportings().claimable(one.id()).get(0).id(), TODAY);
        vm.reload();
        assertThat(vm.withoutPost().countProperty().get()).isEqualTo(without.size() - 1);
    }

    @Test
    void aTileOpensItsDutyPageOnlyWhereTheSectionHasIt() {
        assertThat(vm.openSlots().mayOpen()).isTrue();
        assertThat(vm.unpaired().mayOpen()).isFalse();
        assertThat(vm.withoutPost().mayOpen()).isFalse();
        vm.openSlots().open();
        vm.unpaired().open();
        assertThat(opened).containsExactly("roster");
        // once the assistance and reporting pages land, their tiles open them by key
        DutyOverviewViewModel later = overview(Set.of("roster", "assistance", "reporting"));
        later.unpaired().open();
        later.withoutPost().open();
        assertThat(opened).containsExactly("roster", "assistance", "reporting");
    }
}
