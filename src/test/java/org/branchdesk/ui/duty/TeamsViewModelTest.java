package org.branchdesk.ui.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.domain.duty.TeamKind;
import org.branchdesk.domain.duty.TeamRules;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.places.Community;
import org.branchdesk.service.duty.PeopleService;
import org.branchdesk.service.duty.TeamService.Candidate;
import org.branchdesk.service.duty.TeamService.Line;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamsViewModelTest {
    @TempDir Path dir;
    DutyFixture office;
    TeamsViewModel vm;
    Member member;
    Community community;

    @BeforeEach
    void open() {
        office = DutyFixture.demo(dir);
        member = office.member(0);
        office.services
                .people()
                .add(new PeopleService.NewPerson("柳青", null, null, PersonKind.VOLUNTEER, null));
        vm = office.teams();
        vm.reload();
        community =
                vm.communities().stream()
                        .filter(c -> c.id().equals(member.communityId()))
                        .findFirst()
                        .orElseThrow();
    }

    @AfterEach
    void close() {
        assertThat(office.tasks.unhandled()).isEmpty();
        office.close();
    }

    TeamFormViewModel form(TeamKind kind, String name) {
        vm.communityProperty().set(community);
        TeamFormViewModel f = vm.newTeam();
        f.kindProperty().set(kind);
        f.nameProperty().set(name);
        return f;
    }

    Candidate candidate(TeamFormViewModel f, String name) {
        return f.shown().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    Candidate aMember(TeamFormViewModel f, int n) {
        return f.shown().stream().filter(Candidate::isMember).skip(n).findFirst().orElseThrow();
    }

    @Test
    void noTeamsYetSaysHowToStart() {
        assertThat(vm.rows()).as("the demo's teams").isNotEmpty();
        office.close();
        office = DutyFixture.empty(dir.resolve("empty"));
        vm = office.teams();
        vm.reload();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.placeholderProperty().get()).isEqualTo(I18n.text("teams.empty"));
    }

    @Test
    void aVolunteerTeamOfMembersAndPeopleIsFormedAndListed() {
        TeamFormViewModel f = form(TeamKind.VOLUNTEER, "卡点值守队");
        assertThat(f.communityProperty().get()).as("the filter's community").isEqualTo(community);
        assertThat(f.shown()).as("members first, then the people register").isNotEmpty();
        assertThat(f.shown().get(0).isMember()).isTrue();
        assertThat(f.missingProperty().get()).isNotEmpty();
        Candidate lead = aMember(f, 0);
        Candidate second = aMember(f, 1);
        Candidate volunteer = candidate(f, "柳青");
        f.pick(lead);
        f.pick(second);
        f.pick(volunteer);
        f.leaderProperty().set(lead);
        assertThat(f.shown()).as("picked ones leave the list").doesNotContain(lead, volunteer);
        assertThat(f.refusalProperty().get()).isNull();
        assertThat(f.canSaveProperty().get()).isTrue();

        f.save();

        assertThat(f.savedProperty().get()).isNotNull();
        assertThat(vm.noticeProperty().get()).isEqualTo(Notice.success("已组建：卡点值守队"));
        Line line = vm.rows().get(0);
        assertThat(vm.selectedProperty().get()).as("the team formed is chosen").isEqualTo(line);
        assertThat(line.team().name()).isEqualTo("卡点值守队");
        assertThat(TeamsViewModel.kindText(line)).isEqualTo("志愿服务队");
        assertThat(TeamsViewModel.leaderText(line)).isEqualTo(lead.name());
        assertThat(TeamsViewModel.countText(line)).isEqualTo("3");
        assertThat(TeamsViewModel.compoundText(line)).isEqualTo("全社区");
        assertThat(TeamsViewModel.statusText(line)).isEqualTo("在编");
        assertThat(TeamsViewModel.membersText(line))
                .isEqualTo("卡点值守队　队员 3 人：" + lead.name() + "（队长）、" + second.name() + "、柳青");
        vm.textProperty().set("柳青");
        assertThat(vm.rows()).as("found by a member's name").hasSize(1);
        vm.kindProperty().set(TeamKind.PATROL);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.placeholderProperty().get()).isEqualTo("没有符合条件的队伍");
    }

    @Test
    void aCommandoTeamTakesPartyMembersOnlyAsTheClerkPicks() {
        TeamFormViewModel f = form(TeamKind.COMMANDO, "党员突击队");
        assertThat(f.kindNoteProperty().get()).contains("只收党员");
        Candidate volunteer = candidate(f, "柳青");
        assertThat(f.selectable(volunteer)).isFalse();
        assertThat(f.selectable(aMember(f, 0))).isTrue();

        f.pick(volunteer);

        assertThat(f.chosen()).isEmpty();
        assertThat(f.noticeProperty().get().text()).isEqualTo("不能选“柳青”：党员突击队的队员须是党员");

        f.kindProperty().set(TeamKind.PATROL);
        f.pick(volunteer);
        f.pick(aMember(f, 0));
        f.kindProperty().set(TeamKind.COMMANDO);
        assertThat(f.refusalProperty().get()).isEqualTo(TeamRules.Refusal.COMMANDO_NOT_MEMBER);
        assertThat(f.membersMessageProperty().get()).isEqualTo("党员突击队的队员须是党员");
        assertThat(f.mayStay(volunteer)).isFalse();
        assertThat(f.canSaveProperty().get()).isFalse();

        f.drop(volunteer);
        assertThat(f.refusalProperty().get()).isNull();
        assertThat(f.membersMessageProperty().get()).isEmpty();
        assertThat(f.canSaveProperty().get()).isTrue();
    }

    @Test
    void aPersonLinkedToAMemberIsOfferedOnceAsTheMember() {
        office.services
                .people()
                .add(
                        new PeopleService.NewPerson(
                                member.name(),
                                member.citizenId().value(),
                                null,
                                PersonKind.COMMUNITY_WORKER,
                                null));
        TeamFormViewModel f = form(TeamKind.COMMANDO, "党员突击队");
        assertThat(f.shown()).filteredOn(c -> c.name().equals(member.name())).hasSize(1);
        assertThat(f.selectable(candidate(f, member.name()))).isTrue();
    }

    @Test
    void theLeaderGoesWhenDroppedAndAnotherCommunityStartsThePickingAgain() {
        TeamFormViewModel f = form(TeamKind.PATROL, "治安巡逻队");
        Candidate lead = aMember(f, 0);
        f.pick(lead);
        f.leaderProperty().set(lead);
        f.drop(lead);
        assertThat(f.leaderProperty().get()).isNull();
        assertThat(f.missingProperty().get()).isNotEmpty();

        f.pick(lead);
        Community other =
                f.communities().stream()
                        .filter(c -> !c.equals(community))
                        .findFirst()
                        .orElseThrow();
        f.communityProperty().set(other);
        assertThat(f.chosen()).isEmpty();
        assertThat(f.compoundProperty().get()).isNull();
        assertThat(f.compounds()).allMatch(c -> c.communityId().equals(other.id()));

        f.communityProperty().set(null);
        assertThat(f.candidatesNoteProperty().get()).isEqualTo("先选择社区，再挑选队员");
    }

    @Test
    void theSearchFindsByNameCompoundOrIdTail() {
        TeamFormViewModel f = form(TeamKind.VOLUNTEER, "志愿服务队");
        Candidate m = aMember(f, 0);
        f.searchProperty().set(m.name());
        assertThat(f.shown()).contains(m);
        f.searchProperty().set(m.maskedId().substring(m.maskedId().length() - 4));
        assertThat(f.shown()).contains(m);
        f.searchProperty().set("没有这个人");
        assertThat(f.shown()).isEmpty();
        assertThat(f.candidatesNoteProperty().get()).isEqualTo("没有找到，请换个姓名或号码");
    }

    @Test
    void aTeamStoodDownShowsOnlyWithTheTeamsStoodDown() {
        TeamFormViewModel f = form(TeamKind.PATROL, "夜间巡逻二队");
        f.formedOnProperty().set(LocalDate.of(2020, 2, 1));
        f.pick(aMember(f, 0));
        f.save();
        Line line = vm.rows().get(0);
        assertThat(line.team().name()).isEqualTo("夜间巡逻二队");
        assertThat(vm.mayEnd(line)).isTrue();

        vm.end(line, LocalDate.of(2020, 1, 31));
        assertThat(vm.noticeProperty().get().text()).isEqualTo("撤销日期：撤销日期早于组建日期");
        vm.end(line, LocalDate.of(2020, 4, 30));

        assertThat(vm.rows()).isEmpty();
        long ended = office.services.teams().list().stream().filter(t -> !t.isActive()).count();
        assertThat(ended).isPositive();
        assertThat(vm.summaryProperty().get())
                .startsWith("显示 0 支；")
                .endsWith("已撤销 " + ended + " 支");
        vm.includeEndedProperty().set(true);
        assertThat(vm.rows())
                .singleElement()
                .satisfies(
                        l -> {
                            assertThat(TeamsViewModel.statusText(l)).isEqualTo("2020-04-30 撤销");
                            assertThat(vm.mayEnd(l)).isFalse();
                        });
    }

    @Test
    void theMembersOfTheCompoundChosenComeFirst() {
        TeamFormViewModel f = form(TeamKind.PATROL, "治安巡逻队");
        var compound = f.compounds().get(f.compounds().size() - 1);
        long living = f.shown().stream().filter(c -> compound.name().equals(c.compound())).count();
        assertThat(living).isPositive();

        f.compoundProperty().set(compound);

        assertThat(f.shown().subList(0, (int) living))
                .allMatch(c -> compound.name().equals(c.compound()));
        assertThat(f.shown().get(f.shown().size() - 1).isMember()).as("the people last").isFalse();
    }
}
