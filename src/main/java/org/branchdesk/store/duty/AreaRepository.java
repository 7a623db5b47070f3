package org.branchdesk.store.duty;

import static org.branchdesk.store.jooq.Tables.AREA_CONTACT;
import static org.branchdesk.store.jooq.Tables.CADRE_AREA;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.branchdesk.domain.duty.AreaContact;
import org.branchdesk.domain.duty.CadreArea;
import org.branchdesk.domain.duty.ContactChannel;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.CadreAreaRecord;
import org.jooq.impl.DSL;

/** Cadres' areas and the contacts logged for them. */
public final class AreaRepository {
    private final StoreSession s;

    public AreaRepository(StoreSession s) {
        this.s = s;
    }

    /** Every area, ended ones too, by the day it started. */
    public List<CadreArea> list() {
        return s.dsl()
                .selectFrom(CADRE_AREA)
                .where(CADRE_AREA.DELETED.isFalse())
                .orderBy(CADRE_AREA.FROM_ON, CADRE_AREA.CREATED_AT)
                .fetch(AreaRepository::toArea);
    }

    public Optional<CadreArea> find(UUID id) {
        return s.dsl()
                .selectFrom(CADRE_AREA)
                .where(CADRE_AREA.ID.eq(id).and(CADRE_AREA.DELETED.isFalse()))
                .fetchOptional(AreaRepository::toArea);
    }

    /** Areas answered for now (the register {@code stats} counts). */
    public int count() {
        return s.dsl()
                .fetchCount(
                        CADRE_AREA, CADRE_AREA.DELETED.isFalse().and(CADRE_AREA.TO_ON.isNull()));
    }

    public void insert(CadreArea a) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(CADRE_AREA)
                .set(CADRE_AREA.ID, a.id())
                .set(CADRE_AREA.MEMBER_ID, a.cadre().memberId())
                .set(CADRE_AREA.PERSON_ID, a.cadre().personId())
                .set(CADRE_AREA.COMMUNITY_ID, a.communityId())
                .set(CADRE_AREA.COMPOUND_ID, a.compoundId())
                .set(CADRE_AREA.FROM_ON, a.from())
                .set(CADRE_AREA.TO_ON, a.to())
                .set(CADRE_AREA.CREATED_AT, now)
                .set(CADRE_AREA.UPDATED_AT, now)
                .set(CADRE_AREA.REVISION, 1L)
                .set(CADRE_AREA.REVISED_BY, s.officeId())
                .execute();
    }

    /** Ends an area on its last day. */
    public void end(UUID id, LocalDate on) {
        s.dsl()
                .update(CADRE_AREA)
                .set(CADRE_AREA.TO_ON, on)
                .set(CADRE_AREA.UPDATED_AT, s.now())
                .set(CADRE_AREA.REVISION, CADRE_AREA.REVISION.plus(1))
                .set(CADRE_AREA.REVISED_BY, s.officeId())
                .where(CADRE_AREA.ID.eq(id))
                .execute();
    }

    private static CadreArea toArea(CadreAreaRecord r) {
        return new CadreArea(
                r.getId(),
                new Team.Someone(r.getMemberId(), r.getPersonId()),
                r.getCommunityId(),
                r.getCompoundId(),
                r.getFromOn(),
                r.getToOn());
    }

    // ---- contacts

    /** An area's contacts, newest first. */
    public List<AreaContact> contactsOf(UUID areaId) {
        return s.dsl()
                .selectFrom(AREA_CONTACT)
                .where(AREA_CONTACT.AREA_ID.eq(areaId).and(AREA_CONTACT.DELETED.isFalse()))
                .orderBy(AREA_CONTACT.ON_DAY.desc(), AREA_CONTACT.CREATED_AT.desc())
                .fetch(
                        r ->
                                new AreaContact(
                                        r.getId(),
                                        r.getAreaId(),
                                        r.getOnDay(),
                                        ContactChannel.valueOf(r.getChannel()),
                                        r.getNote()));
    }

    /** How many contacts an area has, and the day of the latest. */
    public record Tally(int contacts, LocalDate last) {}

    /** Every area's tally of contacts (areas without any are absent). */
    public Map<UUID, Tally> tallies() {
        Map<UUID, Tally> out = new HashMap<>();
        s.dsl()
                .select(AREA_CONTACT.AREA_ID, DSL.count(), DSL.max(AREA_CONTACT.ON_DAY))
                .from(AREA_CONTACT)
                .where(AREA_CONTACT.DELETED.isFalse())
                .groupBy(AREA_CONTACT.AREA_ID)
                .forEach(r -> out.put(r.value1(), new Tally(r.value2(), r.value3())));
        return out;
    }

    public int countContacts() {
        return s.dsl().fetchCount(AREA_CONTACT, AREA_CONTACT.DELETED.isFalse());
    }

    /** Contacts with a note (the privacy inventory counts them: a note may name residents). */
    public int countNotes() {
        return s.dsl()
                .fetchCount(
                        AREA_CONTACT,
                        AREA_CONTACT.DELETED.isFalse().and(AREA_CONTACT.NOTE.isNotNull()));
    }

    public void insertContact(AreaContact c) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(AREA_CONTACT)
                .set(AREA_CONTACT.ID, c.id())
                .set(AREA_CONTACT.AREA_ID, c.areaId())
                .set(AREA_CONTACT.ON_DAY, c.onDay())
                .set(AREA_CONTACT.CHANNEL, c.channel().name())
                .set(AREA_CONTACT.NOTE, c.note())
                .set(AREA_CONTACT.CREATED_AT, now)
                .set(AREA_CONTACT.UPDATED_AT, now)
                .set(AREA_CONTACT.REVISION, 1L)
                .set(AREA_CONTACT.REVISED_BY, s.officeId())
                .execute();
    }
}
