package org.branchdesk.domain.duty;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.ValidationError;

/**
 * A cadre sent down to a community (下沉干部, policy articles 5 and 10): a member, or a person on the
 * people register, the unit that sent them, the period, and the community (or one of its compounds)
 * they serve. Ended on a day, never deleted.
 *
 * @param compoundId the compound served, or {@code null} for the whole community
 * @param to the last day, or {@code null} while they serve
 */
public record SentDown(
        UUID id,
        Team.Someone cadre,
        WorkUnit unit,
        UUID communityId,
        UUID compoundId,
        LocalDate from,
        LocalDate to) {

    public SentDown {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cadre, "cadre");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(from, "from");
    }

    /** A cadre sent down as a form or a command gives it; refused naming the field. */
    public static SentDown of(
            UUID id,
            Team.Someone cadre,
            WorkUnit unit,
            UUID communityId,
            UUID compoundId,
            LocalDate from,
            LocalDate to) {
        if (cadre == null) {
            throw new ValidationError("field.sentDown.cadre", "rule.required");
        }
        if (unit == null) {
            throw new ValidationError("field.sentDown.unit", "rule.required");
        }
        if (communityId == null) {
            throw new ValidationError("field.sentDown.community", "rule.required");
        }
        if (from == null) {
            throw new ValidationError("field.sentDown.from", "rule.required");
        }
        DutyPeriods.requireEndNotBeforeStart("field.sentDown.to", from, to);
        return new SentDown(id, cadre, unit, communityId, compoundId, from, to);
    }

    public boolean isServing() {
        return to == null;
    }

    /**
     * Whether the cadre serves on any day from {@code first} to {@code last} (both included): they
     * come to the community to serve, so its posts may take them on those days.
     */
    public boolean servesDuring(LocalDate first, LocalDate last) {
        return !from.isAfter(last) && (to == null || !to.isBefore(first));
    }

    /** The same record, the service ended on a day. */
    public SentDown endingOn(LocalDate on) {
        return new SentDown(id, cadre, unit, communityId, compoundId, from, on);
    }
}
