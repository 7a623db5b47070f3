package org.branchdesk.domain.care;

import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.care.DevelopmentProgress.ProbationExtension;
import org.branchdesk.domain.members.CitizenId;

/**
 * One applicant's development case (发展党员), from the application to full membership: who applies (a
 * resident on the people register, or named with an ID number held as a member's is), in which
 * branch, whether working on the front line (一线) and with what priority, and the member record made
 * when the higher committee approved.
 *
 * @param personId the applicant on the people register, or {@code null} when named only here
 * @param priority higher first on the board, after the front line
 * @param memberId the member record made at the approval, {@code null} before it
 * @param extension the probation's extension, {@code null} unless decided
 */
public record DevelopmentCase(
        UUID id,
        UUID personId,
        String name,
        CitizenId citizenId,
        UUID orgId,
        boolean frontLine,
        int priority,
        State state,
        UUID memberId,
        ProbationExtension extension) {

    /** Where a case stands as a whole. */
    public enum State {
        /** Under way. */
        OPEN,
        /** Full membership entered: the case is done. */
        FULL_MEMBER,
        /** Withdrawn (the applicant withdrew or was not taken further); kept, never deleted. */
        WITHDRAWN
    }

    public DevelopmentCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(citizenId, "citizenId");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(state, "state");
    }

    /** The same case with the member record made at the approval. */
    public DevelopmentCase withMember(UUID member) {
        return new DevelopmentCase(
                id, personId, name, citizenId, orgId, frontLine, priority, state, member,
                extension);
    }

    /** The same case in another state. */
    public DevelopmentCase in(State to) {
        return new DevelopmentCase(
                id, personId, name, citizenId, orgId, frontLine, priority, to, memberId, extension);
    }

    /** The same case with its probation extended. */
    public DevelopmentCase extended(ProbationExtension by) {
        return new DevelopmentCase(
                id, personId, name, citizenId, orgId, frontLine, priority, state, memberId, by);
    }
}
