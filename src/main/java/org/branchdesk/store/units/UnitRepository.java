package org.branchdesk.store.units;

import static org.branchdesk.store.jooq.Tables.UNIT;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.branchdesk.domain.units.Unit;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.UnitRecord;

/** Property companies and resident units. */
public final class UnitRepository {
    private final StoreSession s;

    public UnitRepository(StoreSession s) {
        this.s = s;
    }

    public List<Unit> list() {
        return s.dsl()
                .selectFrom(UNIT)
                .where(UNIT.DELETED.isFalse())
                .orderBy(UNIT.KIND, UNIT.NAME)
                .fetch(UnitRepository::toUnit);
    }

    public Optional<Unit> findByName(String name) {
        return s.dsl()
                .selectFrom(UNIT)
                .where(UNIT.NAME.eq(name).and(UNIT.DELETED.isFalse()))
                .limit(1)
                .fetchOptional(UnitRepository::toUnit);
    }

    public int count() {
        return s.dsl().fetchCount(UNIT, UNIT.DELETED.isFalse());
    }

    public void insert(Unit u) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(UNIT)
                .set(UNIT.ID, u.id())
                .set(UNIT.KIND, u.kind().name())
                .set(UNIT.NAME, u.name())
                .set(UNIT.COMMUNITY_ID, u.communityId())
                .set(UNIT.PARTY_ORG_ID, u.partyOrgId())
                .set(UNIT.CREATED_AT, now)
                .set(UNIT.UPDATED_AT, now)
                .set(UNIT.REVISION, 1L)
                .set(UNIT.REVISED_BY, s.officeId())
                .execute();
    }

    public void update(Unit u) {
        s.dsl()
                .update(UNIT)
                .set(UNIT.KIND, u.kind().name())
                .set(UNIT.NAME, u.name())
                .set(UNIT.COMMUNITY_ID, u.communityId())
                .set(UNIT.PARTY_ORG_ID, u.partyOrgId())
                .set(UNIT.UPDATED_AT, s.now())
                .set(UNIT.REVISION, UNIT.REVISION.plus(1))
                .set(UNIT.REVISED_BY, s.officeId())
                .where(UNIT.ID.eq(u.id()))
                .execute();
    }

    private static Unit toUnit(UnitRecord r) {
        return new Unit(
                r.getId(),
                Unit.Kind.valueOf(r.getKind()),
                r.getName(),
                r.getCommunityId(),
                r.getPartyOrgId());
    }
}
