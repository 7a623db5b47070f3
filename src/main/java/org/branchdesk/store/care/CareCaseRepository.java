package org.branchdesk.store.care;

import static org.branchdesk.store.jooq.Tables.INJURY_CASE;
import static org.branchdesk.store.jooq.Tables.SOLICITUDE_VISIT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.branchdesk.domain.care.InjuryCase;
import org.branchdesk.domain.care.InjuryStatus;
import org.branchdesk.domain.care.Payment;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.domain.care.SolicitudeVisit;
import org.branchdesk.domain.common.Personal;
import org.branchdesk.store.PersonalColumns;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.InjuryCaseRecord;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Care cases: solicitude visits and work-injury fast-track cases. The diagnosis of an injury case
 * is found through the mark on {@link InjuryCase}, and cleared once the case closed longer ago than
 * the office's retention.
 */
public final class CareCaseRepository {
    private final StoreSession s;

    public CareCaseRepository(StoreSession s) {
        this.s = s;
    }

    private static Payment.Recipient who(UUID memberId, UUID personId, String name) {
        return memberId != null
                ? new Payment.Recipient(RecipientKind.MEMBER, memberId, name)
                : new Payment.Recipient(RecipientKind.PERSON, personId, name);
    }

    private static UUID memberOf(Payment.Recipient r) {
        return r.kind() == RecipientKind.MEMBER ? r.id() : null;
    }

    private static UUID personOf(Payment.Recipient r) {
        return r.kind() == RecipientKind.PERSON ? r.id() : null;
    }

    // ------------------------------------------------------------------ visits

    /** Every visit, by day. */
    public List<SolicitudeVisit> visits() {
        return s.dsl()
                .selectFrom(SOLICITUDE_VISIT)
                .where(SOLICITUDE_VISIT.DELETED.isFalse())
                .orderBy(SOLICITUDE_VISIT.VISITED_ON, SOLICITUDE_VISIT.CREATED_AT)
                .fetch(
                        r ->
                                new SolicitudeVisit(
                                        r.getId(),
                                        who(r.getMemberId(), r.getPersonId(), r.getVisitedName()),
                                        r.getVisitedOn(),
                                        r.getVisitors(),
                                        r.getNote(),
                                        r.getPaymentId()));
    }

    public void insert(SolicitudeVisit v) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(SOLICITUDE_VISIT)
                .set(SOLICITUDE_VISIT.ID, v.id())
                .set(SOLICITUDE_VISIT.MEMBER_ID, memberOf(v.visited()))
                .set(SOLICITUDE_VISIT.PERSON_ID, personOf(v.visited()))
                .set(SOLICITUDE_VISIT.VISITED_NAME, v.visited().name())
                .set(SOLICITUDE_VISIT.VISITED_ON, v.on())
                .set(SOLICITUDE_VISIT.VISITORS, v.visitors())
                .set(SOLICITUDE_VISIT.NOTE, v.note())
                .set(SOLICITUDE_VISIT.PAYMENT_ID, v.paymentId())
                .set(SOLICITUDE_VISIT.CREATED_AT, now)
                .set(SOLICITUDE_VISIT.UPDATED_AT, now)
                .set(SOLICITUDE_VISIT.REVISION, 1L)
                .set(SOLICITUDE_VISIT.REVISED_BY, s.officeId())
                .execute();
    }

    /** Visits on the register ({@code stats}). */
    public int countVisits() {
        return s.dsl().fetchCount(SOLICITUDE_VISIT, SOLICITUDE_VISIT.DELETED.isFalse());
    }

    // ------------------------------------------------------------------ injury cases

    /** Every case, by the day of infection. */
    public List<InjuryCase> injuries() {
        return s.dsl()
                .selectFrom(INJURY_CASE)
                .where(INJURY_CASE.DELETED.isFalse())
                .orderBy(INJURY_CASE.INFECTED_ON, INJURY_CASE.CREATED_AT)
                .fetch(CareCaseRepository::injury);
    }

    public Optional<InjuryCase> injury(UUID id) {
        return s.dsl()
                .selectFrom(INJURY_CASE)
                .where(INJURY_CASE.ID.eq(id), INJURY_CASE.DELETED.isFalse())
                .fetchOptional(CareCaseRepository::injury);
    }

    private static InjuryCase injury(InjuryCaseRecord r) {
        return new InjuryCase(
                r.getId(),
                who(r.getMemberId(), r.getPersonId(), r.getName()),
                r.getInfectedOn(),
                InjuryStatus.valueOf(r.getStatus()),
                r.getReportedOn(),
                r.getAppliedOn(),
                r.getDecidedOn(),
                r.getClosedOn(),
                r.getDiagnosis(),
                r.getNote());
    }

    public void insert(InjuryCase c) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(INJURY_CASE)
                .set(INJURY_CASE.ID, c.id())
                .set(INJURY_CASE.MEMBER_ID, memberOf(c.person()))
                .set(INJURY_CASE.PERSON_ID, personOf(c.person()))
                .set(INJURY_CASE.NAME, c.person().name())
                .set(INJURY_CASE.INFECTED_ON, c.infectedOn())
                .set(INJURY_CASE.STATUS, c.status().name())
                .set(INJURY_CASE.REPORTED_ON, c.reportedOn())
                .set(INJURY_CASE.APPLIED_ON, c.appliedOn())
                .set(INJURY_CASE.DECIDED_ON, c.decidedOn())
                .set(INJURY_CASE.CLOSED_ON, c.closedOn())
                .set(INJURY_CASE.DIAGNOSIS, c.diagnosis())
                .set(INJURY_CASE.NOTE, c.note())
                .set(INJURY_CASE.CREATED_AT, now)
                .set(INJURY_CASE.UPDATED_AT, now)
                .set(INJURY_CASE.REVISION, 1L)
                .set(INJURY_CASE.REVISED_BY, s.officeId())
                .execute();
    }

    /** Keeps a case's status, step days, diagnosis and note. */
    public void update(InjuryCase c) {
        s.dsl()
                .update(INJURY_CASE)
                .set(INJURY_CASE.STATUS, c.status().name())
                .set(INJURY_CASE.APPLIED_ON, c.appliedOn())
                .set(INJURY_CASE.DECIDED_ON, c.decidedOn())
                .set(INJURY_CASE.CLOSED_ON, c.closedOn())
                .set(INJURY_CASE.DIAGNOSIS, c.diagnosis())
                .set(INJURY_CASE.NOTE, c.note())
                .set(INJURY_CASE.UPDATED_AT, s.now())
                .set(INJURY_CASE.REVISION, INJURY_CASE.REVISION.plus(1))
                .set(INJURY_CASE.REVISED_BY, s.officeId())
                .where(INJURY_CASE.ID.eq(c.id()))
                .execute();
    }

    /** Cases on the register ({@code stats}). */
    public int countInjuries() {
        return s.dsl().fetchCount(INJURY_CASE, INJURY_CASE.DELETED.isFalse());
    }

    /** Cases in the data file, and those holding health details (the privacy inventory). */
    public int[] personalData() {
        var r =
                s.dsl()
                        .select(
                                DSL.count(),
                                DSL.count().filterWhere(PersonalColumns.anyHeld(health())))
                        .from(INJURY_CASE)
                        .fetchOne();
        return new int[] {r.value1(), r.value2()};
    }

    /** Cases with health details that closed before {@code cutoff}. */
    public int countHealthPastRetention(LocalDate cutoff) {
        return s.dsl().fetchCount(INJURY_CASE, pastRetention(cutoff));
    }

    /**
     * Clears the health details of the cases closed before {@code cutoff}; the rest of each case
     * stays for the record.
     */
    public int purgeHealth(LocalDate cutoff) {
        return s.dsl()
                .update(INJURY_CASE)
                .set(PersonalColumns.cleared(health()))
                .set(INJURY_CASE.UPDATED_AT, s.now())
                .set(INJURY_CASE.REVISION, INJURY_CASE.REVISION.plus(1))
                .set(INJURY_CASE.REVISED_BY, s.officeId())
                .where(pastRetention(cutoff))
                .execute();
    }

    private static Condition pastRetention(LocalDate cutoff) {
        return PersonalColumns.anyHeld(health()).and(INJURY_CASE.CLOSED_ON.lt(cutoff));
    }

    /** The columns of the health details an injury case marks. */
    private static List<Field<String>> health() {
        return PersonalColumns.of(INJURY_CASE, InjuryCase.class, Personal.Kind.HEALTH);
    }
}
