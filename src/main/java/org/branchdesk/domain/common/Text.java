package org.branchdesk.domain.common;

/**
 * Normalisation of what clerks type or paste: full-width letters, digits and spaces become their
 * ASCII forms, runs of white space collapse, and the ends are trimmed. Chinese punctuation such as
 * {@code ·} in minority names and {@code （）} is kept.
 */
public final class Text {
    private Text() {}

    /** Normalises a value; {@code null} stays {@code null}. */
    public static String normalize(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(value.length());
        boolean pendingSpace = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u3000' || Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF') {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (c >= '\uFF01' && c <= '\uFF5E' && isAsciiAlnum((char) (c - 0xFEE0))) {
                c = (char) (c - 0xFEE0);
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Normalised value, or {@code null} when nothing but white space is left. */
    public static String emptyToNull(String value) {
        String n = normalize(value);
        return n == null || n.isEmpty() ? null : n;
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Length in code points, so a rare character outside the BMP counts once. */
    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }
}
