package org.branchdesk.service.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.DutyPeriods;
import org.branchdesk.domain.duty.SentDown;
import org.branchdesk.domain.duty.SentDownRules;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.duty.WorkUnit;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;

/**
 * Cadres sent down to communities (下沉干部): who (a member, or a person on the people register as a
 * cadre sent down), the sending unit, the period, the community or compound they serve.
 */
public final class SentDownService {
    static final String ENTITY = "sent_down";

    private final Store store;
    private final Actor actor;
    private final Clock clock;

    public SentDownService(Store store, Actor actor, Clock clock) {
        this.store = store;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * A cadre sent down as a clerk enters them. The unit is {@code unitId} when picked from the
     * unit register; otherwise {@code unitName}, linked when a unit of that name is on the
     * register.
     *
     * @param to the last day when it is already over, else {@code null}
     */
    public record NewSentDown(
            Team.Someone cadre,
            UUID unitId,
            String unitName,
            UUID communityId,
            UUID compoundId,
            LocalDate from,
            LocalDate to) {}

    /** Records a cadre sent down; refused, naming the field, when a rule forbids it. */
    public SentDown add(NewSentDown f) {
        LocalDate today = LocalDate.now(clock);
        DutyPeriods.requireNotInFuture("field.sentDown.from", f.from(), today);
        if (f.to() != null) {
            DutyPeriods.requireNotInFuture("field.sentDown.to", f.to(), today);
        }
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    if (f.cadre() == null) {
                        throw new ValidationError("field.sentDown.cadre", "rule.required");
                    }
                    DutyRecords.checkOnRegister(s, "field.sentDown.cadre", f.cadre());
                    if (!f.cadre().isMember()
                            && !SentDownRules.personMayBeSentDown(
                                    s.people().find(f.cadre().personId()).orElseThrow().kind())) {
                        throw new ValidationError(
                                "field.sentDown.cadre", "rule.sentDown.notACadre");
                    }
                    List<SentDown> ofCadre =
                            s.sentDown().list().stream()
                                    .filter(d -> d.cadre().equals(f.cadre()))
                                    .toList();
                    if (f.to() == null && SentDownRules.servingAlready(ofCadre)) {
                        throw new ValidationError("field.sentDown.cadre", "rule.sentDown.already");
                    }
                    DutyRecords.checkPlace(s, "field.sentDown", f.communityId(), f.compoundId());
                    WorkUnit unit =
                            DutyRecords.unit(
                                    s,
                                    f.unitId(),
                                    f.unitName(),
                                    null,
                                    "field.sentDown.unit",
                                    "field.sentDown.unit");
                    SentDown d =
                            SentDown.of(
                                    UUID.randomUUID(),
                                    f.cadre(),
                                    unit,
                                    f.communityId(),
                                    f.compoundId(),
                                    f.from(),
                                    f.to());
                    s.sentDown().insert(d);
                    s.audit().record(actor.name(), ENTITY, d.id(), Action.CREATE, null, d);
                    return d;
                });
    }

    /** Ends a cadre's sending on its last day; the record stays. */
    public SentDown end(UUID id, LocalDate on) {
        DutyPeriods.requireNotInFuture("field.sentDown.to", on, LocalDate.now(clock));
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    SentDown before =
                            s.sentDown()
                                    .find(id)
                                    .orElseThrow(() -> new UserError("error.sentDown.notFound"));
                    if (!before.isServing()) {
                        throw new UserError("error.sentDown.alreadyEnded", before.to());
                    }
                    DutyPeriods.requireEndNotBeforeStart("field.sentDown.to", before.from(), on);
                    s.sentDown().end(id, on);
                    SentDown after = before.endingOn(on);
                    s.audit().record(actor.name(), ENTITY, id, Action.UPDATE, before, after);
                    return after;
                });
    }

    /** The cadre's sending under way; refused when there is none. */
    public UUID servingOf(Team.Someone cadre) {
        return store.read(
                s ->
                        s.sentDown().list().stream()
                                .filter(d -> d.isServing() && d.cadre().equals(cadre))
                                .map(SentDown::id)
                                .findFirst()
                                .orElseThrow(() -> new UserError("error.sentDown.noneServing")));
    }

    /**
     * A line of the list of cadres sent down: who (phone masked), the sending unit, where they
     * serve, the period.
     *
     * @param compound the compound's name, or empty for the whole community
     * @param to the last day, or {@code null} while they serve
     */
    public record Line(
            UUID id,
            Team.Someone cadre,
            String name,
            String maskedPhone,
            String unit,
            boolean unitOnRegister,
            UUID communityId,
            String community,
            UUID compoundId,
            String compound,
            LocalDate from,
            LocalDate to) {
        public boolean isServing() {
            return to == null;
        }
    }

    /** Cadres serving now (with {@code all}, those whose sending ended too), by their start. */
    public List<Line> lines(boolean all) {
        return store.read(
                s -> {
                    List<SentDown> list =
                            s.sentDown().list().stream().filter(d -> all || d.isServing()).toList();
                    DutyRecords.Names names =
                            new DutyRecords.Names(
                                    s,
                                    DutyRecords.Names.memberIds(list, d -> d.cadre().memberId()));
                    return list.stream()
                            .map(
                                    d ->
                                            new Line(
                                                    d.id(),
                                                    d.cadre(),
                                                    names.name(d.cadre()),
                                                    names.maskedPhone(d.cadre()),
                                                    names.unit(d.unit()),
                                                    d.unit().isOnRegister(),
                                                    d.communityId(),
                                                    names.community(d.communityId()),
                                                    d.compoundId(),
                                                    names.compound(d.compoundId()),
                                                    d.from(),
                                                    d.to()))
                            .toList();
                });
    }
}
