package org.branchdesk.domain.leadership;

import org.branchdesk.domain.members.Standing;
import org.branchdesk.domain.orgs.BranchRules;

/**
 * The checks of an election meeting, from 中国共产党基层组织选举工作条例 (2020) and 中国共产党支部 工作条例（试行）(2018). One
 * rule per method; each is asked by the renewal wizard, the import and the command line alike.
 */
public final class ElectionRules {
    /** 选举工作条例 第十五条: more than four fifths of the entitled members present. */
    public static final int QUORUM_NUMERATOR = 4;

    public static final int QUORUM_DENOMINATOR = 5;

    /** 选举工作条例 第十二条: at least 20% more candidates than seats (差额). */
    public static final int SURPLUS_PERCENT = 20;

    private ElectionRules() {}

    /**
     * Whether a member may vote (有表决权): a full member not under 留党察看. A probationary member takes
     * part in the meeting but neither votes nor stands.
     */
    public static boolean entitledToVote(Standing standing, boolean onProbation) {
        return standing == Standing.FULL && !onProbation;
    }

    /** The meeting is valid only with more than four fifths of the entitled members present. */
    public static boolean meetingValid(int entitled, int present) {
        if (entitled <= 0 || present < 0 || present > entitled) {
            return false;
        }
        return (long) present * QUORUM_DENOMINATOR > (long) entitled * QUORUM_NUMERATOR;
    }

    /** A candidate is elected with more than half of the votes of those present. */
    public static boolean elected(int votes, int present) {
        return present > 0 && votes >= 0 && votes <= present && 2L * votes > present;
    }

    /**
     * The fewest candidates for {@code seats} committee seats: 20% more, rounded up (3 seats → 4
     * candidates, 5 → 6, 7 → 9).
     */
    public static int minimumCandidates(int seats) {
        if (seats <= 0 || seats > 1000) {
            throw new IllegalArgumentException("seats: " + seats);
        }
        return seats + (seats * SURPLUS_PERCENT + 99) / 100;
    }

    /**
     * Whether {@code seats} fit a branch of {@code fullMembers}: a secretary only (and perhaps a
     * deputy) below seven full members, no committee; from seven, a committee of 3 to 5 seats,
     * generally at most 7 (支部工作条例 第十条; {@link BranchRules}).
     */
    public static boolean committeeSizeFits(int fullMembers, int seats) {
        if (BranchRules.leadershipFor(fullMembers) == BranchRules.Leadership.SECRETARY) {
            return false;
        }
        return BranchRules.committeeSeatsAllowed(seats);
    }
}
