package org.branchdesk.ui.leadership;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.branchdesk.domain.leadership.Chosen;
import org.branchdesk.domain.leadership.Holding;
import org.branchdesk.domain.leadership.Position;
import org.branchdesk.domain.leadership.Source;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.service.leadership.LeadershipService.Proposal;
import org.branchdesk.service.orgs.PartyOrgService.ChartNode;
import org.branchdesk.ui.common.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadershipAppointmentViewModelTest {
    @TempDir Path dir;
    LeadershipFixture office;
    CommitteeViewModel committee;

    @BeforeEach
    void open() {
        office = new LeadershipFixture(dir);
        committee = office.committee();
    }

    @AfterEach
    void close() {
        assertThat(office.tasks.unhandled()).isEmpty();
        office.close();
    }

    private AppointmentViewModel appointmentIn(ChartNode node) {
        committee.orgProperty().set(node.org());
        AppointmentViewModel vm = committee.appointment();
        vm.loadProposals();
        return vm;
    }

    @Test
    void proposalsComeInThePolicysOrderResidentsOfTheBranchFirst() {
        AppointmentViewModel vm = appointmentIn(office.bigCompoundBranch());
        List<Proposal> list = vm.proposals();
        assertThat(list).isNotEmpty();
        assertThat(list.get(0).rank()).isEqualTo(1);
        assertThat(list.get(0).source()).isEqualTo(Source.RESIDENT);
        for (int i = 1; i < list.size(); i++) {
            assertThat(list.get(i).rank()).isGreaterThanOrEqualTo(list.get(i - 1).rank());
        }
        assertThat(list).allMatch(p -> p.maskedId().contains("*"));
    }

    @Test
    void aProbationaryMemberIsShownWithWhyButCannotBeChosen() {
        ChartNode withProbationary =
                office.first(
                        n ->
                                n.org().type().isBranchLevel()
                                        && n.org().isActive()
                                        && n.members() > n.fullMembers()
                                        && n.org().type() != OrgType.TEMPORARY_BRANCH);
        AppointmentViewModel vm = appointmentIn(withProbationary);
        Proposal probationary =
                vm.proposals().stream().filter(p -> !p.fits()).findFirst().orElseThrow();
        assertThat(probationary.why()).contains("预备党员");
        assertThat(vm.selectable(probationary)).isFalse();

        vm.select(probationary);

        assertThat(vm.selectedProperty().get()).isNull();
        assertThat(vm.noticeProperty().get().kind()).isEqualTo(Notice.Kind.FAILURE);
        assertThat(vm.noticeProperty().get().text()).contains(probationary.name());
        assertThat(vm.canSaveProperty().get()).isFalse();
    }

    @Test
    void choosingAProposalPrefillsItsSourceAndASecretaryMayNeedAnException() {
        AppointmentViewModel vm = appointmentIn(office.bigCompoundBranch());
        Proposal first = vm.proposals().get(0);
        vm.select(first);
        assertThat(vm.sourceProperty().get()).isEqualTo(first.source());
        assertThat(vm.exceptionNeededProperty().get()).isEqualTo(first.why().contains("任书记须写明理由"));
        assertThat(vm.canSaveProperty().get()).isEqualTo(!vm.exceptionNeededProperty().get());
    }

    @Test
    void aDesignatedSecretaryIsRecordedAndShowsInTheTab() {
        ChartNode branch = office.bigCompoundBranch();
        AppointmentViewModel vm = appointmentIn(branch);
        assertThat(vm.chosenProperty().get()).isEqualTo(Chosen.DESIGNATED);
        vm.positionProperty().set(Position.SECRETARY);
        vm.select(vm.proposals().get(0));
        vm.standingExceptionProperty().set("经街道党工委研究同意");
        vm.docNumberProperty().set("青槐街党工〔2026〕9号");

        vm.save();

        Holding h = vm.savedProperty().get();
        assertThat(h).isNotNull();
        assertThat(h.position()).isEqualTo(Position.SECRETARY);
        assertThat(h.chosen()).isEqualTo(Chosen.DESIGNATED);
        committee.changed();
        assertThat(committee.current())
                .singleElement()
                .satisfies(r -> assertThat(r.position()).isEqualTo("书记"));
    }

    @Test
    void aSecondSecretaryIsRefusedInChineseAndNothingChanges() {
        ChartNode branch = office.bigCompoundBranch();
        AppointmentViewModel first = appointmentIn(branch);
        first.select(first.proposals().get(0));
        first.standingExceptionProperty().set("经街道党工委研究同意");
        first.save();
        AppointmentViewModel second = appointmentIn(branch);
        Proposal other =
                second.proposals().stream().filter(Proposal::fits).findFirst().orElseThrow();
        second.select(other);
        second.standingExceptionProperty().set("经街道党工委研究同意");

        second.save();

        assertThat(second.savedProperty().get()).isNull();
        assertThat(second.noticeProperty().get().text()).startsWith("职务：").contains("已有在任书记");
        assertThat(office.services.leadership().ofOrg(branch.org().id())).hasSize(1);
    }

    @Test
    void aTemporaryBranchsLeadersAreOnlyAppointed() {
        ChartNode temporary = office.first(n -> n.org().type() == OrgType.TEMPORARY_BRANCH);
        AppointmentViewModel vm = appointmentIn(temporary);
        assertThat(vm.methods()).containsExactly(Chosen.APPOINTED);
        assertThat(vm.chosenProperty().get()).isEqualTo(Chosen.APPOINTED);
    }

    @Test
    void someoneRegisteredElsewhereIsAddedToTheRegisterAndThenProposed() {
        ChartNode branch = office.bigCompoundBranch();
        AppointmentViewModel vm = appointmentIn(branch);
        int before = vm.proposals().size();
        vm.loadChoices();
        assertThat(vm.choicesProperty().get()).isNotNull();
        assertThat(vm.registrationForNewcomer().name()).isEqualTo("OTHER_UNIT");

        vm.register(
                new org.branchdesk.service.members.MemberService.NewMember(
                        "外单位测试员",
                        "11010519491231002X",
                        null,
                        java.time.LocalDate.of(2000, 7, 1),
                        java.time.LocalDate.of(2001, 7, 1),
                        org.branchdesk.domain.members.Standing.FULL,
                        vm.registrationForNewcomer(),
                        org.branchdesk.domain.members.Presence.RESIDENT,
                        vm.compoundForNewcomer(),
                        null,
                        null,
                        null,
                        null,
                        "明川区某单位"));

        assertThat(vm.noticeProperty().get().text()).contains("外单位测试员");
        assertThat(vm.proposals()).hasSize(before + 1);
        assertThat(vm.proposals())
                .filteredOn(p -> p.name().equals("外单位测试员"))
                .singleElement()
                .satisfies(p -> assertThat(p.rank()).isEqualTo(3));
    }
}
