package org.branchdesk.service.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.leadership.Election;
import org.branchdesk.domain.leadership.EndReason;
import org.branchdesk.domain.leadership.Holding;
import org.branchdesk.domain.leadership.Position;
import org.branchdesk.domain.leadership.Source;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.service.Services;
import org.branchdesk.service.members.MemberService;
import org.branchdesk.service.orgs.PartyOrgService;
import org.branchdesk.service.registers.MemberFilter;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElectionServiceTest {
    @TempDir Path dir;
    Services s;
    PartyOrg branch;
    List<MemberService.Row> full;

    @BeforeEach
    void open() {
        s = TestOffice.open(dir);
        s.demo().load(0, false);
        // the branch with the most full members: it must elect a committee
        branch =
                s.orgs().list().stream()
                        .filter(o -> o.isActive() && o.type().name().equals("COMPOUND_BRANCH"))
                        // one the demo recorded no leaders or renewal for
                        .filter(o -> s.leadership().ofOrg(o.id()).isEmpty())
                        .filter(o -> s.elections().ofOrg(o.id()).isEmpty())
                        .max(
                                java.util.Comparator.comparingInt(
                                        o -> s.elections().fullMembers(o.id())))
                        .orElseThrow();
        full =
                s
                        .members()
                        .search(
                                new MemberFilter(
                                        null, null, null, branch.id(), null, null, null, false),
                                200)
                        .rows()
                        .stream()
                        .filter(m -> m.standing() == Standing.FULL)
                        .toList();
    }

    @AfterEach
    void close() {
        s.close();
    }

    /** The step dates of a renewal held last spring, its meeting with {@code present} present. */
    Election renewal(int present, int topVotes, boolean approve) {
        int entitled = s.elections().fullMembers(branch.id());
        LocalDate meeting = LocalDate.now().minusMonths(6);
        List<Election.Candidate> c = new ArrayList<>();
        Position[] positions = {Position.SECRETARY, Position.ORGANIZATION, Position.PUBLICITY};
        for (int i = 0; i < 4; i++) {
            boolean elected = i < 3;
            c.add(
                    new Election.Candidate(
                            full.get(i).id(),
                            i == 2 ? topVotes : present - i,
                            elected,
                            elected ? positions[i] : null,
                            i == 1 ? "纪检委员" : null,
                            Source.RESIDENT,
                            i == 0 ? "任职前长期担任楼栋长，群众基础好" : null));
        }
        c.set(3, new Election.Candidate(full.get(3).id(), 2, false, null, null, null, null));
        return new Election(
                UUID.randomUUID(),
                branch.id(),
                3,
                new Election.Step(meeting.minusDays(40), "青槐社党〔2026〕1号"),
                new Election.Step(meeting.minusDays(30), "青槐街党工〔2026〕3号"),
                new Election.Meeting(meeting, entitled, present),
                new Election.Step(meeting.plusDays(2), "青槐社党〔2026〕2号"),
                approve ? new Election.Step(meeting.plusDays(10), "青槐街党工〔2026〕7号") : null,
                c);
    }

    PartyOrgService.ChartNode node() {
        return find(s.orgs().chart(false));
    }

    PartyOrgService.ChartNode find(List<PartyOrgService.ChartNode> nodes) {
        for (PartyOrgService.ChartNode n : nodes) {
            if (n.org().id().equals(branch.id())) {
                return n;
            }
            PartyOrgService.ChartNode k = find(n.children());
            if (k != null) {
                return k;
            }
        }
        return null;
    }

    @Test
    void anApprovedRenewalSeatsTheCommitteeAndTheFlagClears() {
        assertThat(full).hasSizeGreaterThanOrEqualTo(7);
        assertThat(node().needsCommittee()).isTrue();
        int entitled = s.elections().fullMembers(branch.id());
        int present = entitled; // everyone came
        int elections = s.stats().counts().get("elections");

        s.elections().save(renewal(present, present - 2, true));

        List<Holding> serving =
                s.leadership().ofOrg(branch.id()).stream().filter(Holding::isServing).toList();
        assertThat(serving)
                .extracting(Holding::position)
                .containsExactly(Position.SECRETARY, Position.ORGANIZATION, Position.PUBLICITY);
        assertThat(serving.get(1).concurrentDuty()).isEqualTo("纪检委员");
        assertThat(s.leadership().terms(branch.id()))
                .singleElement()
                .satisfies(t -> assertThat(t.docNumber()).isEqualTo("青槐街党工〔2026〕7号"));
        assertThat(node().needsCommittee()).isFalse();
        assertThat(s.stats().counts()).containsEntry("elections", elections + 1);
    }

    @Test
    void theCommitteeThatServedStepsDownForTheRenewal() {
        Holding old =
                s.leadership()
                        .take(
                                new LeadershipService.NewHolding(
                                        branch.id(),
                                        full.get(5).id(),
                                        Position.SECRETARY,
                                        null,
                                        org.branchdesk.domain.leadership.Chosen.DESIGNATED,
                                        Source.COMMUNITY_COMMITTEE,
                                        LocalDate.now().minusYears(3),
                                        "青槐街党工〔2023〕1号",
                                        null,
                                        null));
        int entitled = s.elections().fullMembers(branch.id());
        Election e = s.elections().save(renewal(entitled, entitled - 2, true));
        Holding ended =
                s.leadership().ofOrg(branch.id()).stream()
                        .filter(h -> h.id().equals(old.id()))
                        .findFirst()
                        .orElseThrow();
        assertThat(ended.endReason()).isEqualTo(EndReason.RENEWAL);
        assertThat(ended.endedOn()).isEqualTo(e.meeting().on().minusDays(1));
    }

    @Test
    void aMeetingWithFourFifthsOrFewerPresentIsRefusedChangingNothing() {
        Map<String, Integer> before = s.stats().counts();
        int entitled = s.elections().fullMembers(branch.id());
        int present = entitled * 4 / 5; // four fifths or fewer
        assertThatThrownBy(() -> s.elections().save(renewal(present, present - 2, false)))
                .isInstanceOf(ValidationError.class)
                .hasMessageContaining("到会人数：")
                .hasMessageContaining("五分之四");
        assertThat(s.stats().counts()).isEqualTo(before);
    }

    @Test
    void aCandidateWithHalfTheVotesMarkedElectedIsRefusedChangingNothing() {
        Map<String, Integer> before = s.stats().counts();
        int entitled = s.elections().fullMembers(branch.id());
        assertThatThrownBy(() -> s.elections().save(renewal(entitled, entitled / 2, false)))
                .hasMessage("得票：得票未超过到会人数半数的候选人不能当选");
        assertThat(s.stats().counts()).isEqualTo(before);
    }

    @Test
    void aRenewalIsRecordedStepByStepAndIsClosedOnceApproved() {
        int entitled = s.elections().fullMembers(branch.id());
        Election whole = renewal(entitled, entitled - 2, true);
        Election requested =
                new Election(
                        whole.id(),
                        branch.id(),
                        3,
                        whole.request(),
                        null,
                        null,
                        null,
                        null,
                        List.of());
        s.elections().save(requested);
        assertThat(s.elections().underWay(branch.id()))
                .hasValueSatisfying(e -> assertThat(e.stage()).isEqualTo(Election.Stage.REQUESTED));
        assertThat(s.leadership().ofOrg(branch.id())).isEmpty();

        s.elections().save(whole);
        assertThat(s.elections().underWay(branch.id())).isEmpty();
        assertThatThrownBy(() -> s.elections().save(whole))
                .isInstanceOf(UserError.class)
                .hasMessage("这次换届的选举结果已经审批，不能再修改。");
    }

    @Test
    void aCommunityCommitteeIsElectedByTheFullMembersOfItsBranches() {
        PartyOrg community =
                s.orgs().list().stream()
                        .filter(o -> o.id().equals(branch.parentId()))
                        .findFirst()
                        .orElseThrow();
        int ofBranches =
                s.orgs().list().stream()
                        .filter(o -> community.id().equals(o.parentId()) && o.isActive())
                        .mapToInt(o -> s.elections().fullMembers(o.id()))
                        .sum();
        assertThat(s.elections().fullMembers(community.id()))
                .isEqualTo(ofBranches)
                .isGreaterThanOrEqualTo(s.elections().fullMembers(branch.id()));
    }

    @Test
    void aMeetingOnceRecordedStandsWhenAVoterLaterTransfersOut() {
        int entitled = s.elections().fullMembers(branch.id());
        Election whole = renewal(entitled, entitled - 2, true);
        Election met =
                new Election(
                        whole.id(),
                        branch.id(),
                        3,
                        whole.request(),
                        whole.reply(),
                        whole.meeting(),
                        null,
                        null,
                        whole.candidates());
        s.elections().save(met);
        // after the meeting, a member who voted (not a candidate) transfers out
        MemberService.Row voter = full.get(full.size() - 1);
        s.members()
                .leave(
                        voter.id(),
                        org.branchdesk.domain.members.Departure.TRANSFERRED_OUT,
                        LocalDate.now().minusDays(1));
        assertThat(s.elections().fullMembers(branch.id())).isEqualTo(entitled - 1);
        s.elections().save(whole);
        assertThat(s.elections().underWay(branch.id())).isEmpty();
    }

    @Test
    void aRenewalUnderWayMayBeAbandonedAndANewOneBegun() {
        int entitled = s.elections().fullMembers(branch.id());
        Election whole = renewal(entitled, entitled - 2, true);
        Election requested =
                new Election(
                        whole.id(),
                        branch.id(),
                        3,
                        whole.request(),
                        null,
                        null,
                        null,
                        null,
                        List.of());
        s.elections().save(requested);
        int before = s.stats().counts().get("elections");
        s.elections().abandon(requested.id());
        assertThat(s.stats().counts()).containsEntry("elections", before - 1);
        assertThat(s.elections().underWay(branch.id())).isEmpty();
        s.elections().save(renewal(entitled, entitled - 2, true));
        assertThatThrownBy(
                        () -> s.elections().abandon(s.elections().ofOrg(branch.id()).get(0).id()))
                .hasMessage("这次换届的选举结果已经审批，不能再修改。");
    }
}
