package org.branchdesk.ui.leadership;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.branchdesk.domain.leadership.Chosen;
import org.branchdesk.domain.leadership.Election;
import org.branchdesk.domain.leadership.EndReason;
import org.branchdesk.domain.leadership.Position;
import org.branchdesk.service.leadership.LeadershipService.Proposal;
import org.branchdesk.service.orgs.PartyOrgService.ChartNode;
import org.branchdesk.ui.common.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadershipNoticeViewModelTest {
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

    /** Designates or appoints {@code position} in the branch shown and selects the new row. */
    private CommitteeViewModel.Row take(Position position, Chosen chosen) {
        Set<UUID> serving =
                committee.current().stream()
                        .map(r -> r.holding().memberId())
                        .collect(Collectors.toSet());
        AppointmentViewModel vm = committee.appointment();
        vm.positionProperty().set(position);
        vm.chosenProperty().set(chosen);
        vm.loadProposals();
        vm.select(
                vm.proposals().stream()
                        .filter(Proposal::fits)
                        .filter(p -> !serving.contains(p.memberId()))
                        .findFirst()
                        .orElseThrow());
        vm.standingExceptionProperty().set("经街道党工委研究同意");
        vm.save();
        assertThat(vm.savedProperty().get()).as(vm.noticeProperty().get().text()).isNotNull();
        committee.changed();
        CommitteeViewModel.Row row =
                committee.current().stream()
                        .filter(r -> r.holding().id().equals(vm.savedProperty().get().id()))
                        .findFirst()
                        .orElseThrow();
        committee.selectedProperty().set(row);
        return row;
    }

    private int issuedNotices() {
        return office.services.documents().register("NOTICE", 500).size();
    }

    @Test
    void nothingSelectedGetsNoPositionNoticeAndTheReasonSaysToChooseOne() {
        committee.orgProperty().set(office.bigCompoundBranch().org());
        assertThat(committee.canAppointmentNoticeProperty().get()).isFalse();
        assertThat(committee.canRemovalNoticeProperty().get()).isFalse();
        assertThat(committee.appointmentNoticeBlockedProperty().get()).contains("请先");
        assertThat(committee.canElectionResultProperty().get()).isFalse();
        assertThat(committee.electionResultBlockedProperty().get()).contains("还没有换届记录");
    }

    @Test
    void anElectedPositionGetsNoAppointmentNoticeAndAServingOneNoRemovalNotice() {
        ChartNode branch = office.bigCompoundBranch();
        committee.orgProperty().set(branch.org());
        RenewalWizardViewModel wizard = committee.renewal();
        wizard.load();
        RenewalWizardViewModelTest.fillEveryStep(wizard, branch.fullMembers());
        wizard.save();
        committee.changed();

        committee.selectedProperty().set(committee.current().get(0));

        assertThat(committee.canAppointmentNoticeProperty().get()).isFalse();
        assertThat(committee.appointmentNoticeBlockedProperty().get()).contains("选举产生");
        assertThat(committee.canRemovalNoticeProperty().get()).isFalse();
        assertThat(committee.removalNoticeBlockedProperty().get()).contains("仍在任");
        assertThat(committee.canElectionResultProperty().get())
                .as("the renewal just saved was reported and approved")
                .isTrue();
    }

    @Test
    void aDraftTakesNoNumberAndIssuingTheSameAppointmentTwiceKeepsItsNumber() throws Exception {
        committee.orgProperty().set(office.bigCompoundBranch().org());
        take(Position.SECRETARY, Chosen.DESIGNATED);
        assertThat(committee.canAppointmentNoticeProperty().get()).isTrue();
        assertThat(committee.appointmentNoticeBlockedProperty().get()).isEmpty();
        int before = issuedNotices();

        LeadershipNoticeViewModel draft = committee.appointmentNotice();
        draft.preview();
        assertThat(draft.issuedProperty().get()).isFalse();
        assertThat(draft.numberProperty().get()).isEmpty();
        assertThat(draft.labelProperty().get()).startsWith("草稿");
        assertThat(draft.firstPageProperty().get()).isNotNull();
        assertThat(Files.size(draft.currentProperty().get())).isPositive();
        assertThat(issuedNotices()).as("a draft records nothing").isEqualTo(before);

        draft.issue();
        String number = draft.numberProperty().get();
        assertThat(number).contains("〔").contains("号");
        assertThat(draft.issuedProperty().get()).isTrue();
        assertThat(draft.busyProperty().get()).isFalse();

        LeadershipNoticeViewModel again = committee.appointmentNotice();
        again.issue();
        assertThat(again.numberProperty().get()).isEqualTo(number);
        assertThat(issuedNotices()).isEqualTo(before + 1);
    }

    @Test
    void twoAppointmentsTakeTwoNumbers() {
        committee.orgProperty().set(office.bigCompoundBranch().org());
        take(Position.SECRETARY, Chosen.DESIGNATED);
        LeadershipNoticeViewModel first = committee.appointmentNotice();
        first.issue();
        take(Position.ORGANIZATION, Chosen.APPOINTED);
        LeadershipNoticeViewModel second = committee.appointmentNotice();
        second.issue();

        assertThat(first.numberProperty().get()).isNotEmpty();
        assertThat(second.numberProperty().get())
                .isNotEmpty()
                .isNotEqualTo(first.numberProperty().get());
    }

    @Test
    void aPositionEndedByRemovalGetsItsRemovalNoticeButOneEndedByDeathDoesNot() {
        committee.orgProperty().set(office.bigCompoundBranch().org());
        CommitteeViewModel.Row secretary = take(Position.SECRETARY, Chosen.DESIGNATED);
        CommitteeViewModel.Row organizer = take(Position.ORGANIZATION, Chosen.APPOINTED);
        committee.selectedProperty().set(secretary);
        committee.endSelected(committee.today(), EndReason.REMOVED);
        committee.selectedProperty().set(organizer);
        committee.endSelected(committee.today(), EndReason.DECEASED);
        assertThat(committee.past()).hasSize(2);

        committee.selectedProperty().set(ended(secretary));
        assertThat(committee.canRemovalNoticeProperty().get()).isTrue();
        assertThat(committee.canAppointmentNoticeProperty().get())
                .as("its appointment notice may still be reprinted")
                .isTrue();
        LeadershipNoticeViewModel removal = committee.removalNotice();
        removal.issue();
        assertThat(removal.numberProperty().get()).contains("〔");
        assertThat(removal.what()).contains(secretary.member());

        committee.selectedProperty().set(ended(organizer));
        assertThat(committee.canRemovalNoticeProperty().get()).isFalse();
        assertThat(committee.removalNoticeBlockedProperty().get()).contains("去世");
    }

    private CommitteeViewModel.Row ended(CommitteeViewModel.Row row) {
        return committee.past().stream()
                .filter(r -> r.holding().id().equals(row.holding().id()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theDemosApprovedRenewalGetsItsReplyWhichIsSavedPrintedAndOpened() throws Exception {
        ChartNode branch = approvedRenewalBranch();
        committee.orgProperty().set(branch.org());
        Election approved =
                office.services.elections().ofOrg(branch.org().id()).stream()
                        .filter(e -> e.stage() == Election.Stage.APPROVED)
                        .findFirst()
                        .orElseThrow();
        assertThat(committee.renewals()).extracting(Election::id).contains(approved.id());
        committee.renewalProperty().set(approved);
        assertThat(committee.canElectionResultProperty().get()).isTrue();
        assertThat(committee.renewalText(approved)).contains("已审批");

        LeadershipNoticeViewModel reply = committee.electionResultNotice();
        assertThat(reply.title()).isEqualTo("选举结果批复");
        reply.issue();
        assertThat(reply.numberProperty().get()).contains("〔");
        assertThat(reply.labelProperty().get()).contains(reply.numberProperty().get());
        assertThat(reply.saveToProperty().get())
                .as("a copy is proposed in the save folder, named by the number")
                .startsWith(office.saved.toString())
                .contains(reply.numberProperty().get());

        Path target = dir.resolve("批复.pdf");
        reply.saveToProperty().set(target.toString());
        reply.save();
        assertThat(target).exists();
        assertThat(Files.size(target)).isEqualTo(Files.size(reply.currentProperty().get()));
        assertThat(reply.noticeProperty().get().kind()).isEqualTo(Notice.Kind.SUCCESS);

        reply.print();
        reply.openExternally();
        assertThat(office.desked)
                .containsExactly(reply.currentProperty().get(), reply.currentProperty().get());
    }

    @Test
    void aRenewalNotYetReportedGetsNoReplyAndTheReasonIsGiven() {
        ChartNode branch = office.bigCompoundBranch();
        committee.orgProperty().set(branch.org());
        RenewalWizardViewModel wizard = committee.renewal();
        wizard.load();
        wizard.seatsProperty().set(3);
        wizard.requestOnProperty().set(wizard.today());
        wizard.requestDocProperty().set("青槐街党工〔2026〕1号");
        wizard.save();
        committee.changed();

        assertThat(committee.renewals()).hasSize(1);
        assertThat(committee.renewalProperty().get()).isNotNull();
        assertThat(committee.canElectionResultProperty().get()).isFalse();
        assertThat(committee.electionResultBlockedProperty().get()).contains("尚未报告选举结果");
    }

    @Test
    void anAccountThatMayNotIssueSeesADraftButIssuesNothing() {
        office.mayIssue = false;
        committee = office.committee();
        committee.orgProperty().set(office.bigCompoundBranch().org());
        take(Position.SECRETARY, Chosen.DESIGNATED);
        int before = issuedNotices();

        LeadershipNoticeViewModel notice = committee.appointmentNotice();
        assertThat(notice.canIssueProperty().get()).isFalse();
        assertThat(notice.issueBlockedProperty().get()).contains("只能预览草稿");
        notice.preview();
        assertThat(notice.currentProperty().get()).isNotNull();
        notice.issue();

        assertThat(notice.issuedProperty().get()).isFalse();
        assertThat(notice.noticeProperty().get().kind()).isEqualTo(Notice.Kind.FAILURE);
        assertThat(issuedNotices()).isEqualTo(before);
    }

    private ChartNode approvedRenewalBranch() {
        return office.first(
                n ->
                        office.services.elections().ofOrg(n.org().id()).stream()
                                .anyMatch(e -> e.stage() == Election.Stage.APPROVED));
    }
}
