package org.branchdesk.ui.leadership;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.branchdesk.domain.leadership.Election;
import org.branchdesk.domain.leadership.Holding;
import org.branchdesk.domain.leadership.Position;
import org.branchdesk.service.orgs.PartyOrgService.ChartNode;
import org.branchdesk.ui.common.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenewalWizardViewModelTest {
    @TempDir Path dir;
    LeadershipFixture office;
    ChartNode branch;
    CommitteeViewModel committee;
    RenewalWizardViewModel vm;

    @BeforeEach
    void open() {
        office = new LeadershipFixture(dir);
        branch = office.bigCompoundBranch();
        committee = office.committee();
        committee.orgProperty().set(branch.org());
        vm = committee.renewal();
        vm.load();
    }

    @AfterEach
    void close() {
        assertThat(office.tasks.unhandled()).isEmpty();
        office.close();
    }

    @Test
    void aNewRenewalProposesThreeSeatsAndPrefillsTheEntitledWithTheFullMembers() {
        assertThat(vm.loadedProperty().get()).isTrue();
        assertThat(vm.stepProperty().get()).isZero();
        assertThat(vm.seatsProperty().get()).isEqualTo(3);
        assertThat(vm.seatsFitProperty().get()).isTrue();
        assertThat(vm.entitledProperty().get()).isEqualTo(branch.fullMembers());
        assertThat(vm.requestOnProperty().get()).isEqualTo(vm.today());
        assertThat(vm.memberChoices()).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void theMeetingIsValidOnlyWithMoreThanFourFifthsPresent() {
        vm.entitledProperty().set(10);
        vm.presentProperty().set(8);
        assertThat(vm.quorumValidProperty().get()).as("8 of 10 is not more than 4/5").isFalse();
        assertThat(vm.quorumHintProperty().get()).contains("无效").contains("至少须到会 9 人");
        vm.presentProperty().set(9);
        assertThat(vm.quorumValidProperty().get()).isTrue();
        assertThat(vm.quorumHintProperty().get()).contains("有效");
        vm.presentProperty().set(11);
        assertThat(vm.quorumValidProperty().get()).isFalse();
    }

    @Test
    void theMajorityLineIsHalfOfThosePresentAndEachCandidateShowsWhetherTheyPassIt() {
        vm.presentProperty().set(9);
        assertThat(vm.majorityHintProperty().get()).startsWith("得票须超过 4.5 票");
        vm.presentProperty().set(8);
        assertThat(vm.majorityHintProperty().get()).startsWith("得票须超过 4 票");
        vm.addCandidate(vm.memberChoices().get(0));
        RenewalWizardViewModel.Candidate c = vm.candidates().get(0);
        c.votesProperty().set(4);
        assertThat(c.majorityProperty().get()).isFalse();
        c.votesProperty().set(5);
        assertThat(c.majorityProperty().get()).isTrue();
    }

    @Test
    void aCommitteeOfThreeSeatsNeedsAtLeastFourCandidates() {
        vm.seatsProperty().set(3);
        for (int i = 0; i < 3; i++) {
            vm.addCandidate(vm.memberChoices().get(i));
        }
        vm.addCandidate(vm.memberChoices().get(0));
        assertThat(vm.candidates()).as("a member stands once").hasSize(3);
        assertThat(vm.slateLargeEnoughProperty().get()).isFalse();
        assertThat(vm.candidatesHintProperty().get()).contains("至少 4 名").contains("现有 3 名");
        vm.addCandidate(vm.memberChoices().get(3));
        assertThat(vm.slateLargeEnoughProperty().get()).isTrue();
    }

    @Test
    void nextGoesOnOnlyOnceTheStepIsFilled() {
        assertThat(vm.canNextProperty().get()).as("no request number yet").isFalse();
        vm.next();
        assertThat(vm.stepProperty().get()).isZero();
        vm.requestDocProperty().set("青槐街党工〔2026〕1号");
        assertThat(vm.canNextProperty().get()).isTrue();
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(1);
        assertThat(vm.replyOnProperty().get())
                .as("a new step proposes today")
                .isEqualTo(vm.today());
    }

    @Test
    void savingAnApprovedRenewalSeatsTheCommitteeAndClearsNeedsCommittee() {
        assertThat(branch.needsCommittee()).isTrue();
        fillEveryStep(vm, branch.fullMembers());

        vm.save();

        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.NONE);
        assertThat(vm.savedProperty().get().stage()).isEqualTo(Election.Stage.APPROVED);
        assertThat(vm.savedText()).contains("新一届委员会");
        List<Holding> serving =
                office.services.leadership().ofOrg(branch.org().id()).stream()
                        .filter(Holding::isServing)
                        .toList();
        assertThat(serving)
                .extracting(Holding::position)
                .containsExactlyInAnyOrder(
                        Position.SECRETARY, Position.ORGANIZATION, Position.PUBLICITY);
        assertThat(office.node(branch.org().id()).needsCommittee()).isFalse();
        committee.changed();
        assertThat(committee.current()).hasSize(3);
        assertThat(committee.currentTermProperty().get()).startsWith(vm.today().toString());
        assertThat(office.services.elections().underWay(branch.org().id())).isEmpty();
    }

    @Test
    void aRefusedSaveSaysWhyInChineseAndChangesNothing() {
        fillEveryStep(vm, branch.fullMembers());
        vm.presentProperty().set(branch.fullMembers() / 2);

        vm.save();

        assertThat(vm.noticeProperty().get().kind()).isEqualTo(Notice.Kind.FAILURE);
        assertThat(vm.noticeProperty().get().text()).startsWith("到会人数：");
        assertThat(vm.savedProperty().get()).isNull();
        assertThat(office.services.elections().ofOrg(branch.org().id())).isEmpty();
        assertThat(office.services.leadership().ofOrg(branch.org().id())).isEmpty();
        assertThat(office.node(branch.org().id()).needsCommittee()).isTrue();
    }

    @Test
    void aRenewalSavedAfterTheReplyIsResumedAtTheMeeting() {
        vm.requestDocProperty().set("青槐街党工〔2026〕1号");
        vm.next();
        vm.replyDocProperty().set("青槐街党工〔2026〕2号");
        vm.next();
        vm.save();
        assertThat(vm.savedProperty().get().stage()).isEqualTo(Election.Stage.REPLIED);
        assertThat(vm.savedText()).contains("已批复同意召开");

        RenewalWizardViewModel again = committee.renewal();
        again.load();

        assertThat(again.stepProperty().get()).isEqualTo(2);
        assertThat(again.replyDocProperty().get()).isEqualTo("青槐街党工〔2026〕2号");
        assertThat(again.entitledProperty().get()).isEqualTo(branch.fullMembers());
        assertThat(again.meetingOnProperty().get()).isEqualTo(again.today());
    }

    @Test
    void aRenewalUnderWayMayBeAbandonedAndTheNextWizardStartsAfresh() {
        assertThat(vm.resumedProperty().get()).isFalse();
        vm.requestDocProperty().set("青槐街党工〔2026〕1号");
        vm.next();
        vm.save();
        committee.reload();
        assertThat(committee.underWayProperty().get()).contains("换届进行中").contains("已请示");
        RenewalWizardViewModel again = committee.renewal();
        again.load();
        assertThat(again.resumedProperty().get()).isTrue();
        again.abandon();
        assertThat(again.abandonedProperty().get()).isTrue();
        assertThat(office.services.elections().underWay(branch.org().id())).isEmpty();
        committee.reload();
        assertThat(committee.underWayProperty().get()).isEmpty();
        RenewalWizardViewModel fresh = committee.renewal();
        fresh.load();
        assertThat(fresh.resumedProperty().get()).isFalse();
        assertThat(fresh.stepProperty().get()).isZero();
    }

    @Test
    void nothingIsSavedBeforeTheRequestIsFilled() {
        vm.save();
        assertThat(vm.noticeProperty().get().text()).contains("第一步");
        assertThat(office.services.elections().ofOrg(branch.org().id())).isEmpty();
    }

    /** Five steps, all today: four candidates, three elected with every vote. */
    static void fillEveryStep(RenewalWizardViewModel vm, int full) {
        LocalDate today = vm.today();
        vm.seatsProperty().set(3);
        vm.requestOnProperty().set(today);
        vm.requestDocProperty().set("青槐街党工〔2026〕1号");
        vm.replyOnProperty().set(today);
        vm.replyDocProperty().set("青槐街党工〔2026〕2号");
        vm.meetingOnProperty().set(today);
        vm.entitledProperty().set(full);
        vm.presentProperty().set(full);
        for (int i = 0; i < 4; i++) {
            vm.addCandidate(vm.memberChoices().get(i));
        }
        Position[] seats = {Position.SECRETARY, Position.ORGANIZATION, Position.PUBLICITY};
        for (int i = 0; i < 4; i++) {
            RenewalWizardViewModel.Candidate c = vm.candidates().get(i);
            c.votesProperty().set(i < 3 ? full : 0);
            c.electedProperty().set(i < 3);
            if (i < 3) {
                c.positionProperty().set(seats[i]);
            }
        }
        vm.candidates().get(0).standingExceptionProperty().set("群众基础好，经党工委研究同意");
        vm.reportOnProperty().set(today);
        vm.reportDocProperty().set("青槐街党工〔2026〕3号");
        vm.approvalOnProperty().set(today);
        vm.approvalDocProperty().set("青槐街党工〔2026〕4号");
    }
}
