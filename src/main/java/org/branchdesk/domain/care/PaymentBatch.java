package org.branchdesk.domain.care;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Payments previewed and saved together: a month's living subsidy for every serving branch worker,
 * or temporary work allowances from the roster's attendance over a date range. Its payments point
 * to it and carry their own standard × days.
 *
 * @param kind {@link PaymentKind#LIVING_SUBSIDY} or {@link PaymentKind#WORK_ALLOWANCE}
 * @param rate the monthly standard of a living subsidy, the daily rate of a work allowance
 * @param recordedBy the account that saved it
 */
public record PaymentBatch(
        UUID id,
        PaymentKind kind,
        LocalDate periodFrom,
        LocalDate periodTo,
        Yuan rate,
        UUID fundId,
        LocalDate recordedOn,
        UUID recordedBy) {
    public PaymentBatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(periodFrom, "periodFrom");
        Objects.requireNonNull(periodTo, "periodTo");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(fundId, "fundId");
        Objects.requireNonNull(recordedOn, "recordedOn");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }
}
