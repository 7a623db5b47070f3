package org.branchdesk.domain.orgs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.orgs.BranchRules.Coverage;
import org.branchdesk.domain.orgs.BranchRules.Leadership;
import org.branchdesk.domain.orgs.BranchRules.Suggestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BranchRulesTest {
    @ParameterizedTest
    @CsvSource({"0,false", "2,false", "3,true", "40,true"})
    void threeFullMembersRegisteredHereMakeARegularBranchPossible(int members, boolean eligible) {
        assertThat(BranchRules.canHaveRegularBranch(members)).isEqualTo(eligible);
    }

    @ParameterizedTest
    @CsvSource({
        "5,REGULAR,REGULAR_IN_PLACE",
        "2,REGULAR,REGULAR_BELOW_MINIMUM",
        "3,NONE,SET_UP_REGULAR",
        "0,NONE,JOINT_OR_TEMPORARY",
        "2,NONE,JOINT_OR_TEMPORARY",
        "4,JOINT,UPGRADE_TO_REGULAR",
        "1,JOINT,JOINT_IN_PLACE",
        "3,TEMPORARY,UPGRADE_TO_REGULAR",
        "0,TEMPORARY,TEMPORARY_IN_PLACE"
    })
    void eachSituationGetsItsSuggestion(int members, Coverage coverage, Suggestion expected) {
        assertThat(BranchRules.suggest(members, coverage)).isEqualTo(expected);
    }

    @Test
    void everySuggestionNamesAKindOfBranch() {
        for (Suggestion s : Suggestion.values()) {
            assertThat(Messages.format(s.key())).containsAnyOf("可建立党支部", "联合党支部", "临时党支部");
        }
    }

    @ParameterizedTest
    @CsvSource({"1,SECRETARY", "6,SECRETARY", "7,COMMITTEE", "49,COMMITTEE"})
    void sevenFullMembersNeedACommittee(int members, Leadership expected) {
        assertThat(BranchRules.leadershipFor(members)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2,false", "3,true", "5,true", "7,true", "8,false"})
    void committeesHaveThreeToSevenSeats(int seats, boolean allowed) {
        assertThat(BranchRules.committeeSeatsAllowed(seats)).isEqualTo(allowed);
    }

    @Test
    void overFiftyMembersABranchShouldSplit() {
        assertThat(BranchRules.shouldSplit(50)).isFalse();
        assertThat(BranchRules.shouldSplit(51)).isTrue();
    }

    @Test
    void aJointBranchCoversTwoToFivePlaces() {
        assertThat(BranchRules.jointBranchPlacesAllowed(1)).isFalse();
        assertThat(BranchRules.jointBranchPlacesAllowed(2)).isTrue();
        assertThat(BranchRules.jointBranchPlacesAllowed(5)).isTrue();
        assertThat(BranchRules.jointBranchPlacesAllowed(6)).isFalse();
    }

    @Test
    void everyPropertyCompanyShouldHaveAPartyOrganization() {
        assertThat(BranchRules.propertyCompanyNeedsOrganization(false)).isTrue();
        assertThat(BranchRules.propertyCompanyNeedsOrganization(true)).isFalse();
    }

    @Test
    void fullNamesFollowTheFormalPattern() {
        assertThat(BranchRules.fullName("青槐小区党支部", OrgType.COMPOUND_BRANCH, false))
                .isEqualTo("中共青槐小区支部");
        assertThat(BranchRules.fullName("青槐小区党支部", OrgType.COMPOUND_BRANCH, true))
                .isEqualTo("中共青槐小区支部委员会");
        assertThat(BranchRules.fullName("柳岸社区党委", OrgType.COMMUNITY_PARTY_COMMITTEE, true))
                .isEqualTo("中共柳岸社区委员会");
        assertThat(BranchRules.fullName("石桥社区党总支", OrgType.COMMUNITY_GENERAL_BRANCH, true))
                .isEqualTo("中共石桥社区总支部委员会");
        assertThat(BranchRules.fullName("青槐街道党工委", OrgType.STREET_WORKING_COMMITTEE, true))
                .isEqualTo("中共青槐街道工作委员会");
    }

    @Test
    void organizationsAreCheckedWhenMade() {
        UUID parent = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        assertThatThrownBy(
                        () ->
                                PartyOrg.of(
                                        UUID.randomUUID(),
                                        OrgType.JOINT_BRANCH,
                                        "联合党支部",
                                        null,
                                        parent,
                                        null,
                                        Set.of(a),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null))
                .hasMessageContaining("2 到 5");
        assertThatThrownBy(
                        () ->
                                PartyOrg.of(
                                        UUID.randomUUID(),
                                        OrgType.COMPOUND_BRANCH,
                                        "青槐小区党支部",
                                        null,
                                        null,
                                        null,
                                        Set.of(a),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null))
                .hasMessageStartingWith("上级党组织：");
        PartyOrg temp =
                PartyOrg.of(
                        UUID.randomUUID(),
                        OrgType.TEMPORARY_BRANCH,
                        "青槐小区临时党支部",
                        null,
                        parent,
                        null,
                        Set.of(a),
                        LocalDate.of(2020, 2, 5),
                        null,
                        null,
                        null,
                        null,
                        null);
        assertThat(temp.fullName()).isEqualTo("中共青槐小区临时支部");
        PartyOrg regular = temp.convertedToRegular("青槐小区党支部");
        assertThat(regular.type()).isEqualTo(OrgType.COMPOUND_BRANCH);
        assertThat(regular.id()).isEqualTo(temp.id());
        assertThat(regular.establishedOn()).isEqualTo(temp.establishedOn());
        assertThatThrownBy(() -> regular.convertedToRegular("x")).isInstanceOf(UserError.class);

        PartyOrg gone = regular.dissolved(LocalDate.of(2023, 1, 1));
        assertThat(gone.isActive()).isFalse();
        assertThatThrownBy(() -> gone.dissolved(LocalDate.of(2024, 1, 1)))
                .isInstanceOf(UserError.class);
        assertThatThrownBy(() -> regular.dissolved(LocalDate.of(2019, 1, 1)))
                .isInstanceOf(ValidationError.class);
    }
}
