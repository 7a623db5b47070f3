package org.branchdesk.domain.duty;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Fields;
import org.branchdesk.domain.common.Personal;
import org.branchdesk.domain.common.ValidationError;

/**
 * One entry of a pairing's service log: what was done for the resident on which day.
 *
 * @param health health details noted that day (a temperature, symptoms): personal data, never in
 *     the audit log or an export, cleared by the privacy purge once the pairing ended longer ago
 *     than the office's retention
 * @param note what else is worth recording; no health details here
 */
public record ServiceEntry(
        UUID id,
        UUID pairingId,
        LocalDate day,
        ServiceKind kind,
        @Personal(Personal.Kind.HEALTH) String health,
        String note) {
    /** The lengths of the service log's columns. */
    public static final int MAX_HEALTH = 200;

    public static final int MAX_NOTE = 200;

    public ServiceEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pairingId, "pairingId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
    }

    /** An entry as a form or a command gives it, each field checked; refused naming the field. */
    public static ServiceEntry of(
            UUID id, UUID pairingId, LocalDate day, ServiceKind kind, String health, String note) {
        if (pairingId == null) {
            throw new ValidationError("field.service.pairing", "rule.required");
        }
        if (day == null) {
            throw new ValidationError("field.service.day", "rule.required");
        }
        if (kind == null) {
            throw new ValidationError("field.service.kind", "rule.required");
        }
        return new ServiceEntry(
                id,
                pairingId,
                day,
                kind,
                Fields.optional("field.service.health", health, MAX_HEALTH),
                Fields.optional("field.service.note", note, MAX_NOTE));
    }
}
