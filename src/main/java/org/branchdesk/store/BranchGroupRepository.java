package org.branchdesk.store;

import java.time.OffsetDateTime;
import java.util.List;
import org.branchdesk.domain.BranchGroup;

import static org.branchdesk.store.jooq.Tables.BRANCH_GROUP;

/** Building party groups and central households. */
public final class BranchGroupRepository {
    private final StoreSession s;

    BranchGroupRepository(StoreSession s) {
        this.s = s;
    }

    public List<BranchGroup> list() {
        return s.dsl().selectFrom(BRANCH_GROUP).where(BRANCH_GROUP.DELETED.isFalse())
                .orderBy(BRANCH_GROUP.KIND, BRANCH_GROUP.NAME)
                .fetch(r -> new BranchGroup(r.getId(), BranchGroup.Kind.valueOf(r.getKind()), r.getBranchId(),
                        r.getName(), r.getCompoundId(), r.getLeaderName(), r.getLeaderMemberId(),
                        r.getContactHouseholds()));
    }

    public int count() {
        return s.dsl().fetchCount(BRANCH_GROUP, BRANCH_GROUP.DELETED.isFalse());
    }

    public void insert(BranchGroup g) {
        OffsetDateTime now = s.now();
        s.dsl().insertInto(BRANCH_GROUP)
                .set(BRANCH_GROUP.ID, g.id())
                .set(BRANCH_GROUP.KIND, g.kind().name())
                .set(BRANCH_GROUP.BRANCH_ID, g.branchId())
                .set(BRANCH_GROUP.NAME, g.name())
                .set(BRANCH_GROUP.COMPOUND_ID, g.compoundId())
                .set(BRANCH_GROUP.LEADER_NAME, g.leaderName())
                .set(BRANCH_GROUP.LEADER_MEMBER_ID, g.leaderMemberId())
                .set(BRANCH_GROUP.CONTACT_HOUSEHOLDS, g.contactHouseholds())
                .set(BRANCH_GROUP.CREATED_AT, now)
                .set(BRANCH_GROUP.UPDATED_AT, now)
                .set(BRANCH_GROUP.REVISION, 1L)
                .set(BRANCH_GROUP.REVISED_BY, s.officeId())
                .execute();
    }
}
