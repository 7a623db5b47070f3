package org.branchdesk.domain.leadership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.branchdesk.domain.leadership.LeadershipRules.Refusal;
import org.branchdesk.domain.leadership.LeadershipRules.TermStatus;
import org.branchdesk.domain.members.PartyStanding;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.domain.orgs.BranchRules;
import org.branchdesk.domain.orgs.OrgType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadershipRulesTest {
    static final LocalDate EST = LocalDate.of(2020, 3, 1);

    @ParameterizedTest(name = "{0} {1} {2} from {8}: {9}")
    @CsvSource({
        // type, position, chosen, member, standing, hasSecretary, holdsSeat, dissolved, from,
        // refusal
        "COMPOUND_BRANCH,SECRETARY,ELECTED,true,FULL,false,false,,2023-03-01,",
        "COMPOUND_BRANCH,SECRETARY,ELECTED,true,PROBATIONARY,false,false,,2023-03-01,PROBATIONARY",
        "COMPOUND_BRANCH,SECRETARY,APPOINTED,true,PROBATIONARY,false,false,,2023-03-01,PROBATIONARY",
        "COMPOUND_BRANCH,MEMBER,ELECTED,false,,false,false,,2023-03-01,NOT_A_MEMBER",
        "COMPOUND_BRANCH,SECRETARY,ELECTED,true,FULL,true,false,,2023-03-01,SECOND_SECRETARY",
        "COMPOUND_BRANCH,DEPUTY_SECRETARY,ELECTED,true,FULL,true,false,,2023-03-01,",
        "COMPOUND_BRANCH,ORGANIZATION,ELECTED,true,FULL,false,true,,2023-03-01,SECOND_SEAT",
        "COMPOUND_BRANCH,SECRETARY,ELECTED,true,FULL,false,false,,2020-02-29,BEFORE_ESTABLISHED",
        "COMPOUND_BRANCH,SECRETARY,DESIGNATED,true,FULL,false,false,2024-01-01,2024-01-02,AFTER_DISSOLVED",
        "COMPOUND_BRANCH,SECRETARY,DESIGNATED,true,FULL,false,false,2024-01-01,2024-01-01,AFTER_DISSOLVED",
        "COMPOUND_BRANCH,SECRETARY,DESIGNATED,true,FULL,false,false,2024-01-01,2023-12-31,",
        "COMPOUND_BRANCH,SECRETARY,ELECTED,true,FULL,false,false,,2020-03-01,",
        "TEMPORARY_BRANCH,SECRETARY,ELECTED,true,FULL,false,false,,2023-03-01,TEMPORARY_NOT_ELECTED",
        "TEMPORARY_BRANCH,SECRETARY,APPOINTED,true,FULL,false,false,,2023-03-01,",
        "STREET_WORKING_COMMITTEE,SECRETARY,APPOINTED,true,FULL,false,false,,2023-03-01,WORKING_COMMITTEE",
        "COMMUNITY_PARTY_COMMITTEE,SECRETARY,DESIGNATED,true,FULL,false,false,,2023-03-01,"
    })
    void whoMayTakeASeat(
            OrgType type,
            Position position,
            Chosen chosen,
            boolean member,
            Standing standing,
            boolean hasSecretary,
            boolean holdsSeat,
            LocalDate dissolved,
            LocalDate from,
            Refusal refusal) {
        assertThat(
                        LeadershipRules.check(
                                type,
                                EST,
                                dissolved,
                                position,
                                chosen,
                                member,
                                standing,
                                hasSecretary,
                                holdsSeat,
                                from))
                .isEqualTo(refusal);
    }

    @ParameterizedTest(name = "full since {0}, from {1}: exception needed {2}")
    @CsvSource({
        "2020-01-01,2023-01-01,false",
        "2022-06-01,2023-05-31,true",
        "2022-06-01,2023-06-01,false",
        ",2023-01-01,true"
    })
    void aSecretaryWithLessThanAYearOfFullStandingNeedsARecordedException(
            LocalDate fullOn, LocalDate from, boolean needed) {
        assertThat(LeadershipRules.secretaryNeedsException(fullOn, from)).isEqualTo(needed);
    }

    @ParameterizedTest(name = "{0}: {1} years")
    @CsvSource({
        "COMMUNITY_PARTY_COMMITTEE,5", "COMMUNITY_GENERAL_BRANCH,5", "COMMUNITY_BRANCH,5",
                "COMPOUND_BRANCH,5",
        "JOINT_BRANCH,3", "PROPERTY_COMPANY_ORG,3", "RESIDENT_UNIT_ORG,3", "TEMPORARY_BRANCH,3"
    })
    void termsLastFiveYearsInCommunitiesAndCompoundsAndThreeElsewhere(OrgType type, int years) {
        assertThat(LeadershipRules.termYears(type)).isEqualTo(years);
        assertThat(LeadershipRules.termEnd(type, EST))
                .as("the day before the anniversary")
                .isEqualTo(EST.plusYears(years).minusDays(1));
    }

    @Test
    void anOfficeMaySetAnotherTermLengthForAType() {
        assertThat(LeadershipRules.termYears(OrgType.JOINT_BRANCH, Map.of(OrgType.JOINT_BRANCH, 5)))
                .isEqualTo(5);
        assertThat(LeadershipRules.termYears(OrgType.JOINT_BRANCH, Map.of(OrgType.JOINT_BRANCH, 9)))
                .as("not beyond the constitution's five")
                .isEqualTo(3);
        assertThat(
                        LeadershipRules.termYears(
                                OrgType.COMPOUND_BRANCH, Map.of(OrgType.COMPOUND_BRANCH, 2)))
                .as("nor below its three")
                .isEqualTo(5);
        assertThat(
                        LeadershipRules.termEnd(
                                OrgType.JOINT_BRANCH, EST, Map.of(OrgType.JOINT_BRANCH, 4)))
                .isEqualTo(EST.plusYears(4).minusDays(1));
    }

    @ParameterizedTest(name = "ends {0}, today {1}: {2}")
    @CsvSource({
        "2027-12-31,2026-12-05,RUNNING",
        "2027-06-03,2026-12-05,DUE", // 180 days ahead
        "2027-06-04,2026-12-05,RUNNING", // 181 days ahead
        "2026-12-05,2026-12-05,DUE",
        "2026-12-04,2026-12-05,OVERDUE"
    })
    void aTermIsDueWithin180DaysAndOverdueOnceEnded(
            LocalDate end, LocalDate today, TermStatus status) {
        assertThat(LeadershipRules.status(end, today)).isEqualTo(status);
    }

    @Test
    void everyValueAClerkSeesHasItsChineseText() {
        for (Enum<?>[] values :
                new Enum<?>[][] {
                    Position.values(),
                    Chosen.values(),
                    Source.values(),
                    EndReason.values(),
                    Refusal.values(),
                    TermStatus.values()
                }) {
            for (Enum<?> v : values) {
                String prefix =
                        v instanceof Refusal
                                ? "refusal.leadership."
                                : Character.toLowerCase(v.getClass().getSimpleName().charAt(0))
                                        + v.getClass().getSimpleName().substring(1)
                                        + ".";
                assertThat(org.branchdesk.domain.common.Messages.format(prefix + v.name()))
                        .as(prefix + v.name())
                        .doesNotStartWith(prefix)
                        .isNotBlank();
            }
        }
    }

    @ParameterizedTest(name = "{0}, full on {1}, on {2}: {3}")
    @CsvSource({
        "FULL,2020-03-01,2020-03-01,FULL",
        "FULL,2020-03-01,2020-02-29,PROBATIONARY",
        "FULL,,2020-02-29,FULL", // a full member whose date is unknown
        "PROBATIONARY,,2030-01-01,PROBATIONARY"
    })
    void aMembersStandingOnADayFollowsTheDayTheyBecameFull(
            Standing standing, LocalDate fullOn, LocalDate day, Standing expected) {
        assertThat(PartyStanding.on(standing, fullOn, day)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}, {1} full, {2} seats held: committee needed {3}")
    @CsvSource({
        "COMPOUND_BRANCH,7,0,true",
        "COMPOUND_BRANCH,7,1,true", // a secretary alone is no committee
        "COMPOUND_BRANCH,7,3,false",
        "COMPOUND_BRANCH,6,0,false",
        "JOINT_BRANCH,12,2,true",
        "TEMPORARY_BRANCH,12,0,false", // appointed, never elected
        "COMMUNITY_GENERAL_BRANCH,0,0,false"
    })
    void aBigBranchNeedsACommitteeUntilThreeSeatsAreHeld(
            OrgType type, int full, int seats, boolean needed) {
        assertThat(BranchRules.needsCommittee(type, full, seats)).isEqualTo(needed);
    }

    @ParameterizedTest(name = "{0}–{1} and {2}–{3}: overlap {4}")
    @CsvSource({
        "2021-03-01,,2023-03-01,,true", // both still held
        "2021-03-01,2023-03-01,2023-03-01,,false", // a handover on the same day
        "2021-03-01,2023-03-02,2023-03-01,,true",
        "2023-03-01,,2021-03-01,2023-03-01,false", // the same handover, the other way round
        "2023-03-01,,2021-03-01,2023-03-02,true",
        "2021-03-01,2022-01-01,2023-03-01,2024-01-01,false",
        "2023-03-01,2023-03-01,2023-03-01,,true" // begun the same day
    })
    void twoHoldingsOverlapUnlessOneEndsTheDayTheOtherBegins(
            LocalDate aFrom, LocalDate aEnd, LocalDate bFrom, LocalDate bEnd, boolean overlap) {
        assertThat(LeadershipRules.overlap(aFrom, aEnd, bFrom, bEnd)).isEqualTo(overlap);
        assertThat(LeadershipRules.overlap(bFrom, bEnd, aFrom, aEnd)).isEqualTo(overlap);
    }
}
