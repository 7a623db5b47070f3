package org.branchdesk.domain.duty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rules of cadres sent down to communities (下沉干部). One rule per method. */
public final class SentDownRules {
    private SentDownRules() {}

    /**
     * A person (not a member here) sent down is on the people register as a cadre sent down
     * (人员类别：下沉干部).
     */
    public static boolean personMayBeSentDown(PersonKind kind) {
        return kind == PersonKind.SENT_DOWN_CADRE;
    }

    /**
     * A cadre who may serve a community only because they were sent down to it serves it only
     * during the sending (policy articles 5 and 10): the days from {@code first} to {@code last}
     * (both included) that none of their sendings to it covers are times they cannot serve there,
     * as whole days (00:00 to the next 00:00), one period for each run of days.
     *
     * @param sendings the cadre's sendings to the community
     */
    public static List<Availability.Period> unavailableOutside(
            List<SentDown> sendings, LocalDate first, LocalDate last) {
        List<Availability.Period> out = new ArrayList<>();
        LocalDate runStart = null;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate d = day;
            boolean outside = sendings.stream().noneMatch(x -> x.servesDuring(d, d));
            if (outside && runStart == null) {
                runStart = day;
            } else if (!outside && runStart != null) {
                out.add(new Availability.Period(runStart.atStartOfDay(), day.atStartOfDay()));
                runStart = null;
            }
        }
        if (runStart != null) {
            out.add(
                    new Availability.Period(
                            runStart.atStartOfDay(), last.plusDays(1).atStartOfDay()));
        }
        return out;
    }

    /** A cadre serves one sending at a time: no second while one is open. */
    public static boolean servingAlready(List<SentDown> ofCadre) {
        return ofCadre.stream().anyMatch(SentDown::isServing);
    }
}
