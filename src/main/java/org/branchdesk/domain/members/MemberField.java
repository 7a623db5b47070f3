package org.branchdesk.domain.members;

import org.branchdesk.domain.common.Fields;

/**
 * The free-text fields of a member and how long each may be: the form, the import and the database
 * share these numbers (a test compares them with the columns of the {@code member} table), so an
 * over-long cell is refused with its row and field instead of failing at the database.
 */
public enum MemberField {
    NAME("field.member.name", "NAME", 40),
    ETHNIC_GROUP("field.member.ethnicGroup", "ETHNIC_GROUP", 20),
    EDUCATION("field.member.education", "EDUCATION", 40),
    PHONE("field.member.phone", "PHONE", 40),
    BUILDING("field.member.building", "BUILDING", 40),
    UNIT("field.member.unit", "UNIT", 40),
    ROOM("field.member.room", "ROOM", 40),
    WORKPLACE("field.member.workplace", "WORKPLACE", 200),
    NOTE("field.member.note", "NOTE", 400),
    TAGS("field.member.tags", "TAGS", 200);

    private final String fieldKey;
    private final String column;
    private final int max;

    MemberField(String fieldKey, String column, int max) {
        this.fieldKey = fieldKey;
        this.column = column;
        this.max = max;
    }

    /** Bundle key of the field's name, for messages. */
    public String fieldKey() {
        return fieldKey;
    }

    /** The column of the {@code member} table that keeps it. */
    public String column() {
        return column;
    }

    /** The most characters it may have. */
    public int max() {
        return max;
    }

    /** The value, trimmed; empty becomes {@code null}; refused naming this field when too long. */
    public String optional(String raw) {
        return Fields.optional(fieldKey, raw, max);
    }
}
