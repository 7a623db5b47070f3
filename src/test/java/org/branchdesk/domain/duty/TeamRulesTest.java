package org.branchdesk.domain.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.common.ValidationError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TeamRulesTest {
    static final UUID M1 = UUID.randomUUID();
    static final UUID M2 = UUID.randomUUID();
    static final UUID P1 = UUID.randomUUID();

    /** "M1 M2 P1": members M, people P; the leader the same way, or empty. */
    static List<Team.Someone> people(String list) {
        List<Team.Someone> out = new ArrayList<>();
        for (String w : list.split(" ")) {
            switch (w) {
                case "M1" -> out.add(Team.Someone.member(M1));
                case "M2" -> out.add(Team.Someone.member(M2));
                case "P1" -> out.add(Team.Someone.person(P1));
                default -> {}
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} of {1}, led by {2}: {3}")
    @CsvSource({
        "COMMANDO,M1 M2,M1,",
        "COMMANDO,M1 P1,M1,COMMANDO_NOT_MEMBER",
        "VOLUNTEER,M1 P1,P1,",
        "PATROL,P1,,", // a team may have no leader named yet
        "PATROL,'',,EMPTY",
        "VOLUNTEER,M1 M1,M1,LISTED_TWICE",
        "VOLUNTEER,M1 P1,M2,LEADER_NOT_IN_TEAM"
    })
    void aTeamHasMembersItsLeaderAmongThemAndACommandoTeamIsPartyMembers(
            TeamKind kind, String members, String leader, TeamRules.Refusal refusal) {
        List<Team.Someone> lead = leader == null ? List.of() : people(leader);
        Team.Someone l = lead.isEmpty() ? null : lead.get(0);
        if (refusal == null) {
            assertThat(team(kind, members, l).isActive()).isTrue();
        } else {
            assertThatThrownBy(() -> team(kind, members, l))
                    .isInstanceOf(ValidationError.class)
                    .hasMessageContaining(
                            org.branchdesk.domain.common.Messages.format(
                                    "refusal.team." + refusal.name()));
        }
    }

    static Team team(TeamKind kind, String members, Team.Someone leader) {
        return Team.of(
                UUID.randomUUID(),
                kind,
                "卡点值守队",
                UUID.randomUUID(),
                null,
                leader,
                people(members),
                LocalDate.of(2020, 2, 1));
    }

    @ParameterizedTest(name = "member {0}, person {1}: valid {2}")
    @CsvSource({"true,false,true", "false,true,true", "true,true,false", "false,false,false"})
    void someoneIsAMemberOrAPersonExactlyOne(boolean member, boolean person, boolean valid) {
        if (valid) {
            assertThat(new Team.Someone(member ? M1 : null, person ? P1 : null).isMember())
                    .isEqualTo(member);
        } else {
            assertThatThrownBy(() -> new Team.Someone(member ? M1 : null, person ? P1 : null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest(name = "{0} takes a {1}: {2}")
    @CsvSource({
        "COMMANDO,member,true",
        "COMMANDO,person,false",
        "VOLUNTEER,member,true",
        "VOLUNTEER,person,true",
        "PATROL,member,true",
        "PATROL,person,true"
    })
    void aCommandoTeamTakesPartyMembersOnlyTheOthersTakeAnyone(
            TeamKind kind, String who, boolean may) {
        Team.Someone s = who.equals("member") ? Team.Someone.member(M1) : Team.Someone.person(P1);
        assertThat(TeamRules.mayJoin(kind, s)).isEqualTo(may);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "EMPTY,field.team.members",
        "LISTED_TWICE,field.team.members",
        "LEADER_NOT_IN_TEAM,field.team.leader",
        "COMMANDO_NOT_MEMBER,field.team.members"
    })
    void eachRefusalNamesItsField(TeamRules.Refusal r, String field) {
        assertThat(TeamRules.fieldOf(r)).isEqualTo(field);
    }
}
