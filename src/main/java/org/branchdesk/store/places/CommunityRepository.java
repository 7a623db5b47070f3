package org.branchdesk.store.places;

import static org.branchdesk.store.jooq.Tables.COMMUNITY;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.branchdesk.domain.places.Community;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.CommunityRecord;
import org.jooq.impl.DSL;

/** Communities (社区); deleted ones stay as tombstones and are never listed. */
public final class CommunityRepository {
    private final StoreSession s;

    public CommunityRepository(StoreSession s) {
        this.s = s;
    }

    public List<Community> list() {
        return s.dsl()
                .selectFrom(COMMUNITY)
                .where(COMMUNITY.DELETED.isFalse())
                .orderBy(COMMUNITY.SORT_ORDER, COMMUNITY.NAME)
                .fetch(CommunityRepository::toCommunity);
    }

    public Optional<Community> find(UUID id) {
        return s.dsl()
                .selectFrom(COMMUNITY)
                .where(COMMUNITY.ID.eq(id).and(COMMUNITY.DELETED.isFalse()))
                .fetchOptional(CommunityRepository::toCommunity);
    }

    public Optional<Community> findByName(String name) {
        return s.dsl()
                .selectFrom(COMMUNITY)
                .where(COMMUNITY.NAME.eq(name).and(COMMUNITY.DELETED.isFalse()))
                .limit(1)
                .fetchOptional(CommunityRepository::toCommunity);
    }

    public int nextSortOrder() {
        Integer max =
                s.dsl()
                        .select(DSL.max(COMMUNITY.SORT_ORDER))
                        .from(COMMUNITY)
                        .where(COMMUNITY.DELETED.isFalse())
                        .fetchOne(0, Integer.class);
        return max == null ? 0 : max + 1;
    }

    public int count() {
        return s.dsl().fetchCount(COMMUNITY, COMMUNITY.DELETED.isFalse());
    }

    public void insert(Community c) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(COMMUNITY)
                .set(COMMUNITY.ID, c.id())
                .set(COMMUNITY.NAME, c.name())
                .set(COMMUNITY.SORT_ORDER, c.sortOrder())
                .set(COMMUNITY.CREATED_AT, now)
                .set(COMMUNITY.UPDATED_AT, now)
                .set(COMMUNITY.REVISION, 1L)
                .set(COMMUNITY.REVISED_BY, s.officeId())
                .execute();
    }

    public void update(Community c) {
        s.dsl()
                .update(COMMUNITY)
                .set(COMMUNITY.NAME, c.name())
                .set(COMMUNITY.SORT_ORDER, c.sortOrder())
                .set(COMMUNITY.UPDATED_AT, s.now())
                .set(COMMUNITY.REVISION, COMMUNITY.REVISION.plus(1))
                .set(COMMUNITY.REVISED_BY, s.officeId())
                .where(COMMUNITY.ID.eq(c.id()))
                .execute();
    }

    /** Current revision of a row (1 after insert, +1 per change). */
    public long revision(UUID id) {
        Long r =
                s.dsl()
                        .select(COMMUNITY.REVISION)
                        .from(COMMUNITY)
                        .where(COMMUNITY.ID.eq(id))
                        .fetchOne(COMMUNITY.REVISION);
        return r == null ? 0 : r;
    }

    private static Community toCommunity(CommunityRecord r) {
        return new Community(r.getId(), r.getName(), r.getSortOrder());
    }
}
