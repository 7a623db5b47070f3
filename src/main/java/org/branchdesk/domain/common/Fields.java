package org.branchdesk.domain.common;

/** Optional values of any record's fields: free text (a phone, a note, an address) and counts. */
public final class Fields {
    private Fields() {}

    /** An optional free text with a maximum length; empty becomes {@code null}. */
    public static String optional(String field, String raw, int max) {
        String value = Text.emptyToNull(raw);
        if (value != null && Text.length(value) > max) {
            throw new ValidationError(field, "rule.tooLong", max);
        }
        return value;
    }

    /** A count that cannot be negative; {@code null} means not recorded. */
    public static Integer optionalCount(String field, Integer value) {
        if (value != null && value < 0) {
            throw new ValidationError(field, "rule.negative");
        }
        return value;
    }
}
