package org.branchdesk.domain.care;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Fields;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.ValidationError;

/**
 * Supplies that went out: to a member, a person on the people register or an organization, on a
 * day, by whom (the account that recorded it), for what. The stock is checked by {@link
 * SupplyRules#checkIssue} against the lowest stock from that day on.
 */
public record SupplyIssue(
        UUID id,
        UUID itemId,
        BigDecimal quantity,
        LocalDate on,
        Payment.Recipient to,
        String issuedBy,
        String purpose) {
    /** The length of the purpose. */
    public static final int MAX_PURPOSE = 200;

    public SupplyIssue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(issuedBy, "issuedBy");
    }

    /**
     * An issue as a form or a command gives it, its fields checked (the stock is checked where the
     * stock is known); refused naming the field.
     */
    public static SupplyIssue of(
            UUID id,
            UUID itemId,
            BigDecimal quantity,
            LocalDate on,
            Payment.Recipient to,
            String issuedBy,
            String purpose,
            LocalDate today) {
        if (itemId == null) {
            throw new ValidationError("field.supply.item", "rule.required");
        }
        SupplyRules.checkQuantity(quantity);
        SupplyRules.checkDay(on, today);
        if (to == null) {
            throw new ValidationError("field.supply.to", "rule.required");
        }
        if (Text.emptyToNull(issuedBy) == null) {
            throw new ValidationError("field.supply.issuedBy", "rule.required");
        }
        return new SupplyIssue(
                id,
                itemId,
                quantity,
                on,
                to,
                issuedBy.trim(),
                Fields.optional("field.supply.purpose", purpose, MAX_PURPOSE));
    }
}
