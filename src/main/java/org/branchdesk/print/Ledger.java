package org.branchdesk.print;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A ledger (台账): a paged table with its title, reporting unit and as-of date, a header row repeated
 * on every page, totals where numbers are summed, the signature lines at the end, and on every
 * page's footer its serial and verification code.
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
     * A column: its header, relative width, and whether it holds numbers (right-aligned) to be
     * summed.
     */
    public record Column(String header, float weight, boolean numeric, boolean summed) {
        public static Column text(String header, float weight) {
            return new Column(header, weight, false, false);
        }

        public static Column number(String header, float weight) {
            return new Column(header, weight, true, true);
        }
    }

    /** A data row; {@code label} names it in error messages (a member, a compound). */
    public record Row(String label, List<String> cells) {}

    public Ledger {
        Objects.requireNonNull(title);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
