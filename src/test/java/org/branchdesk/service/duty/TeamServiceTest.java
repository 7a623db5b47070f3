package org.branchdesk.service.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.duty.TeamKind;
import org.branchdesk.domain.members.Departure;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.service.Services;
import org.branchdesk.service.members.MemberService;
import org.branchdesk.service.registers.MemberFilter;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamServiceTest {
    @TempDir Path dir;
    Services s;
    Compound compound;
    List<MemberService.Row> members;
    Person volunteer;

    @BeforeEach
    void open() {
        s = TestOffice.open(dir);
        s.demo().load(0, false);
        members =
                s.members()
                        .search(
                                new MemberFilter(null, null, null, null, null, null, null, false),
                                5)
                        .rows();
        var first = s.members().get(members.get(0).id());
        compound =
                s.places().compounds(first.communityId()).stream()
                        .filter(c -> c.id().equals(first.compoundId()))
                        .findFirst()
                        .orElseThrow();
        volunteer =
                s.people()
                        .add(
                                new PeopleService.NewPerson(
                                        "柳青", null, null, PersonKind.VOLUNTEER, null));
    }

    @AfterEach
    void close() {
        s.close();
    }

    TeamService.NewTeam team(TeamKind kind, List<Team.Someone> who, Team.Someone leader) {
        return new TeamService.NewTeam(
                kind,
                "卡点值守队",
                compound.communityId(),
                compound.id(),
                leader,
                who,
                LocalDate.of(2020, 2, 1));
    }

    @Test
    void aVolunteerTeamOfMembersAndPeopleIsFormedAndStoodDownKeepingItsRecord() {
        Team.Someone lead = Team.Someone.member(members.get(0).id());
        int before = s.stats().counts().get("teams"); // the demo's own teams
        Team t =
                s.teams()
                        .add(
                                team(
                                        TeamKind.VOLUNTEER,
                                        List.of(lead, Team.Someone.person(volunteer.id())),
                                        lead));
        assertThat(s.stats().counts()).containsEntry("teams", before + 1);
        assertThat(s.teams().list())
                .filteredOn(x -> x.id().equals(t.id()))
                .singleElement()
                .satisfies(
                        x -> {
                            assertThat(x.leader()).isEqualTo(lead);
                            assertThat(x.members()).hasSize(2);
                        });
        s.teams().end(t.id(), LocalDate.of(2020, 4, 30));
        assertThat(s.stats().counts()).containsEntry("teams", before);
        assertThat(s.teams().list())
                .filteredOn(x -> x.id().equals(t.id()))
                .singleElement()
                .satisfies(x -> assertThat(x.isActive()).isFalse());
    }

    @Test
    void aCommandoTeamIsPartyMembersOnlyAndARefusalChangesNothing() {
        Map<String, Integer> before = s.stats().counts();
        assertThatThrownBy(
                        () ->
                                s.teams()
                                        .add(
                                                team(
                                                        TeamKind.COMMANDO,
                                                        List.of(
                                                                Team.Someone.member(
                                                                        members.get(0).id()),
                                                                Team.Someone.person(
                                                                        volunteer.id())),
                                                        null)))
                .hasMessage("队员：党员突击队的队员须是党员");
        assertThat(s.stats().counts()).isEqualTo(before);
    }

    @Test
    void someoneWhoLeftTheRegisterCannotJoinATeam() {
        s.members()
                .leave(members.get(1).id(), Departure.TRANSFERRED_OUT, LocalDate.of(2020, 1, 31));
        assertThatThrownBy(
                        () ->
                                s.teams()
                                        .add(
                                                team(
                                                        TeamKind.PATROL,
                                                        List.of(
                                                                Team.Someone.member(
                                                                        members.get(0).id()),
                                                                Team.Someone.member(
                                                                        members.get(1).id())),
                                                        null)))
                .hasMessage("队员：第 2 名队员不在党员名册或人员名册上");
    }

    @Test
    void aTeamsCompoundMustBeInItsCommunity() {
        Community other =
                s.places().communities().stream()
                        .filter(c -> !c.id().equals(compound.communityId()))
                        .findFirst()
                        .orElseThrow();
        assertThatThrownBy(
                        () ->
                                s.teams()
                                        .add(
                                                new TeamService.NewTeam(
                                                        TeamKind.PATROL,
                                                        "巡逻队",
                                                        other.id(),
                                                        compound.id(),
                                                        null,
                                                        List.of(
                                                                Team.Someone.person(
                                                                        volunteer.id())),
                                                        LocalDate.of(2020, 2, 1))))
                .hasMessageContaining("这个小区不在该社区");
    }
}
