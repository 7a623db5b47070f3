package org.branchdesk.store.orgs;

import static org.branchdesk.store.jooq.Tables.BRANCH_GROUP;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.branchdesk.domain.orgs.BranchGroup;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.BranchGroupRecord;

/** Building party groups and central households. */
public final class BranchGroupRepository {
    private final StoreSession s;

    public BranchGroupRepository(StoreSession s) {
        this.s = s;
    }

    public List<BranchGroup> list() {
        return s.dsl()
                .selectFrom(BRANCH_GROUP)
                .where(BRANCH_GROUP.DELETED.isFalse())
                .orderBy(BRANCH_GROUP.KIND, BRANCH_GROUP.NAME)
                .fetch(BranchGroupRepository::toGroup);
    }

    public Optional<BranchGroup> find(UUID id) {
        return s.dsl()
                .selectFrom(BRANCH_GROUP)
                .where(BRANCH_GROUP.ID.eq(id).and(BRANCH_GROUP.DELETED.isFalse()))
                .fetchOptional(BranchGroupRepository::toGroup);
    }

    public int count() {
        return s.dsl().fetchCount(BRANCH_GROUP, BRANCH_GROUP.DELETED.isFalse());
    }

    public void insert(BranchGroup g) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(BRANCH_GROUP)
                .set(BRANCH_GROUP.ID, g.id())
                .set(BRANCH_GROUP.KIND, g.kind().name())
                .set(BRANCH_GROUP.BRANCH_ID, g.branchId())
                .set(BRANCH_GROUP.NAME, g.name())
                .set(BRANCH_GROUP.COMPOUND_ID, g.compoundId())
                .set(BRANCH_GROUP.BUILDING_ID, g.buildingId())
                .set(BRANCH_GROUP.LEADER_NAME, g.leaderName())
                .set(BRANCH_GROUP.LEADER_MEMBER_ID, g.leaderMemberId())
                .set(BRANCH_GROUP.CONTACT_HOUSEHOLDS, g.contactHouseholds())
                .set(BRANCH_GROUP.CREATED_AT, now)
                .set(BRANCH_GROUP.UPDATED_AT, now)
                .set(BRANCH_GROUP.REVISION, 1L)
                .set(BRANCH_GROUP.REVISED_BY, s.officeId())
                .execute();
    }

    /** Records a new leader, building or contacts; name, kind and branch stay. */
    public void update(BranchGroup g) {
        s.dsl()
                .update(BRANCH_GROUP)
                .set(BRANCH_GROUP.BUILDING_ID, g.buildingId())
                .set(BRANCH_GROUP.LEADER_NAME, g.leaderName())
                .set(BRANCH_GROUP.LEADER_MEMBER_ID, g.leaderMemberId())
                .set(BRANCH_GROUP.CONTACT_HOUSEHOLDS, g.contactHouseholds())
                .set(BRANCH_GROUP.UPDATED_AT, s.now())
                .set(BRANCH_GROUP.REVISION, BRANCH_GROUP.REVISION.plus(1))
                .set(BRANCH_GROUP.REVISED_BY, s.officeId())
                .where(BRANCH_GROUP.ID.eq(g.id()))
                .execute();
    }

    private static BranchGroup toGroup(BranchGroupRecord r) {
        return new BranchGroup(
                r.getId(),
                BranchGroup.Kind.valueOf(r.getKind()),
                r.getBranchId(),
                r.getName(),
                r.getCompoundId(),
                r.getBuildingId(),
                r.getLeaderName(),
                r.getLeaderMemberId(),
                r.getContactHouseholds());
    }
}
