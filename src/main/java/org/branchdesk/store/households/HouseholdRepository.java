package org.branchdesk.store.households;

import static org.branchdesk.store.jooq.Tables.HOUSEHOLD;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.branchdesk.domain.common.Personal;
import org.branchdesk.domain.households.Household;
import org.branchdesk.store.PersonalColumns;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.HouseholdRecord;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Contact households and residents under assistance. Taking one off the register sets its
 * tombstone: the row and its audit history stay.
 */
public final class HouseholdRepository {
    private final StoreSession s;

    public HouseholdRepository(StoreSession s) {
        this.s = s;
    }

    public List<Household> ofCompound(UUID compoundId) {
        return s.dsl()
                .selectFrom(HOUSEHOLD)
                .where(HOUSEHOLD.COMPOUND_ID.eq(compoundId).and(HOUSEHOLD.DELETED.isFalse()))
                .orderBy(HOUSEHOLD.KIND, HOUSEHOLD.CREATED_AT)
                .fetch(HouseholdRepository::toHousehold);
    }

    /** Households of a kind on the register (residents under assistance, say), oldest first. */
    public List<Household> ofKind(Household.Kind kind) {
        return s.dsl()
                .selectFrom(HOUSEHOLD)
                .where(HOUSEHOLD.KIND.eq(kind.name()).and(HOUSEHOLD.DELETED.isFalse()))
                .orderBy(HOUSEHOLD.CREATED_AT)
                .fetch(HouseholdRepository::toHousehold);
    }

    public List<Household> ofGroup(UUID groupId) {
        return s.dsl()
                .selectFrom(HOUSEHOLD)
                .where(HOUSEHOLD.GROUP_ID.eq(groupId).and(HOUSEHOLD.DELETED.isFalse()))
                .orderBy(HOUSEHOLD.CREATED_AT)
                .fetch(HouseholdRepository::toHousehold);
    }

    public Optional<Household> find(UUID id) {
        return s.dsl()
                .selectFrom(HOUSEHOLD)
                .where(HOUSEHOLD.ID.eq(id).and(HOUSEHOLD.DELETED.isFalse()))
                .fetchOptional(HouseholdRepository::toHousehold);
    }

    /**
     * Households in the data file (those taken off the register too: their rows stay), those with a
     * phone, and those with health details (what a resident needs, as {@link Household} marks it).
     */
    public int[] personalData() {
        var r =
                s.dsl()
                        .select(
                                DSL.count(),
                                DSL.count(HOUSEHOLD.PHONE),
                                DSL.count().filterWhere(PersonalColumns.anyHeld(health())))
                        .from(HOUSEHOLD)
                        .fetchOne();
        return new int[] {r.value1(), r.value2(), r.value3()};
    }

    /** The columns of the health details a household's record marks. */
    private static List<Field<String>> health() {
        return PersonalColumns.of(HOUSEHOLD, Household.class, Personal.Kind.HEALTH);
    }

    public int count(Household.Kind kind) {
        return s.dsl()
                .fetchCount(
                        HOUSEHOLD, HOUSEHOLD.KIND.eq(kind.name()).and(HOUSEHOLD.DELETED.isFalse()));
    }

    public void insert(Household h) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(HOUSEHOLD)
                .set(HOUSEHOLD.ID, h.id())
                .set(HOUSEHOLD.KIND, h.kind().name())
                .set(HOUSEHOLD.COMPOUND_ID, h.compoundId())
                .set(HOUSEHOLD.BUILDING_ID, h.buildingId())
                .set(HOUSEHOLD.UNIT_NO, h.unitNo())
                .set(HOUSEHOLD.ROOM, h.room())
                .set(HOUSEHOLD.HEAD_NAME, h.headName())
                .set(HOUSEHOLD.PHONE, h.phone())
                .set(HOUSEHOLD.GROUP_ID, h.groupId())
                .set(HOUSEHOLD.NEEDS, h.needs())
                .set(HOUSEHOLD.CREATED_AT, now)
                .set(HOUSEHOLD.UPDATED_AT, now)
                .set(HOUSEHOLD.REVISION, 1L)
                .set(HOUSEHOLD.REVISED_BY, s.officeId())
                .execute();
    }

    public void update(Household h) {
        s.dsl()
                .update(HOUSEHOLD)
                .set(HOUSEHOLD.BUILDING_ID, h.buildingId())
                .set(HOUSEHOLD.UNIT_NO, h.unitNo())
                .set(HOUSEHOLD.ROOM, h.room())
                .set(HOUSEHOLD.HEAD_NAME, h.headName())
                .set(HOUSEHOLD.PHONE, h.phone())
                .set(HOUSEHOLD.GROUP_ID, h.groupId())
                .set(HOUSEHOLD.NEEDS, h.needs())
                .set(HOUSEHOLD.UPDATED_AT, s.now())
                .set(HOUSEHOLD.REVISION, HOUSEHOLD.REVISION.plus(1))
                .set(HOUSEHOLD.REVISED_BY, s.officeId())
                .where(HOUSEHOLD.ID.eq(h.id()))
                .execute();
    }

    /** Takes a household off the register (moved away, assistance ended); the row stays. */
    public void remove(UUID id) {
        s.dsl()
                .update(HOUSEHOLD)
                .set(HOUSEHOLD.DELETED, true)
                .set(HOUSEHOLD.UPDATED_AT, s.now())
                .set(HOUSEHOLD.REVISION, HOUSEHOLD.REVISION.plus(1))
                .set(HOUSEHOLD.REVISED_BY, s.officeId())
                .where(HOUSEHOLD.ID.eq(id))
                .execute();
    }

    private static Household toHousehold(HouseholdRecord r) {
        return new Household(
                r.getId(),
                Household.Kind.valueOf(r.getKind()),
                r.getCompoundId(),
                r.getBuildingId(),
                r.getUnitNo(),
                r.getRoom(),
                r.getHeadName(),
                r.getPhone(),
                r.getGroupId(),
                r.getNeeds());
    }

    /** Households that left the register before {@code cutoff} and still hold health details. */
    public int countNeedsPastRetention(OffsetDateTime cutoff) {
        return s.dsl().fetchCount(HOUSEHOLD, pastRetention(cutoff));
    }

    /**
     * Clears the health details (what residents needed) once their household has been off the
     * register since before {@code cutoff}; the household's other facts stay for the record.
     */
    public int purgeNeeds(OffsetDateTime cutoff) {
        return s.dsl()
                .update(HOUSEHOLD)
                .set(PersonalColumns.cleared(health()))
                .set(HOUSEHOLD.REVISION, HOUSEHOLD.REVISION.plus(1))
                .set(HOUSEHOLD.REVISED_BY, s.officeId())
                .where(pastRetention(cutoff))
                .execute();
    }

    private static Condition pastRetention(OffsetDateTime cutoff) {
        return HOUSEHOLD
                .DELETED
                .isTrue()
                .and(PersonalColumns.anyHeld(health()))
                .and(HOUSEHOLD.UPDATED_AT.lt(cutoff));
    }
}
