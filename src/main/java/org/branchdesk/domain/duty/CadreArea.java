package org.branchdesk.domain.duty;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.ValidationError;

/**
 * A cadre's area (包联, policy article 6: 领导干部包村（片、区）责任制): a member, or a person such as a cadre sent
 * down, answers for a community or one of its compounds over a period, and logs each contact on
 * grassroots work days. Ended on a day, never deleted.
 *
 * @param compoundId the compound answered for, or {@code null} for the whole community
 * @param to the last day, or {@code null} while they answer for it
 */
public record CadreArea(
        UUID id,
        Team.Someone cadre,
        UUID communityId,
        UUID compoundId,
        LocalDate from,
        LocalDate to) {

    public CadreArea {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cadre, "cadre");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(from, "from");
    }

    /** An area as a form or a command gives it; refused naming the field. */
    public static CadreArea of(
            UUID id,
            Team.Someone cadre,
            UUID communityId,
            UUID compoundId,
            LocalDate from,
            LocalDate to) {
        if (cadre == null) {
            throw new ValidationError("field.area.cadre", "rule.required");
        }
        if (communityId == null) {
            throw new ValidationError("field.area.community", "rule.required");
        }
        if (from == null) {
            throw new ValidationError("field.area.from", "rule.required");
        }
        DutyPeriods.requireEndNotBeforeStart("field.area.to", from, to);
        return new CadreArea(id, cadre, communityId, compoundId, from, to);
    }

    public boolean isOpen() {
        return to == null;
    }

    /** Whether it is the same place: the same community, and the same compound or none. */
    public boolean samePlace(UUID community, UUID compound) {
        return communityId.equals(community) && Objects.equals(compoundId, compound);
    }

    /** The same area, ended on a day. */
    public CadreArea endingOn(LocalDate on) {
        return new CadreArea(id, cadre, communityId, compoundId, from, on);
    }
}
