package org.branchdesk.store.duty;

import static org.branchdesk.store.jooq.Tables.ROSTER_WEEK;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.branchdesk.domain.duty.PublishedWeek;
import org.branchdesk.store.StoreSession;
import org.jooq.Condition;

/** The weeks of a community's or a compound's roster that have been published. */
public final class RosterWeekRepository {
    private final StoreSession s;

    public RosterWeekRepository(StoreSession s) {
        this.s = s;
    }

    /** A publication by its id. */
    public Optional<PublishedWeek> find(UUID id) {
        return list(ROSTER_WEEK.ID.eq(id)).stream().findFirst();
    }

    /** The publications of the weeks starting from one Monday to another (both included). */
    public List<PublishedWeek> between(LocalDate fromMonday, LocalDate toMonday) {
        return list(ROSTER_WEEK.WEEK_START.between(fromMonday, toMonday));
    }

    private List<PublishedWeek> list(Condition where) {
        return s.dsl()
                .selectFrom(ROSTER_WEEK)
                .where(ROSTER_WEEK.DELETED.isFalse().and(where))
                .orderBy(ROSTER_WEEK.WEEK_START, ROSTER_WEEK.PUBLISHED_AT)
                .fetch(
                        r ->
                                new PublishedWeek(
                                        r.getId(),
                                        r.getCommunityId(),
                                        r.getCompoundId(),
                                        r.getWeekStart(),
                                        r.getPublishedAt().toInstant(),
                                        r.getPublishedBy()));
    }

    /** Weeks published (the register {@code stats} counts). */
    public int count() {
        return s.dsl().fetchCount(ROSTER_WEEK, ROSTER_WEEK.DELETED.isFalse());
    }

    public void insert(PublishedWeek w) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(ROSTER_WEEK)
                .set(ROSTER_WEEK.ID, w.id())
                .set(ROSTER_WEEK.COMMUNITY_ID, w.communityId())
                .set(ROSTER_WEEK.COMPOUND_ID, w.compoundId())
                .set(ROSTER_WEEK.WEEK_START, w.weekStart())
                .set(ROSTER_WEEK.PUBLISHED_AT, w.publishedAt().atOffset(ZoneOffset.UTC))
                .set(ROSTER_WEEK.PUBLISHED_BY, w.publishedBy())
                .set(ROSTER_WEEK.CREATED_AT, now)
                .set(ROSTER_WEEK.UPDATED_AT, now)
                .set(ROSTER_WEEK.REVISION, 1L)
                .set(ROSTER_WEEK.REVISED_BY, s.officeId())
                .execute();
    }
}
