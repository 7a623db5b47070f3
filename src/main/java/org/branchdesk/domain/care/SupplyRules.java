package org.branchdesk.domain.care;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
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

    /** Refuses a quantity that is missing, none, or finer than two decimals. */
    public static void checkQuantity(BigDecimal quantity) {
        if (quantity == null) {
            throw new ValidationError("field.supply.quantity", "rule.required");
        }
        if (!validQuantity(quantity)) {
            throw new ValidationError(
                    "field.supply.quantity", "rule.supply.quantity", plain(quantity));
        }
    }

    /** A movement of an item's stock on a day: positive in, negative out. */
    public record Movement(LocalDate on, BigDecimal change) {}

    /**
     * The stock an issue on {@code day} may take: the lowest the stock stands at the end of that
     * day or of any later day with a movement. An issue dated back may not take what a later issue
     * already took, so the stock never goes below zero on any day.
     */
    public static BigDecimal availableFrom(List<Movement> movements, LocalDate day) {
        TreeMap<LocalDate, BigDecimal> byDay = new TreeMap<>();
        for (Movement m : movements) {
            byDay.merge(m.on(), m.change(), BigDecimal::add);
        }
        BigDecimal running = BigDecimal.ZERO;
        BigDecimal lowest = null;
        for (var e : byDay.entrySet()) {
            running = running.add(e.getValue());
            if (!e.getKey().isBefore(day)) {
                lowest = lowest == null || running.compareTo(lowest) < 0 ? running : lowest;
            }
        }
        BigDecimal atDay = SupplyRules.stock(byDay.headMap(day, true).values(), List.of());
        return lowest == null || atDay.compareTo(lowest) < 0 ? atDay : lowest;
    }

    /** Refuses a movement without a day, or dated after today. */
    public static void checkDay(LocalDate on, LocalDate today) {
        if (on == null) {
            throw new ValidationError("field.supply.on", "rule.required");
        }
        if (on.isAfter(today)) {
            throw new ValidationError("field.supply.on", "rule.dateInFuture");
        }
    }

    /** A quantity as a clerk writes it: {@code 200}, {@code 2.5}. */
    public static String plain(BigDecimal quantity) {
        BigDecimal s = quantity.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
