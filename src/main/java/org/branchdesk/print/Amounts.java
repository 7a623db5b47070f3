package org.branchdesk.print;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.branchdesk.domain.care.Yuan;

/**
 * The cells of a money column: read as a ledger gives them, printed as money is printed (two
 * places, thousands separators, by {@link Yuan#figures(BigDecimal)}).
 */
final class Amounts {
    /** An optional minus, an optional ¥, digits (grouped by commas or not), up to a fraction. */
    private static final Pattern AMOUNT =
            Pattern.compile("[-−]?[¥￥]?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?");

    private Amounts() {}

    /** The amount a cell holds, or {@code null} when it is blank or holds no amount (a note). */
    static BigDecimal read(String cell) {
        if (cell == null) {
            return null;
        }
        String v = cell.strip();
        if (!AMOUNT.matcher(v).matches()) {
            return null;
        }
        boolean negative = v.startsWith("-") || v.startsWith("−");
        BigDecimal amount = new BigDecimal(v.replaceAll("[-−¥￥,]", ""));
        return negative ? amount.negate() : amount;
    }

    /**
     * A cell as printed: an amount as {@code 1,409.50} or {@code -200.00}, anything else as it is.
     *
     * @throws ArithmeticException for a fraction of a 分: money is never rounded silently
     */
    static String shown(String cell) {
        BigDecimal amount = read(cell);
        return amount == null ? cell : Yuan.figures(amount);
    }
}
