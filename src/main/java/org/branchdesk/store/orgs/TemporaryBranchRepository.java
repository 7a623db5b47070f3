package org.branchdesk.store.orgs;

import static org.branchdesk.store.jooq.Tables.MEMBER;
import static org.branchdesk.store.jooq.Tables.TEMPORARY_BRANCH_MEMBER;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.store.StoreSession;

/** Who takes part in which temporary branch (their membership stays where it is). */
public final class TemporaryBranchRepository {
    private final StoreSession s;

    public TemporaryBranchRepository(StoreSession s) {
        this.s = s;
    }

    /** Current participants per temporary branch. */
    public Map<UUID, Integer> participantsByBranch() {
        Map<UUID, Integer> counts = new HashMap<>();
        s.dsl()
                .select(TEMPORARY_BRANCH_MEMBER.ORG_ID)
                .from(TEMPORARY_BRANCH_MEMBER)
                .join(MEMBER)
                .on(MEMBER.ID.eq(TEMPORARY_BRANCH_MEMBER.MEMBER_ID))
                .where(
                        TEMPORARY_BRANCH_MEMBER
                                .DELETED
                                .isFalse()
                                .and(TEMPORARY_BRANCH_MEMBER.LEFT_ON.isNull())
                                .and(MEMBER.DELETED.isFalse())
                                .and(MEMBER.DEPARTURE.isNull()))
                .forEach(r -> counts.merge(r.value1(), 1, Integer::sum));
        return counts;
    }

    /** A member taking part in a temporary branch. */
    public record Pair(UUID branch, UUID member) {}

    public Set<Pair> currentLinks() {
        Set<Pair> links = new HashSet<>();
        s.dsl()
                .select(TEMPORARY_BRANCH_MEMBER.ORG_ID, TEMPORARY_BRANCH_MEMBER.MEMBER_ID)
                .from(TEMPORARY_BRANCH_MEMBER)
                .where(
                        TEMPORARY_BRANCH_MEMBER
                                .DELETED
                                .isFalse()
                                .and(TEMPORARY_BRANCH_MEMBER.LEFT_ON.isNull()))
                .forEach(r -> links.add(new Pair(r.value1(), r.value2())));
        return links;
    }

    /** One member's taking part in a temporary branch, current or ended. */
    public record Link(UUID id, UUID orgId, UUID memberId, LocalDate joinedOn, LocalDate leftOn) {
        public boolean isCurrent() {
            return leftOn == null;
        }
    }

    public List<Link> ofMember(UUID member) {
        return s.dsl()
                .selectFrom(TEMPORARY_BRANCH_MEMBER)
                .where(
                        TEMPORARY_BRANCH_MEMBER
                                .MEMBER_ID
                                .eq(member)
                                .and(TEMPORARY_BRANCH_MEMBER.DELETED.isFalse()))
                .orderBy(TEMPORARY_BRANCH_MEMBER.CREATED_AT)
                .fetch(
                        r ->
                                new Link(
                                        r.getId(),
                                        r.getOrgId(),
                                        r.getMemberId(),
                                        r.getJoinedOn(),
                                        r.getLeftOn()));
    }

    /** The current participations in one temporary branch. */
    public List<Link> currentOf(UUID org) {
        return s.dsl()
                .selectFrom(TEMPORARY_BRANCH_MEMBER)
                .where(
                        TEMPORARY_BRANCH_MEMBER
                                .ORG_ID
                                .eq(org)
                                .and(TEMPORARY_BRANCH_MEMBER.DELETED.isFalse())
                                .and(TEMPORARY_BRANCH_MEMBER.LEFT_ON.isNull()))
                .fetch(
                        r ->
                                new Link(
                                        r.getId(),
                                        r.getOrgId(),
                                        r.getMemberId(),
                                        r.getJoinedOn(),
                                        r.getLeftOn()));
    }

    public Optional<Link> find(UUID link) {
        return s.dsl()
                .selectFrom(TEMPORARY_BRANCH_MEMBER)
                .where(
                        TEMPORARY_BRANCH_MEMBER
                                .ID
                                .eq(link)
                                .and(TEMPORARY_BRANCH_MEMBER.DELETED.isFalse()))
                .fetchOptional(
                        r ->
                                new Link(
                                        r.getId(),
                                        r.getOrgId(),
                                        r.getMemberId(),
                                        r.getJoinedOn(),
                                        r.getLeftOn()));
    }

    /** Ends a member's taking part on a date; the link stays as history. */
    public void end(UUID link, LocalDate leftOn) {
        s.dsl()
                .update(TEMPORARY_BRANCH_MEMBER)
                .set(TEMPORARY_BRANCH_MEMBER.LEFT_ON, leftOn)
                .set(TEMPORARY_BRANCH_MEMBER.UPDATED_AT, s.now())
                .set(TEMPORARY_BRANCH_MEMBER.REVISION, TEMPORARY_BRANCH_MEMBER.REVISION.plus(1))
                .set(TEMPORARY_BRANCH_MEMBER.REVISED_BY, s.officeId())
                .where(TEMPORARY_BRANCH_MEMBER.ID.eq(link))
                .execute();
    }

    public int count() {
        return s.dsl()
                .fetchCount(TEMPORARY_BRANCH_MEMBER, TEMPORARY_BRANCH_MEMBER.DELETED.isFalse());
    }

    public UUID insert(UUID org, UUID member, LocalDate joinedOn) {
        OffsetDateTime now = s.now();
        UUID id = UUID.randomUUID();
        s.dsl()
                .insertInto(TEMPORARY_BRANCH_MEMBER)
                .set(TEMPORARY_BRANCH_MEMBER.ID, id)
                .set(TEMPORARY_BRANCH_MEMBER.ORG_ID, org)
                .set(TEMPORARY_BRANCH_MEMBER.MEMBER_ID, member)
                .set(TEMPORARY_BRANCH_MEMBER.JOINED_ON, joinedOn)
                .set(TEMPORARY_BRANCH_MEMBER.CREATED_AT, now)
                .set(TEMPORARY_BRANCH_MEMBER.UPDATED_AT, now)
                .set(TEMPORARY_BRANCH_MEMBER.REVISION, 1L)
                .set(TEMPORARY_BRANCH_MEMBER.REVISED_BY, s.officeId())
                .execute();
        return id;
    }
}
