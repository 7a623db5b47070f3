package org.branchdesk.store.leadership;

import static org.branchdesk.store.jooq.Tables.POSITION_HOLDING;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.branchdesk.domain.leadership.Chosen;
import org.branchdesk.domain.leadership.EndReason;
import org.branchdesk.domain.leadership.Holding;
import org.branchdesk.domain.leadership.Position;
import org.branchdesk.domain.leadership.Source;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.PositionHoldingRecord;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** Who holds which position in which party organization, ended holdings included. */
public final class PositionRepository {
    private final StoreSession s;

    public PositionRepository(StoreSession s) {
        this.s = s;
    }

    public Optional<Holding> find(UUID id) {
        return s.dsl()
                .selectFrom(POSITION_HOLDING)
                .where(POSITION_HOLDING.ID.eq(id).and(POSITION_HOLDING.DELETED.isFalse()))
                .fetchOptional(PositionRepository::toHolding);
    }

    /** An organization's holdings, serving and ended, oldest first. */
    public List<Holding> ofOrg(UUID orgId) {
        return list(POSITION_HOLDING.ORG_ID.eq(orgId));
    }

    /** A member's holdings, serving and ended, oldest first. */
    public List<Holding> ofMember(UUID memberId) {
        return list(POSITION_HOLDING.MEMBER_ID.eq(memberId));
    }

    /** Every holding, serving and ended, oldest first. */
    public List<Holding> all() {
        return list(DSL.noCondition());
    }

    /** Every holding that has not ended. */
    public List<Holding> serving() {
        return list(POSITION_HOLDING.ENDED_ON.isNull());
    }

    /** Holdings that have not ended (the register {@code stats} counts). */
    public int count() {
        return s.dsl()
                .fetchCount(
                        POSITION_HOLDING,
                        POSITION_HOLDING.DELETED.isFalse().and(POSITION_HOLDING.ENDED_ON.isNull()));
    }

    private List<Holding> list(Condition where) {
        return s.dsl()
                .selectFrom(POSITION_HOLDING)
                .where(where.and(POSITION_HOLDING.DELETED.isFalse()))
                .orderBy(POSITION_HOLDING.STARTED_ON, POSITION_HOLDING.CREATED_AT)
                .fetch(PositionRepository::toHolding);
    }

    public void insert(Holding h) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(POSITION_HOLDING)
                .set(POSITION_HOLDING.ID, h.id())
                .set(POSITION_HOLDING.ORG_ID, h.orgId())
                .set(POSITION_HOLDING.MEMBER_ID, h.memberId())
                .set(POSITION_HOLDING.POSITION, h.position().name())
                .set(POSITION_HOLDING.CONCURRENT_DUTY, h.concurrentDuty())
                .set(POSITION_HOLDING.CHOSEN, h.chosen().name())
                .set(POSITION_HOLDING.SOURCE, h.source().name())
                .set(POSITION_HOLDING.STARTED_ON, h.from())
                .set(POSITION_HOLDING.DOC_NUMBER, h.docNumber())
                .set(POSITION_HOLDING.DOC_DATE, h.docDate())
                .set(POSITION_HOLDING.STANDING_EXCEPTION, h.standingException())
                .set(POSITION_HOLDING.CREATED_AT, now)
                .set(POSITION_HOLDING.UPDATED_AT, now)
                .set(POSITION_HOLDING.REVISION, 1L)
                .set(POSITION_HOLDING.REVISED_BY, s.officeId())
                .execute();
    }

    /** Records the end of a holding (its date and reason); the row stays. */
    public void end(Holding ended) {
        s.dsl()
                .update(POSITION_HOLDING)
                .set(POSITION_HOLDING.ENDED_ON, ended.endedOn())
                .set(POSITION_HOLDING.END_REASON, ended.endReason().name())
                .set(POSITION_HOLDING.UPDATED_AT, s.now())
                .set(POSITION_HOLDING.REVISION, POSITION_HOLDING.REVISION.plus(1))
                .set(POSITION_HOLDING.REVISED_BY, s.officeId())
                .where(POSITION_HOLDING.ID.eq(ended.id()))
                .execute();
    }

    private static Holding toHolding(PositionHoldingRecord r) {
        return new Holding(
                r.getId(),
                r.getOrgId(),
                r.getMemberId(),
                Position.valueOf(r.getPosition()),
                r.getConcurrentDuty(),
                Chosen.valueOf(r.getChosen()),
                Source.valueOf(r.getSource()),
                r.getStartedOn(),
                r.getDocNumber(),
                r.getDocDate(),
                r.getEndedOn(),
                r.getEndReason() == null ? null : EndReason.valueOf(r.getEndReason()),
                r.getStandingException());
    }
}
