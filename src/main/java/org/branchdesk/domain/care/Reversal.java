package org.branchdesk.domain.care;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The correction of a paid payment (红字冲销): an entry of its own that points to the paid payment and
 * carries the same positive amount. Ledgers print it negative and totals subtract it; the fund gets
 * the amount back. The paid payment itself is never edited or deleted.
 *
 * @param recordedBy the account that entered it
 */
public record Reversal(
        UUID id, UUID paymentId, Yuan amount, LocalDate on, String reason, UUID recordedBy) {

    public Reversal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }

    /** As a ledger prints it and a total adds it: negative. */
    public BigDecimal signedAmount() {
        return amount.value().negate();
    }
}
