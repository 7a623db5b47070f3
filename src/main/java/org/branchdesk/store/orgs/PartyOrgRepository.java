package org.branchdesk.store.orgs;

import static org.branchdesk.store.jooq.Tables.PARTY_ORG;
import static org.branchdesk.store.jooq.Tables.PARTY_ORG_COMPOUND;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.PartyOrgRecord;
import org.jooq.Field;

/**
 * Party organizations and the compounds they are built on. Dissolved ones stay, with their date.
 */
public final class PartyOrgRepository {
    private final StoreSession s;

    public PartyOrgRepository(StoreSession s) {
        this.s = s;
    }

    /** Every organization, dissolved ones included, in the order they were set up. */
    public List<PartyOrg> list() {
        Map<UUID, Set<UUID>> places = places();
        return s.dsl()
                .selectFrom(PARTY_ORG)
                .where(PARTY_ORG.DELETED.isFalse())
                .orderBy(PARTY_ORG.CREATED_AT, PARTY_ORG.NAME)
                .fetch(r -> toOrg(r, places.getOrDefault(r.getId(), Set.of())));
    }

    public Optional<PartyOrg> find(UUID id) {
        return s.dsl()
                .selectFrom(PARTY_ORG)
                .where(PARTY_ORG.ID.eq(id).and(PARTY_ORG.DELETED.isFalse()))
                .fetchOptional(r -> toOrg(r, placesOf(id)));
    }

    /** Organizations whose short or full name is exactly {@code name} (active ones first). */
    public List<PartyOrg> findByName(String name) {
        return s.dsl()
                .selectFrom(PARTY_ORG)
                .where(
                        PARTY_ORG
                                .DELETED
                                .isFalse()
                                .and(PARTY_ORG.NAME.eq(name).or(PARTY_ORG.FULL_NAME.eq(name))))
                .orderBy(PARTY_ORG.DISSOLVED_ON.nullsFirst())
                .fetch(r -> toOrg(r, placesOf(r.getId())));
    }

    /** Active organizations (not dissolved). */
    public int countActive() {
        return s.dsl()
                .fetchCount(
                        PARTY_ORG,
                        PARTY_ORG.DELETED.isFalse().and(PARTY_ORG.DISSOLVED_ON.isNull()));
    }

    public int count() {
        return s.dsl().fetchCount(PARTY_ORG, PARTY_ORG.DELETED.isFalse());
    }

    public void insert(PartyOrg o) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(PARTY_ORG)
                .set(PARTY_ORG.ID, o.id())
                .set(values(o))
                .set(PARTY_ORG.CREATED_AT, now)
                .set(PARTY_ORG.UPDATED_AT, now)
                .set(PARTY_ORG.REVISION, 1L)
                .set(PARTY_ORG.REVISED_BY, s.officeId())
                .execute();
        for (UUID compound : o.compoundIds()) {
            insertPlace(o.id(), compound, now);
        }
    }

    public void update(PartyOrg o) {
        s.dsl()
                .update(PARTY_ORG)
                .set(values(o))
                .set(PARTY_ORG.UPDATED_AT, s.now())
                .set(PARTY_ORG.REVISION, PARTY_ORG.REVISION.plus(1))
                .set(PARTY_ORG.REVISED_BY, s.officeId())
                .where(PARTY_ORG.ID.eq(o.id()))
                .execute();
        Set<UUID> now = placesOf(o.id());
        OffsetDateTime time = s.now();
        for (UUID gone : now) {
            if (!o.compoundIds().contains(gone)) {
                s.dsl()
                        .update(PARTY_ORG_COMPOUND)
                        .set(PARTY_ORG_COMPOUND.DELETED, true)
                        .set(PARTY_ORG_COMPOUND.UPDATED_AT, time)
                        .set(PARTY_ORG_COMPOUND.REVISION, PARTY_ORG_COMPOUND.REVISION.plus(1))
                        .set(PARTY_ORG_COMPOUND.REVISED_BY, s.officeId())
                        .where(
                                PARTY_ORG_COMPOUND
                                        .ORG_ID
                                        .eq(o.id())
                                        .and(PARTY_ORG_COMPOUND.COMPOUND_ID.eq(gone))
                                        .and(PARTY_ORG_COMPOUND.DELETED.isFalse()))
                        .execute();
            }
        }
        for (UUID added : o.compoundIds()) {
            if (!now.contains(added)) {
                insertPlace(o.id(), added, time);
            }
        }
    }

    private void insertPlace(UUID org, UUID compound, OffsetDateTime now) {
        s.dsl()
                .insertInto(PARTY_ORG_COMPOUND)
                .set(PARTY_ORG_COMPOUND.ID, UUID.randomUUID())
                .set(PARTY_ORG_COMPOUND.ORG_ID, org)
                .set(PARTY_ORG_COMPOUND.COMPOUND_ID, compound)
                .set(PARTY_ORG_COMPOUND.CREATED_AT, now)
                .set(PARTY_ORG_COMPOUND.UPDATED_AT, now)
                .set(PARTY_ORG_COMPOUND.REVISION, 1L)
                .set(PARTY_ORG_COMPOUND.REVISED_BY, s.officeId())
                .execute();
    }

    private Map<UUID, Set<UUID>> places() {
        Map<UUID, Set<UUID>> places = new HashMap<>();
        s.dsl()
                .select(PARTY_ORG_COMPOUND.ORG_ID, PARTY_ORG_COMPOUND.COMPOUND_ID)
                .from(PARTY_ORG_COMPOUND)
                .where(PARTY_ORG_COMPOUND.DELETED.isFalse())
                .forEach(
                        r ->
                                places.computeIfAbsent(r.value1(), k -> new HashSet<>())
                                        .add(r.value2()));
        return places;
    }

    private Set<UUID> placesOf(UUID org) {
        return new HashSet<>(
                s.dsl()
                        .select(PARTY_ORG_COMPOUND.COMPOUND_ID)
                        .from(PARTY_ORG_COMPOUND)
                        .where(
                                PARTY_ORG_COMPOUND
                                        .ORG_ID
                                        .eq(org)
                                        .and(PARTY_ORG_COMPOUND.DELETED.isFalse()))
                        .fetch(PARTY_ORG_COMPOUND.COMPOUND_ID));
    }

    private static Map<Field<?>, Object> values(PartyOrg o) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(PARTY_ORG.TYPE, o.type().name());
        v.put(PARTY_ORG.NAME, o.name());
        v.put(PARTY_ORG.FULL_NAME, o.fullName());
        v.put(PARTY_ORG.PARENT_ID, o.parentId());
        v.put(PARTY_ORG.COMMUNITY_ID, o.communityId());
        v.put(PARTY_ORG.ESTABLISHED_ON, o.establishedOn());
        v.put(PARTY_ORG.DISSOLVED_ON, o.dissolvedOn());
        v.put(PARTY_ORG.REQUEST_TITLE, o.requestTitle());
        v.put(PARTY_ORG.REQUEST_NO, o.requestNo());
        v.put(PARTY_ORG.APPROVAL_TITLE, o.approvalTitle());
        v.put(PARTY_ORG.APPROVAL_NO, o.approvalNo());
        return v;
    }

    private static PartyOrg toOrg(PartyOrgRecord r, Set<UUID> compounds) {
        return new PartyOrg(
                r.getId(),
                OrgType.valueOf(r.getType()),
                r.getName(),
                r.getFullName(),
                r.getParentId(),
                r.getCommunityId(),
                compounds,
                r.getEstablishedOn(),
                r.getDissolvedOn(),
                r.getRequestTitle(),
                r.getRequestNo(),
                r.getApprovalTitle(),
                r.getApprovalNo());
    }
}
