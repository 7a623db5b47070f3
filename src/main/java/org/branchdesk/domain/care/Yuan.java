package org.branchdesk.domain.care;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.ValidationError;

/**
 * An amount of money paid or allocated, in yuan: an exact decimal, more than nothing, to the 分 (two
 * places at most), at most {@link #MAX} (99,999,999.99, the largest a payment holds). It prints
 * with two places and thousands separators ({@code 1,409.50}), after ¥ where a figure stands alone
 * (《正确填写票据和结算凭证的基本规定》五: 阿拉伯小写金额数字前面，均应填写人民币符号“¥”), and in capitals by {@link CapitalAmount}. Totals
 * and balances, which may be zero, negative or larger, are plain {@link BigDecimal}s printed by the
 * static {@link #figures(BigDecimal)} and {@link #withSign(BigDecimal)}.
 *
 * @param value scale 2
 */
public record Yuan(BigDecimal value) implements Comparable<Yuan> {
    /** The largest amount one payment holds. */
    public static final BigDecimal MAX = new BigDecimal("99999999.99");

    /** Bundle key of the field when the caller names none. */
    public static final String FIELD = "field.care.amount";

    /** Plain digits, or digits grouped by three with commas, and an optional fraction. */
    private static final Pattern FIGURES = Pattern.compile("(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?");

    public Yuan {
        Objects.requireNonNull(value, "value");
        check(FIELD, value, value.toPlainString());
        value = value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** An amount held as a number (a sheet's numeric cell, a computed daily rate × days). */
    public static Yuan of(String field, BigDecimal value) {
        if (value == null) {
            throw new ValidationError(field, "rule.required");
        }
        check(field, value, value.toPlainString());
        return new Yuan(value);
    }

    /** What a clerk typed, for the default field 金额. */
    public static Yuan parse(String raw) {
        return parse(FIELD, raw);
    }

    /**
     * What a clerk typed: plain digits with up to two decimals ({@code 1409.5}), also as this class
     * prints them ({@code 1,409.50}, {@code ¥1,409.50}, commas only between groups of three) and
     * with a trailing 元. Full-width digits and spaces are tolerated. Refused, naming the field:
     * anything else, a negative amount, zero, a fraction of a 分, more than {@link #MAX}.
     */
    public static Yuan parse(String field, String raw) {
        String v = Text.emptyToNull(raw);
        if (v == null) {
            throw new ValidationError(field, "rule.required");
        }
        v = v.replace(" ", "").replace('．', '.').replace('，', ',');
        if (v.startsWith("¥") || v.startsWith("￥")) {
            v = v.substring(1);
        }
        if (v.endsWith("元")) {
            v = v.substring(0, v.length() - 1);
        }
        if (v.startsWith("-") || v.startsWith("−")) {
            throw new ValidationError(field, "rule.amount.negative");
        }
        if (!FIGURES.matcher(v).matches()) {
            throw new ValidationError(field, "rule.amount.notAnAmount", raw.strip());
        }
        BigDecimal value = new BigDecimal(v.replace(",", ""));
        check(field, value, v);
        return new Yuan(value);
    }

    private static void check(String field, BigDecimal value, String shown) {
        if (value.signum() < 0) {
            throw new ValidationError(field, "rule.amount.negative");
        }
        if (!positive(value)) {
            throw new ValidationError(field, "rule.amount.zero");
        }
        if (!toTheFen(value)) {
            throw new ValidationError(
                    field,
                    "rule.amount.finerThanFen",
                    shown,
                    String.valueOf(value.stripTrailingZeros().scale()));
        }
        if (!withinMaximum(value)) {
            throw new ValidationError(field, "rule.amount.tooLarge", figures(MAX), figures(value));
        }
    }

    /** A payment pays something: more than zero. */
    public static boolean positive(BigDecimal value) {
        return value.signum() > 0;
    }

    /** Money is counted to the 分: at most two decimal places once trailing zeros are dropped. */
    public static boolean toTheFen(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 2;
    }

    /** One payment holds at most 99,999,999.99 yuan. */
    public static boolean withinMaximum(BigDecimal value) {
        return value.compareTo(MAX) <= 0;
    }

    /** {@code 1,409.50}. */
    public String figures() {
        return figures(value);
    }

    /** {@code ¥1,409.50}. */
    public String withSign() {
        return withSign(value);
    }

    /** {@code 壹仟肆佰零玖元伍角}. */
    public String capitals() {
        return CapitalAmount.of(value);
    }

    public Yuan plus(Yuan other) {
        return new Yuan(value.add(other.value));
    }

    @Override
    public int compareTo(Yuan other) {
        return value.compareTo(other.value);
    }

    /**
     * Any amount to the 分 with two places and thousands separators: {@code 1,409.50}, {@code 0.00},
     * {@code -1,409.50} (a reversal, a subtotal of reversals).
     *
     * @throws ArithmeticException for a fraction of a 分: money is never rounded silently
     */
    public static String figures(BigDecimal amount) {
        BigDecimal v = amount.setScale(2, RoundingMode.UNNECESSARY);
        String plain = v.abs().toPlainString();
        int dot = plain.indexOf('.');
        StringBuilder out = new StringBuilder(v.signum() < 0 ? "-" : "");
        for (int i = 0; i < dot; i++) {
            if (i > 0 && (dot - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain, dot, plain.length()).toString();
    }

    /** {@code ¥1,409.50}; a negative amount has its sign first: {@code -¥1,409.50}. */
    public static String withSign(BigDecimal amount) {
        return amount.signum() < 0 ? "-¥" + figures(amount.negate()) : "¥" + figures(amount);
    }

    @Override
    public String toString() {
        return withSign();
    }
}
