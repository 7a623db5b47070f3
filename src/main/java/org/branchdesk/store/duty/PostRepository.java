package org.branchdesk.store.duty;

import static org.branchdesk.store.jooq.Tables.POST;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.branchdesk.domain.duty.Post;
import org.branchdesk.domain.duty.PostKind;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.PostRecord;

/** Duty posts of the communities and their compounds, closed ones too. */
public final class PostRepository {
    private final StoreSession s;

    public PostRepository(StoreSession s) {
        this.s = s;
    }

    public Optional<Post> find(UUID id) {
        return s.dsl()
                .selectFrom(POST)
                .where(POST.ID.eq(id).and(POST.DELETED.isFalse()))
                .fetchOptional(PostRepository::toPost);
    }

    /** Every post, closed ones too, by name. */
    public List<Post> list() {
        return s.dsl()
                .selectFrom(POST)
                .where(POST.DELETED.isFalse())
                .orderBy(POST.NAME, POST.ID)
                .fetch(PostRepository::toPost);
    }

    /** Posts not closed (the register {@code stats} counts). */
    public int count() {
        return s.dsl().fetchCount(POST, POST.DELETED.isFalse().and(POST.CLOSED_ON.isNull()));
    }

    public void insert(Post p) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(POST)
                .set(POST.ID, p.id())
                .set(POST.COMMUNITY_ID, p.communityId())
                .set(POST.COMPOUND_ID, p.compoundId())
                .set(POST.KIND, p.kind().name())
                .set(POST.NAME, p.name())
                .set(POST.HEADCOUNT, p.headcount())
                .set(POST.NEEDS_PARTY_MEMBER, p.needsPartyMember())
                .set(POST.NEEDS_TAG, p.needsTag())
                .set(POST.CLOSED_ON, p.closedOn())
                .set(POST.CREATED_AT, now)
                .set(POST.UPDATED_AT, now)
                .set(POST.REVISION, 1L)
                .set(POST.REVISED_BY, s.officeId())
                .execute();
    }

    /** Closes a post from a day on. */
    public void close(UUID id, LocalDate on) {
        s.dsl()
                .update(POST)
                .set(POST.CLOSED_ON, on)
                .set(POST.UPDATED_AT, s.now())
                .set(POST.REVISION, POST.REVISION.plus(1))
                .set(POST.REVISED_BY, s.officeId())
                .where(POST.ID.eq(id))
                .execute();
    }

    private static Post toPost(PostRecord r) {
        return new Post(
                r.getId(),
                r.getCommunityId(),
                r.getCompoundId(),
                PostKind.valueOf(r.getKind()),
                r.getName(),
                r.getHeadcount(),
                Boolean.TRUE.equals(r.getNeedsPartyMember()),
                r.getNeedsTag(),
                r.getClosedOn());
    }
}
