package org.branchdesk.domain.duty;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.ValidationError;

/**
 * A member paired one-to-one (一对一帮扶) with a resident under assistance, a household of kind {@code
 * ASSISTED} on the households register, for a period. A pairing is ended on a date, never deleted:
 * its service log stays with it.
 *
 * @param endedOn the last day of the pairing; {@code null} while it is open
 */
public record Pairing(
        UUID id,
        UUID memberId,
        UUID householdId,
        AssistanceCategory category,
        LocalDate startedOn,
        LocalDate endedOn) {

    public Pairing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(startedOn, "startedOn");
    }

    /** A new, open pairing as a form or a command gives it; refused naming the missing field. */
    public static Pairing of(
            UUID id,
            UUID memberId,
            UUID householdId,
            AssistanceCategory category,
            LocalDate startedOn) {
        if (memberId == null) {
            throw new ValidationError("field.pairing.member", "rule.required");
        }
        if (householdId == null) {
            throw new ValidationError("field.pairing.household", "rule.required");
        }
        if (category == null) {
            throw new ValidationError("field.pairing.category", "rule.required");
        }
        if (startedOn == null) {
            throw new ValidationError("field.pairing.startedOn", "rule.required");
        }
        return new Pairing(id, memberId, householdId, category, startedOn, null);
    }

    public boolean isOpen() {
        return endedOn == null;
    }

    /** The same pairing, ended on a day. */
    public Pairing endedOn(LocalDate day) {
        return new Pairing(id, memberId, householdId, category, startedOn, day);
    }
}
