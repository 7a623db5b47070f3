package org.branchdesk.domain.duty;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Fields;
import org.branchdesk.domain.common.ValidationError;

/**
 * A time a member or a person cannot serve, on the office's clock: whole days (from the first day's
 * 00:00 to the 00:00 after the last) or hours.
 *
 * @param reason why, or {@code null}; never health details (it is shown on lists)
 */
public record Unavailability(UUID id, Team.Someone who, Availability.Period period, String reason) {
    public static final int MAX_REASON = 100;

    /** The longest time a clerk may enter at once: a year. */
    public static final int MAX_DAYS = 366;

    public Unavailability {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(period, "period");
    }

    /** Whole days, both included; refused naming the field. */
    public static Unavailability days(
            UUID id, Team.Someone who, LocalDate from, LocalDate to, String reason) {
        if (from == null) {
            throw new ValidationError("field.unavailable.from", "rule.required");
        }
        if (to == null) {
            throw new ValidationError("field.unavailable.to", "rule.required");
        }
        return hours(id, who, from.atStartOfDay(), to.plusDays(1).atStartOfDay(), reason);
    }

    /** From one time to another, the end not included; refused naming the field. */
    public static Unavailability hours(
            UUID id, Team.Someone who, LocalDateTime from, LocalDateTime to, String reason) {
        if (from == null) {
            throw new ValidationError("field.unavailable.from", "rule.required");
        }
        if (to == null) {
            throw new ValidationError("field.unavailable.to", "rule.required");
        }
        if (!to.isAfter(from)) {
            throw new ValidationError("field.unavailable.to", "rule.unavailable.endBeforeStart");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new ValidationError("field.unavailable.to", "rule.unavailable.tooLong", MAX_DAYS);
        }
        return new Unavailability(
                id,
                who,
                new Availability.Period(from, to),
                Fields.optional("field.unavailable.reason", reason, MAX_REASON));
    }
}
