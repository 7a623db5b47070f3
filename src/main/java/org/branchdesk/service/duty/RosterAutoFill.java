package org.branchdesk.service.duty;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.duty.Assignment;
import org.branchdesk.domain.duty.AssignmentSource;
import org.branchdesk.domain.duty.Availability;
import org.branchdesk.domain.duty.Post;
import org.branchdesk.domain.duty.PostShift;
import org.branchdesk.domain.duty.RosterCheck;
import org.branchdesk.domain.duty.SentDown;
import org.branchdesk.domain.duty.SentDownRules;
import org.branchdesk.domain.duty.Shift;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.members.Presence;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;

/**
 * {@code roster autofill}: the open places of a span's shifts filled by {@link AutoFill} from the
 * database, then written as {@link AssignmentSource#AUTO} assignments in one transaction.
 *
 * <ul>
 *   <li>Only weeks not published are touched; a published week's shifts are left alone.
 *   <li>Each community is solved on its own, one after the other (a later one sees the places the
 *       earlier ones gave). Who may serve a community's posts: its active members (those living
 *       there and the in-service members reporting there, {@link Presence#REPORTING_IN_SERVICE};
 *       not those who went out or lost contact), the cadres sent down to it over the span, and,
 *       from the people register or other communities, whoever is on one of its active teams or
 *       already on its roster around the span ({@link Serving#mayServe}).
 *   <li>The shifts everyone already serves (the span's weeks and the days either side) are pinned:
 *       manual, team and earlier assignments are never moved.
 *   <li>Before writing, every place is checked once more with {@link RosterCheck} against the
 *       roster as it is then (something may have changed while solving); a place that now breaks a
 *       rule is dropped and reported as open.
 * </ul>
 */
public final class RosterAutoFill {
    private final Store store;
    private final Actor actor;
    private final AutoFill solver;

    RosterAutoFill(Store store, Actor actor, AutoFill solver) {
        this.store = store;
        this.actor = actor;
        this.solver = solver;
    }

    /**
     * A place filled: the shift, its day and hours, the post as a clerk names it, and who (their
     * name, and the member or person, so that a dry run's places can be written as shown).
     */
    public record Placed(
            UUID shiftId,
            LocalDate day,
            String hours,
            String post,
            String name,
            Team.Someone who) {}

    /** A shift left short: how many places, and why in Chinese. */
    public record Open(
            UUID shiftId, LocalDate day, String hours, String post, int places, String why) {}

    /**
     * What a run did.
     *
     * @param places the open places of the span's unpublished shifts
     * @param publishedLeftAlone shifts skipped because their week is published
     * @param dropped places the solver gave that the check before writing took back
     * @param written whether the places were written (not a dry run)
     */
    public record Report(
            List<Placed> filled,
            List<Open> unfilled,
            int places,
            int publishedLeftAlone,
            int dropped,
            boolean cancelled,
            boolean written,
            Duration took) {
        public int unfilledPlaces() {
            return unfilled.stream().mapToInt(Open::places).sum();
        }
    }

    /** One community's problem, with the way back from the solver's ids. */
    private record Part(AutoFill.Problem problem, Map<UUID, Team.Someone> who) {}

    /** A fill as read back from the solver. */
    private record Proposed(UUID shiftId, Team.Someone who) {}

    /**
     * @param community the one community whose shifts are filled, or {@code null} for every
     *     community with shifts in the span
     */
    Report run(
            LocalDate from,
            LocalDate to,
            UUID community,
            Duration limit,
            boolean dryRun,
            Consumer<AutoFill.Progress> progress,
            BooleanSupplier cancelled) {
        RosterService.span(from, to);
        actor.require(Permission.EDIT); // refused before the search, not after it
        long t0 = System.nanoTime();
        LocalDate first = Shift.mondayOf(from).minusDays(2);
        LocalDate last = Shift.mondayOf(to).plusDays(8);
        RosterData d = store.read(s -> load(s, from, to, first, last));
        List<UUID> communities = new ArrayList<>();
        for (PostShift ps : d.shifts.values()) {
            UUID c = d.posts.get(ps.postId()).communityId();
            if (within(ps, from, to)
                    && !communities.contains(c)
                    && (community == null || community.equals(c))) {
                communities.add(c);
            }
        }
        Map<Team.Someone, List<AutoFill.Served>> given = new HashMap<>();
        List<Proposed> proposed = new ArrayList<>();
        Map<UUID, AutoFill.Unfilled> gaps = new LinkedHashMap<>();
        int places = 0;
        int published = 0;
        boolean stopped = false;
        Duration each = share(limit, communities.size());
        for (UUID c : communities) {
            Part part = store.read(s -> part(s, d, c, from, to, given));
            places += part.problem().openPlaces();
            AutoFill.Result r = solver.fill(part.problem(), each, progress, cancelled);
            published += r.publishedLeftAlone();
            stopped |= r.cancelled();
            for (AutoFill.Fill f : r.filled()) {
                Team.Someone w = part.who().get(f.candidate().id());
                proposed.add(new Proposed(f.slot().shiftId(), w));
                given.computeIfAbsent(w, k -> new ArrayList<>())
                        .add(new AutoFill.Served(f.slot().shiftId(), f.slot().shift()));
            }
            r.unfilled().forEach(u -> gaps.put(u.slot().shiftId(), u));
        }
        List<Proposed> kept;
        Map<UUID, List<String>> dropped = new LinkedHashMap<>();
        if (dryRun || proposed.isEmpty()) {
            kept = proposed;
        } else {
            kept =
                    Access.write(
                            store,
                            actor,
                            Permission.EDIT,
                            s -> write(s, from, to, first, last, proposed, dropped));
        }
        return report(d, kept, gaps, dropped, places, published, stopped, !dryRun, t0);
    }

    /**
     * Writes the places a dry run showed, each checked once more against the roster as it is now
     * (as after a search); a place that now breaks a rule, or whose week was published meanwhile,
     * is left open and reported with why. Nothing is searched again.
     */
    Report apply(LocalDate from, LocalDate to, List<Placed> places) {
        RosterService.span(from, to);
        actor.require(Permission.EDIT);
        long t0 = System.nanoTime();
        LocalDate first = Shift.mondayOf(from).minusDays(2);
        LocalDate last = Shift.mondayOf(to).plusDays(8);
        List<Proposed> proposed = new ArrayList<>();
        for (Placed p : places) {
            LocalDate day = p.day();
            if (day.isBefore(from) || day.isAfter(to)) {
                throw new IllegalArgumentException("a place outside the span: " + p);
            }
            proposed.add(new Proposed(p.shiftId(), p.who()));
        }
        Map<UUID, List<String>> dropped = new LinkedHashMap<>();
        List<Proposed> kept =
                proposed.isEmpty()
                        ? proposed
                        : Access.write(
                                store,
                                actor,
                                Permission.EDIT,
                                s -> write(s, from, to, first, last, proposed, dropped));
        RosterData d =
                store.read(
                        s ->
                                RosterData.load(
                                        s,
                                        first,
                                        last,
                                        proposed.stream().map(Proposed::who).toList()));
        return report(d, kept, Map.of(), dropped, places.size(), 0, false, true, t0);
    }

    /** The time limit shared by the communities, at least a second each. */
    static Duration share(Duration limit, int parts) {
        Duration each = limit.dividedBy(Math.max(1, parts));
        return each.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : each;
    }

    private static boolean within(PostShift ps, LocalDate from, LocalDate to) {
        LocalDate day = ps.shift().day();
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The roster around the span, and what is known of everyone who may serve it. */
    private static RosterData load(
            StoreSession s, LocalDate from, LocalDate to, LocalDate first, LocalDate last) {
        RosterData bare = RosterData.load(s, first, last, List.of());
        Set<Team.Someone> everyone = new LinkedHashSet<>();
        Set<UUID> seen = new java.util.HashSet<>();
        for (PostShift ps : bare.shifts.values()) {
            UUID c = bare.posts.get(ps.postId()).communityId();
            if (within(ps, from, to) && seen.add(c)) {
                everyone.addAll(Serving.mayServe(s, bare, c, from, to));
            }
        }
        return RosterData.load(s, first, last, everyone);
    }

    /** One community's slots in the span and everyone who may serve them. */
    private static Part part(
            StoreSession s,
            RosterData d,
            UUID community,
            LocalDate from,
            LocalDate to,
            Map<Team.Someone, List<AutoFill.Served>> given) {
        Map<Team.Someone, List<AutoFill.Served>> serving = new HashMap<>();
        List<AutoFill.Slot> slots = new ArrayList<>();
        for (PostShift ps : d.shifts.values()) {
            Post post = d.posts.get(ps.postId());
            List<Team.Someone> on = d.people(ps.id());
            on.forEach(
                    w ->
                            serving.computeIfAbsent(w, k -> new ArrayList<>())
                                    .add(new AutoFill.Served(ps.id(), ps.shift())));
            if (within(ps, from, to) && post.communityId().equals(community)) {
                slots.add(
                        new AutoFill.Slot(
                                ps.id(),
                                d.postLabel(post),
                                ps.shift(),
                                post.needsPartyMember(),
                                post.needsTag(),
                                on.stream().map(d::factsOf).toList(),
                                d.isPublished(ps)));
            }
        }
        Map<UUID, Team.Someone> who = new LinkedHashMap<>();
        List<AutoFill.Candidate> candidates = new ArrayList<>();
        Map<Team.Someone, List<SentDown>> sentOnly = Serving.onlySentDown(s, community, from, to);
        for (Team.Someone w : Serving.mayServe(s, d, community, from, to)) {
            UUID id = w.isMember() ? w.memberId() : w.personId();
            if (who.putIfAbsent(id, w) != null) {
                continue;
            }
            List<AutoFill.Served> sv = new ArrayList<>(serving.getOrDefault(w, List.of()));
            sv.addAll(given.getOrDefault(w, List.of()));
            var facts = d.factsOf(w);
            candidates.add(
                    new AutoFill.Candidate(
                            id,
                            d.name(w),
                            facts.partyMember(),
                            facts.tags(),
                            sentOnly.containsKey(w)
                                    ? duringSending(d.availabilityOf(w), sentOnly.get(w), from, to)
                                    : d.availabilityOf(w),
                            sv));
        }
        return new Part(new AutoFill.Problem(slots, candidates), who);
    }

    /**
     * Someone's availability, the days of the span outside their sendings to the community added as
     * times they cannot serve it ({@link SentDownRules#unavailableOutside}).
     */
    private static Availability duringSending(
            Availability a, List<SentDown> sendings, LocalDate from, LocalDate to) {
        List<Availability.Period> off = new ArrayList<>(a.unavailable());
        off.addAll(SentDownRules.unavailableOutside(sendings, from, to));
        return new Availability(off, a.maxShiftsPerWeek(), a.minimumRest());
    }

    /**
     * Writes the places that still break no rule against the roster as it is now, in time order;
     * the others go to {@code dropped} with the rule they would break.
     */
    private List<Proposed> write(
            StoreSession s,
            LocalDate from,
            LocalDate to,
            LocalDate first,
            LocalDate last,
            List<Proposed> proposed,
            Map<UUID, List<String>> dropped) {
        RosterData d =
                RosterData.load(s, first, last, proposed.stream().map(Proposed::who).toList());
        Map<UUID, RosterCheck.Slot> before = new LinkedHashMap<>();
        Map<UUID, List<Proposed>> byShift = new LinkedHashMap<>();
        List<Proposed> inOrder = new ArrayList<>(proposed);
        inOrder.sort(
                Comparator.comparing(
                        (Proposed p) ->
                                d.shifts.containsKey(p.shiftId())
                                        ? d.shifts.get(p.shiftId()).shift().startsAt()
                                        : java.time.LocalDateTime.MIN));
        for (Proposed p : inOrder) {
            PostShift ps = d.shifts.get(p.shiftId());
            String broken = refusal(s, d, ps, p.who());
            if (broken != null) {
                dropped.computeIfAbsent(p.shiftId(), k -> new ArrayList<>()).add(broken);
                continue;
            }
            before.putIfAbsent(ps.id(), d.slot(ps));
            byShift.computeIfAbsent(ps.id(), k -> new ArrayList<>()).add(p);
            d.active
                    .computeIfAbsent(ps.id(), k -> new ArrayList<>())
                    .add(Assignment.of(ps.id(), p.who(), null, AssignmentSource.AUTO, null));
        }
        RosterCheck.People people = d.people();
        List<Assignment> made = new ArrayList<>();
        for (Map.Entry<UUID, List<Proposed>> e : byShift.entrySet()) {
            List<Team.Someone> adding = e.getValue().stream().map(Proposed::who).toList();
            List<RosterCheck.Problem> lacks =
                    RosterCheck.requirementsAfter(before.get(e.getKey()), adding, people);
            if (!lacks.isEmpty()) { // dropping a place never breaks another rule
                dropped.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(d.finding(lacks.get(0)).what());
                continue;
            }
            for (Team.Someone w : adding) {
                Assignment a = Assignment.of(e.getKey(), w, null, AssignmentSource.AUTO, null);
                s.assignments().insert(a);
                s.audit()
                        .record(
                                actor.name(),
                                RosterService.ASSIGNMENT,
                                a.id(),
                                Action.CREATE,
                                null,
                                a);
                made.add(a);
            }
        }
        List<Proposed> kept = new ArrayList<>();
        for (Assignment a : made) {
            kept.add(new Proposed(a.shiftId(), a.who()));
        }
        return kept;
    }

    /** Why a place can no longer be given, or {@code null}. */
    private static String refusal(StoreSession s, RosterData d, PostShift ps, Team.Someone who) {
        if (ps == null) {
            return Messages.format("autofill.changed.gone");
        }
        if (d.isPublished(ps)) {
            return Messages.format("autofill.changed.published");
        }
        if (d.people(ps.id()).contains(who)) {
            return Messages.format("autofill.changed.onShift", d.name(who));
        }
        if (d.people(ps.id()).size() >= ps.shift().headcount()) {
            return Messages.format("autofill.changed.full");
        }
        if (!Who.isOnRegister(s, who)) {
            return Messages.format("roster.skipped.notOnRegister", d.name(who));
        }
        List<RosterCheck.Problem> broken =
                RosterCheck.assigning(d.slot(ps), who, d.servedBy(who), d.availabilityOf(who));
        return broken.isEmpty() ? null : d.finding(broken.get(0)).what();
    }

    private static Report report(
            RosterData d,
            List<Proposed> kept,
            Map<UUID, AutoFill.Unfilled> gaps,
            Map<UUID, List<String>> dropped,
            int places,
            int published,
            boolean cancelled,
            boolean written,
            long t0) {
        List<Placed> filled = new ArrayList<>();
        for (Proposed p : kept) {
            PostShift ps = d.shifts.get(p.shiftId());
            filled.add(
                    new Placed(
                            ps.id(),
                            ps.shift().day(),
                            ps.shift().hours().toString(),
                            d.postLabel(d.posts.get(ps.postId())),
                            d.name(p.who()),
                            p.who()));
        }
        filled.sort(
                Comparator.comparing((Placed p) -> d.shifts.get(p.shiftId()).shift().startsAt())
                        .thenComparing(Placed::post)
                        .thenComparing(Placed::name));
        List<Open> open = new ArrayList<>();
        Set<UUID> shifts = new LinkedHashSet<>(gaps.keySet());
        shifts.addAll(dropped.keySet());
        int droppedPlaces = 0;
        for (UUID id : shifts) {
            PostShift ps = d.shifts.get(id);
            if (ps == null) { // a shift taken off since (its places are counted as dropped)
                droppedPlaces += dropped.getOrDefault(id, List.of()).size();
                continue;
            }
            AutoFill.Unfilled u = gaps.get(id);
            List<String> why = new ArrayList<>();
            int n = 0;
            if (u != null) {
                n += u.places();
                why.add(u.explanation());
            }
            List<String> changed = dropped.getOrDefault(id, List.of());
            if (!changed.isEmpty()) {
                n += changed.size();
                droppedPlaces += changed.size();
                why.add(
                        Messages.format(
                                "autofill.changed",
                                String.join(Messages.format("autofill.separator"), changed)));
            }
            open.add(
                    new Open(
                            id,
                            ps.shift().day(),
                            ps.shift().hours().toString(),
                            d.postLabel(d.posts.get(ps.postId())),
                            n,
                            String.join(Messages.format("autofill.separator"), why)));
        }
        open.sort(Comparator.comparing((Open o) -> d.shifts.get(o.shiftId()).shift().startsAt()));
        return new Report(
                filled,
                open,
                places,
                published,
                droppedPlaces,
                cancelled,
                written,
                Duration.ofNanos(System.nanoTime() - t0));
    }
}
