package org.branchdesk.domain.care;

import java.math.BigDecimal;
import java.util.Collection;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.ValidationError;

/**
 * The rules of the supplies register (policy article 11: masks, disinfectant and food for community
 * workers): what comes in says how and from whom, what goes out says to whom, and stock never goes
 * below zero. One rule per method.
 */
public final class SupplyRules {
    private SupplyRules() {}

    /** A quantity moved: more than none, to two decimals at most (2.5 瓶 is fine, 2.555 is not). */
    public static boolean validQuantity(BigDecimal quantity) {
        return quantity != null
                && quantity.signum() > 0
                && quantity.stripTrailingZeros().scale() <= 2;
    }

    /** Stock of an item: everything that came in less everything that went out. */
    public static BigDecimal stock(Collection<BigDecimal> in, Collection<BigDecimal> out) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal q : in) {
            s = s.add(q);
        }
        for (BigDecimal q : out) {
            s = s.subtract(q);
        }
        return s;
    }

    /** An issue leaves the stock at zero or above. */
    public static boolean withinStock(BigDecimal stock, BigDecimal quantity) {
        return quantity.compareTo(stock) <= 0;
    }

    /** Supplies that came in, allocated or donated, say from whom. */
    public static boolean sourceNamed(SupplySource source, String fromWhom) {
        return source != null && Text.emptyToNull(fromWhom) != null;
    }

    /**
     * Refuses an issue of supplies that is no quantity or more than the stock, naming the stock.
     *
     * @param stock the item's stock on the day of the issue, before it
     */
    public static void checkIssue(SupplyItem item, BigDecimal stock, BigDecimal quantity) {
        checkQuantity(quantity);
        if (!withinStock(stock, quantity)) {
            throw new ValidationError(
                    "field.supply.quantity",
                    "rule.supply.belowZero",
                    item.name(),
                    plain(stock),
                    item.unit(),
                    plain(quantity));
        }
    }

    /** Refuses what came in without a quantity, or without how and from whom. */
    public static void checkReceipt(BigDecimal quantity, SupplySource source, String fromWhom) {
        checkQuantity(quantity);
        if (source == null) {
            throw new ValidationError("field.supply.source", "rule.required");
        }
        if (!sourceNamed(source, fromWhom)) {
            throw new ValidationError("field.supply.fromWhom", "rule.required");
        }
    }

    private static void checkQuantity(BigDecimal quantity) {
        if (quantity == null) {
            throw new ValidationError("field.supply.quantity", "rule.required");
        }
        if (!validQuantity(quantity)) {
            throw new ValidationError(
                    "field.supply.quantity", "rule.supply.quantity", plain(quantity));
        }
    }

    /** A quantity as a clerk writes it: {@code 200}, {@code 2.5}. */
    public static String plain(BigDecimal quantity) {
        BigDecimal s = quantity.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
