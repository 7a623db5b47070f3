package org.branchdesk.service.sheets;

import java.util.List;
import org.branchdesk.domain.common.Text;

/**
 * One row of a clerk's file, with the row number that the clerk sees in it (for CSV the line number
 * where the record starts, for a spreadsheet the sheet's own row number).
 */
public record SheetRow(int number, List<String> cells) {
    public SheetRow {
        cells = List.copyOf(cells);
    }

    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : null;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(c -> c == null || Text.emptyToNull(c) == null);
    }
}
