package org.branchdesk.domain.members;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import org.branchdesk.domain.common.CitizenIds;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.ValidationError;

/**
 * A citizen ID number (公民身份号码) per GB 11643-1999: six digits of region, eight of birth date, three
 * of sequence (odd for men, even for women) and a check character computed modulo 11 ({@code X} for
 * 10). An old 15-digit number (two-digit year, no check character) is converted to 18 digits and
 * flagged.
 *
 * @param value the 18-character number, upper-case X
 * @param convertedFrom15 whether the clerk gave an old 15-digit number
 */
public record CitizenId(String value, LocalDate birthDate, Sex sex, boolean convertedFrom15) {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();
    static final String FIELD = "field.member.idNumber";

    /**
     * Parses what a clerk typed or a sheet held: spaces and full-width digits are tolerated, a
     * lower-case x is accepted. Throws {@link ValidationError} naming the problem.
     */
    public static CitizenId parse(String raw) {
        String v = Text.emptyToNull(raw);
        if (v == null) {
            throw new ValidationError(FIELD, "rule.required");
        }
        v = v.replace(" ", "").toUpperCase(Locale.ROOT);
        if (v.matches("\\d{15}")) {
            String upgraded = v.substring(0, 6) + "19" + v.substring(6);
            upgraded = upgraded + checkCharacter(upgraded);
            CitizenId id = of18(upgraded);
            return new CitizenId(id.value(), id.birthDate(), id.sex(), true);
        }
        if (!v.matches("\\d{17}[\\dX]")) {
            if (v.matches("\\d+(\\.\\d+)?E\\+?\\d+")) {
                throw new ValidationError(FIELD, "rule.id.scientific");
            }
            throw notANumber(v);
        }
        if (checkCharacter(v.substring(0, 17)) != v.charAt(17)) {
            throw new ValidationError(FIELD, "rule.id.checksum");
        }
        return of18(v);
    }

    /** Why {@code v} is no ID number: what a clerk can correct, position by position. */
    private static ValidationError notANumber(String v) {
        if (v.indexOf('*') >= 0) {
            return new ValidationError(FIELD, "rule.id.masked");
        }
        if (v.length() != 18 && v.length() != 15) {
            return new ValidationError(FIELD, "rule.id.length", v.length());
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == 'X' && i < v.length() - 1) {
                return new ValidationError(FIELD, "rule.id.xNotLast", i + 1);
            }
            if (c != 'X' && (c < '0' || c > '9')) {
                return new ValidationError(FIELD, "rule.id.notADigit", i + 1, String.valueOf(c));
            }
        }
        return new ValidationError(
                FIELD, "rule.id.length", v.length()); // a 15-digit number ending in X
    }

    private static CitizenId of18(String v) {
        if (v.charAt(0) == '0') {
            throw new ValidationError(FIELD, "rule.id.region");
        }
        LocalDate birth;
        try {
            birth =
                    LocalDate.of(
                            Integer.parseInt(v.substring(6, 10)),
                            Integer.parseInt(v.substring(10, 12)),
                            Integer.parseInt(v.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new ValidationError(FIELD, "rule.id.birthDate", v.substring(6, 14));
        }
        if (birth.getYear() < 1900) {
            throw new ValidationError(FIELD, "rule.id.birthDate", v.substring(6, 14));
        }
        Sex sex = (v.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        return new CitizenId(v, birth, sex, false);
    }

    /** The check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** Masked for lists, ledgers and exports: {@code 410302********1234}. */
    public String masked() {
        return CitizenIds.mask(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
