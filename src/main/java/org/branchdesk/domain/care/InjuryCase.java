package org.branchdesk.domain.care;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Fields;
import org.branchdesk.domain.common.Personal;
import org.branchdesk.domain.common.ValidationError;

/**
 * A work-injury fast-track case of a member or a person infected on duty: the day of infection,
 * where it stands and the day of each step taken.
 *
 * @param person the member or the person on the people register (never an organization)
 * @param appliedOn the day the application for recognition was filed, or {@code null}
 * @param decidedOn the day it was recognised or not, or {@code null}
 * @param closedOn the day the case was closed, or {@code null}
 * @param diagnosis the diagnosis (a health detail): never in the audit log or an export, shown only
 *     to a role that records it, cleared by the privacy purge once the case closed longer ago than
 *     the office's retention
 * @param note anything else worth recording; no health details here
 */
public record InjuryCase(
        UUID id,
        Payment.Recipient person,
        LocalDate infectedOn,
        InjuryStatus status,
        LocalDate reportedOn,
        LocalDate appliedOn,
        LocalDate decidedOn,
        LocalDate closedOn,
        @Personal(Personal.Kind.HEALTH) String diagnosis,
        String note) {
    /** The lengths of the columns. */
    public static final int MAX_DIAGNOSIS = 200;

    public static final int MAX_NOTE = 200;

    public InjuryCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(infectedOn, "infectedOn");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reportedOn, "reportedOn");
    }

    /**
     * A new case as a form or a command gives it, reported on {@code reportedOn}; refused naming
     * the field.
     */
    public static InjuryCase of(
            UUID id,
            Payment.Recipient person,
            LocalDate infectedOn,
            LocalDate reportedOn,
            String diagnosis,
            String note,
            LocalDate today) {
        if (person == null) {
            throw new ValidationError("field.injury.person", "rule.required");
        }
        if (person.kind() == RecipientKind.ORGANIZATION) {
            throw new ValidationError("field.injury.person", "rule.injury.notAPerson");
        }
        if (infectedOn == null) {
            throw new ValidationError("field.injury.infectedOn", "rule.required");
        }
        if (infectedOn.isAfter(today)) {
            throw new ValidationError("field.injury.infectedOn", "rule.dateInFuture");
        }
        if (reportedOn == null) {
            throw new ValidationError("field.injury.reportedOn", "rule.required");
        }
        InjuryRules.checkDay(InjuryStatus.REPORTED, reportedOn, infectedOn, today);
        return new InjuryCase(
                id,
                person,
                infectedOn,
                InjuryStatus.REPORTED,
                reportedOn,
                null,
                null,
                null,
                Fields.optional("field.injury.diagnosis", diagnosis, MAX_DIAGNOSIS),
                Fields.optional("field.injury.note", note, MAX_NOTE));
    }

    /** The day of the latest step taken (the day it was reported, at least). */
    public LocalDate lastStepOn() {
        LocalDate last = reportedOn;
        for (LocalDate d : new LocalDate[] {appliedOn, decidedOn, closedOn}) {
            if (d != null && d.isAfter(last)) {
                last = d;
            }
        }
        return last;
    }

    /** The case moved on to {@code to} on {@code on}; refused by {@link InjuryRules}. */
    public InjuryCase movedTo(InjuryStatus to, LocalDate on, LocalDate today) {
        InjuryRules.checkMove(this, to, on, today);
        return new InjuryCase(
                id,
                person,
                infectedOn,
                to,
                reportedOn,
                to == InjuryStatus.APPLIED ? on : appliedOn,
                to == InjuryStatus.RECOGNISED || to == InjuryStatus.REJECTED ? on : decidedOn,
                to == InjuryStatus.CLOSED ? on : closedOn,
                diagnosis,
                note);
    }

    /** The case with its diagnosis and note as given. */
    public InjuryCase withDetails(String newDiagnosis, String newNote) {
        return new InjuryCase(
                id,
                person,
                infectedOn,
                status,
                reportedOn,
                appliedOn,
                decidedOn,
                closedOn,
                Fields.optional("field.injury.diagnosis", newDiagnosis, MAX_DIAGNOSIS),
                Fields.optional("field.injury.note", newNote, MAX_NOTE));
    }
}
