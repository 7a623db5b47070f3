package org.branchdesk.service.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.service.importing.ImportPlan.Fate;
import org.branchdesk.service.importing.ImportPlan.RowOutcome;
import org.branchdesk.service.sheets.Columns;
import org.branchdesk.service.sheets.ImportColumn;
import org.branchdesk.service.sheets.SheetReader;
import org.branchdesk.service.sheets.SheetRow;

/**
 * The parse step every importer shares: finds the header row, then reads each row below it into
 * values; a row whose checks fail is refused with its number, field and reason.
 */
public final class RowReader {
    private RowReader() {}

    /** Reads one row into values, or throws {@link ValidationError} naming the field. */
    @FunctionalInterface
    public interface RowParser<C extends Enum<C>, R> {
        R parse(Columns<C> columns, SheetRow row);
    }

    /**
     * How a row is named in the preview and the refusals (its name, as far as the row gives it).
     */
    @FunctionalInterface
    public interface RowLabel<C extends Enum<C>> {
        String of(Columns<C> columns, SheetRow row);
    }

    /**
     * Reads the sheet's rows below its header, which must name {@code first} and {@code second} and
     * at least {@code minimum} known columns.
     */
    public static <C extends Enum<C> & ImportColumn, R> Parsed<R> read(
            byte[] content,
            String source,
            Class<C> type,
            int minimum,
            C first,
            C second,
            ImportProgress progress,
            RowLabel<C> label,
            RowParser<C, R> parser) {
        List<SheetRow> rows = SheetReader.read(content, source);
        progress.at(50); // reading the sheet is about half of this step
        Columns<C> columns = Columns.of(type);
        int header = columns.requireHeader(rows, minimum, source, first, second);
        List<R> valid = new ArrayList<>();
        List<RowOutcome> refused = new ArrayList<>();
        List<SheetRow> body = rows.subList(header + 1, rows.size());
        int index = 0;
        for (SheetRow row : body) {
            progress.step(index++, body.size(), 50, 100);
            if (row.isBlank()) {
                continue;
            }
            try {
                valid.add(parser.parse(columns, row));
            } catch (ValidationError e) {
                refused.add(refusal(row.number(), label.of(columns, row), e));
            }
        }
        return new Parsed<>(source, valid, refused);
    }

    /** A refused row: {@code 第N行 字段：原因}. */
    public static RowOutcome refusal(int row, String label, ValidationError e) {
        return new RowOutcome(
                row,
                Fate.REFUSED,
                label == null ? "" : label,
                Messages.format(e.field()),
                e.reason());
    }

    /**
     * The constants of {@code type} named like the columns a row filled: how an importer tells a
     * domain merge policy which facts its row gives.
     */
    public static <E extends Enum<E>> Set<E> given(
            Collection<? extends Enum<?>> filled, Class<E> type) {
        Set<E> given = EnumSet.noneOf(type);
        for (Enum<?> column : filled) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(column.name())) {
                    given.add(e);
                }
            }
        }
        return given;
    }
}
