package org.branchdesk.domain.leadership;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Fields;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.ValidationError;

/**
 * A member's holding of a position in a party organization: how it came about, from when, on what
 * document, and (once ended) when and why. History is kept: ending never deletes.
 *
 * @param concurrentDuty a duty the seat also carries (兼纪检委员), or {@code null}
 * @param standingException why a secretary with less than a year of full standing was chosen
 */
public record Holding(
        UUID id,
        UUID orgId,
        UUID memberId,
        Position position,
        String concurrentDuty,
        Chosen chosen,
        Source source,
        LocalDate from,
        String docNumber,
        LocalDate docDate,
        LocalDate endedOn,
        EndReason endReason,
        String standingException) {
    public Holding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(chosen, "chosen");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(from, "from");
    }

    /** A new holding as a form or a sheet gives it, its free texts checked. */
    public static Holding of(
            UUID id,
            UUID orgId,
            UUID memberId,
            Position position,
            String concurrentDuty,
            Chosen chosen,
            Source source,
            LocalDate from,
            String docNumber,
            LocalDate docDate,
            String standingException) {
        if (from == null) {
            throw new ValidationError("field.holding.from", "rule.required");
        }
        return new Holding(
                id,
                orgId,
                memberId,
                position,
                Fields.optional("field.holding.concurrentDuty", concurrentDuty, 40),
                chosen,
                source,
                from,
                Fields.optional("field.holding.docNumber", docNumber, 60),
                docDate,
                null,
                null,
                Fields.optional("field.holding.standingException", standingException, 200));
    }

    /** Whether it is held now (not ended). */
    public boolean isServing() {
        return endedOn == null;
    }

    /**
     * The holding ended on {@code on} for {@code reason}; never before it started (a position that
     * ends with something else on an earlier day ends on its first day).
     */
    public Holding ended(LocalDate on, EndReason reason) {
        LocalDate end = on.isBefore(from) ? from : on;
        return new Holding(
                id,
                orgId,
                memberId,
                position,
                concurrentDuty,
                chosen,
                source,
                from,
                docNumber,
                docDate,
                end,
                Objects.requireNonNull(reason),
                standingException);
    }

    /** The seat as it is written: 书记, or 组织委员兼纪检委员 with its concurrent duty. */
    public String title() {
        String p = Messages.format("position." + position.name());
        return concurrentDuty == null ? p : p + Messages.format("leader.also", concurrentDuty);
    }

    /**
     * Whether the office issues a notice of appointment for it: designated and appointed positions;
     * an elected one stands on the reply approving the election's result.
     */
    public boolean getsAppointmentNotice() {
        return chosen != Chosen.ELECTED;
    }

    /**
     * Whether its end calls for a notice of removal: removed, transferred or resigned. A renewal, a
     * death or a dissolution needs none.
     */
    public boolean getsRemovalNotice() {
        return endedOn != null
                && (endReason == EndReason.REMOVED
                        || endReason == EndReason.TRANSFERRED
                        || endReason == EndReason.RESIGNED);
    }
}
