package org.branchdesk.service.duty.internal;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;

/** The candidates, the shifts and every seat on them: what the solver works on. */
@PlanningSolution
public class RosterSolution {
    @ProblemFactCollectionProperty @ValueRangeProvider private List<Worker> workers;
    @ProblemFactCollectionProperty private List<Duty> duties;
    @PlanningEntityCollectionProperty private List<Seat> seats;
    @PlanningScore private HardMediumSoftLongScore score;

    /** For the solver's cloning. */
    public RosterSolution() {}

    public RosterSolution(List<Worker> workers, List<Duty> duties, List<Seat> seats) {
        this.workers = workers;
        this.duties = duties;
        this.seats = seats;
    }

    public List<Worker> getWorkers() {
        return workers;
    }

    public List<Duty> getDuties() {
        return duties;
    }

    public List<Seat> getSeats() {
        return seats;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
