package org.branchdesk.service.duty.internal;

import java.util.Set;
import org.branchdesk.domain.duty.Availability;
import org.branchdesk.domain.duty.RosterRules;

/**
 * A candidate as the solver sees them: their limits and what they bring to a shift's requirements.
 * Compared by identity, so that the solver's indexes never hash their lists.
 */
public final class Worker {
    private final int index;
    private final Availability availability;
    private final RosterRules.OnShift onShift;
    private final long restMinutes;
    private Week[] weeks = new Week[0];

    public Worker(int index, Availability availability, boolean partyMember, Set<String> tags) {
        this.index = index;
        this.availability = availability;
        this.onShift = new RosterRules.OnShift(partyMember, Set.copyOf(tags));
        this.restMinutes = availability.minimumRest().toMinutes();
    }

    /**
     * One Monday-to-Sunday week of the worker's: the key their shifts are counted by, and how many
     * they may serve in it without the solver being to blame (their maximum, or more when pinned
     * shifts already exceed it).
     */
    public static final class Week {
        private final Worker worker;
        private int pinned;

        Week(Worker worker) {
            this.worker = worker;
        }

        public Worker worker() {
            return worker;
        }

        /** Shifts above this count in the week are the solver's doing. */
        public int allowed() {
            return Math.max(worker.availability.maxShiftsPerWeek(), pinned);
        }
    }

    /** Makes the worker's weeks, one per week of the problem (before solving). */
    public void weeks(int count) {
        weeks = new Week[count];
        for (int i = 0; i < count; i++) {
            weeks[i] = new Week(this);
        }
    }

    /** The week at that position among the problem's weeks. */
    public Week week(int week) {
        return weeks[week];
    }

    /** Records a pinned shift in its week (before solving). */
    public void pin(int week) {
        weeks[week].pinned++;
    }

    long restMinutes() {
        return restMinutes;
    }

    /** The candidate's position in the problem's list. */
    public int index() {
        return index;
    }

    public Availability availability() {
        return availability;
    }

    public RosterRules.OnShift onShift() {
        return onShift;
    }

    @Override
    public String toString() {
        return "worker " + index; // never a name: the solver's log lines end up in the log file
    }
}
