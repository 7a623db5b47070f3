package org.branchdesk.domain.members;

import java.time.LocalDate;
import java.time.Period;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.ValidationError;

/**
 * The checks a member's facts must pass before they are recorded, in the order a clerk would fix
 * them. Each refusal names the field.
 */
public final class MemberRules {
    /** Minimum age on the day of joining (党章: 年满十八岁). */
    public static final int MINIMUM_AGE = 18;

    private MemberRules() {}

    /**
     * @param statedBirth the birth date written in the sheet, or {@code null} when none is given
     * @param today the office's date, for refusing dates in the future
     */
    public static void check(
            CitizenId id,
            Sex statedSex,
            LocalDate statedBirth,
            LocalDate joinedOn,
            LocalDate fullOn,
            Standing standing,
            LocalDate today) {
        if (statedBirth != null && !statedBirth.equals(id.birthDate())) {
            throw new ValidationError(
                    "field.member.birthDate",
                    "rule.member.birthContradictsId",
                    statedBirth.toString(),
                    id.birthDate().toString());
        }
        if (statedSex != null && statedSex != id.sex()) {
            throw new ValidationError("field.member.sex", "rule.member.sexContradictsId");
        }
        if (id.birthDate().isAfter(today)) {
            throw new ValidationError("field.member.idNumber", "rule.member.bornInFuture");
        }
        if (joinedOn != null) {
            if (joinedOn.isAfter(today)) {
                throw new ValidationError("field.member.joinedOn", "rule.dateInFuture");
            }
            if (Period.between(id.birthDate(), joinedOn).getYears() < MINIMUM_AGE) {
                throw new ValidationError(
                        "field.member.joinedOn", "rule.member.under18", MINIMUM_AGE);
            }
        }
        if (fullOn != null) {
            if (standing == Standing.PROBATIONARY) {
                throw new ValidationError(
                        "field.member.fullOn", "rule.member.probationaryWithFullDate");
            }
            if (fullOn.isAfter(today)) {
                throw new ValidationError("field.member.fullOn", "rule.dateInFuture");
            }
            if (joinedOn != null && joinedOn.isAfter(fullOn)) {
                throw new ValidationError("field.member.joinedOn", "rule.member.joinedAfterFull");
            }
        }
    }

    /**
     * A member's name: any characters (minority names carry {@code ·}), not empty, not too long.
     */
    public static String validName(String raw) {
        String name = Text.emptyToNull(raw);
        if (name == null) {
            throw new ValidationError("field.member.name", "rule.required");
        }
        if (Text.length(name) > MemberField.NAME.max()) {
            throw new ValidationError("field.member.name", "rule.tooLong", MemberField.NAME.max());
        }
        return name.replace('•', '·');
    }
}
