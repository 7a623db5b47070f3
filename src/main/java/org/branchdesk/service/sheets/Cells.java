package org.branchdesk.service.sheets;

import org.branchdesk.domain.common.ValidationError;

/** Reading typed values from the text of a cell, as clerks write them. */
public final class Cells {
    private Cells() {}

    /**
     * A count such as {@code 1200}, {@code 1,200}, {@code 1200户} or Excel's {@code 1200.0}; {@code
     * null} for an empty cell.
     */
    public static Integer count(String field, String value) {
        if (value == null) {
            return null;
        }
        String v = value.replace(",", "").replace("，", "").trim();
        String units = Vocabulary.text("count.units");
        while (!v.isEmpty() && units.indexOf(v.charAt(v.length() - 1)) >= 0) {
            v = v.substring(0, v.length() - 1).trim();
        }
        if (v.endsWith(".0")) {
            v = v.substring(0, v.length() - 2);
        }
        try {
            int n = Integer.parseInt(v);
            if (n < 0) {
                throw new ValidationError(field, "rule.negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ValidationError(field, "rule.notACount", value);
        }
    }

    /** 有/是/√/Y/1 → true, 无/否/×/N/0 → false, empty → {@code null}. */
    public static Boolean yesNo(String field, String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        if (Vocabulary.is("value.yes", v)) {
            return Boolean.TRUE;
        }
        if (Vocabulary.is("value.no", v)) {
            return Boolean.FALSE;
        }
        throw new ValidationError(field, "rule.notYesNo", value);
    }
}
