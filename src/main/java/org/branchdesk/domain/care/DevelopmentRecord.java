package org.branchdesk.domain.care;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A step of a development case as recorded: its day, its document number, its people (the contact
 * persons of the activist step, the sponsors of the candidate step, as member ids), the training's
 * days and class hours, and why an approval took longer than three months.
 *
 * @param documentNumber the meeting record's or decision's number, {@code null} when none
 * @param people contact persons or sponsors, member ids; empty for other steps
 * @param specialReason for an approval later than three months (细则第四章), else {@code null}
 */
public record DevelopmentRecord(
        UUID id,
        UUID caseId,
        DevelopmentStep step,
        LocalDate on,
        String documentNumber,
        List<UUID> people,
        Integer trainingDays,
        Integer trainingHours,
        String specialReason) {
    /** Longest document number. */
    public static final int MAX_DOCUMENT = 60;

    /** Longest special reason. */
    public static final int MAX_REASON = 200;

    public DevelopmentRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(on, "on");
        people = people == null ? List.of() : List.copyOf(people);
    }

    /** The role the step's people hold: contact persons at the activist step, else sponsors. */
    public String role() {
        return step == DevelopmentStep.ACTIVIST ? "CONTACT" : "SPONSOR";
    }
}
