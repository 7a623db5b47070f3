package org.branchdesk.domain.leadership;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A term (届) of an organization's committee: from its election (or designation) for the years the
 * organization's type sets; {@code endedOn} is set when the next term begins.
 */
public record Term(
        UUID id,
        UUID orgId,
        LocalDate startedOn,
        int years,
        Chosen chosen,
        String docNumber,
        LocalDate endedOn) {
    public Term {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(startedOn, "startedOn");
        Objects.requireNonNull(chosen, "chosen");
    }

    /** The last day of the term: the day before its anniversary. */
    public LocalDate lastDay() {
        return startedOn.plusYears(years).minusDays(1);
    }

    public boolean isCurrent() {
        return endedOn == null;
    }

    /** The term ended on {@code on} (never before it began). */
    public Term ended(LocalDate on) {
        return new Term(
                id,
                orgId,
                startedOn,
                years,
                chosen,
                docNumber,
                on.isBefore(startedOn) ? startedOn : on);
    }
}
