package org.branchdesk.domain.duty;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Fields;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.ValidationError;

/**
 * Someone on a shift: a member or a person on the people register. Once the week is published a
 * change is a swap: the assignment is withdrawn ({@code withdrawnAt}, {@code changeReason}) and its
 * replacement points to it ({@code replacesId}).
 *
 * @param teamId the team they came with, or {@code null}
 * @param overrideReason why a broken rule was accepted when they were put there, or {@code null}
 * @param replacesId the withdrawn assignment this one replaced, or {@code null}
 * @param changeReason why it was withdrawn, or (for a replacement) why it replaced another
 * @param attendance whether they served, {@code null} while not recorded
 * @param substitute who served in their place, exactly when {@code attendance} is {@link
 *     Attendance#SUBSTITUTED}
 */
public record Assignment(
        UUID id,
        UUID shiftId,
        Team.Someone who,
        UUID teamId,
        AssignmentSource source,
        String overrideReason,
        UUID replacesId,
        String changeReason,
        Instant withdrawnAt,
        Attendance attendance,
        Team.Someone substitute) {
    /** The longest reason a clerk may give (the register's limit). */
    public static final int MAX_REASON = 200;

    public Assignment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shiftId, "shiftId");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(source, "source");
        if ((attendance == Attendance.SUBSTITUTED) != (substitute != null)) {
            throw new IllegalArgumentException("a substitute exactly when substituted");
        }
    }

    /** A new assignment, attendance not recorded. */
    public static Assignment of(
            UUID shiftId,
            Team.Someone who,
            UUID teamId,
            AssignmentSource source,
            String overrideReason) {
        return new Assignment(
                UUID.randomUUID(),
                shiftId,
                who,
                teamId,
                source,
                overrideReason,
                null,
                null,
                null,
                null,
                null);
    }

    /** Still on the shift (not withdrawn by a swap). */
    public boolean isActive() {
        return withdrawnAt == null;
    }

    /** Whether the person served it themselves or, substituted, someone else did. */
    public Assignment attended(Attendance how, Team.Someone by) {
        return new Assignment(
                id,
                shiftId,
                who,
                teamId,
                source,
                overrideReason,
                replacesId,
                changeReason,
                withdrawnAt,
                how,
                how == Attendance.SUBSTITUTED ? by : null);
    }

    /** Taken off a published shift, with the reason. */
    public Assignment withdrawn(Instant at, String reason) {
        return new Assignment(
                id,
                shiftId,
                who,
                teamId,
                source,
                overrideReason,
                replacesId,
                reason,
                at,
                attendance,
                substitute);
    }

    /** A reason a clerk must give (an override, a swap): not empty, not too long. */
    public static String requireReason(String field, String raw) {
        String reason = Text.emptyToNull(raw);
        if (reason == null) {
            throw new ValidationError(field, "rule.required");
        }
        return Fields.optional(field, reason, MAX_REASON);
    }
}
