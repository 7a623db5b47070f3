package org.branchdesk.domain.duty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Fields;
import org.branchdesk.domain.common.ValidationError;

/**
 * Hours a reporting member served on a day outside the roster (an errand, a campaign); the roster's
 * attendance counts the rest.
 *
 * @param what what they did, or {@code null}
 */
public record ReportingHours(
        UUID id, UUID reportingId, LocalDate onDay, BigDecimal hours, String what) {
    public static final int MAX_WHAT = 100;

    public ReportingHours {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reportingId, "reportingId");
        Objects.requireNonNull(onDay, "onDay");
        Objects.requireNonNull(hours, "hours");
    }

    /** An entry as a form or a command gives it; refused naming the field. */
    public static ReportingHours of(
            UUID id, UUID reportingId, LocalDate onDay, BigDecimal hours, String what) {
        if (onDay == null) {
            throw new ValidationError("field.reportingHours.onDay", "rule.required");
        }
        if (hours == null) {
            throw new ValidationError("field.reportingHours.hours", "rule.required");
        }
        if (!ReportingRules.validHours(hours)) {
            throw new ValidationError("field.reportingHours.hours", "rule.reporting.hours");
        }
        return new ReportingHours(
                id,
                reportingId,
                onDay,
                hours.stripTrailingZeros().setScale(1),
                Fields.optional("field.reportingHours.what", what, MAX_WHAT));
    }
}
