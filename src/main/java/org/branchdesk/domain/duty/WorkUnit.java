package org.branchdesk.domain.duty;

import java.util.UUID;
import org.branchdesk.domain.common.Fields;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.ValidationError;

/**
 * The unit an in-service member works at, or the unit that sends a cadre down: linked when it is on
 * the unit register, otherwise recorded by its name (and its party organization's name, which the
 * reporting feedback sheet is addressed to).
 *
 * @param unitId the unit on the register, or {@code null}
 * @param name the unit's name when it is not on the register, else {@code null}
 * @param orgName its party organization's name when it is not on the register, or {@code null}
 */
public record WorkUnit(UUID unitId, String name, String orgName) {
    /** Longest unit or organization name the tables keep. */
    public static final int MAX_NAME = 100;

    public WorkUnit {
        if (unitId == null && name == null) {
            throw new IllegalArgumentException("a unit on the register or a name");
        }
        if (unitId != null && (name != null || orgName != null)) {
            throw new IllegalArgumentException("a unit on the register is linked, not named");
        }
    }

    /** A unit on the unit register. */
    public static WorkUnit onRegister(UUID unitId) {
        return new WorkUnit(unitId, null, null);
    }

    /**
     * A unit not on the register, as a form or a command names it; refused naming the field.
     *
     * @param field the bundle key of the unit's field
     * @param orgField the bundle key of its party organization's field
     */
    public static WorkUnit named(String field, String name, String orgField, String orgName) {
        String n = Fields.optional(field, name, MAX_NAME);
        if (n == null) {
            throw new ValidationError(field, "rule.required");
        }
        return new WorkUnit(
                null, n, Fields.optional(orgField, Text.emptyToNull(orgName), MAX_NAME));
    }

    public boolean isOnRegister() {
        return unitId != null;
    }
}
