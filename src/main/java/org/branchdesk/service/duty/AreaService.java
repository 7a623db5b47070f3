package org.branchdesk.service.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.AreaContact;
import org.branchdesk.domain.duty.AreaRules;
import org.branchdesk.domain.duty.CadreArea;
import org.branchdesk.domain.duty.ContactChannel;
import org.branchdesk.domain.duty.DutyPeriods;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.duty.AreaRepository.Tally;

/**
 * Cadres' areas (包联): a cadre (a member, or a person such as one sent down) answers for a community
 * or one compound over a period and logs each contact; the list of areas nobody contacted lately.
 */
public final class AreaService {
    static final String ENTITY = "cadre_area";
    static final String CONTACT = "area_contact";

    private final Store store;
    private final Actor actor;
    private final Clock clock;

    public AreaService(Store store, Actor actor, Clock clock) {
        this.store = store;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * An area as a clerk enters it.
     *
     * @param compoundId one compound, or {@code null} for the whole community
     * @param to the last day when it is already over, else {@code null}
     */
    public record NewArea(
            Team.Someone cadre, UUID communityId, UUID compoundId, LocalDate from, LocalDate to) {}

    /** Records that a cadre answers for an area; refused, naming the field, by a rule. */
    public CadreArea add(NewArea f) {
        LocalDate today = LocalDate.now(clock);
        DutyPeriods.requireNotInFuture("field.area.from", f.from(), today);
        if (f.to() != null) {
            DutyPeriods.requireNotInFuture("field.area.to", f.to(), today);
        }
        CadreArea a =
                CadreArea.of(
                        UUID.randomUUID(),
                        f.cadre(),
                        f.communityId(),
                        f.compoundId(),
                        f.from(),
                        f.to());
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    DutyRecords.checkOnRegister(s, "field.area.cadre", a.cadre());
                    DutyRecords.checkPlace(s, "field.area", a.communityId(), a.compoundId());
                    if (a.isOpen()
                            && AreaRules.answersAlready(
                                    ofCadre(s, a.cadre()), a.communityId(), a.compoundId())) {
                        throw new ValidationError("field.area.cadre", "rule.area.already");
                    }
                    s.areas().insert(a);
                    s.audit().record(actor.name(), ENTITY, a.id(), Action.CREATE, null, a);
                    return a;
                });
    }

    private static List<CadreArea> ofCadre(StoreSession s, Team.Someone cadre) {
        return s.areas().list().stream().filter(x -> x.cadre().equals(cadre)).toList();
    }

    private static CadreArea find(StoreSession s, UUID id) {
        return s.areas().find(id).orElseThrow(() -> new UserError("error.area.notFound"));
    }

    /** Ends an area on its last day; the record and its contacts stay. */
    public CadreArea end(UUID id, LocalDate on) {
        DutyPeriods.requireNotInFuture("field.area.to", on, LocalDate.now(clock));
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    CadreArea before = find(s, id);
                    if (!before.isOpen()) {
                        throw new UserError("error.area.alreadyEnded", before.to());
                    }
                    DutyPeriods.requireEndNotBeforeStart("field.area.to", before.from(), on);
                    Tally tally = s.areas().tallies().get(id);
                    if (tally != null && on.isBefore(tally.last())) {
                        throw new ValidationError(
                                "field.area.to", "rule.area.endBeforeContact", tally.last());
                    }
                    s.areas().end(id, on);
                    CadreArea after = before.endingOn(on);
                    s.audit().record(actor.name(), ENTITY, id, Action.UPDATE, before, after);
                    return after;
                });
    }

    /** Logs a contact with an area on a day, within the area's period. */
    public AreaContact logContact(UUID areaId, LocalDate on, ContactChannel channel, String note) {
        LocalDate today = LocalDate.now(clock);
        AreaContact c = AreaContact.of(UUID.randomUUID(), areaId, on, channel, note);
        DutyPeriods.requireNotInFuture("field.contact.onDay", on, today);
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    CadreArea a = find(s, areaId);
                    DutyRecords.checkDay("field.contact.onDay", on, today, a.from(), a.to());
                    s.areas().insertContact(c);
                    s.audit().record(actor.name(), CONTACT, c.id(), Action.CREATE, null, c);
                    return c;
                });
    }

    /**
     * The area a cadre answers for now: in {@code communityId} (and {@code compoundId}, or the
     * whole community when {@code null}), or, without a community, their only one. Refused when
     * there is none or, without a community, more than one.
     */
    public UUID openArea(Team.Someone cadre, UUID communityId, UUID compoundId) {
        return store.read(
                s -> {
                    List<CadreArea> open =
                            ofCadre(s, cadre).stream()
                                    .filter(CadreArea::isOpen)
                                    .filter(
                                            a ->
                                                    communityId == null
                                                            || a.samePlace(communityId, compoundId))
                                    .toList();
                    if (open.isEmpty()) {
                        throw new UserError("error.area.noneOpen");
                    }
                    if (open.size() > 1) {
                        throw new UserError("error.area.whichOne", open.size());
                    }
                    return open.get(0).id();
                });
    }

    /**
     * A line of the areas list: the cadre, the area, the period, how many contacts and the latest.
     *
     * @param compound the compound's name, or empty for the whole community
     * @param to the last day, or {@code null} while the cadre answers for it
     * @param lastContact the day of the latest contact, or {@code null} for none
     */
    public record Line(
            UUID id,
            Team.Someone cadre,
            String name,
            String maskedPhone,
            UUID communityId,
            String community,
            UUID compoundId,
            String compound,
            LocalDate from,
            LocalDate to,
            int contacts,
            LocalDate lastContact) {
        public boolean isOpen() {
            return to == null;
        }
    }

    /** Areas answered for now (with {@code all}, ended ones too), by their start. */
    public List<Line> lines(boolean all) {
        return store.read(s -> lines(s, a -> all || a.isOpen()));
    }

    /**
     * Areas nobody contacted in the last {@code days} days, counting back from the office's today
     * (an area started less than {@code days} days ago counts from its start).
     */
    public List<Line> quiet(int days) {
        if (!AreaRules.validQuietDays(days)) {
            throw new ValidationError(
                    "field.area.quietDays", "rule.area.quietDays", AreaRules.MAX_QUIET_DAYS);
        }
        LocalDate today = LocalDate.now(clock);
        return store.read(
                s -> {
                    Map<UUID, Tally> tallies = s.areas().tallies();
                    return lines(
                            s,
                            a -> {
                                Tally t = tallies.get(a.id());
                                return AreaRules.quiet(
                                        a.from(), a.to(), t == null ? null : t.last(), today, days);
                            });
                });
    }

    /** The lines of the areas {@code which} picks, by their start. */
    static List<Line> lines(StoreSession s, Predicate<CadreArea> which) {
        List<CadreArea> areas = s.areas().list().stream().filter(which).toList();
        Map<UUID, Tally> tallies = s.areas().tallies();
        DutyRecords.Names names =
                new DutyRecords.Names(
                        s, DutyRecords.Names.memberIds(areas, a -> a.cadre().memberId()));
        return areas.stream()
                .map(
                        a -> {
                            Tally t = tallies.get(a.id());
                            return new Line(
                                    a.id(),
                                    a.cadre(),
                                    names.name(a.cadre()),
                                    names.maskedPhone(a.cadre()),
                                    a.communityId(),
                                    names.community(a.communityId()),
                                    a.compoundId(),
                                    names.compound(a.compoundId()),
                                    a.from(),
                                    a.to(),
                                    t == null ? 0 : t.contacts(),
                                    t == null ? null : t.last());
                        })
                .toList();
    }

    /** An area's contacts, newest first. */
    public List<AreaContact> contacts(UUID areaId) {
        return store.read(s -> s.areas().contactsOf(Objects.requireNonNull(areaId)));
    }
}
