package org.branchdesk.domain.members;

import java.time.LocalDate;
import java.time.Period;

/** Party standing (党龄): whole years since the member became a full member. */
public final class PartyStanding {
    private PartyStanding() {}

    public static Integer years(LocalDate fullOn, LocalDate asOf) {
        if (fullOn == null || asOf == null || asOf.isBefore(fullOn)) {
            return null;
        }
        return Period.between(fullOn, asOf).getYears();
    }

    /**
     * A member's standing on a day: full only when a full member who became one by then (a full
     * member whose date is unknown counts as full); a probationary member otherwise.
     */
    public static Standing on(Standing standing, LocalDate fullOn, LocalDate day) {
        return standing == Standing.FULL && (fullOn == null || !fullOn.isAfter(day))
                ? Standing.FULL
                : Standing.PROBATIONARY;
    }
}
