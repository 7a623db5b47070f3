package org.branchdesk.domain;

/** Rules for the names of places and organisations. */
public final class Names {
    /** Longest name a ledger column can show without truncation. */
    public static final int MAX_NAME = 60;
    public static final int MAX_ADDRESS = 200;

    private Names() {
    }

    /**
     * A required name: normalised, not empty, not too long, and free of characters that break
     * files and printouts (control characters, and the slash that a file name cannot hold).
     */
    public static String requireName(String field, String raw) {
        String name = Text.emptyToNull(raw);
        if (name == null) {
            throw new ValidationError(field, "rule.required");
        }
        if (Text.length(name) > MAX_NAME) {
            throw new ValidationError(field, "rule.tooLong", MAX_NAME);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c) || c == '/' || c == '\\') {
                throw new ValidationError(field, "rule.badCharacter", String.valueOf(c));
            }
        }
        return name;
    }

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
