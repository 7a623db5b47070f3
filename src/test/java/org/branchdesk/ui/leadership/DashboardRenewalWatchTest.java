package org.branchdesk.ui.leadership;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.branchdesk.service.leadership.LeadershipService.Watch;
import org.branchdesk.service.orgs.PartyOrgService.ChartNode;
import org.branchdesk.ui.dashboard.DashboardViewModel;
import org.branchdesk.ui.orgs.OrgsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardRenewalWatchTest {
    @TempDir Path dir;
    LeadershipFixture office;
    List<UUID> opened = new ArrayList<>();
    RenewalWatchViewModel watch;
    DashboardViewModel dashboard;

    @BeforeEach
    void open() {
        office = new LeadershipFixture(dir);
        watch = new RenewalWatchViewModel(office.services.leadership(), office.tasks, opened::add);
        dashboard =
                new DashboardViewModel(
                        office.services.coverage(),
                        null,
                        office.tasks,
                        new DashboardViewModel.Navigator() {
                            @Override
                            public void showCoverage(
                                    org.branchdesk.service.coverage.CoverageService.Filter f,
                                    String c) {}

                            @Override
                            public void showMembers(org.branchdesk.domain.members.Registration r) {}
                        },
                        watch);
    }

    @AfterEach
    void close() {
        assertThat(office.tasks.unhandled()).isEmpty();
        office.close();
    }

    @Test
    void theOverviewCountsOrganizationsWithoutASecretaryAndListsThem() {
        dashboard.reload();
        // on the fixture's fixed day (2026-12-07), the demo's histories give these
        assertThat(watch.overdueProperty().get()).isEqualTo(15);
        assertThat(watch.dueProperty().get()).isEqualTo(14);
        assertThat(watch.noSecretaryProperty().get()).isEqualTo(32);
        // the most urgent first: overdue terms, oldest first
        assertThat(watch.rows().get(0).watch()).isEqualTo(Watch.OVERDUE);
        assertThat(watch.rows())
                .hasSize(
                        watch.dueProperty().get()
                                + watch.overdueProperty().get()
                                + watch.noSecretaryProperty().get());
        assertThat(watch.rows())
                .allMatch(r -> r.watch() != Watch.NO_SECRETARY || r.what().equals("没有在任书记"));
    }

    @Test
    void aRenewedBranchLeavesTheListAndItsTermIsWatched() {
        ChartNode branch = office.bigCompoundBranch();
        dashboard.reload();
        int before = watch.noSecretaryProperty().get();
        assertThat(watch.rows()).anyMatch(r -> r.orgId().equals(branch.org().id()));

        CommitteeViewModel committee = office.committee();
        committee.orgProperty().set(branch.org());
        RenewalWizardViewModel wizard = committee.renewal();
        wizard.load();
        RenewalWizardViewModelTest.fillEveryStep(wizard, branch.fullMembers());
        wizard.save();
        dashboard.reload();

        assertThat(watch.noSecretaryProperty().get()).isEqualTo(before - 1);
        assertThat(watch.rows()).noneMatch(r -> r.orgId().equals(branch.org().id()));
    }

    @Test
    void openingALineShowsItsOrganization() {
        dashboard.reload();
        RenewalWatchViewModel.Row row = watch.rows().get(0);
        watch.open(row);
        assertThat(opened).containsExactly(row.orgId());
    }

    @Test
    void anOrganizationOpenedFromTheWatchShowsItsCommitteeTab() {
        dashboard.reload();
        RenewalWatchViewModel.Row row = watch.rows().get(0);
        CommitteeViewModel committee = office.committee();
        OrgsViewModel orgs =
                new OrgsViewModel(
                        office.services.orgs(),
                        office.tasks,
                        office.services.office().clock(),
                        committee);
        assertThat(orgs.detailTabProperty().get()).isEqualTo(OrgsViewModel.DetailTab.FACTS);

        orgs.showCommittee(row.orgId());
        orgs.reload();

        assertThat(orgs.selectedProperty().get().org().id()).isEqualTo(row.orgId());
        assertThat(orgs.detailTabProperty().get()).isEqualTo(OrgsViewModel.DetailTab.COMMITTEE);
        assertThat(committee.orgProperty().get().id()).isEqualTo(row.orgId());
    }
}
