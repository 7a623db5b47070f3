package org.branchdesk.domain.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.domain.orgs.OrgType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ElectionRulesTest {
    @ParameterizedTest(name = "{0}, under 留党察看 {1}: votes {2}")
    @CsvSource({
        "FULL,false,true",
        "FULL,true,false",
        "PROBATIONARY,false,false",
        "PROBATIONARY,true,false"
    })
    void onlyFullMembersNotOnProbationVote(Standing standing, boolean onProbation, boolean votes) {
        assertThat(ElectionRules.entitledToVote(standing, onProbation)).isEqualTo(votes);
    }

    @ParameterizedTest(name = "{1} of {0} present: valid {2}")
    @CsvSource({
        "10,8,false", // exactly four fifths is not enough
        "10,9,true",
        "10,10,true",
        "5,4,false",
        "5,5,true",
        "7,6,true", // 6/7 = 0.857
        "7,5,false",
        "11,9,true", // 9/11 = 0.818
        "11,8,false",
        "0,0,false",
        "10,11,false" // more present than entitled is a mistake, not a quorum
    })
    void aMeetingIsValidOnlyWithMoreThanFourFifthsPresent(
            int entitled, int present, boolean valid) {
        assertThat(ElectionRules.meetingValid(entitled, present)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0} votes of {1} present: elected {2}")
    @CsvSource({
        "5,10,false",
        "6,10,true",
        "4,9,false",
        "5,9,true",
        "0,0,false",
        "10,10,true",
        "11,10,false",
        "-1,10,false"
    })
    void aCandidateNeedsMoreThanHalfTheVotesOfThosePresent(
            int votes, int present, boolean elected) {
        assertThat(ElectionRules.elected(votes, present)).isEqualTo(elected);
    }

    @ParameterizedTest(name = "{0} seats: at least {1} candidates")
    @CsvSource({"1,2", "3,4", "4,5", "5,6", "6,8", "7,9"})
    void committeesAreElectedFromTwentyPercentMoreCandidatesRoundedUp(int seats, int candidates) {
        assertThat(ElectionRules.minimumCandidates(seats)).isEqualTo(candidates);
    }

    @org.junit.jupiter.api.Test
    void noSeatsIsNoElection() {
        assertThatThrownBy(() -> ElectionRules.minimumCandidates(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} full members, {1} seats: fits {2}")
    @CsvSource({
        "6,3,false",
        "7,2,false",
        "7,3,true",
        "7,7,true",
        "7,8,false",
        "12,5,true",
        "30,7,true",
        "30,8,false"
    })
    void theCommitteeSizeFollowsTheBranchsFullMembers(int fullMembers, int seats, boolean fits) {
        assertThat(ElectionRules.committeeSizeFits(fullMembers, seats)).isEqualTo(fits);
    }

    @ParameterizedTest(name = "{0} of {1} full members, {2} seats: fits {3}")
    @CsvSource({
        "COMPOUND_BRANCH,6,1,true",
        "COMPOUND_BRANCH,6,2,true",
        "COMPOUND_BRANCH,6,3,false", // below seven full members there is no committee
        "COMPOUND_BRANCH,7,1,false",
        "COMPOUND_BRANCH,7,3,true",
        "COMPOUND_BRANCH,7,7,true",
        "COMPOUND_BRANCH,30,8,false",
        "JOINT_BRANCH,12,5,true",
        "COMMUNITY_GENERAL_BRANCH,0,5,true",
        "COMMUNITY_GENERAL_BRANCH,0,4,false",
        "COMMUNITY_GENERAL_BRANCH,0,9,true",
        "COMMUNITY_GENERAL_BRANCH,0,10,false",
        "COMMUNITY_PARTY_COMMITTEE,0,11,true",
        "COMMUNITY_PARTY_COMMITTEE,0,12,false",
        "COMMUNITY_PARTY_COMMITTEE,0,4,false",
        "TEMPORARY_BRANCH,20,3,false", // appointed, never elected
        "STREET_WORKING_COMMITTEE,0,7,false"
    })
    void theSeatsFollowTheOrganizationAndItsFullMembers(
            OrgType type, int full, int seats, boolean fits) {
        assertThat(ElectionRules.seatsFit(type, full, seats)).isEqualTo(fits);
    }

    @ParameterizedTest(name = "{0} seats, {1} candidates: enough {2}")
    @CsvSource({
        "1,1,true",
        "2,2,true",
        "3,3,false",
        "3,4,true",
        "5,5,false",
        "5,6,true",
        "7,8,false",
        "7,9,true"
    })
    void aCommitteeIsElectedFromACompetitiveSlateButASecretaryMayStandAlone(
            int seats, int candidates, boolean enough) {
        assertThat(ElectionRules.slateLargeEnough(seats, candidates)).isEqualTo(enough);
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final UUID ORG = UUID.randomUUID();

    /** A valid renewal of a 3-seat committee: 4 candidates, 3 elected, approved. */
    private static Election valid() {
        List<Election.Candidate> c = new ArrayList<>();
        c.add(cand(20, true, Position.SECRETARY));
        c.add(cand(19, true, Position.ORGANIZATION));
        c.add(cand(15, true, Position.PUBLICITY));
        c.add(cand(6, false, null));
        return new Election(
                UUID.randomUUID(),
                ORG,
                3,
                new Election.Step(LocalDate.of(2026, 3, 1), "请示1"),
                new Election.Step(LocalDate.of(2026, 3, 10), "批复1"),
                new Election.Meeting(LocalDate.of(2026, 4, 1), 24, 21),
                new Election.Step(LocalDate.of(2026, 4, 3), "报告1"),
                new Election.Step(LocalDate.of(2026, 4, 20), "批复2"),
                c);
    }

    private static Election.Candidate cand(int votes, boolean elected, Position p) {
        return new Election.Candidate(
                UUID.randomUUID(), votes, elected, p, null, Source.RESIDENT, null);
    }

    private static List<ElectionRules.Problem> problems(Election e) {
        return ElectionRules.problems(OrgType.COMPOUND_BRANCH, 24, e, TODAY);
    }

    @Test
    void aRenewalWithEveryStepInOrderStands() {
        assertThat(problems(valid())).isEmpty();
        assertThat(valid().stage()).isEqualTo(Election.Stage.APPROVED);
    }

    @Test
    void aRenewalStopsAtAnyStepAndStandsSoFar() {
        Election e = valid();
        Election requested =
                new Election(e.id(), ORG, 3, e.request(), null, null, null, null, List.of());
        assertThat(problems(requested)).isEmpty();
        assertThat(requested.stage()).isEqualTo(Election.Stage.REQUESTED);
    }

    @Test
    void aMeetingWithoutAReplyIsASkippedStep() {
        Election e = valid();
        Election skipped =
                new Election(
                        e.id(), ORG, 3, e.request(), null, e.meeting(), null, null, e.candidates());
        assertThat(problems(skipped)).containsExactly(ElectionRules.Problem.STEP_SKIPPED);
    }

    @Test
    void aReplyDatedBeforeTheRequestIsOutOfOrder() {
        Election e = valid();
        Election back =
                new Election(
                        e.id(),
                        ORG,
                        3,
                        e.request(),
                        new Election.Step(LocalDate.of(2026, 2, 1), "批复1"),
                        null,
                        null,
                        null,
                        List.of());
        assertThat(problems(back)).containsExactly(ElectionRules.Problem.STEPS_OUT_OF_ORDER);
    }

    @ParameterizedTest(name = "{0} of 24 present: {1}")
    @CsvSource({"19,NO_QUORUM", "20,", "25,COUNTS_IMPOSSIBLE", "0,COUNTS_IMPOSSIBLE"})
    void theMeetingNeedsMoreThanFourFifthsPresent(int present, ElectionRules.Problem problem) {
        Election e = valid();
        List<Election.Candidate> c =
                e.candidates().stream()
                        .map(
                                x ->
                                        new Election.Candidate(
                                                x.memberId(),
                                                Math.min(x.votes(), Math.max(present, 0)),
                                                x.elected() && present > 0,
                                                x.position(),
                                                null,
                                                x.source(),
                                                null))
                        .toList();
        Election m =
                new Election(
                        e.id(),
                        ORG,
                        3,
                        e.request(),
                        e.reply(),
                        new Election.Meeting(e.meeting().on(), 24, present),
                        null,
                        null,
                        c);
        List<ElectionRules.Problem> found = problems(m);
        if (problem == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).contains(problem);
        }
    }

    @Test
    void aCandidateWithHalfTheVotesMarkedElectedIsRefused() {
        Election e = valid();
        List<Election.Candidate> c = new ArrayList<>(e.candidates());
        // 21 present: 10 votes is less than half, 11 is more
        c.set(
                2,
                new Election.Candidate(
                        c.get(2).memberId(),
                        10,
                        true,
                        Position.PUBLICITY,
                        null,
                        Source.RESIDENT,
                        null));
        assertThat(problems(with(e, c)))
                .containsExactly(ElectionRules.Problem.ELECTED_WITHOUT_MAJORITY);
        c.set(
                2,
                new Election.Candidate(
                        c.get(2).memberId(),
                        11,
                        true,
                        Position.PUBLICITY,
                        null,
                        Source.RESIDENT,
                        null));
        assertThat(problems(with(e, c))).isEmpty();
    }

    @Test
    void threeSeatsNeedFourCandidates() {
        Election e = valid();
        assertThat(problems(with(e, e.candidates().subList(0, 3))))
                .containsExactly(ElectionRules.Problem.TOO_FEW_CANDIDATES);
    }

    @Test
    void theSameMemberCannotStandTwice() {
        Election e = valid();
        List<Election.Candidate> c = new ArrayList<>(e.candidates());
        Election.Candidate first = c.get(0);
        c.set(
                3,
                new Election.Candidate(
                        first.memberId(), 1, false, null, null, Source.RESIDENT, null));
        assertThat(problems(with(e, c))).containsExactly(ElectionRules.Problem.CANDIDATE_TWICE);
    }

    @Test
    void approvalNeedsOneSecretaryAndAPositionForEveryoneElected() {
        Election e = valid();
        List<Election.Candidate> c = new ArrayList<>(e.candidates());
        c.set(
                0,
                new Election.Candidate(
                        c.get(0).memberId(),
                        20,
                        true,
                        Position.DEPUTY_SECRETARY,
                        null,
                        Source.RESIDENT,
                        null));
        assertThat(problems(with(e, c))).containsExactly(ElectionRules.Problem.NO_SINGLE_SECRETARY);
        c.set(
                0,
                new Election.Candidate(
                        c.get(0).memberId(), 20, true, null, null, Source.RESIDENT, null));
        assertThat(problems(with(e, c)))
                .containsExactly(
                        ElectionRules.Problem.POSITION_MISSING,
                        ElectionRules.Problem.NO_SINGLE_SECRETARY);
    }

    @Test
    void moreElectedThanSeatsIsRefused() {
        Election e = valid();
        List<Election.Candidate> c = new ArrayList<>(e.candidates());
        c.set(
                3,
                new Election.Candidate(
                        c.get(3).memberId(),
                        12,
                        true,
                        Position.MEMBER,
                        null,
                        Source.RESIDENT,
                        null));
        c.add(cand(1, false, null));
        assertThat(problems(with(e, c)))
                .containsExactly(ElectionRules.Problem.MORE_ELECTED_THAN_SEATS);
    }

    @Test
    void aStepDatedAfterTodayIsRefused() {
        assertThat(
                        ElectionRules.problems(
                                OrgType.COMPOUND_BRANCH, 24, valid(), LocalDate.of(2026, 4, 10)))
                .containsExactly(ElectionRules.Problem.IN_THE_FUTURE);
    }

    private static Election with(Election e, List<Election.Candidate> c) {
        return new Election(
                e.id(),
                ORG,
                e.seats(),
                e.request(),
                e.reply(),
                e.meeting(),
                e.report(),
                e.approval(),
                c);
    }

    @ParameterizedTest(name = "{0} entitled: at least {1} present")
    @CsvSource({"10,9", "5,5", "7,6", "11,9", "20,17", "1,1"})
    void theLeastPresentIsMoreThanFourFifths(int entitled, int least) {
        assertThat(ElectionRules.leastPresent(entitled)).isEqualTo(least);
        assertThat(ElectionRules.meetingValid(entitled, least)).isTrue();
        assertThat(ElectionRules.meetingValid(entitled, least - 1)).isFalse();
    }

    @Test
    void aRenewalBeginsWithItsRequest() {
        Election e = valid();
        Election none = new Election(e.id(), ORG, 3, null, null, null, null, null, List.of());
        assertThat(problems(none)).containsExactly(ElectionRules.Problem.REQUEST_MISSING);
    }

    @Test
    void aCorrectionMayChangeAStepButNotRemoveIt() {
        Election e = valid();
        Election withoutApproval =
                new Election(
                        e.id(),
                        ORG,
                        3,
                        e.request(),
                        e.reply(),
                        e.meeting(),
                        e.report(),
                        null,
                        e.candidates());
        assertThat(ElectionRules.problems(OrgType.COMPOUND_BRANCH, 24, e, withoutApproval, TODAY))
                .containsExactly(ElectionRules.Problem.STEP_REMOVED);
        Election moved =
                new Election(
                        e.id(),
                        ORG,
                        3,
                        new Election.Step(LocalDate.of(2026, 3, 2), "请示1（更正）"),
                        e.reply(),
                        e.meeting(),
                        e.report(),
                        e.approval(),
                        e.candidates());
        assertThat(ElectionRules.problems(OrgType.COMPOUND_BRANCH, 24, e, moved, TODAY)).isEmpty();
    }

    @Test
    void noMoreMayVoteThanTheBranchHasFullMembersOnTheRegister() {
        // 24 entitled, 21 present: fine with 24 full members, refused with 23
        assertThat(ElectionRules.problems(OrgType.COMPOUND_BRANCH, 23, valid(), TODAY))
                .containsExactly(ElectionRules.Problem.ENTITLED_OVER_REGISTER);
    }
}
