package org.branchdesk.domain.care;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.ValidationError;

/**
 * A commendation decision (表彰决定): the title it awards, the level and name of the awarding body, its
 * document number and date. Its honorees are {@link Honoree}s. A decision from above carries its
 * document number as data (like an organization's approval number); the street's own decision is
 * numbered from the dispatch register when its notice is issued, so its number may be empty.
 *
 * @param documentNumber the outside document's number, or {@code null} for a street decision
 */
public record Commendation(
        UUID id,
        String title,
        CommendationLevel level,
        String awardingBody,
        String documentNumber,
        LocalDate decidedOn) {
    /** The longest title (优秀共产党员, 先进基层党组织, 抗击新冠肺炎疫情先进个人 …). */
    public static final int TITLE_MAX = 40;

    /** The longest awarding body or document number. */
    public static final int NAME_MAX = 60;

    public Commendation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(awardingBody, "awardingBody");
        Objects.requireNonNull(decidedOn, "decidedOn");
    }

    /** A decision as a form or a command gives it; refused naming the field. */
    public static Commendation of(
            UUID id,
            String title,
            CommendationLevel level,
            String awardingBody,
            String documentNumber,
            LocalDate decidedOn) {
        String t = required("field.commendation.title", title, TITLE_MAX);
        if (level == null) {
            throw new ValidationError("field.commendation.level", "rule.required");
        }
        String body = required("field.commendation.body", awardingBody, NAME_MAX);
        String number = Text.emptyToNull(documentNumber);
        if (!CommendationRules.numberGiven(level, number)) {
            throw new ValidationError("field.commendation.doc", "rule.commendation.outsideNumber");
        }
        if (number != null && Text.length(number) > NAME_MAX) {
            throw new ValidationError("field.commendation.doc", "rule.tooLong", NAME_MAX);
        }
        if (decidedOn == null) {
            throw new ValidationError("field.commendation.on", "rule.required");
        }
        return new Commendation(id, t, level, body, number, decidedOn);
    }

    static String required(String field, String value, int max) {
        String v = Text.emptyToNull(value);
        if (v == null) {
            throw new ValidationError(field, "rule.required");
        }
        if (Text.length(v) > max) {
            throw new ValidationError(field, "rule.tooLong", max);
        }
        return v;
    }
}
