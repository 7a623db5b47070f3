package org.branchdesk.service.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.duty.TeamKind;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;

/**
 * Teams of a community or one of its compounds: commando (party members only), volunteer and patrol
 * teams, with their leader and members from the members and people registers. Stood down on a date,
 * never deleted.
 */
public final class TeamService {
    static final String ENTITY = "team";

    private final Store store;
    private final Actor actor;
    private final Clock clock;

    public TeamService(Store store, Actor actor, Clock clock) {
        this.store = store;
        this.actor = actor;
        this.clock = clock;
    }

    /** A team as a clerk forms it. */
    public record NewTeam(
            TeamKind kind,
            String name,
            UUID communityId,
            UUID compoundId,
            Team.Someone leader,
            List<Team.Someone> members,
            LocalDate formedOn) {}

    /** Forms a team; refused, naming the field, when a rule forbids it. */
    public Team add(NewTeam f) {
        Team t =
                Team.of(
                        UUID.randomUUID(),
                        f.kind(),
                        f.name(),
                        f.communityId(),
                        f.compoundId(),
                        f.leader(),
                        f.members(),
                        f.formedOn());
        if (t.formedOn().isAfter(LocalDate.now(clock))) {
            throw new ValidationError("field.team.formedOn", "rule.dateInFuture");
        }
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    if (s.communities().list().stream()
                            .noneMatch(c -> c.id().equals(t.communityId()))) {
                        throw new ValidationError("field.team.community", "rule.team.noCommunity");
                    }
                    if (t.compoundId() != null) {
                        Compound c =
                                s.compounds().list().stream()
                                        .filter(x -> x.id().equals(t.compoundId()))
                                        .findFirst()
                                        .orElse(null);
                        if (c == null || !c.communityId().equals(t.communityId())) {
                            throw new ValidationError(
                                    "field.team.compound", "rule.team.compoundElsewhere");
                        }
                    }
                    int row = 1;
                    for (Team.Someone who : t.members()) {
                        if (!onRegister(s, who)) {
                            throw new ValidationError(
                                    "field.team.members", "rule.team.notOnRegister", row);
                        }
                        row++;
                    }
                    s.teams().insert(t);
                    s.audit().record(actor.name(), ENTITY, t.id(), Action.CREATE, null, t);
                    return t;
                });
    }

    /** Whether a member is on the members register, or a person on the people register, now. */
    private static boolean onRegister(StoreSession s, Team.Someone who) {
        return who.isMember()
                ? s.members().find(who.memberId()).filter(Member::isActive).isPresent()
                : s.people().find(who.personId()).filter(Person::isActive).isPresent();
    }

    /** Stands a team down on a day; the record stays. */
    public Team end(UUID id, LocalDate on) {
        if (on.isAfter(LocalDate.now(clock))) {
            throw new ValidationError("field.team.endedOn", "rule.dateInFuture");
        }
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    Team before =
                            s.teams().list().stream()
                                    .filter(t -> t.id().equals(id))
                                    .findFirst()
                                    .orElseThrow(() -> new UserError("error.team.notFound"));
                    if (!before.isActive()) {
                        throw new UserError("error.team.alreadyEnded", before.endedOn());
                    }
                    if (on.isBefore(before.formedOn())) {
                        throw new ValidationError(
                                "field.team.endedOn", "rule.team.endBeforeFormed");
                    }
                    s.teams().end(id, on);
                    Team after =
                            new Team(
                                    before.id(),
                                    before.kind(),
                                    before.name(),
                                    before.communityId(),
                                    before.compoundId(),
                                    before.leader(),
                                    before.members(),
                                    before.formedOn(),
                                    on);
                    s.audit().record(actor.name(), ENTITY, id, Action.UPDATE, before, after);
                    return after;
                });
    }

    /** Every team, stood down ones too. */
    public List<Team> list() {
        return store.read(s -> s.teams().list());
    }

    /**
     * A line of the teams list: the team, where it serves, its leader and members by name.
     *
     * @param compound the compound's name, or empty for the whole community
     * @param leader the leader's name, or empty when none is named
     */
    public record Line(
            Team team, String community, String compound, String leader, List<String> members) {}

    /** Teams not stood down (with {@code all}, those stood down too), by name. */
    public List<Line> lines(boolean all) {
        return store.read(
                s -> {
                    List<Team> teams =
                            s.teams().list().stream().filter(t -> all || t.isActive()).toList();
                    DutyRecords.Names names =
                            new DutyRecords.Names(
                                    s,
                                    teams.stream()
                                            .flatMap(t -> t.members().stream())
                                            .map(Team.Someone::memberId)
                                            .filter(java.util.Objects::nonNull)
                                            .distinct()
                                            .toList());
                    return teams.stream()
                            .map(
                                    t ->
                                            new Line(
                                                    t,
                                                    names.community(t.communityId()),
                                                    names.compound(t.compoundId()),
                                                    t.leader() == null
                                                            ? ""
                                                            : names.name(t.leader()),
                                                    t.members().stream().map(names::name).toList()))
                            .toList();
                });
    }
}
