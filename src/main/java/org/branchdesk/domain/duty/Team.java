package org.branchdesk.domain.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Names;
import org.branchdesk.domain.common.ValidationError;

/**
 * A team that serves a community or one of its compounds: named, with a leader and members drawn
 * from the members register and the people register. A team is stood down on a date, never deleted.
 *
 * @param compoundId the compound it serves, or {@code null} for the whole community
 */
public record Team(
        UUID id,
        TeamKind kind,
        String name,
        UUID communityId,
        UUID compoundId,
        Someone leader,
        List<Someone> members,
        LocalDate formedOn,
        LocalDate endedOn) {

    /** One who serves: a member, or a person on the people register. Exactly one is set. */
    public record Someone(UUID memberId, UUID personId) {
        public Someone {
            if ((memberId == null) == (personId == null)) {
                throw new IllegalArgumentException("a member or a person, exactly one");
            }
        }

        public static Someone member(UUID id) {
            return new Someone(id, null);
        }

        public static Someone person(UUID id) {
            return new Someone(null, id);
        }

        public boolean isMember() {
            return memberId != null;
        }
    }

    public Team {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(formedOn, "formedOn");
        members = List.copyOf(members);
    }

    /** A new team as a form or a command gives it; refused naming the field. */
    public static Team of(
            UUID id,
            TeamKind kind,
            String name,
            UUID communityId,
            UUID compoundId,
            Someone leader,
            List<Someone> members,
            LocalDate formedOn) {
        if (kind == null) {
            throw new ValidationError("field.team.kind", "rule.required");
        }
        if (formedOn == null) {
            throw new ValidationError("field.team.formedOn", "rule.required");
        }
        if (communityId == null) {
            throw new ValidationError("field.team.community", "rule.required");
        }
        Team t =
                new Team(
                        id,
                        kind,
                        Names.requireName("field.team.name", name),
                        communityId,
                        compoundId,
                        leader,
                        members,
                        formedOn,
                        null);
        TeamRules.Refusal r = TeamRules.check(t);
        if (r != null) {
            throw new ValidationError(TeamRules.fieldOf(r), "refusal.team." + r.name());
        }
        return t;
    }

    public boolean isActive() {
        return endedOn == null;
    }
}
