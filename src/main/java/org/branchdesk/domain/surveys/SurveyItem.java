package org.branchdesk.domain.surveys;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Fields;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;

/**
 * A management/service gap (管理服务漏洞) or a conflict/hazard (矛盾隐患) found in a compound's survey, with
 * the person responsible, a deadline and its status until it is closed (销号).
 */
public record SurveyItem(
        UUID id,
        UUID compoundId,
        Kind kind,
        String description,
        String responsible,
        LocalDate deadline,
        Status status,
        LocalDate closedOn) {
    /** What was found. */
    public enum Kind {
        GAP,
        HAZARD
    }

    /** Where it stands. */
    public enum Status {
        OPEN,
        IN_HAND,
        CLOSED
    }

    public SurveyItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(compoundId, "compoundId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(status, "status");
    }

    /**
     * Checks an item as a clerk records it: a closed item has its closing date, an open one has
     * none.
     */
    public static SurveyItem of(
            UUID id,
            UUID compoundId,
            Kind kind,
            String description,
            String responsible,
            LocalDate deadline,
            Status status,
            LocalDate closedOn,
            LocalDate today) {
        String d = Text.emptyToNull(description);
        if (d == null) {
            throw new ValidationError("field.item.description", "rule.required");
        }
        if (Text.length(d) > 1000) {
            throw new ValidationError("field.item.description", "rule.tooLong", 1000);
        }
        if (status == Status.CLOSED && closedOn == null) {
            throw new ValidationError("field.item.closedOn", "rule.item.closedNeedsDate");
        }
        if (status != Status.CLOSED && closedOn != null) {
            throw new ValidationError("field.item.status", "rule.item.dateButNotClosed");
        }
        if (closedOn != null && closedOn.isAfter(today)) {
            throw new ValidationError("field.item.closedOn", "rule.dateInFuture");
        }
        return new SurveyItem(
                id,
                compoundId,
                kind,
                d,
                Fields.optional("field.item.responsible", responsible, 80),
                deadline,
                status,
                closedOn);
    }

    /** Open or in hand past its deadline. */
    public boolean isOverdue(LocalDate today) {
        return status != Status.CLOSED && deadline != null && deadline.isBefore(today);
    }

    public SurveyItem closed(LocalDate on, LocalDate today) {
        if (status == Status.CLOSED) {
            throw new UserError("error.item.alreadyClosed");
        }
        return of(
                id, compoundId, kind, description, responsible, deadline, Status.CLOSED, on, today);
    }
}
