package org.branchdesk.print;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.branchdesk.domain.care.CapitalAmount;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.domain.common.Messages;

/**
 * What a money ledger adds to its table: the amounts read from its money columns, printed as money
 * is printed, and the rows that sum them (本页小计, 累计, 合计 with the capitals).
 */
final class MoneyLedger {
    /**
     * A row that sums: its name across the columns before the first amount, a figure in each money
     * column ({@code null} elsewhere, or no figures at all), and for 合计 lines of text across the
     * columns from {@code textFrom} on (the capitals; or the sums and the capitals when they fit
     * nowhere else), each line in pieces set a character's width apart.
     *
     * @param text {@code null} for 本页小计 and 累计
     */
    record Summary(
            List<String> label,
            List<String> figures,
            List<List<String>> text,
            int first,
            int last,
            int textFrom) {
        float height() {
            int lines = Math.max(label.size(), text == null ? 1 : text.size());
            return LedgerRenderer.rowHeight(lines);
        }
    }

    private final int columns;
    private final Ledger shown;
    private final BigDecimal[][] amounts;
    private final BigDecimal[] total;
    private final BigDecimal[] magnitude;
    private final int first;
    private final int last;

    MoneyLedger(Ledger ledger) {
        int n = ledger.columns().size();
        columns = n;
        int firstMoney = -1;
        int lastMoney = -1;
        for (int c = 0; c < n; c++) {
            if (ledger.columns().get(c).money()) {
                firstMoney = firstMoney < 0 ? c : firstMoney;
                lastMoney = c;
            }
        }
        first = firstMoney;
        last = lastMoney;
        total = zeros();
        magnitude = zeros();
        amounts = new BigDecimal[ledger.rows().size()][];
        List<Ledger.Row> rows = new ArrayList<>(ledger.rows().size());
        for (int i = 0; i < ledger.rows().size(); i++) {
            Ledger.Row r = ledger.rows().get(i);
            List<String> cells = new ArrayList<>(r.cells());
            amounts[i] = new BigDecimal[n];
            for (int c = first; c <= last && c < cells.size(); c++) {
                if (ledger.columns().get(c).money()) {
                    BigDecimal a = Amounts.read(cells.get(c));
                    cells.set(c, Amounts.shown(cells.get(c)));
                    if (a != null) {
                        amounts[i][c] = a;
                        total[c] = total[c].add(a);
                        magnitude[c] = magnitude[c].add(a.abs());
                    }
                }
            }
            rows.add(new Ledger.Row(r.label(), cells));
        }
        shown =
                new Ledger(
                        ledger.title(),
                        ledger.reportingUnit(),
                        ledger.asOf(),
                        ledger.printedOn(),
                        ledger.landscape(),
                        ledger.columns(),
                        rows,
                        ledger.totals(),
                        ledger.serial(),
                        ledger.code(),
                        ledger.marking(),
                        ledger.context());
    }

    /** The ledger with its amounts as printed ({@code 1,409.50}). */
    Ledger shown() {
        return shown;
    }

    /**
     * The rows to size the columns by: the printed ones, and one as wide as any sum can print (a
     * subtotal or running total is never further from zero than all amounts added up, signs aside;
     * the 合计 has ¥ and its row is set bold, so a digit's width more is kept for it).
     */
    List<Ledger.Row> widest() {
        List<Ledger.Row> rows = new ArrayList<>(shown.rows());
        List<String> cells = new ArrayList<>(Collections.nCopies(total.length, ""));
        for (int c = first; c <= last; c++) {
            if (shown.columns().get(c).money()) {
                cells.set(c, "-¥" + Yuan.figures(magnitude[c]) + "0");
            }
        }
        rows.add(new Ledger.Row("", cells));
        return rows;
    }

    /** The amounts of a row, by column ({@code null} where there is none). */
    BigDecimal[] amounts(int row) {
        return amounts[row];
    }

    /** Nothing yet, in every column. */
    BigDecimal[] zeros() {
        BigDecimal[] z = new BigDecimal[columns];
        Arrays.fill(z, BigDecimal.ZERO);
        return z;
    }

    /** Adds {@code more} (a row's amounts, or a page's sums) to {@code into}, column by column. */
    static void add(BigDecimal[] into, BigDecimal[] more) {
        if (more == null) {
            return;
        }
        for (int c = 0; c < into.length; c++) {
            if (more[c] != null) {
                into[c] = into[c].add(more[c]);
            }
        }
    }

    /** 本页小计 or 累计: the name, and the sums in figures. */
    Summary summary(String name, BigDecimal[] sums, FontSet set, float[] widths) {
        List<String> figures = new ArrayList<>(Collections.nCopies(widths.length, (String) null));
        for (int c = first; c <= last; c++) {
            if (shown.columns().get(c).money()) {
                figures.set(c, Yuan.figures(sums[c]));
            }
        }
        return new Summary(label(name, set, widths), figures, null, first, last, widths.length);
    }

    /**
     * 合计: the name, the sum with ¥ in its column, and after it the capitals of the last money
     * column (the amount paid) after 人民币, across the columns after it: {@code 合计 ¥1,409.50
     * 人民币壹仟肆佰零玖元伍角}. When no column follows the amount, or the capitals do not fit there on one
     * line, the sum and the capitals run together from the first amount on (the 累计 above shows the
     * sum in its column all the same). With more than one money column each sum is named by its
     * header.
     */
    Summary grand(FontSet set, float[] widths) {
        List<String> label = label(Messages.format("print.ledger.total"), set, widths);
        String capitals = CapitalAmount.onBill(total[last]);
        if (first == last
                && last < widths.length - 1
                && width(set, capitals) <= span(last + 1, widths)) {
            List<String> figures =
                    new ArrayList<>(Collections.nCopies(widths.length, (String) null));
            figures.set(last, Yuan.withSign(total[last]));
            return new Summary(label, figures, List.of(List.of(capitals)), first, last, last + 1);
        }
        List<String> pieces = new ArrayList<>();
        for (int c = first; c <= last; c++) {
            if (shown.columns().get(c).money()) {
                pieces.add(
                        (first == last ? "" : shown.columns().get(c).header())
                                + Yuan.withSign(total[c]));
            }
        }
        pieces.add(capitals);
        float span = span(first, widths);
        float used = -LedgerRenderer.CELL_SIZE;
        for (String piece : pieces) {
            used += LedgerRenderer.CELL_SIZE + width(set, piece);
        }
        List<List<String>> lines = new ArrayList<>();
        if (used <= span) {
            lines.add(pieces);
        } else {
            // too long for one line: each piece on lines of its own
            for (String piece : pieces) {
                for (String line :
                        LineBreaker.lines(
                                piece,
                                span,
                                0,
                                cp -> set.width(Face.HEI, cp, LedgerRenderer.CELL_SIZE, null))) {
                    lines.add(List.of(line));
                }
            }
        }
        return new Summary(label, null, lines, first, last, first);
    }

    /** The room for text in the columns from {@code from} to the last. */
    private static float span(int from, float[] widths) {
        float span = -2 * LedgerRenderer.PAD;
        for (int c = from; c < widths.length; c++) {
            span += widths[c];
        }
        return span;
    }

    private static float width(FontSet set, String text) {
        return set.width(text, Face.HEI, LedgerRenderer.CELL_SIZE, null);
    }

    private List<String> label(String name, FontSet set, float[] widths) {
        float span = span(0, widths) - span(first, widths) - 2 * LedgerRenderer.PAD;
        return LineBreaker.lines(
                name, span, 0, cp -> set.width(Face.HEI, cp, LedgerRenderer.CELL_SIZE, null));
    }
}
