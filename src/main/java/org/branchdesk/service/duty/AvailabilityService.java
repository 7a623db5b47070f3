package org.branchdesk.service.duty;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.duty.Availability;
import org.branchdesk.domain.duty.DutyLimit;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.duty.Unavailability;
import org.branchdesk.domain.members.Member;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;

/**
 * When members and people can serve: their own most shifts a week and least rest between shifts
 * (default seven and eight hours), and the days or hours they cannot. Times are on the office's
 * clock.
 */
public final class AvailabilityService {
    static final String LIMIT = "duty_limit";
    static final String UNAVAILABLE = "unavailability";

    private final Store store;
    private final Actor actor;

    public AvailabilityService(Store store, Actor actor) {
        this.store = store;
        this.actor = actor;
    }

    /**
     * Sets someone's most shifts a week and least rest in hours; a value not given stays as it was.
     * Refused, naming the field, out of range.
     */
    public DutyLimit setLimit(Team.Someone who, Integer maxShiftsPerWeek, Integer minRestHours) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    Team.Someone w = Who.onRegister(s, who);
                    DutyLimit own = s.availability().limitOf(w).orElse(null);
                    DutyLimit before = own == null ? DutyLimit.DEFAULT : own;
                    DutyLimit after = DutyLimit.of(before, maxShiftsPerWeek, minRestHours);
                    s.availability().setLimit(w, after);
                    s.audit()
                            .record(
                                    actor.name(),
                                    LIMIT,
                                    w.isMember() ? w.memberId() : w.personId(),
                                    own == null ? Action.CREATE : Action.UPDATE,
                                    own,
                                    after);
                    return after;
                });
    }

    /** Someone cannot serve on whole days, both included. */
    public Unavailability addDays(Team.Someone who, LocalDate from, LocalDate to, String reason) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s ->
                        add(
                                s,
                                Unavailability.days(
                                        UUID.randomUUID(),
                                        Who.onRegister(s, who),
                                        from,
                                        to,
                                        reason)));
    }

    /** Someone cannot serve from one time to another (the end not included). */
    public Unavailability addHours(
            Team.Someone who, LocalDateTime from, LocalDateTime to, String reason) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s ->
                        add(
                                s,
                                Unavailability.hours(
                                        UUID.randomUUID(),
                                        Who.onRegister(s, who),
                                        from,
                                        to,
                                        reason)));
    }

    private Unavailability add(StoreSession s, Unavailability u) {
        s.availability().insertPeriod(u);
        s.audit().record(actor.name(), UNAVAILABLE, u.id(), Action.CREATE, null, u);
        return u;
    }

    /** Takes back an unavailable time (it stays in the audit trail). */
    public Unavailability remove(UUID id) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    Unavailability u =
                            s.availability()
                                    .findPeriod(id)
                                    .orElseThrow(() -> new UserError("error.unavailable.gone"));
                    s.availability().removePeriod(id);
                    s.audit().record(actor.name(), UNAVAILABLE, id, Action.DELETE, u, null);
                    return u;
                });
    }

    /** An unavailable time by its id or the start of it (lists print eight hex digits). */
    public UUID periodWithPrefix(String prefix) {
        String p = prefix == null ? "" : prefix.trim();
        if (!p.matches("[0-9a-fA-F-]{4,36}")) {
            throw new UserError("error.unavailable.notFound", p);
        }
        return store.read(
                s -> {
                    List<Unavailability> hits = s.availability().periodsWithPrefix(p);
                    if (hits.size() != 1) {
                        throw new UserError(
                                hits.isEmpty()
                                        ? "error.unavailable.notFound"
                                        : "error.unavailable.ambiguous",
                                p);
                    }
                    return hits.get(0).id();
                });
    }

    /**
     * Someone's limits (their own, or the default) and the times they cannot serve.
     *
     * @param own whether the limits are their own (else {@link DutyLimit#DEFAULT})
     */
    public record Line(
            Team.Someone who,
            String name,
            DutyLimit limit,
            boolean own,
            List<Unavailability> off) {}

    /** Someone's limits and unavailable times. */
    public Line of(Team.Someone who) {
        return store.read(s -> line(s, Who.onRegister(s, who)));
    }

    /** Everyone with limits of their own or unavailable times, by name. */
    public List<Line> list() {
        return store.read(
                s ->
                        everyone(s).stream()
                                .map(w -> line(s, w))
                                .sorted(Comparator.comparing(Line::name))
                                .toList());
    }

    /** Everyone with a limit or an unavailable time on record. */
    private static Set<Team.Someone> everyone(StoreSession s) {
        Set<Team.Someone> all = new LinkedHashSet<>(s.availability().limits().keySet());
        s.availability()
                .periods(LocalDateTime.of(1900, 1, 1, 0, 0), LocalDateTime.of(2999, 1, 1, 0, 0))
                .forEach(u -> all.add(u.who()));
        return all;
    }

    private static Line line(StoreSession s, Team.Someone who) {
        Map<Team.Someone, DutyLimit> limits = s.availability().limits();
        String name =
                who.isMember()
                        ? s.members().find(who.memberId()).map(Member::name).orElse("?")
                        : s.people().find(who.personId()).map(Person::name).orElse("?");
        return new Line(
                who,
                name,
                limits.getOrDefault(who, DutyLimit.DEFAULT),
                limits.containsKey(who),
                s.availability().periodsOf(who));
    }

    /**
     * An unavailable time as lists show it: whole days as {@code 2020-02-09 至 2020-02-10 全天}, else
     * {@code 2020-02-09 08:00 至 2020-02-09 12:00}.
     */
    public static String describe(Availability.Period p) {
        if (p.from().toLocalTime().equals(LocalTime.MIDNIGHT)
                && p.to().toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return Messages.format(
                    "roster.unavailable.days",
                    p.from().toLocalDate().toString(),
                    p.to().toLocalDate().minusDays(1).toString());
        }
        return Messages.format(
                "roster.unavailable.hours",
                p.from().toLocalDate() + " " + p.from().toLocalTime(),
                p.to().toLocalDate() + " " + p.to().toLocalTime());
    }
}
