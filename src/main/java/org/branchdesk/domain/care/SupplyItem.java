package org.branchdesk.domain.care;

import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.ValidationError;

/** An item of supplies kept in stock, counted in its unit (只, 瓶, 箱, 份 …). */
public record SupplyItem(UUID id, String name, SupplyCategory category, String unit) {
    /** The longest name an item may have. */
    public static final int NAME_MAX = 40;

    /** The longest unit an item may have. */
    public static final int UNIT_MAX = 4;

    public SupplyItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(unit, "unit");
    }

    /** An item as a form or a command gives it; refused naming the field. */
    public static SupplyItem of(UUID id, String name, SupplyCategory category, String unit) {
        String n = checkName(name);
        if (category == null) {
            throw new ValidationError("field.supply.category", "rule.required");
        }
        return new SupplyItem(id, n, category, checkUnit(unit));
    }

    /** An item's name: given, at most {@link #NAME_MAX} characters; returned stripped. */
    public static String checkName(String name) {
        String n = Text.emptyToNull(name);
        if (n == null) {
            throw new ValidationError("field.supply.item", "rule.required");
        }
        if (Text.length(n) > NAME_MAX) {
            throw new ValidationError("field.supply.item", "rule.tooLong", NAME_MAX);
        }
        return n;
    }

    /** An item's unit: given, at most {@link #UNIT_MAX} characters; returned stripped. */
    public static String checkUnit(String unit) {
        String u = Text.emptyToNull(unit);
        if (u == null) {
            throw new ValidationError("field.supply.unit", "rule.required");
        }
        if (Text.length(u) > UNIT_MAX) {
            throw new ValidationError("field.supply.unit", "rule.tooLong", UNIT_MAX);
        }
        return u;
    }
}
