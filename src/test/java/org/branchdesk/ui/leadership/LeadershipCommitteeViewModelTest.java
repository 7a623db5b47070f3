package org.branchdesk.ui.leadership;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.branchdesk.domain.leadership.Chosen;
import org.branchdesk.domain.leadership.EndReason;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.service.orgs.PartyOrgService.ChartNode;
import org.branchdesk.ui.common.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadershipCommitteeViewModelTest {
    @TempDir Path dir;
    LeadershipFixture office;
    CommitteeViewModel vm;

    @BeforeEach
    void open() {
        office = new LeadershipFixture(dir);
        vm = office.committee();
    }

    @AfterEach
    void close() {
        assertThat(office.tasks.unhandled()).isEmpty();
        office.close();
    }

    @Test
    void aBranchWithoutACommitteeSaysSoAndMayBeRenewed() {
        vm.orgProperty().set(office.bigCompoundBranch().org());
        assertThat(vm.current()).isEmpty();
        assertThat(vm.currentTermProperty().get()).contains("尚未记录本届任期");
        assertThat(vm.canRenewProperty().get()).isTrue();
        assertThat(vm.renewBlockedProperty().get()).isEmpty();
        assertThat(vm.appointMethods()).containsExactly(Chosen.DESIGNATED, Chosen.APPOINTED);
    }

    @Test
    void aTemporaryBranchIsNotRenewedAndTheReasonIsGivenButItsLeadersAreAppointed() {
        ChartNode temporary = office.first(n -> n.org().type() == OrgType.TEMPORARY_BRANCH);
        vm.orgProperty().set(temporary.org());
        assertThat(vm.canRenewProperty().get()).isFalse();
        assertThat(vm.renewBlockedProperty().get()).contains("临时党支部");
        assertThat(vm.canAppointProperty().get()).isTrue();
        assertThat(vm.appointMethods()).containsExactly(Chosen.APPOINTED);
    }

    @Test
    void theWorkingCommitteeIsNeitherRenewedNorAppointedHere() {
        ChartNode top = office.first(n -> n.org().type() == OrgType.STREET_WORKING_COMMITTEE);
        vm.orgProperty().set(top.org());
        assertThat(vm.canRenewProperty().get()).isFalse();
        assertThat(vm.canAppointProperty().get()).isFalse();
        assertThat(vm.renewBlockedProperty().get()).contains("区委任命");
    }

    @Test
    void anEndedPositionMovesBelowWithItsDateAndReason() {
        ChartNode branch = office.bigCompoundBranch();
        vm.orgProperty().set(branch.org());
        RenewalWizardViewModel wizard = vm.renewal();
        wizard.load();
        RenewalWizardViewModelTest.fillEveryStep(wizard, branch.fullMembers());
        wizard.save();
        vm.changed();
        assertThat(vm.current()).hasSize(3);
        assertThat(vm.canEndProperty().get()).as("nothing selected").isFalse();
        CommitteeViewModel.Row organizer =
                vm.current().stream()
                        .filter(r -> r.position().equals("组织委员"))
                        .findFirst()
                        .orElseThrow();
        vm.selectedProperty().set(organizer);
        assertThat(vm.canEndProperty().get()).isTrue();
        int before = vm.changesProperty().get();

        vm.endSelected(vm.today(), EndReason.TRANSFERRED);

        assertThat(vm.noticeProperty().get().kind()).isEqualTo(Notice.Kind.SUCCESS);
        assertThat(vm.current()).hasSize(2);
        assertThat(vm.past())
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.member()).isEqualTo(organizer.member());
                            assertThat(r.ended()).contains(vm.today().toString()).contains("调离");
                        });
        assertThat(vm.changesProperty().get()).isEqualTo(before + 1);
        assertThat(organizer.maskedId()).contains("*");
    }

    @Test
    void anEndDateInTheFutureIsRefusedNamingTheField() {
        ChartNode branch = office.bigCompoundBranch();
        vm.orgProperty().set(branch.org());
        RenewalWizardViewModel wizard = vm.renewal();
        wizard.load();
        RenewalWizardViewModelTest.fillEveryStep(wizard, branch.fullMembers());
        wizard.save();
        vm.changed();
        vm.selectedProperty().set(vm.current().get(0));

        vm.endSelected(vm.today().plusDays(3), EndReason.RESIGNED);

        assertThat(vm.noticeProperty().get().text()).startsWith("免职日期：");
        assertThat(vm.current()).hasSize(3);
    }
}
