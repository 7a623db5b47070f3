package org.branchdesk.domain.duty;

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

    /** A cadre serves one sending at a time: no second while one is open. */
    public static boolean servingAlready(List<SentDown> ofCadre) {
        return ofCadre.stream().anyMatch(SentDown::isServing);
    }
}
