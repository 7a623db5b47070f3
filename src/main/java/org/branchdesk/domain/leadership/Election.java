package org.branchdesk.domain.leadership;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A renewal (换届) of an organization's committee as its five dated steps: the request to hold the
 * election, the higher organization's reply, the election meeting (members entitled to vote,
 * present, and every candidate's votes), the report of the result, and the approval of the
 * secretary and deputy. A step not yet taken is {@code null}; a later step never stands without the
 * earlier ones ({@link ElectionRules#firstProblem}).
 *
 * @param seats the committee seats to be filled (1 or 2 where a branch elects a secretary, and
 *     perhaps a deputy, without a committee)
 */
public record Election(
        UUID id,
        UUID orgId,
        int seats,
        Step request,
        Step reply,
        Meeting meeting,
        Step report,
        Step approval,
        List<Candidate> candidates) {

    public Election {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orgId, "orgId");
        candidates = List.copyOf(candidates);
    }

    /** A step with a document: its date and number. */
    public record Step(LocalDate on, String docNumber) {
        public Step {
            Objects.requireNonNull(on, "on");
        }
    }

    /** The election meeting: its date, the members entitled to vote and those present. */
    public record Meeting(LocalDate on, int entitled, int present) {
        public Meeting {
            Objects.requireNonNull(on, "on");
        }
    }

    /**
     * A candidate, with the votes received and whether the meeting declared them elected; an
     * elected candidate's position (and concurrent duty and source) is set when the committee
     * chooses its secretary and deputy, before approval.
     *
     * @param standingException why a secretary with less than a year of full standing was chosen
     */
    public record Candidate(
            UUID memberId,
            int votes,
            boolean elected,
            Position position,
            String concurrentDuty,
            Source source,
            String standingException) {
        public Candidate {
            Objects.requireNonNull(memberId, "memberId");
        }
    }

    /** How far the renewal has come, in the order of its steps. */
    public enum Stage {
        REQUESTED,
        REPLIED,
        MET,
        REPORTED,
        APPROVED
    }

    /** The last step taken ({@code null} before the request). */
    public Stage stage() {
        if (approval != null) {
            return Stage.APPROVED;
        }
        if (report != null) {
            return Stage.REPORTED;
        }
        if (meeting != null) {
            return Stage.MET;
        }
        if (reply != null) {
            return Stage.REPLIED;
        }
        return request != null ? Stage.REQUESTED : null;
    }

    /** The candidates the meeting declared elected, in the order given. */
    public List<Candidate> elected() {
        return candidates.stream().filter(Candidate::elected).toList();
    }

    /** The reply approving the result may be drafted once the result is reported. */
    public boolean replyMayBeDrafted() {
        return report != null && meeting != null;
    }

    /** The reply is issued as the approval's paper: once the approval is recorded. */
    public boolean replyMayBeIssued() {
        return approval != null;
    }
}
