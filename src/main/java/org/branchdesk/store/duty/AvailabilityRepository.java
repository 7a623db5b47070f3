package org.branchdesk.store.duty;

import static org.branchdesk.store.jooq.Tables.DUTY_LIMIT;
import static org.branchdesk.store.jooq.Tables.UNAVAILABILITY;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.branchdesk.domain.duty.Availability;
import org.branchdesk.domain.duty.DutyLimit;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.duty.Unavailability;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.UnavailabilityRecord;
import org.jooq.Condition;

/** Members' and people's own limits for duty and the times they cannot serve. */
public final class AvailabilityRepository {
    private final StoreSession s;

    public AvailabilityRepository(StoreSession s) {
        this.s = s;
    }

    /** Everyone's own limits (those without keep {@link DutyLimit#DEFAULT}). */
    public Map<Team.Someone, DutyLimit> limits() {
        Map<Team.Someone, DutyLimit> out = new HashMap<>();
        s.dsl()
                .selectFrom(DUTY_LIMIT)
                .where(DUTY_LIMIT.DELETED.isFalse())
                .forEach(
                        r ->
                                out.put(
                                        Someones.of(r.getMemberId(), r.getPersonId()),
                                        new DutyLimit(
                                                r.getMaxShiftsPerWeek(), r.getMinRestHours())));
        return out;
    }

    /** Someone's own limits, if set. */
    public Optional<DutyLimit> limitOf(Team.Someone who) {
        return Optional.ofNullable(limits().get(who));
    }

    /** Sets someone's limits: their row updated, or a new one. */
    public void setLimit(Team.Someone who, DutyLimit limit) {
        OffsetDateTime now = s.now();
        int updated =
                s.dsl()
                        .update(DUTY_LIMIT)
                        .set(DUTY_LIMIT.MAX_SHIFTS_PER_WEEK, limit.maxShiftsPerWeek())
                        .set(DUTY_LIMIT.MIN_REST_HOURS, limit.minRestHours())
                        .set(DUTY_LIMIT.UPDATED_AT, now)
                        .set(DUTY_LIMIT.REVISION, DUTY_LIMIT.REVISION.plus(1))
                        .set(DUTY_LIMIT.REVISED_BY, s.officeId())
                        .where(of(who, DUTY_LIMIT.MEMBER_ID, DUTY_LIMIT.PERSON_ID))
                        .and(DUTY_LIMIT.DELETED.isFalse())
                        .execute();
        if (updated == 0) {
            s.dsl()
                    .insertInto(DUTY_LIMIT)
                    .set(DUTY_LIMIT.ID, UUID.randomUUID())
                    .set(DUTY_LIMIT.MEMBER_ID, who.memberId())
                    .set(DUTY_LIMIT.PERSON_ID, who.personId())
                    .set(DUTY_LIMIT.MAX_SHIFTS_PER_WEEK, limit.maxShiftsPerWeek())
                    .set(DUTY_LIMIT.MIN_REST_HOURS, limit.minRestHours())
                    .set(DUTY_LIMIT.CREATED_AT, now)
                    .set(DUTY_LIMIT.UPDATED_AT, now)
                    .set(DUTY_LIMIT.REVISION, 1L)
                    .set(DUTY_LIMIT.REVISED_BY, s.officeId())
                    .execute();
        }
    }

    /** Everyone's unavailable times that touch a span (from included, to not), by start. */
    public List<Unavailability> periods(LocalDateTime from, LocalDateTime to) {
        return periods(UNAVAILABILITY.FROM_AT.lt(to).and(UNAVAILABILITY.TO_AT.gt(from)));
    }

    /** Someone's unavailable times, by start. */
    public List<Unavailability> periodsOf(Team.Someone who) {
        return periods(of(who, UNAVAILABILITY.MEMBER_ID, UNAVAILABILITY.PERSON_ID));
    }

    /** The unavailable times whose id starts with {@code prefix} (hex digits), at most ten. */
    public List<Unavailability> periodsWithPrefix(String prefix) {
        return s.dsl()
                .selectFrom(UNAVAILABILITY)
                .where(
                        UNAVAILABILITY
                                .DELETED
                                .isFalse()
                                .and(
                                        UNAVAILABILITY
                                                .ID
                                                .cast(String.class)
                                                .startsWith(prefix.toLowerCase(Locale.ROOT))))
                .limit(10)
                .fetch(AvailabilityRepository::toPeriod);
    }

    public Optional<Unavailability> findPeriod(UUID id) {
        return periods(UNAVAILABILITY.ID.eq(id)).stream().findFirst();
    }

    public void insertPeriod(Unavailability u) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(UNAVAILABILITY)
                .set(UNAVAILABILITY.ID, u.id())
                .set(UNAVAILABILITY.MEMBER_ID, u.who().memberId())
                .set(UNAVAILABILITY.PERSON_ID, u.who().personId())
                .set(UNAVAILABILITY.FROM_AT, u.period().from())
                .set(UNAVAILABILITY.TO_AT, u.period().to())
                .set(UNAVAILABILITY.REASON, u.reason())
                .set(UNAVAILABILITY.CREATED_AT, now)
                .set(UNAVAILABILITY.UPDATED_AT, now)
                .set(UNAVAILABILITY.REVISION, 1L)
                .set(UNAVAILABILITY.REVISED_BY, s.officeId())
                .execute();
    }

    /** Takes an unavailable time back: flagged, never removed. */
    public void removePeriod(UUID id) {
        s.dsl()
                .update(UNAVAILABILITY)
                .set(UNAVAILABILITY.DELETED, true)
                .set(UNAVAILABILITY.UPDATED_AT, s.now())
                .set(UNAVAILABILITY.REVISION, UNAVAILABILITY.REVISION.plus(1))
                .set(UNAVAILABILITY.REVISED_BY, s.officeId())
                .where(UNAVAILABILITY.ID.eq(id))
                .execute();
    }

    /** Members' and people's own limits (the register {@code stats} counts). */
    public int countLimits() {
        return s.dsl().fetchCount(DUTY_LIMIT, DUTY_LIMIT.DELETED.isFalse());
    }

    /** Unavailable times on record (the register {@code stats} counts). */
    public int countPeriods() {
        return s.dsl().fetchCount(UNAVAILABILITY, UNAVAILABILITY.DELETED.isFalse());
    }

    private List<Unavailability> periods(Condition where) {
        return s.dsl()
                .selectFrom(UNAVAILABILITY)
                .where(where.and(UNAVAILABILITY.DELETED.isFalse()))
                .orderBy(UNAVAILABILITY.FROM_AT, UNAVAILABILITY.ID)
                .fetch(AvailabilityRepository::toPeriod);
    }

    private static Condition of(
            Team.Someone who,
            org.jooq.Field<UUID> memberColumn,
            org.jooq.Field<UUID> personColumn) {
        return who.isMember() ? memberColumn.eq(who.memberId()) : personColumn.eq(who.personId());
    }

    private static Unavailability toPeriod(UnavailabilityRecord r) {
        return new Unavailability(
                r.getId(),
                Someones.of(r.getMemberId(), r.getPersonId()),
                new Availability.Period(r.getFromAt(), r.getToAt()),
                r.getReason());
    }
}
