package org.branchdesk.domain.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.branchdesk.domain.members.Standing;
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
}
