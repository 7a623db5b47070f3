package org.branchdesk.print;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A ledger (台账): a paged table with its title, reporting unit and as-of date, a header row repeated
 * on every page, totals where numbers are summed, the signature lines at the end, and on every
 * page's footer its serial and verification code.
 *
 * <p>A ledger with a {@link Column#money money} column is a money ledger (a payment ledger a
 * supervisor signs off): its amounts print with two places and thousands separators, every page
 * ends with its 本页小计 and the 累计 so far and carries the signature lines 经办, 审核, 审批, 出纳, the binding
 * edge keeps a strip free for the seam seal (骑缝章), and the last page ends with the 合计 in figures
 * and in capitals ({@code 合计 ¥1,409.50 人民币壹仟肆佰零玖元伍角}).
 *
 * @param serial the printed ledger's own serial (its series per kind and year)
 * @param code the verification code, {@code XXXX-XXXX}
 * @param marking an optional marking such as 内部资料, printed on every page; {@code null} for none
 * @param context what the ledger is of, for error messages
 */
public record Ledger(
        String title,
        String reportingUnit,
        LocalDate asOf,
        LocalDate printedOn,
        boolean landscape,
        List<Column> columns,
        List<Row> rows,
        boolean totals,
        String serial,
        String code,
        String marking,
        String context) {
    /**
     * A column: its header, relative width, whether it holds numbers (right-aligned) to be summed,
     * and whether those numbers are amounts of money in yuan.
     */
    public record Column(
            String header, float weight, boolean numeric, boolean summed, boolean money) {
        public Column(String header, float weight, boolean numeric, boolean summed) {
            this(header, weight, numeric, summed, false);
        }

        public static Column text(String header, float weight) {
            return new Column(header, weight, false, false);
        }

        public static Column number(String header, float weight) {
            return new Column(header, weight, true, true);
        }

        /**
         * Amounts in yuan, exact to the 分: a cell holds a plain decimal ({@code 1409.5}) or one as
         * {@code Yuan.figures} prints it ({@code 1,409.50}); a reversal is negative ({@code -200});
         * a blank cell pays nothing. Printed as {@code 1,409.50} and {@code -200.00}, summed per
         * page, so far and in all. A cell that is no amount (a note) is printed as it is and not
         * counted.
         */
        public static Column money(String header, float weight) {
            return new Column(header, weight, true, true, true);
        }
    }

    /** A data row; {@code label} names it in error messages (a member, a compound). */
    public record Row(String label, List<String> cells) {}

    public Ledger {
        Objects.requireNonNull(title);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        if (!columns.isEmpty() && columns.get(0).money()) {
            // the summary rows print their names (本页小计, 累计, 合计) left of the first amount
            throw new IllegalArgumentException("a money ledger's first column names its rows");
        }
    }

    /** Whether any column holds money: then the ledger prints as a money ledger. */
    public boolean money() {
        return columns.stream().anyMatch(Column::money);
    }
}
