package org.branchdesk.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.branchdesk.domain.common.Disclosure;
import org.branchdesk.domain.common.Personal;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The columns of a table that hold personal data of a kind: the columns of the components of its
 * domain record that carry the {@link Personal} mark (component {@code needs}, column {@code
 * NEEDS}; {@code startedOn}, {@code STARTED_ON}). The purge and the privacy inventory find health
 * details through the mark, never through a column's name.
 */
public final class PersonalColumns {
    private PersonalColumns() {}

    /** The table's columns that hold the marked components of {@code type} of a kind. */
    @SuppressWarnings("unchecked")
    public static List<Field<String>> of(
            Table<?> table, Class<? extends Record> type, Personal.Kind kind) {
        List<Field<String>> out = new ArrayList<>();
        for (String component : Disclosure.marked(type, kind)) {
            String column = column(component);
            Field<?> field = null;
            for (Field<?> f : table.fields()) {
                if (f.getName().equalsIgnoreCase(column)) {
                    field = f;
                }
            }
            if (field == null || field.getType() != String.class) {
                throw new IllegalStateException(
                        table.getName()
                                + " has no text column for "
                                + type.getSimpleName()
                                + "."
                                + component);
            }
            out.add((Field<String>) field);
        }
        return out;
    }

    /** Rows where at least one of these columns holds a value. */
    public static Condition anyHeld(List<Field<String>> columns) {
        return columns.isEmpty()
                ? DSL.falseCondition()
                : DSL.or(columns.stream().map(Field::isNotNull).toList());
    }

    /** An update's assignments that clear these columns. */
    public static Map<Field<?>, Object> cleared(List<Field<String>> columns) {
        Map<Field<?>, Object> set = new HashMap<>();
        columns.forEach(c -> set.put(c, null));
        return set;
    }

    /** The column a record component is stored in: {@code startedOn} → {@code STARTED_ON}. */
    static String column(String component) {
        return component.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
