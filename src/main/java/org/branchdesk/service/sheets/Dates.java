package org.branchdesk.service.sheets;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.branchdesk.domain.common.ValidationError;

/** Dates as clerks write them: 2019-07-01, 2019/7/1, 2019.07.01, 2019年7月1日, 20190701. */
public final class Dates {
    private static final Pattern SEPARATED =
            Pattern.compile(
                    "(\\d{4})\\s*[-/."
                            + Vocabulary.text("date.year")
                            + "]\\s*(\\d{1,2})\\s*[-/."
                            + Vocabulary.text("date.month")
                            + "]\\s*(\\d{1,2})\\s*"
                            + Vocabulary.text("date.day")
                            + "?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private Dates() {}

    /** {@code null} for an empty cell; a {@link ValidationError} naming the field otherwise. */
    public static LocalDate parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        Matcher m = SEPARATED.matcher(v);
        if (!m.matches()) {
            m = COMPACT.matcher(v);
            if (!m.matches()) {
                throw new ValidationError(field, "rule.notADate", value);
            }
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new ValidationError(field, "rule.notADate", value);
        }
    }
}
