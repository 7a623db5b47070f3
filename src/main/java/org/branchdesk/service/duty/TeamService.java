package org.branchdesk.service.duty;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.common.Masking;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.PersonKind;
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
     * A team as lists show it: its places and people by name.
     *
     * @param compound the compound's name, or {@code null} for a team of the whole community
     * @param leader the leader's name, or {@code null} when none is named
     * @param members the members' names, in the team's order
     */
    public record Line(
            Team team, String community, String compound, String leader, List<String> members) {}

    /**
     * Every team, stood down ones too, in pinyin order of names, with its places and people named.
     */
    public List<Line> lines() {
        return store.read(
                s -> {
                    List<Team> teams = s.teams().list();
                    Map<UUID, String> communities = new HashMap<>();
                    s.communities().list().forEach(c -> communities.put(c.id(), c.name()));
                    Map<UUID, String> compounds = new HashMap<>();
                    s.compounds().list().forEach(c -> compounds.put(c.id(), c.name()));
                    Map<Team.Someone, String> names = names(s, teams);
                    return teams.stream()
                            .map(
                                    t ->
                                            new Line(
                                                    t,
                                                    communities.get(t.communityId()),
                                                    t.compoundId() == null
                                                            ? null
                                                            : compounds.get(t.compoundId()),
                                                    t.leader() == null
                                                            ? null
                                                            : names.get(t.leader()),
                                                    t.members().stream().map(names::get).toList()))
                            .sorted(
                                    Comparator.comparing(
                                            (Line l) -> l.team().name(),
                                            Collator.getInstance(Locale.CHINA)))
                            .toList();
                });
    }

    /** The names of everyone in the teams, members and people, in one read of each register. */
    private static Map<Team.Someone, String> names(StoreSession s, List<Team> teams) {
        Set<UUID> memberIds = new HashSet<>();
        teams.forEach(
                t ->
                        t.members().stream()
                                .filter(Team.Someone::isMember)
                                .forEach(w -> memberIds.add(w.memberId())));
        Map<Team.Someone, String> names = new HashMap<>();
        s.members()
                .findAll(memberIds)
                .forEach(m -> names.put(Team.Someone.member(m.id()), m.name()));
        s.people().list().forEach(p -> names.put(Team.Someone.person(p.id()), p.name()));
        return names;
    }

    /**
     * Someone a team of a community may take: a member of the community, or a person on the people
     * register (a person linked to a member comes as the member, never twice).
     *
     * @param maskedId the ID number masked the office's way, or empty
     * @param compound the member's compound, or {@code null}
     * @param kind the person's kind, or {@code null} for a member
     */
    public record Candidate(
            Team.Someone who, String name, String maskedId, String compound, PersonKind kind) {
        public boolean isMember() {
            return who.isMember();
        }
    }

    /**
     * Who a team of {@code communityId} may take, members of the community first, each group in
     * pinyin order of names: the community's members on the register, the members of other
     * communities sent down to it today, and the people on the people register now.
     */
    public List<Candidate> candidates(UUID communityId) {
        LocalDate today = LocalDate.now(clock);
        return candidates(communityId, today, today);
    }

    /**
     * Who may serve {@code communityId} from {@code first} to {@code last} (the roster page's side
     * list for the week shown), members of the community first, each group in pinyin order of
     * names: the community's members on the register; then the members of other communities sent
     * down to it on a day of the span ({@link Serving#sentDown}), shown as cadres sent down; then
     * the people on the people register now (those sent down among them).
     */
    public List<Candidate> candidates(UUID communityId, LocalDate first, LocalDate last) {
        return store.read(
                s -> {
                    Masking masking = s.office().masking();
                    Map<UUID, String> compounds = new HashMap<>();
                    s.compounds().list().forEach(c -> compounds.put(c.id(), c.name()));
                    Comparator<Candidate> byName =
                            Comparator.comparing(
                                    Candidate::name, Collator.getInstance(Locale.CHINA));
                    List<Candidate> members = new ArrayList<>();
                    Set<UUID> seen = new HashSet<>();
                    for (Member m : s.members().active(communityId)) {
                        seen.add(m.id());
                        members.add(
                                new Candidate(
                                        Team.Someone.member(m.id()),
                                        m.name(),
                                        masking.id(m.citizenId().value()),
                                        m.compoundId() == null
                                                ? null
                                                : compounds.get(m.compoundId()),
                                        null));
                    }
                    List<Candidate> people = new ArrayList<>();
                    for (Team.Someone w : Serving.sentDown(s, communityId, first, last)) {
                        if (w.isMember() && seen.add(w.memberId())) {
                            Member m = s.members().find(w.memberId()).orElseThrow();
                            people.add(
                                    new Candidate(
                                            w,
                                            m.name(),
                                            masking.id(m.citizenId().value()),
                                            null,
                                            PersonKind.SENT_DOWN_CADRE));
                        }
                    }
                    for (Person p : s.people().list()) {
                        if (!p.isActive() || p.memberId() != null && seen.contains(p.memberId())) {
                            continue;
                        }
                        boolean linked =
                                p.memberId() != null
                                        && s.members()
                                                .find(p.memberId())
                                                .filter(Member::isActive)
                                                .isPresent();
                        people.add(
                                new Candidate(
                                        linked
                                                ? Team.Someone.member(p.memberId())
                                                : Team.Someone.person(p.id()),
                                        p.name(),
                                        p.citizenId() == null
                                                ? ""
                                                : masking.id(p.citizenId().value()),
                                        null,
                                        p.kind()));
                    }
                    members.sort(byName);
                    people.sort(byName);
                    members.addAll(people);
                    return members;
                });
    }
}
