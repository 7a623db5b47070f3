package org.branchdesk.domain.care;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Fields;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.ValidationError;

/**
 * A solicitude visit (慰问, policy article 11: 慰问战斗在疫情防控一线的基层党员、干部) to a member or a person.
 *
 * @param visited the member or the person on the people register visited (never an organization)
 * @param visitors who visited, by name and post as written (李明（街道党工委书记）、王芳)
 * @param note what else is worth recording; no health details here
 * @param paymentId the solicitude payment handed over, or {@code null}
 */
public record SolicitudeVisit(
        UUID id,
        Payment.Recipient visited,
        LocalDate on,
        String visitors,
        String note,
        UUID paymentId) {
    /** The lengths of the columns. */
    public static final int MAX_VISITORS = 120;

    public static final int MAX_NOTE = 200;

    public SolicitudeVisit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(visited, "visited");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(visitors, "visitors");
    }

    /** A visit as a form or a command gives it; refused naming the field. */
    public static SolicitudeVisit of(
            UUID id,
            Payment.Recipient visited,
            LocalDate on,
            String visitors,
            String note,
            UUID paymentId,
            LocalDate today) {
        if (visited == null) {
            throw new ValidationError("field.visit.visited", "rule.required");
        }
        if (visited.kind() == RecipientKind.ORGANIZATION) {
            throw new ValidationError("field.visit.visited", "rule.visit.notAPerson");
        }
        if (on == null) {
            throw new ValidationError("field.visit.on", "rule.required");
        }
        if (on.isAfter(today)) {
            throw new ValidationError("field.visit.on", "rule.dateInFuture");
        }
        String by = Text.emptyToNull(visitors);
        if (by == null) {
            throw new ValidationError("field.visit.visitors", "rule.required");
        }
        if (Text.length(by) > MAX_VISITORS) {
            throw new ValidationError("field.visit.visitors", "rule.tooLong", MAX_VISITORS);
        }
        return new SolicitudeVisit(
                id,
                visited,
                on,
                by,
                Fields.optional("field.visit.note", note, MAX_NOTE),
                paymentId);
    }
}
