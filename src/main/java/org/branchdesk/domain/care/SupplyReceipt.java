package org.branchdesk.domain.care;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Fields;
import org.branchdesk.domain.common.ValidationError;

/**
 * Supplies that came in: allocated or donated, from whom, and the allocating document's number when
 * there is one (outside data).
 */
public record SupplyReceipt(
        UUID id,
        UUID itemId,
        BigDecimal quantity,
        LocalDate on,
        SupplySource source,
        String fromWhom,
        String documentNumber) {
    /** The lengths of the columns. */
    public static final int MAX_FROM = 60;

    public static final int MAX_DOCUMENT = 60;

    public SupplyReceipt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fromWhom, "fromWhom");
    }

    /** A receipt as a form or a command gives it; refused naming the field. */
    public static SupplyReceipt of(
            UUID id,
            UUID itemId,
            BigDecimal quantity,
            LocalDate on,
            SupplySource source,
            String fromWhom,
            String documentNumber,
            LocalDate today) {
        if (itemId == null) {
            throw new ValidationError("field.supply.item", "rule.required");
        }
        SupplyRules.checkReceipt(quantity, source, fromWhom);
        SupplyRules.checkDay(on, today);
        return new SupplyReceipt(
                id,
                itemId,
                quantity,
                on,
                source,
                Fields.optional("field.supply.fromWhom", fromWhom, MAX_FROM),
                Fields.optional("field.supply.document", documentNumber, MAX_DOCUMENT));
    }
}
