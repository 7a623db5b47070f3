package org.branchdesk.service.paper;

import java.util.ArrayList;
import java.util.List;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.print.Ledger;

/**
 * A ledger's content: title, reporting unit, columns (序号 first) and rows. What is printed, and
 * (without the row number, which shifts when a row is added) what is hashed for verification.
 */
public record LedgerTable(
        String title, String unit, List<Ledger.Column> columns, List<Row> rows, boolean totals) {

    public LedgerTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * A table whose columns are given without the 序号 column, which the documents service numbers
     * itself.
     */
    public static LedgerTable of(
            String title,
            String unit,
            List<Ledger.Column> columns,
            List<Row> rows,
            boolean totals) {
        List<Ledger.Column> all = new ArrayList<>(columns.size() + 1);
        all.add(Ledger.Column.text(Messages.format("ledger.col.index"), 0.5f));
        all.addAll(columns);
        return new LedgerTable(title, unit, all, rows, totals);
    }

    /**
     * A data row: its stable key (a record's id), how to name it, its printed cells, and what is
     * hashed of it (the cells themselves, unless personal data is printed masked the office's way:
     * then it is hashed masked the standard way, so that a later masking setting does not read as a
     * change of the data).
     */
    public record Row(String key, String label, List<String> cells, List<String> hashed) {
        public Row(String key, String label, List<String> cells) {
            this(key, label, cells, cells);
        }
    }
}
