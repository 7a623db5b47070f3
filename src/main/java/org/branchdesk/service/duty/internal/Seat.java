package org.branchdesk.service.duty.internal;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * One place on a shift: open (the solver chooses who takes it, or leaves it open), or pinned (a
 * shift a candidate already serves, which the solver never moves but counts in every rule).
 */
@PlanningEntity
public class Seat {
    @PlanningId private Integer id;
    private Duty duty;

    @PlanningVariable(allowsUnassigned = true)
    private Worker worker;

    @PlanningPin private boolean pinned;

    /** For the solver's cloning. */
    public Seat() {}

    public Seat(int id, Duty duty, Worker worker, boolean pinned) {
        this.id = id;
        this.duty = duty;
        this.worker = worker;
        this.pinned = pinned;
    }

    public Integer getId() {
        return id;
    }

    public Duty getDuty() {
        return duty;
    }

    public Worker getWorker() {
        return worker;
    }

    public void setWorker(Worker worker) {
        this.worker = worker;
    }

    public boolean isPinned() {
        return pinned;
    }

    @Override
    public String toString() {
        return "seat " + id + " of " + duty + (pinned ? " (pinned)" : "");
    }
}
