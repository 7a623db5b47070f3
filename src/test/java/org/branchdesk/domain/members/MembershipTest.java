package org.branchdesk.domain.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.domain.orgs.PartyOrg;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MembershipTest {
    static PartyOrg org(OrgType type, boolean active) {
        UUID community = UUID.randomUUID();
        Set<UUID> places =
                switch (type) {
                    case COMPOUND_BRANCH, TEMPORARY_BRANCH -> Set.of(UUID.randomUUID());
                    case JOINT_BRANCH -> Set.of(UUID.randomUUID(), UUID.randomUUID());
                    default -> Set.of();
                };
        PartyOrg o =
                PartyOrg.of(
                        UUID.randomUUID(),
                        type,
                        "测试党组织",
                        null,
                        type == OrgType.STREET_WORKING_COMMITTEE ? null : UUID.randomUUID(),
                        type == OrgType.STREET_WORKING_COMMITTEE ? null : community,
                        places,
                        LocalDate.of(2020, 1, 1),
                        null,
                        null,
                        null,
                        null,
                        null);
        return active ? o : o.dissolved(LocalDate.of(2024, 1, 1));
    }

    @ParameterizedTest(name = "{0}, active {1}: membership can be held there: {2}")
    @CsvSource({
        "STREET_WORKING_COMMITTEE,true,false",
        "COMMUNITY_PARTY_COMMITTEE,true,false",
        "COMMUNITY_GENERAL_BRANCH,true,false",
        "COMMUNITY_BRANCH,true,true",
        "COMPOUND_BRANCH,true,true",
        "JOINT_BRANCH,true,true",
        "TEMPORARY_BRANCH,true,false",
        "PROPERTY_COMPANY_ORG,true,true",
        "RESIDENT_UNIT_ORG,true,true",
        "COMPOUND_BRANCH,false,false",
        "COMMUNITY_BRANCH,false,false"
    })
    void membershipIsHeldOnlyInAnActiveBranch(OrgType type, boolean active, boolean holds) {
        assertThat(Membership.canBeHeldIn(org(type, active))).isEqualTo(holds);
    }

    @ParameterizedTest(name = "active {0}, {1}, {2}, {3}: counts {4}")
    @CsvSource({
        "true,FULL,COMMUNITY,RESIDENT,true",
        "true,FULL,COMMUNITY,MOBILE_IN,true",
        "true,FULL,COMMUNITY,REPORTING_IN_SERVICE,true",
        "true,FULL,COMMUNITY,WENT_OUT,false",
        "true,FULL,COMMUNITY,LOST_CONTACT,false",
        "true,PROBATIONARY,COMMUNITY,RESIDENT,false",
        "true,FULL,OTHER_UNIT,RESIDENT,false",
        "true,FULL,RETIRED_FORMER_UNIT,RESIDENT,false",
        "false,FULL,COMMUNITY,RESIDENT,false"
    })
    void onlyFullMembersRegisteredAndPresentHereCountTowardARegularBranch(
            boolean active,
            Standing standing,
            Registration registration,
            Presence presence,
            boolean counts) {
        assertThat(Membership.countsTowardRegularBranch(active, standing, registration, presence))
                .isEqualTo(counts);
    }

    @ParameterizedTest(name = "{0}, mobile {1}: {2}")
    @CsvSource({
        "COMMUNITY,false,RESIDENT",
        "RETIRED_FORMER_UNIT,false,RESIDENT",
        "OTHER_UNIT,false,REPORTING_IN_SERVICE",
        "COMMUNITY,true,MOBILE_IN",
        "OTHER_UNIT,true,MOBILE_IN"
    })
    void presenceFollowsFromRegistrationWhenNotGiven(
            Registration registration, boolean mobile, Presence expected) {
        assertThat(Membership.presenceFor(registration, mobile)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "stated {0}, full on {1}, otherwise {2}: {3}")
    @CsvSource({
        ",,FULL,FULL",
        ",,PROBATIONARY,PROBATIONARY",
        ",2020-05-01,PROBATIONARY,FULL",
        "PROBATIONARY,,FULL,PROBATIONARY",
        "FULL,,PROBATIONARY,FULL",
        "PROBATIONARY,2020-05-01,FULL,PROBATIONARY"
    })
    void aFullMembershipDateMeansAFullMemberUnlessTheStandingIsStated(
            Standing stated, LocalDate fullOn, Standing otherwise, Standing expected) {
        assertThat(Membership.standingFor(stated, fullOn, otherwise)).isEqualTo(expected);
    }
}
