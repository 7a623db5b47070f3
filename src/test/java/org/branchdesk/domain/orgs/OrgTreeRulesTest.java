package org.branchdesk.domain.orgs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrgTreeRulesTest {
    static final LocalDate EST = LocalDate.of(2020, 1, 1);

    static PartyOrg org(OrgType type, String name, UUID parent) {
        Set<UUID> places =
                switch (type) {
                    case COMPOUND_BRANCH, TEMPORARY_BRANCH -> Set.of(UUID.randomUUID());
                    case JOINT_BRANCH -> Set.of(UUID.randomUUID(), UUID.randomUUID());
                    default -> Set.of();
                };
        return PartyOrg.of(
                UUID.randomUUID(),
                type,
                name,
                null,
                parent,
                type == OrgType.STREET_WORKING_COMMITTEE ? null : UUID.randomUUID(),
                places,
                EST,
                null,
                null,
                null,
                null,
                null);
    }

    @ParameterizedTest(name = "{0}, active {1}: can have organizations under it: {2}")
    @CsvSource({
        "STREET_WORKING_COMMITTEE,true,true",
        "COMMUNITY_PARTY_COMMITTEE,true,true",
        "COMMUNITY_GENERAL_BRANCH,true,true",
        "COMMUNITY_PARTY_COMMITTEE,false,false",
        "COMMUNITY_BRANCH,true,false",
        "COMPOUND_BRANCH,true,false",
        "JOINT_BRANCH,true,false",
        "TEMPORARY_BRANCH,true,false",
        "PROPERTY_COMPANY_ORG,true,false",
        "RESIDENT_UNIT_ORG,true,false"
    })
    void onlyAnActiveOrganizationThatIsNotABranchTakesOrganizationsUnderIt(
            OrgType type, boolean active, boolean parent) {
        PartyOrg o =
                org(
                        type,
                        "上级",
                        type == OrgType.STREET_WORKING_COMMITTEE ? null : UUID.randomUUID());
        assertThat(OrgTreeRules.canBeParent(active ? o : o.dissolved(EST.plusYears(1))))
                .isEqualTo(parent);
    }

    @Test
    void namesAreUniqueAmongTheOfficesActiveOrganizations() {
        PartyOrg street = org(OrgType.STREET_WORKING_COMMITTEE, "青槐街道党工委", null);
        PartyOrg east = org(OrgType.COMMUNITY_PARTY_COMMITTEE, "东社区党委", street.id());
        PartyOrg first = org(OrgType.COMMUNITY_BRANCH, "东社区第一党支部", east.id());
        PartyOrg old =
                org(OrgType.COMMUNITY_BRANCH, "东社区第二党支部", east.id()).dissolved(EST.plusYears(2));
        List<PartyOrg> all = List.of(street, east, first, old);
        assertThat(OrgTreeRules.nameTaken("东社区第一党支部", null, all)).as("taken").isTrue();
        assertThat(OrgTreeRules.nameTaken("东社区第二党支部", null, all))
                .as("a dissolved one frees its name")
                .isFalse();
        assertThat(OrgTreeRules.nameTaken("东社区第一党支部", first.id(), all))
                .as("its own name")
                .isFalse();
        assertThat(OrgTreeRules.nameTaken("西社区第一党支部", null, all)).isFalse();
    }

    @Test
    void nothingMovesIntoItsOwnSubtree() {
        PartyOrg street = org(OrgType.STREET_WORKING_COMMITTEE, "街道党工委", null);
        PartyOrg committee = org(OrgType.COMMUNITY_PARTY_COMMITTEE, "社区党委", street.id());
        PartyOrg general = org(OrgType.COMMUNITY_GENERAL_BRANCH, "党总支", committee.id());
        PartyOrg other = org(OrgType.COMMUNITY_PARTY_COMMITTEE, "另一社区党委", street.id());
        PartyOrg branch = org(OrgType.COMPOUND_BRANCH, "小区党支部", committee.id());
        Map<UUID, UUID> parents = new HashMap<>();
        for (PartyOrg o : List.of(street, committee, general, other, branch)) {
            parents.put(o.id(), o.parentId());
        }
        assertThat(OrgTreeRules.canMoveUnder(committee, general, parents::get))
                .as("below itself")
                .isFalse();
        assertThat(OrgTreeRules.canMoveUnder(committee, committee, parents::get))
                .as("itself")
                .isFalse();
        assertThat(OrgTreeRules.canMoveUnder(general, other, parents::get))
                .as("a committee elsewhere")
                .isTrue();
        assertThat(OrgTreeRules.canMoveUnder(general, branch, parents::get))
                .as("under a branch")
                .isFalse();
        assertThat(OrgTreeRules.canMoveUnder(branch, street, parents::get))
                .as("up to the top")
                .isTrue();
        assertThat(OrgTreeRules.isWithin(branch.id(), street.id(), parents::get)).isTrue();
        assertThat(OrgTreeRules.isWithin(street.id(), branch.id(), parents::get)).isFalse();
    }
}
