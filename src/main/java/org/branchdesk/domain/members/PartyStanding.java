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
}
