package org.branchdesk.store.places;

import static org.branchdesk.store.jooq.Tables.COMPOUND;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.CompoundRecord;
import org.jooq.Field;
import org.jooq.UpdateSetMoreStep;

/** Residential compounds (小区); deleted ones stay as tombstones and are never listed. */
public final class CompoundRepository {
    private final StoreSession s;

    public CompoundRepository(StoreSession s) {
        this.s = s;
    }

    public List<Compound> list() {
        return s.dsl()
                .selectFrom(COMPOUND)
                .where(COMPOUND.DELETED.isFalse())
                .orderBy(COMPOUND.NAME)
                .fetch(CompoundRepository::toCompound);
    }

    public List<Compound> listIn(UUID communityId) {
        return s.dsl()
                .selectFrom(COMPOUND)
                .where(COMPOUND.COMMUNITY_ID.eq(communityId).and(COMPOUND.DELETED.isFalse()))
                .orderBy(COMPOUND.NAME)
                .fetch(CompoundRepository::toCompound);
    }

    public Optional<Compound> find(UUID id) {
        return s.dsl()
                .selectFrom(COMPOUND)
                .where(COMPOUND.ID.eq(id).and(COMPOUND.DELETED.isFalse()))
                .fetchOptional(CompoundRepository::toCompound);
    }

    public Optional<Compound> findByName(UUID communityId, String name) {
        return s.dsl()
                .selectFrom(COMPOUND)
                .where(
                        COMPOUND.COMMUNITY_ID
                                .eq(communityId)
                                .and(COMPOUND.NAME.eq(name))
                                .and(COMPOUND.DELETED.isFalse()))
                .limit(1)
                .fetchOptional(CompoundRepository::toCompound);
    }

    public int count() {
        return s.dsl().fetchCount(COMPOUND, COMPOUND.DELETED.isFalse());
    }

    public void insert(Compound c) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(COMPOUND)
                .set(COMPOUND.ID, c.id())
                .set(values(c))
                .set(COMPOUND.CREATED_AT, now)
                .set(COMPOUND.UPDATED_AT, now)
                .set(COMPOUND.REVISION, 1L)
                .set(COMPOUND.REVISED_BY, s.officeId())
                .execute();
    }

    public void update(Compound c) {
        UpdateSetMoreStep<CompoundRecord> step = s.dsl().update(COMPOUND).set(values(c));
        step.set(COMPOUND.UPDATED_AT, s.now())
                .set(COMPOUND.REVISION, COMPOUND.REVISION.plus(1))
                .set(COMPOUND.REVISED_BY, s.officeId())
                .where(COMPOUND.ID.eq(c.id()))
                .execute();
    }

    public long revision(UUID id) {
        Long r =
                s.dsl()
                        .select(COMPOUND.REVISION)
                        .from(COMPOUND)
                        .where(COMPOUND.ID.eq(id))
                        .fetchOne(COMPOUND.REVISION);
        return r == null ? 0 : r;
    }

    private static Map<Field<?>, Object> values(Compound c) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(COMPOUND.COMMUNITY_ID, c.communityId());
        v.put(COMPOUND.NAME, c.name());
        v.put(COMPOUND.ADDRESS, c.address());
        v.put(COMPOUND.HOUSEHOLDS, c.households());
        v.put(COMPOUND.RESIDENTS, c.residents());
        v.put(COMPOUND.BUILDINGS, c.buildings());
        v.put(COMPOUND.PROPERTY_COMPANY, c.propertyCompany());
        v.put(COMPOUND.HAS_COMPETENT_UNIT, c.hasCompetentUnit());
        v.put(COMPOUND.HAS_PROPERTY_SERVICE, c.hasPropertyService());
        v.put(COMPOUND.HAS_SECURITY, c.hasSecurity());
        return v;
    }

    private static Compound toCompound(CompoundRecord r) {
        return new Compound(
                r.getId(),
                r.getCommunityId(),
                r.getName(),
                r.getAddress(),
                r.getHouseholds(),
                r.getResidents(),
                r.getBuildings(),
                r.getPropertyCompany(),
                r.getHasCompetentUnit(),
                r.getHasPropertyService(),
                r.getHasSecurity());
    }
}
