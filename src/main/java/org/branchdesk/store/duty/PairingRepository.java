package org.branchdesk.store.duty;

import static org.branchdesk.store.jooq.Tables.PAIRING;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.branchdesk.domain.duty.AssistanceCategory;
import org.branchdesk.domain.duty.Pairing;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.PairingRecord;

/** One-to-one pairings of members with residents under assistance. Ended, never deleted. */
public final class PairingRepository {
    private final StoreSession s;

    public PairingRepository(StoreSession s) {
        this.s = s;
    }

    public Optional<Pairing> find(UUID id) {
        return s.dsl()
                .selectFrom(PAIRING)
                .where(PAIRING.ID.eq(id).and(PAIRING.DELETED.isFalse()))
                .fetchOptional(PairingRepository::toPairing);
    }

    /** Every pairing, ended ones too, oldest first. */
    public List<Pairing> list() {
        return s.dsl()
                .selectFrom(PAIRING)
                .where(PAIRING.DELETED.isFalse())
                .orderBy(PAIRING.STARTED_ON, PAIRING.CREATED_AT)
                .fetch(PairingRepository::toPairing);
    }

    /** The pairings of one member with one household, ended ones too. */
    public List<Pairing> of(UUID memberId, UUID householdId) {
        return s.dsl()
                .selectFrom(PAIRING)
                .where(
                        PAIRING.MEMBER_ID
                                .eq(memberId)
                                .and(PAIRING.HOUSEHOLD_ID.eq(householdId))
                                .and(PAIRING.DELETED.isFalse()))
                .fetch(PairingRepository::toPairing);
    }

    /** Open pairings (the register {@code stats} counts). */
    public int count() {
        return s.dsl()
                .fetchCount(PAIRING, PAIRING.DELETED.isFalse().and(PAIRING.ENDED_ON.isNull()));
    }

    /** Pairings in the data file, ended ones too (the privacy inventory). */
    public int countAll() {
        return s.dsl().fetchCount(PAIRING);
    }

    public void insert(Pairing p) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(PAIRING)
                .set(PAIRING.ID, p.id())
                .set(PAIRING.MEMBER_ID, p.memberId())
                .set(PAIRING.HOUSEHOLD_ID, p.householdId())
                .set(PAIRING.CATEGORY, p.category().name())
                .set(PAIRING.STARTED_ON, p.startedOn())
                .set(PAIRING.ENDED_ON, p.endedOn())
                .set(PAIRING.CREATED_AT, now)
                .set(PAIRING.UPDATED_AT, now)
                .set(PAIRING.REVISION, 1L)
                .set(PAIRING.REVISED_BY, s.officeId())
                .execute();
    }

    /** Ends a pairing on a day. */
    public void end(UUID id, LocalDate on) {
        s.dsl()
                .update(PAIRING)
                .set(PAIRING.ENDED_ON, on)
                .set(PAIRING.UPDATED_AT, s.now())
                .set(PAIRING.REVISION, PAIRING.REVISION.plus(1))
                .set(PAIRING.REVISED_BY, s.officeId())
                .where(PAIRING.ID.eq(id))
                .execute();
    }

    private static Pairing toPairing(PairingRecord r) {
        return new Pairing(
                r.getId(),
                r.getMemberId(),
                r.getHouseholdId(),
                AssistanceCategory.valueOf(r.getCategory()),
                r.getStartedOn(),
                r.getEndedOn());
    }
}
