package org.branchdesk.domain.duty;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.ValidationError;

/**
 * An in-service member's reporting to the community where they live (在职党员到社区报到, policy article 7):
 * the community (and compound) reported to, the unit they work at, the day. Ended on a day when
 * they stop, never deleted: the posts claimed and the hours served stay with it.
 *
 * @param compoundId the compound reported to, or {@code null} for the whole community
 */
public record Reporting(
        UUID id,
        UUID memberId,
        UUID communityId,
        UUID compoundId,
        WorkUnit unit,
        LocalDate reportedOn,
        LocalDate endedOn) {

    public Reporting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(reportedOn, "reportedOn");
    }

    /** A new reporting as a form or a command gives it; refused naming the field. */
    public static Reporting of(
            UUID id,
            UUID memberId,
            UUID communityId,
            UUID compoundId,
            WorkUnit unit,
            LocalDate reportedOn) {
        if (memberId == null) {
            throw new ValidationError("field.reporting.member", "rule.required");
        }
        if (communityId == null) {
            throw new ValidationError("field.reporting.community", "rule.required");
        }
        if (unit == null) {
            throw new ValidationError("field.reporting.unit", "rule.required");
        }
        if (!ReportingRules.feedbackHasAnAddressee(unit)) {
            throw new ValidationError("field.reporting.unitOrg", "rule.reporting.unitOrgRequired");
        }
        if (reportedOn == null) {
            throw new ValidationError("field.reporting.reportedOn", "rule.required");
        }
        return new Reporting(id, memberId, communityId, compoundId, unit, reportedOn, null);
    }

    public boolean isOpen() {
        return endedOn == null;
    }

    /** The same reporting ended on a day. */
    public Reporting endingOn(LocalDate on) {
        return new Reporting(id, memberId, communityId, compoundId, unit, reportedOn, on);
    }
}
