package org.branchdesk.service.sheets;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.UserError;

/**
 * Finds the header row of a clerk's sheet (there may be a title row above it) and maps its column
 * names, with their synonyms, to fields.
 *
 * @param <F> the field enum of one import kind
 */
public final class Columns<F extends Enum<F>> {
    private final Map<String, F> names = new HashMap<>();
    private final Map<F, Integer> index = new LinkedHashMap<>();
    private int headerRow = -1;

    public Columns(Map<F, List<String>> synonyms) {
        synonyms.forEach((field, list) -> list.forEach(name -> names.put(key(name), field)));
    }

    /** The columns of an import kind, with every header name its enum accepts. */
    public static <E extends Enum<E> & ImportColumn> Columns<E> of(Class<E> type) {
        Map<E, List<String>> synonyms = new EnumMap<>(type);
        for (E c : type.getEnumConstants()) {
            synonyms.put(c, c.headers());
        }
        return new Columns<>(synonyms);
    }

    /**
     * Finds the header row, which must name {@code first} and {@code second}; a clear message
     * naming both otherwise. Returns the header row's position.
     */
    public int requireHeader(List<SheetRow> rows, int minimum, String source, F first, F second) {
        int header = findHeader(rows, minimum);
        if (header < 0 || !has(first) || !has(second)) {
            throw new UserError(
                    "error.import.noHeader",
                    source,
                    ((ImportColumn) first).templateHeader(),
                    ((ImportColumn) second).templateHeader());
        }
        return header;
    }

    /**
     * Looks at the first rows for one that names at least {@code minimum} known columns; returns
     * its position in {@code rows}, or -1 when there is none.
     */
    public int findHeader(List<SheetRow> rows, int minimum) {
        for (int r = 0; r < Math.min(rows.size(), 10); r++) {
            Map<F, Integer> found = new LinkedHashMap<>();
            List<String> cells = rows.get(r).cells();
            for (int c = 0; c < cells.size(); c++) {
                F field = names.get(key(cells.get(c)));
                if (field != null) {
                    found.putIfAbsent(field, c);
                }
            }
            if (found.size() >= minimum) {
                index.clear();
                index.putAll(found);
                headerRow = r;
                return r;
            }
        }
        return -1;
    }

    public boolean has(F field) {
        return index.containsKey(field);
    }

    /** The cell of {@code field} in {@code row}, normalised; {@code null} when empty or absent. */
    public String get(SheetRow row, F field) {
        Integer i = index.get(field);
        return i == null ? null : Text.emptyToNull(row.cell(i));
    }

    public int headerRow() {
        return headerRow;
    }

    private static String key(String header) {
        String n = Text.normalize(header);
        return n == null
                ? ""
                : n.replace(" ", "").replace("*", "").replace("：", "").replace(":", "");
    }
}
