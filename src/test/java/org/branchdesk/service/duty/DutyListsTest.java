package org.branchdesk.service.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.duty.TeamKind;
import org.branchdesk.domain.members.Departure;
import org.branchdesk.domain.members.Member;
import org.branchdesk.service.Services;
import org.branchdesk.service.registers.MemberFilter;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the duty screens read: an ID number looked up, teams named, whom a team may take. */
class DutyListsTest {
    static final String VOLUNTEER_ID = "990101199001011230";

    @TempDir Path dir;
    Services s;
    Member member;

    @BeforeEach
    void open() {
        s = TestOffice.open(dir);
        s.demo().load(0, false);
        member =
                s.members()
                        .get(
                                s.members()
                                        .search(
                                                new MemberFilter(
                                                        null, null, null, null, null, null, null,
                                                        false),
                                                1)
                                        .rows()
                                        .get(0)
                                        .id());
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void anIdNumberIsLookedUpInBothRegistersChangingNothing() {
        assertThat(s.people().match(VOLUNTEER_ID)).isEqualTo(new PeopleService.Match(null, false));
        assertThat(s.people().match(member.citizenId().value()))
                .isEqualTo(new PeopleService.Match(member.name(), false));
        s.people()
                .add(
                        new PeopleService.NewPerson(
                                "柳青", VOLUNTEER_ID, null, PersonKind.VOLUNTEER, null));
        assertThat(s.people().match(VOLUNTEER_ID)).isEqualTo(new PeopleService.Match(null, true));
        assertThatThrownBy(() -> s.people().match("99010119900101123"))
                .isInstanceOf(ValidationError.class);
    }

    @Test
    void aTeamIsListedWithItsPlacesAndPeopleNamed() {
        Person volunteer =
                s.people()
                        .add(
                                new PeopleService.NewPerson(
                                        "柳青", null, null, PersonKind.VOLUNTEER, null));
        Team.Someone lead = Team.Someone.member(member.id());
        s.teams()
                .add(
                        new TeamService.NewTeam(
                                TeamKind.VOLUNTEER,
                                "卡点值守队",
                                member.communityId(),
                                null,
                                lead,
                                List.of(lead, Team.Someone.person(volunteer.id())),
                                LocalDate.of(2020, 2, 1)));
        TeamService.Line line =
                s.teams().lines().stream()
                        .filter(l -> l.team().name().equals("卡点值守队"))
                        .findFirst()
                        .orElseThrow();
        assertThat(line.community())
                .isEqualTo(
                        s.places().communities().stream()
                                .filter(c -> c.id().equals(member.communityId()))
                                .findFirst()
                                .orElseThrow()
                                .name());
        assertThat(line.compound()).isNull();
        assertThat(line.leader()).isEqualTo(member.name());
        assertThat(line.members()).containsExactly(member.name(), "柳青");
    }

    @Test
    void aTeamMayTakeTheCommunitysMembersAndThePeopleOnTheRegisterEachOnce() {
        Person linked =
                s.people()
                        .add(
                                new PeopleService.NewPerson(
                                        member.name(),
                                        member.citizenId().value(),
                                        null,
                                        PersonKind.COMMUNITY_WORKER,
                                        null));
        Person volunteer =
                s.people()
                        .add(
                                new PeopleService.NewPerson(
                                        "柳青", VOLUNTEER_ID, null, PersonKind.VOLUNTEER, null));
        Person gone =
                s.people()
                        .add(new PeopleService.NewPerson("白露", null, null, PersonKind.OTHER, null));
        s.people().leave(gone.id(), LocalDate.of(2020, 4, 30));

        List<TeamService.Candidate> all = s.teams().candidates(member.communityId());

        assertThat(all)
                .filteredOn(c -> c.who().equals(Team.Someone.member(member.id())))
                .hasSize(1);
        assertThat(all)
                .noneMatch(c -> c.who().equals(Team.Someone.person(linked.id())))
                .noneMatch(c -> c.name().equals("白露"));
        TeamService.Candidate v =
                all.stream().filter(c -> c.name().equals("柳青")).findFirst().orElseThrow();
        assertThat(v.isMember()).isFalse();
        assertThat(v.kind()).isEqualTo(PersonKind.VOLUNTEER);
        assertThat(v.maskedId()).isEqualTo("990101********1230");
        assertThat(all.subList(all.indexOf(v), all.size()))
                .as("members first, then the people")
                .noneMatch(TeamService.Candidate::isMember);
        assertThat(all.stream().filter(TeamService.Candidate::isMember))
                .allMatch(c -> c.maskedId().contains("*"));
        int before = all.size();
        s.members().leave(member.id(), Departure.TRANSFERRED_OUT, LocalDate.of(2020, 5, 1));
        assertThat(s.teams().candidates(member.communityId()))
                .as("a member who left is no candidate; the person linked to them still is")
                .hasSize(before)
                .anyMatch(c -> c.who().equals(Team.Someone.person(linked.id())));
    }
}
