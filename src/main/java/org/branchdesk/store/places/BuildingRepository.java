package org.branchdesk.store.places;

import static org.branchdesk.store.jooq.Tables.BUILDING;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.branchdesk.domain.places.Building;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.BuildingRecord;

/** Buildings of the compounds. */
public final class BuildingRepository {
    private final StoreSession s;

    public BuildingRepository(StoreSession s) {
        this.s = s;
    }

    public List<Building> list() {
        return s.dsl()
                .selectFrom(BUILDING)
                .where(BUILDING.DELETED.isFalse())
                .orderBy(BUILDING.COMPOUND_ID, BUILDING.NAME)
                .fetch(BuildingRepository::toBuilding);
    }

    public List<Building> ofCompound(UUID compoundId) {
        return s.dsl()
                .selectFrom(BUILDING)
                .where(BUILDING.COMPOUND_ID.eq(compoundId).and(BUILDING.DELETED.isFalse()))
                .fetch(BuildingRepository::toBuilding);
    }

    public Optional<Building> find(UUID id) {
        return s.dsl()
                .selectFrom(BUILDING)
                .where(BUILDING.ID.eq(id).and(BUILDING.DELETED.isFalse()))
                .fetchOptional(BuildingRepository::toBuilding);
    }

    public int count() {
        return s.dsl().fetchCount(BUILDING, BUILDING.DELETED.isFalse());
    }

    public void insert(Building b) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(BUILDING)
                .set(BUILDING.ID, b.id())
                .set(BUILDING.COMPOUND_ID, b.compoundId())
                .set(BUILDING.NAME, b.name())
                .set(BUILDING.UNITS, b.units())
                .set(BUILDING.HOUSEHOLDS, b.households())
                .set(BUILDING.CREATED_AT, now)
                .set(BUILDING.UPDATED_AT, now)
                .set(BUILDING.REVISION, 1L)
                .set(BUILDING.REVISED_BY, s.officeId())
                .execute();
    }

    public void update(Building b) {
        s.dsl()
                .update(BUILDING)
                .set(BUILDING.NAME, b.name())
                .set(BUILDING.UNITS, b.units())
                .set(BUILDING.HOUSEHOLDS, b.households())
                .set(BUILDING.UPDATED_AT, s.now())
                .set(BUILDING.REVISION, BUILDING.REVISION.plus(1))
                .set(BUILDING.REVISED_BY, s.officeId())
                .where(BUILDING.ID.eq(b.id()))
                .execute();
    }

    private static Building toBuilding(BuildingRecord r) {
        return new Building(
                r.getId(), r.getCompoundId(), r.getName(), r.getUnits(), r.getHouseholds());
    }
}
