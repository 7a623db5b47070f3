package org.branchdesk.domain.care;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.ValidationError;

/**
 * Money put into a fund: its amount, the day and the number of the document that allocated it (an
 * outside number is data, kept as written, e.g. {@code 明组通〔2020〕5号}).
 */
public record Allocation(UUID id, UUID fundId, Yuan amount, LocalDate on, String documentNumber) {

    public Allocation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fundId, "fundId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(documentNumber, "documentNumber");
    }

    /** An allocation as a form or a command gives it; refused naming the field. */
    public static Allocation of(
            UUID id, UUID fundId, Yuan amount, LocalDate on, String documentNumber) {
        if (fundId == null) {
            throw new ValidationError("field.allocation.fund", "rule.required");
        }
        if (amount == null) {
            throw new ValidationError("field.allocation.amount", "rule.required");
        }
        if (on == null) {
            throw new ValidationError("field.allocation.on", "rule.required");
        }
        String doc = Text.emptyToNull(documentNumber);
        if (doc == null) {
            throw new ValidationError("field.allocation.documentNumber", "rule.required");
        }
        return new Allocation(id, fundId, amount, on, doc);
    }
}
