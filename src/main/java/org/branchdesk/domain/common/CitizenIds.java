package org.branchdesk.domain.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Masking of citizen ID numbers (公民身份号码) wherever text leaves the database. */
public final class CitizenIds {
    /** An 18-digit number (last may be X) or an old 15-digit one, not inside a longer number. */
    private static final Pattern ID_IN_TEXT =
            Pattern.compile(
                    "(?<![0-9A-Za-z])(\\d{6})(\\d{8}|\\d{5})(\\d{3}[0-9Xx]|\\d{2})(?![0-9A-Za-z])");

    private CitizenIds() {}

    /**
     * Masks one ID number as shown in lists and ledgers: the region code and the last four stay,
     * the birth date and sequence become asterisks ({@code 410302********1234}).
     */
    public static String mask(String id) {
        if (id == null) {
            return null;
        }
        if (id.length() <= 10) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    /** Masks every ID number that appears anywhere in a text (log lines, error messages). */
    public static String maskAll(String text) {
        if (text == null || text.length() < 15) {
            return text;
        }
        Matcher m = ID_IN_TEXT.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(mask(m.group())));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
