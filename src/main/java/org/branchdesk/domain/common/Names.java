package org.branchdesk.domain.common;

/** Rules for the names of places and organisations (free text and counts: {@link Fields}). */
public final class Names {
    /** Longest name a ledger column can show without truncation. */
    public static final int MAX_NAME = 60;

    public static final int MAX_ADDRESS = 200;

    private Names() {}

    /**
     * A required name: normalised, not empty, not too long, and free of characters that break files
     * and printouts (control characters, and the slash that a file name cannot hold).
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
}
