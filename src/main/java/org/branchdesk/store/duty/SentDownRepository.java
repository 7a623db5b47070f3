package org.branchdesk.store.duty;

import static org.branchdesk.store.jooq.Tables.SENT_DOWN;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.branchdesk.domain.duty.SentDown;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.duty.WorkUnit;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.SentDownRecord;

/** Cadres sent down to communities. */
public final class SentDownRepository {
    private final StoreSession s;

    public SentDownRepository(StoreSession s) {
        this.s = s;
    }

    /** Every sending, ended ones too, by the day it started. */
    public List<SentDown> list() {
        return s.dsl()
                .selectFrom(SENT_DOWN)
                .where(SENT_DOWN.DELETED.isFalse())
                .orderBy(SENT_DOWN.FROM_ON, SENT_DOWN.CREATED_AT)
                .fetch(SentDownRepository::toSentDown);
    }

    public Optional<SentDown> find(UUID id) {
        return s.dsl()
                .selectFrom(SENT_DOWN)
                .where(SENT_DOWN.ID.eq(id).and(SENT_DOWN.DELETED.isFalse()))
                .fetchOptional(SentDownRepository::toSentDown);
    }

    /** Cadres serving now (the register {@code stats} counts). */
    public int count() {
        return s.dsl()
                .fetchCount(SENT_DOWN, SENT_DOWN.DELETED.isFalse().and(SENT_DOWN.TO_ON.isNull()));
    }

    /** Every sending on record, ended ones too (the privacy inventory counts them). */
    public int countAll() {
        return s.dsl().fetchCount(SENT_DOWN, SENT_DOWN.DELETED.isFalse());
    }

    public void insert(SentDown d) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(SENT_DOWN)
                .set(SENT_DOWN.ID, d.id())
                .set(SENT_DOWN.MEMBER_ID, d.cadre().memberId())
                .set(SENT_DOWN.PERSON_ID, d.cadre().personId())
                .set(SENT_DOWN.UNIT_ID, d.unit().unitId())
                .set(SENT_DOWN.UNIT_NAME, d.unit().name())
                .set(SENT_DOWN.COMMUNITY_ID, d.communityId())
                .set(SENT_DOWN.COMPOUND_ID, d.compoundId())
                .set(SENT_DOWN.FROM_ON, d.from())
                .set(SENT_DOWN.TO_ON, d.to())
                .set(SENT_DOWN.CREATED_AT, now)
                .set(SENT_DOWN.UPDATED_AT, now)
                .set(SENT_DOWN.REVISION, 1L)
                .set(SENT_DOWN.REVISED_BY, s.officeId())
                .execute();
    }

    /** Ends a sending on its last day. */
    public void end(UUID id, LocalDate on) {
        s.dsl()
                .update(SENT_DOWN)
                .set(SENT_DOWN.TO_ON, on)
                .set(SENT_DOWN.UPDATED_AT, s.now())
                .set(SENT_DOWN.REVISION, SENT_DOWN.REVISION.plus(1))
                .set(SENT_DOWN.REVISED_BY, s.officeId())
                .where(SENT_DOWN.ID.eq(id))
                .execute();
    }

    private static SentDown toSentDown(SentDownRecord r) {
        return new SentDown(
                r.getId(),
                new Team.Someone(r.getMemberId(), r.getPersonId()),
                new WorkUnit(r.getUnitId(), r.getUnitName(), null),
                r.getCommunityId(),
                r.getCompoundId(),
                r.getFromOn(),
                r.getToOn());
    }
}
