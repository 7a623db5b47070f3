package org.branchdesk.store.duty;

import static org.branchdesk.store.jooq.Tables.ASSIGNMENT;
import static org.branchdesk.store.jooq.Tables.SHIFT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.branchdesk.domain.duty.Assignment;
import org.branchdesk.domain.duty.AssignmentSource;
import org.branchdesk.domain.duty.Attendance;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.AssignmentRecord;
import org.jooq.Condition;

/**
 * Who serves which shift: assignments, withdrawn ones (a swap after publishing) too. An assignment
 * taken off before publishing is flagged deleted, and none of the reads here return it.
 */
public final class AssignmentRepository {
    private final StoreSession s;

    public AssignmentRepository(StoreSession s) {
        this.s = s;
    }

    public Optional<Assignment> find(UUID id) {
        return list(ASSIGNMENT.ID.eq(id)).stream().findFirst();
    }

    /** A shift's assignments, withdrawn ones too, in the order they were made. */
    public List<Assignment> ofShift(UUID shiftId) {
        return list(ASSIGNMENT.SHIFT_ID.eq(shiftId));
    }

    /** The assignments of the shifts from one day to another, withdrawn ones too. */
    public List<Assignment> between(LocalDate from, LocalDate to) {
        return s.dsl()
                .select(ASSIGNMENT.fields())
                .from(ASSIGNMENT)
                .join(SHIFT)
                .on(SHIFT.ID.eq(ASSIGNMENT.SHIFT_ID))
                .where(ASSIGNMENT.DELETED.isFalse().and(SHIFT.ON_DAY.between(from, to)))
                .orderBy(ASSIGNMENT.CREATED_AT, ASSIGNMENT.ID)
                .fetch(r -> toAssignment(r.into(ASSIGNMENT)));
    }

    /** Assignments neither withdrawn nor taken off (the register {@code stats} counts). */
    public int count() {
        return s.dsl()
                .fetchCount(
                        ASSIGNMENT,
                        ASSIGNMENT.DELETED.isFalse().and(ASSIGNMENT.WITHDRAWN_AT.isNull()));
    }

    public void insert(Assignment a) {
        OffsetDateTime now = s.now();
        AssignmentRecord r = fields(a);
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.setRevision(1L);
        s.dsl().insertInto(ASSIGNMENT).set(r).execute();
    }

    /** Writes an assignment's attendance, withdrawal and reasons. */
    public void update(Assignment a) {
        AssignmentRecord r = fields(a);
        r.setUpdatedAt(s.now());
        s.dsl()
                .update(ASSIGNMENT)
                .set(r)
                .set(ASSIGNMENT.REVISION, ASSIGNMENT.REVISION.plus(1))
                .where(ASSIGNMENT.ID.eq(a.id()))
                .execute();
    }

    /** Takes an assignment off an unpublished shift: flagged, never removed. */
    public void delete(UUID id) {
        s.dsl()
                .update(ASSIGNMENT)
                .set(ASSIGNMENT.DELETED, true)
                .set(ASSIGNMENT.UPDATED_AT, s.now())
                .set(ASSIGNMENT.REVISION, ASSIGNMENT.REVISION.plus(1))
                .set(ASSIGNMENT.REVISED_BY, s.officeId())
                .where(ASSIGNMENT.ID.eq(id))
                .execute();
    }

    private List<Assignment> list(Condition where) {
        return s.dsl()
                .selectFrom(ASSIGNMENT)
                .where(where.and(ASSIGNMENT.DELETED.isFalse()))
                .orderBy(ASSIGNMENT.CREATED_AT, ASSIGNMENT.ID)
                .fetch(AssignmentRepository::toAssignment);
    }

    private AssignmentRecord fields(Assignment a) {
        AssignmentRecord r = s.dsl().newRecord(ASSIGNMENT);
        r.setId(a.id());
        r.setShiftId(a.shiftId());
        r.setMemberId(Someones.member(a.who()));
        r.setPersonId(Someones.person(a.who()));
        r.setTeamId(a.teamId());
        r.setSource(a.source().name());
        r.setOverrideReason(a.overrideReason());
        r.setReplacesId(a.replacesId());
        r.setChangeReason(a.changeReason());
        r.setWithdrawnAt(a.withdrawnAt() == null ? null : a.withdrawnAt().atOffset(ZoneOffset.UTC));
        r.setAttendance(a.attendance() == null ? null : a.attendance().name());
        r.setSubstituteMemberId(Someones.member(a.substitute()));
        r.setSubstitutePersonId(Someones.person(a.substitute()));
        r.setRevisedBy(s.officeId());
        return r;
    }

    private static Assignment toAssignment(AssignmentRecord r) {
        return new Assignment(
                r.getId(),
                r.getShiftId(),
                Someones.of(r.getMemberId(), r.getPersonId()),
                r.getTeamId(),
                AssignmentSource.valueOf(r.getSource()),
                r.getOverrideReason(),
                r.getReplacesId(),
                r.getChangeReason(),
                r.getWithdrawnAt() == null ? null : r.getWithdrawnAt().toInstant(),
                r.getAttendance() == null ? null : Attendance.valueOf(r.getAttendance()),
                Someones.of(r.getSubstituteMemberId(), r.getSubstitutePersonId()));
    }
}
