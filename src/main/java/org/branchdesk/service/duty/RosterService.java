package org.branchdesk.service.duty;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.Assignment;
import org.branchdesk.domain.duty.AssignmentSource;
import org.branchdesk.domain.duty.Attendance;
import org.branchdesk.domain.duty.Post;
import org.branchdesk.domain.duty.PostKind;
import org.branchdesk.domain.duty.PostShift;
import org.branchdesk.domain.duty.PublishedWeek;
import org.branchdesk.domain.duty.RosterCheck;
import org.branchdesk.domain.duty.Shift;
import org.branchdesk.domain.duty.ShiftPattern;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.registers.ShortCodes;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.duty.ShiftRepository;

/**
 * The roster: posts of the communities and compounds, their shifts generated from patterns, who
 * serves each (members and people, one by one or a whole team) with every broken rule shown at
 * once, weeks copied and published, swaps after publishing, attendance, totals, and the check of a
 * whole span. Days and times are on the office's clock.
 */
public final class RosterService {
    static final String POST = "post";
    static final String SHIFT = "shift";
    static final String ASSIGNMENT = "assignment";
    static final String WEEK = "roster_week";

    /** The longest span generated or copied at once. */
    public static final int MAX_DAYS = 366;

    private final Store store;
    private final Actor actor;
    private final Clock clock;

    /**
     * @param clock the office's clock (in its zone): every today and every now of the roster
     */
    public RosterService(Store store, Actor actor, Clock clock) {
        this.store = store;
        this.actor = actor;
        this.clock = clock;
    }

    /** The office's today. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The short form of a shift's id that lists print and commands accept: 8 hex digits. */
    public static String shortId(UUID id) {
        return id.toString().substring(0, 8);
    }

    // --- names, as the command line gives them ---------------------------------------------------

    /** A community by its name. */
    public UUID communityNamed(String name) {
        return store.read(
                s ->
                        s.communities()
                                .findByName(name == null ? "" : name.trim())
                                .map(Community::id)
                                .orElseThrow(
                                        () -> new UserError("error.roster.noSuchCommunity", name)));
    }

    /** A compound by its name within its community ({@code null} for none named). */
    public UUID compoundNamed(UUID communityId, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return store.read(
                s ->
                        s.compounds()
                                .findByName(communityId, name.trim())
                                .map(Compound::id)
                                .orElseThrow(
                                        () -> new UserError("error.roster.noSuchCompound", name)));
    }

    /** An open post by its name in a community (and compound, when given). */
    public UUID postNamed(UUID communityId, UUID compoundId, String name) {
        return store.read(
                s -> {
                    List<Post> hits =
                            s.posts().list().stream()
                                    .filter(Post::isOpen)
                                    .filter(p -> p.communityId().equals(communityId))
                                    .filter(
                                            p ->
                                                    compoundId == null
                                                            || compoundId.equals(p.compoundId()))
                                    .filter(p -> p.name().equals(name == null ? "" : name.trim()))
                                    .toList();
                    if (hits.size() == 1) {
                        return hits.get(0).id();
                    }
                    throw new UserError(
                            hits.isEmpty()
                                    ? "error.roster.noSuchPost"
                                    : "error.roster.ambiguousPost",
                            name);
                });
    }

    /**
     * A shift by its id or any start of it that is unique (lists print eight hex digits); refused
     * when none or several begin so.
     */
    public UUID shiftWithPrefix(String prefix) {
        String p = prefix == null ? "" : prefix.trim();
        if (!p.matches("[0-9a-fA-F][0-9a-fA-F-]{0,35}")) {
            throw new UserError("error.roster.badShiftId", p);
        }
        return store.read(
                s -> {
                    List<PostShift> hits = s.shifts().byPrefix(p);
                    if (hits.isEmpty()) {
                        throw new UserError("error.roster.noSuchShift", p);
                    }
                    if (hits.size() > 1) {
                        throw new UserError("error.roster.ambiguousShift", p);
                    }
                    return hits.get(0).id();
                });
    }

    /**
     * A member or a person by name (with the last four digits of the ID number when the name is not
     * unique, or the code a refusal listed); an ambiguous name is refused listing the candidates,
     * masked.
     */
    public Team.Someone someoneNamed(String nameOrCode, String idTail) {
        return store.read(s -> Who.named(s, nameOrCode, idTail));
    }

    /**
     * A team serving now, by name (or the code a refusal listed); when teams of several communities
     * share the name, the one of the shift's community or compound.
     */
    public UUID teamNamed(String nameOrCode, UUID shiftId) {
        return store.read(
                s -> {
                    String n = nameOrCode == null ? "" : nameOrCode.trim();
                    List<Team> hits =
                            s.teams().list().stream()
                                    .filter(Team::isActive)
                                    .filter(
                                            t ->
                                                    t.name().equals(n)
                                                            || ShortCodes.of('T', t.id())
                                                                    .equalsIgnoreCase(n))
                                    .toList();
                    if (hits.size() > 1 && shiftId != null) {
                        Post post =
                                s.shifts()
                                        .find(shiftId)
                                        .flatMap(ps -> s.posts().find(ps.postId()))
                                        .orElse(null);
                        List<Team> near =
                                hits.stream()
                                        .filter(
                                                t ->
                                                        post != null
                                                                && t.communityId()
                                                                        .equals(post.communityId()))
                                        .toList();
                        hits = near.isEmpty() ? hits : near;
                    }
                    if (hits.size() == 1) {
                        return hits.get(0).id();
                    }
                    if (hits.isEmpty()) {
                        throw new UserError("error.roster.noSuchTeam", n);
                    }
                    List<String> lines = new ArrayList<>();
                    for (Team t : hits) {
                        lines.add(
                                Messages.format(
                                        "roster.candidate.team",
                                        ShortCodes.of('T', t.id()),
                                        t.name(),
                                        s.communities()
                                                .find(t.communityId())
                                                .map(Community::name)
                                                .orElse("")));
                    }
                    throw new UserError("error.roster.ambiguousTeam", n, String.join("\n", lines));
                });
    }

    // --- posts -----------------------------------------------------------------------------------

    /** A post as a clerk sets it up. */
    public record NewPost(
            UUID communityId,
            UUID compoundId,
            PostKind kind,
            String name,
            Integer headcount,
            boolean needsPartyMember,
            String needsTag) {}

    /**
     * Sets up a post; refused, naming the field, when a rule forbids it or the community or
     * compound already has an open post of that name.
     */
    public Post addPost(NewPost f) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    Post p =
                            Post.of(
                                    UUID.randomUUID(),
                                    f.communityId(),
                                    f.compoundId(),
                                    f.kind(),
                                    f.name(),
                                    f.headcount(),
                                    f.needsPartyMember(),
                                    f.needsTag());
                    if (s.communities().find(p.communityId()).isEmpty()) {
                        throw new ValidationError("field.post.community", "rule.post.noCommunity");
                    }
                    if (p.compoundId() != null
                            && s.compounds()
                                    .find(p.compoundId())
                                    .filter(c -> c.communityId().equals(p.communityId()))
                                    .isEmpty()) {
                        throw new ValidationError(
                                "field.post.compound", "rule.post.compoundElsewhere");
                    }
                    boolean taken =
                            s.posts().list().stream()
                                    .filter(Post::isOpen)
                                    .anyMatch(
                                            o ->
                                                    o.communityId().equals(p.communityId())
                                                            && Objects.equals(
                                                                    o.compoundId(), p.compoundId())
                                                            && o.name().equals(p.name()));
                    if (taken) {
                        throw new ValidationError("field.post.name", "rule.post.nameTaken");
                    }
                    s.posts().insert(p);
                    s.audit().record(actor.name(), POST, p.id(), Action.CREATE, null, p);
                    return p;
                });
    }

    /**
     * Closes a post from a day on: its shifts from that day are off the roster. Refused while
     * someone is on one of them (take them off, or swap them out, first).
     */
    public Post closePost(UUID id, LocalDate on) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    if (on == null) {
                        throw new ValidationError("field.post.closedOn", "rule.required");
                    }
                    Post before =
                            s.posts()
                                    .find(id)
                                    .orElseThrow(() -> new UserError("error.post.notFound"));
                    if (!before.isOpen()) {
                        throw new UserError("error.post.alreadyClosed", before.closedOn());
                    }
                    LocalDate last = s.shifts().span().map(d -> d[1]).orElse(on);
                    long serving =
                            last.isBefore(on)
                                    ? 0
                                    : s.assignments().between(on, last).stream()
                                            .filter(Assignment::isActive)
                                            .filter(
                                                    a ->
                                                            s.shifts()
                                                                    .find(a.shiftId())
                                                                    .filter(
                                                                            ps ->
                                                                                    ps.postId()
                                                                                            .equals(
                                                                                                    id))
                                                                    .isPresent())
                                            .count();
                    if (serving > 0) {
                        throw new UserError("error.post.stillServed", serving, on);
                    }
                    Post after = before.closed(on);
                    s.posts().close(id, on);
                    s.audit().record(actor.name(), POST, id, Action.UPDATE, before, after);
                    return after;
                });
    }

    /** A post as lists show it. */
    public record PostLine(Post post, String community, String compound) {}

    /**
     * The posts of a community (and compound, when given; all communities when {@code null}); with
     * {@code all}, closed ones too. By community, compound and name.
     */
    public List<PostLine> posts(UUID communityId, UUID compoundId, boolean all) {
        return store.read(
                s -> {
                    Map<UUID, String> communities = new LinkedHashMap<>();
                    s.communities().list().forEach(c -> communities.put(c.id(), c.name()));
                    Map<UUID, String> compounds = new LinkedHashMap<>();
                    s.compounds().list().forEach(c -> compounds.put(c.id(), c.name()));
                    return s.posts().list().stream()
                            .filter(p -> all || p.isOpen())
                            .filter(p -> inScope(p, communityId, compoundId))
                            .map(
                                    p ->
                                            new PostLine(
                                                    p,
                                                    communities.getOrDefault(p.communityId(), ""),
                                                    p.compoundId() == null
                                                            ? ""
                                                            : compounds.getOrDefault(
                                                                    p.compoundId(), "")))
                            .sorted(
                                    Comparator.comparing(PostLine::community)
                                            .thenComparing(PostLine::compound)
                                            .thenComparing(l -> l.post().name()))
                            .toList();
                });
    }

    /** Whether a post is in a community (every one when {@code null}) and compound (any). */
    static boolean inScope(Post p, UUID communityId, UUID compoundId) {
        return (communityId == null || p.communityId().equals(communityId))
                && (compoundId == null || compoundId.equals(p.compoundId()));
    }

    // --- shifts ----------------------------------------------------------------------------------

    /**
     * What generating shifts did: posts it went through, shifts made, shifts that were there
     * already (same post, day and start), and days of published weeks left alone.
     */
    public record Generated(int posts, int created, int existing, int published) {}

    /**
     * Makes the shifts of a post, or of every open post of a community or compound, for each day
     * from one date to another by the patterns ({@link ShiftPattern#DEFAULT} when none): one shift
     * per pattern a day, each needing the post's headcount. Running it again makes nothing twice; a
     * published week gets no new shifts.
     */
    public Generated generate(
            UUID communityId,
            UUID compoundId,
            UUID postId,
            LocalDate from,
            LocalDate to,
            List<ShiftPattern> patterns) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    span(from, to);
                    List<ShiftPattern> hours =
                            patterns == null || patterns.isEmpty()
                                    ? ShiftPattern.DEFAULT
                                    : patterns;
                    List<Post> posts =
                            s.posts().list().stream()
                                    .filter(p -> inScope(p, communityId, compoundId))
                                    .filter(p -> postId == null || p.id().equals(postId))
                                    .filter(p -> p.isOpenOn(from))
                                    .toList();
                    if (posts.isEmpty()) {
                        throw new UserError("error.roster.noPosts");
                    }
                    Set<UUID> ids = new HashSet<>();
                    posts.forEach(p -> ids.add(p.id()));
                    Set<String> existing = s.shifts().keys(ids, from, to);
                    List<PublishedWeek> published =
                            s.rosterWeeks().between(Shift.mondayOf(from), Shift.mondayOf(to));
                    List<PostShift> made = new ArrayList<>();
                    int there = 0;
                    int leftAlone = 0;
                    for (Post p : posts) {
                        for (Shift sh : Shift.generate(hours, from, to, p.headcount())) {
                            if (!p.isOpenOn(sh.day())) {
                                continue;
                            }
                            if (existing.contains(
                                    ShiftRepository.key(p.id(), sh.day(), sh.hours().start()))) {
                                there++;
                            } else if (published.stream().anyMatch(w -> w.covers(p, sh.day()))) {
                                leftAlone++;
                            } else {
                                made.add(new PostShift(UUID.randomUUID(), p.id(), sh));
                            }
                        }
                    }
                    s.shifts().insertAll(made);
                    s.audit().recordAll(actor.name(), SHIFT, Action.CREATE, made);
                    return new Generated(posts.size(), made.size(), there, leftAlone);
                });
    }

    /**
     * Fills the open places of the span's unpublished shifts with the auto-fill ({@link
     * RosterAutoFill}) and, unless a dry run, writes them as automatic assignments in one
     * transaction. Refused before the search for a role that may not edit.
     *
     * @param limit the longest the search may take ({@link AutoFill#DEFAULT_LIMIT} by default)
     * @param progress told about ten times a second, from another thread
     * @param cancelled polled as often; true stops the search with the best roster so far
     */
    public RosterAutoFill.Report autofill(
            LocalDate from,
            LocalDate to,
            Duration limit,
            boolean dryRun,
            Consumer<AutoFill.Progress> progress,
            BooleanSupplier cancelled) {
        return autofill(from, to, null, limit, dryRun, progress, cancelled);
    }

    /**
     * As {@link #autofill(LocalDate, LocalDate, Duration, boolean, Consumer, BooleanSupplier)}, for
     * one community's shifts only ({@code null}: every community's).
     */
    public RosterAutoFill.Report autofill(
            LocalDate from,
            LocalDate to,
            UUID community,
            Duration limit,
            boolean dryRun,
            Consumer<AutoFill.Progress> progress,
            BooleanSupplier cancelled) {
        return new RosterAutoFill(store, actor, new AutoFill())
                .run(from, to, community, limit, dryRun, progress, cancelled);
    }

    /**
     * Writes the places a dry run of the auto-fill showed ({@link RosterAutoFill.Report#filled()}),
     * as automatic assignments in one transaction, without searching again: the clerk gets what
     * they were shown. Each place is checked once more against the roster as it is now; one that
     * now breaks a rule (or whose week was published meanwhile) stays open, with why.
     */
    public RosterAutoFill.Report applyAutofill(
            LocalDate from, LocalDate to, List<RosterAutoFill.Placed> places) {
        return new RosterAutoFill(store, actor, new AutoFill()).apply(from, to, places);
    }

    /** A span of days a clerk gives: both ends, in order, not longer than {@link #MAX_DAYS}. */
    static void span(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new ValidationError("field.roster.from", "rule.required");
        }
        if (to == null) {
            throw new ValidationError("field.roster.to", "rule.required");
        }
        if (to.isBefore(from)) {
            throw new ValidationError("field.roster.to", "rule.roster.toBeforeFrom");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new ValidationError("field.roster.to", "rule.roster.spanTooLong", MAX_DAYS);
        }
    }

    /** A shift as lists show it: where, and who serves it. */
    public record ShiftLine(
            PostShift shift, Post post, String place, List<String> people, boolean published) {}

    /**
     * The shifts on the roster from one day to another, of a community (and compound), or of all
     * when {@code null}; in time order.
     */
    public List<ShiftLine> shifts(LocalDate from, LocalDate to, UUID communityId, UUID compoundId) {
        span(from, to);
        return store.read(
                s -> {
                    RosterData d = RosterData.load(s, from, to, List.of());
                    List<ShiftLine> out = new ArrayList<>();
                    for (PostShift ps : d.shifts.values()) {
                        Post p = d.posts.get(ps.postId());
                        if (!inScope(p, communityId, compoundId)) {
                            continue;
                        }
                        out.add(
                                new ShiftLine(
                                        ps,
                                        p,
                                        d.postLabel(p),
                                        d.people(ps.id()).stream().map(d::name).toList(),
                                        d.isPublished(ps)));
                    }
                    return out;
                });
    }

    /** A shift short of its headcount, with how many places are open. */
    public record OpenShift(ShiftLine line, int open) {}

    /**
     * This week's open slots (概览): the shifts of the office's current week, Monday to Sunday on its
     * clock, with fewer people than their headcount, of every community, in time order.
     */
    public List<OpenShift> openThisWeek() {
        LocalDate monday = Shift.mondayOf(today());
        List<OpenShift> out = new ArrayList<>();
        for (ShiftLine l : shifts(monday, monday.plusDays(6), null, null)) {
            int open = l.shift().shift().headcount() - l.people().size();
            if (open > 0) {
                out.add(new OpenShift(l, open));
            }
        }
        return out;
    }

    // --- who serves ------------------------------------------------------------------------------

    /**
     * What putting people on a shift would do: who would be added, who not and why (already on it,
     * not on a register), and every rule it would break.
     */
    public record Preview(
            UUID shiftId, List<Team.Someone> adding, List<String> skipped, List<Finding> broken) {
        public boolean breaksNoRule() {
            return broken.isEmpty();
        }
    }

    /**
     * The live check of putting members or people on a shift (nothing is written): every rule each
     * would break, and what the shift would still lack once full.
     */
    public Preview preview(UUID shiftId, List<Team.Someone> who) {
        return store.read(s -> plan(s, shiftId, who, null).preview());
    }

    /** As {@link #preview}, for each member of a team. */
    public Preview previewTeam(UUID shiftId, UUID teamId) {
        return store.read(s -> plan(s, shiftId, teamMembers(s, teamId), null).preview());
    }

    /** What an assignment did: who was put on, who not and why, and the rules overridden. */
    public record Assigned(List<Assignment> made, List<String> skipped, List<Finding> overridden) {}

    /**
     * Puts a member or a person on a shift. A broken rule is refused, every one listed, unless an
     * override reason is given, which is recorded. Refused on a published week (swap instead).
     */
    public Assigned assign(UUID shiftId, Team.Someone who, String override) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> commit(s, plan(s, shiftId, List.of(who), null), null, override));
    }

    /**
     * As {@link #assign}, each member of a team (those on the shift already are left as they are).
     */
    public Assigned assignTeam(UUID shiftId, UUID teamId, String override) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> commit(s, plan(s, shiftId, teamMembers(s, teamId), null), teamId, override));
    }

    private static List<Team.Someone> teamMembers(StoreSession s, UUID teamId) {
        return s.teams().list().stream()
                .filter(t -> t.id().equals(teamId) && t.isActive())
                .findFirst()
                .orElseThrow(() -> new UserError("error.team.notFound"))
                .members();
    }

    /** People about to be put on a shift, checked against the roster around it. */
    private record Plan(
            RosterData data,
            PostShift target,
            List<Team.Someone> adding,
            List<String> skipped,
            List<Finding> broken) {
        Preview preview() {
            return new Preview(target.id(), adding, skipped, broken);
        }
    }

    /**
     * Reads the roster around a shift (two days either side and its whole week) and checks putting
     * {@code candidates} on it, {@code leaving} taken off it first (a swap).
     */
    private Plan plan(
            StoreSession s, UUID shiftId, List<Team.Someone> candidates, Team.Someone leaving) {
        PostShift target =
                s.shifts()
                        .find(shiftId)
                        .orElseThrow(
                                () -> new UserError("error.roster.noSuchShift", shortId(shiftId)));
        List<Team.Someone> known = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Team.Someone c : candidates) {
            try {
                Team.Someone w = Who.onRegister(s, c);
                if (!known.contains(w)) {
                    known.add(w);
                }
            } catch (UserError e) {
                skipped.add(Messages.format("roster.skipped.notOnRegister", nameOf(s, c)));
            }
        }
        RosterData d = around(s, target.shift().day(), known);
        if (leaving != null) {
            List<Assignment> on = d.active.getOrDefault(shiftId, new ArrayList<>());
            on.removeIf(a -> a.who().equals(leaving));
        }
        List<Team.Someone> adding = new ArrayList<>();
        for (Team.Someone w : known) {
            if (d.people(shiftId).contains(w)) {
                skipped.add(Messages.format("roster.skipped.onShift", d.name(w)));
            } else {
                adding.add(w);
            }
        }
        RosterCheck.Slot slot = d.slot(target);
        List<Finding> broken = new ArrayList<>();
        for (Team.Someone w : adding) {
            RosterCheck.assigning(slot, w, d.servedBy(w), d.availabilityOf(w)).stream()
                    .map(d::finding)
                    .forEach(broken::add);
        }
        if (!adding.isEmpty()) {
            RosterCheck.requirementsAfter(slot, adding, d.people()).stream()
                    .map(d::finding)
                    .forEach(broken::add);
        }
        return new Plan(d, target, adding, skipped, broken);
    }

    /** The roster from two days before a day's week to two days after it. */
    static RosterData around(StoreSession s, LocalDate day, List<Team.Someone> also) {
        LocalDate monday = Shift.mondayOf(day);
        return RosterData.load(s, monday.minusDays(2), monday.plusDays(8), also);
    }

    /** A name for a refusal, also of someone no longer on the register. */
    private static String nameOf(StoreSession s, Team.Someone who) {
        return who.isMember()
                ? s.members().find(who.memberId()).map(m -> m.name()).orElse("?")
                : s.people().find(who.personId()).map(p -> p.name()).orElse("?");
    }

    private Assigned commit(StoreSession s, Plan plan, UUID teamId, String override) {
        if (plan.data().isPublished(plan.target())) {
            throw new UserError("error.roster.published", plan.data().where(plan.target().id()));
        }
        if (plan.adding().isEmpty()) {
            throw new UserError("error.roster.nobodyToAdd", String.join("；", plan.skipped()));
        }
        String reason = overridden(plan.broken(), override);
        List<Assignment> made = new ArrayList<>();
        for (Team.Someone w : plan.adding()) {
            Assignment a =
                    Assignment.of(
                            plan.target().id(),
                            w,
                            teamId,
                            teamId == null ? AssignmentSource.MANUAL : AssignmentSource.TEAM,
                            reason);
            s.assignments().insert(a);
            s.audit().record(actor.name(), ASSIGNMENT, a.id(), Action.CREATE, null, a);
            made.add(a);
        }
        return new Assigned(made, plan.skipped(), plan.broken());
    }

    /**
     * The override reason to record: none when nothing is broken; refused, listing every broken
     * rule, when something is and no reason is given.
     */
    private static String overridden(List<Finding> broken, String override) {
        if (broken.isEmpty()) {
            return null;
        }
        if (override == null || override.isBlank()) {
            throw new UserError(
                    "error.roster.broken",
                    String.join("\n", broken.stream().map(Finding::line).toList()));
        }
        return Assignment.requireReason("field.roster.override", override);
    }

    /** Takes someone off a shift of a week not yet published (after publishing, swap). */
    public Assignment unassign(UUID shiftId, Team.Someone who) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    Plan plan = plan(s, shiftId, List.of(), null);
                    RosterData d = plan.data();
                    if (d.isPublished(plan.target())) {
                        throw new UserError("error.roster.published", d.where(shiftId));
                    }
                    Assignment a = onShift(s, d, shiftId, who);
                    if (a.attendance() != null) {
                        throw new UserError("error.roster.attended", d.name(a.who()));
                    }
                    s.assignments().delete(a.id());
                    s.audit().record(actor.name(), ASSIGNMENT, a.id(), Action.DELETE, a, null);
                    return a;
                });
    }

    /** Someone's assignment on a shift now; refused when they are not on it. */
    private static Assignment onShift(
            StoreSession s, RosterData d, UUID shiftId, Team.Someone who) {
        Team.Someone w = Who.isOnRegister(s, who) ? Who.onRegister(s, who) : who;
        return d.active.getOrDefault(shiftId, List.of()).stream()
                .filter(a -> a.who().equals(w))
                .findFirst()
                .orElseThrow(
                        () ->
                                new UserError(
                                        "error.roster.notOnShift",
                                        nameOf(s, who),
                                        d.where(shiftId)));
    }

    // --- weeks -----------------------------------------------------------------------------------

    /**
     * Publishes a week (any day of it) of a community's roster, or of one compound's: from then on
     * its changes are swaps with a reason. Refused when already published or without shifts.
     */
    public PublishedWeek publish(UUID communityId, UUID compoundId, LocalDate anyDay) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    LocalDate monday = week(s, communityId, compoundId, anyDay);
                    RosterData d = RosterData.load(s, monday, monday.plusDays(6), List.of());
                    boolean done =
                            d.published.stream()
                                    .anyMatch(
                                            w ->
                                                    w.communityId().equals(communityId)
                                                            && (w.compoundId() == null
                                                                    || w.compoundId()
                                                                            .equals(compoundId)));
                    if (done) {
                        throw new UserError(
                                "error.roster.alreadyPublished",
                                d.scopeName(communityId, compoundId),
                                monday);
                    }
                    boolean any =
                            d.shifts.values().stream()
                                    .anyMatch(
                                            ps ->
                                                    inScope(
                                                            d.posts.get(ps.postId()),
                                                            communityId,
                                                            compoundId));
                    if (!any) {
                        throw new UserError(
                                "error.roster.nothingToPublish",
                                d.scopeName(communityId, compoundId),
                                monday);
                    }
                    PublishedWeek w =
                            new PublishedWeek(
                                    UUID.randomUUID(),
                                    communityId,
                                    compoundId,
                                    monday,
                                    clock.instant(),
                                    actor.name());
                    s.rosterWeeks().insert(w);
                    s.audit().record(actor.name(), WEEK, w.id(), Action.CREATE, null, w);
                    return w;
                });
    }

    /**
     * The publication of a week (any day of it) of a community's roster or a compound's: the
     * subject of its roster notice. Refused while the week is not published.
     */
    public UUID publishedWeek(UUID communityId, UUID compoundId, LocalDate anyDay) {
        return store.read(
                s -> {
                    LocalDate monday = week(s, communityId, compoundId, anyDay);
                    return s.rosterWeeks().between(monday, monday).stream()
                            .filter(w -> w.communityId().equals(communityId))
                            .filter(w -> Objects.equals(w.compoundId(), compoundId))
                            .map(PublishedWeek::id)
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            new UserError(
                                                    "error.roster.notPublished",
                                                    RosterData.load(s, monday, monday, List.of())
                                                            .scopeName(communityId, compoundId),
                                                    monday));
                });
    }

    /** Hours as a clerk reads them: {@code 9}, {@code 7.5}. */
    public static String hours(Duration d) {
        return RosterTotals.hours(d);
    }

    /** The Monday of a day's week, the community and compound checked. */
    private static LocalDate week(
            StoreSession s, UUID communityId, UUID compoundId, LocalDate anyDay) {
        if (anyDay == null) {
            throw new ValidationError("field.roster.week", "rule.required");
        }
        if (communityId == null || s.communities().find(communityId).isEmpty()) {
            throw new ValidationError("field.post.community", "rule.post.noCommunity");
        }
        if (compoundId != null
                && s.compounds()
                        .find(compoundId)
                        .filter(c -> c.communityId().equals(communityId))
                        .isEmpty()) {
            throw new ValidationError("field.post.compound", "rule.post.compoundElsewhere");
        }
        return Shift.mondayOf(anyDay);
    }

    /** Someone the copy of a week left out, and why. */
    public record Skipped(String where, String name, String why) {}

    /** What copying a week did. */
    public record Copied(
            LocalDate monday,
            int copied,
            int shiftsMade,
            int alreadyThere,
            List<Skipped> skipped) {}

    /**
     * Copies the week before into a week (any day of it) of a community's posts or a compound's:
     * each assignment to the same post's shift on the same weekday and hours (the shift made when
     * missing). Whoever is no longer on a register, cannot serve then, or would break another rule
     * is left out and reported. Refused on a published week.
     */
    public Copied copyWeek(UUID communityId, UUID compoundId, LocalDate anyDay) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    LocalDate monday = week(s, communityId, compoundId, anyDay);
                    LocalDate before = monday.minusDays(7);
                    RosterData d =
                            RosterData.load(s, before.minusDays(2), monday.plusDays(8), List.of());
                    List<PostShift> source =
                            d.shifts.values().stream()
                                    .filter(ps -> ps.shift().weekStart().equals(before))
                                    .filter(
                                            ps ->
                                                    inScope(
                                                            d.posts.get(ps.postId()),
                                                            communityId,
                                                            compoundId))
                                    .filter(ps -> !d.people(ps.id()).isEmpty())
                                    .toList();
                    if (source.isEmpty()) {
                        throw new UserError(
                                "error.roster.nothingToCopy",
                                d.scopeName(communityId, compoundId),
                                before);
                    }
                    return new WeekCopy(s, d, actor.name()).copy(source, monday);
                });
    }

    // --- after publishing ------------------------------------------------------------------------

    /** What a swap did: who was taken off (with the reason), who came, and the rules overridden. */
    public record Swapped(Assignment out, Assignment in, List<Finding> overridden) {}

    /**
     * A change to a shift, with its reason: someone taken off ({@code out}), someone put on ({@code
     * in}), or one for the other. The withdrawn assignment stays on record, and the replacement
     * points to it. The one who comes is checked like any assignment.
     */
    public Swapped swap(
            UUID shiftId, Team.Someone out, Team.Someone in, String reason, String override) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    String why = Assignment.requireReason("field.roster.reason", reason);
                    if (out == null && in == null) {
                        throw new UserError("error.roster.swapNeedsSomeone");
                    }
                    Plan plan = plan(s, shiftId, in == null ? List.of() : List.of(in), null);
                    Assignment leaving = out == null ? null : onShift(s, plan.data(), shiftId, out);
                    if (leaving != null) {
                        if (leaving.attendance() != null) {
                            throw new UserError(
                                    "error.roster.attended", plan.data().name(leaving.who()));
                        }
                        if (in != null
                                && Who.isOnRegister(s, in)
                                && Who.onRegister(s, in).equals(leaving.who())) {
                            throw new UserError("error.roster.swapSamePerson");
                        }
                        plan =
                                plan(
                                        s,
                                        shiftId,
                                        in == null ? List.of() : List.of(in),
                                        leaving.who());
                    }
                    if (in != null && plan.adding().isEmpty()) {
                        throw new UserError(
                                "error.roster.nobodyToAdd", String.join("；", plan.skipped()));
                    }
                    String overrideReason = in == null ? null : overridden(plan.broken(), override);
                    Assignment withdrawn = null;
                    if (leaving != null) {
                        withdrawn = leaving.withdrawn(clock.instant(), why);
                        s.assignments().update(withdrawn);
                        s.audit()
                                .record(
                                        actor.name(),
                                        ASSIGNMENT,
                                        leaving.id(),
                                        Action.UPDATE,
                                        leaving,
                                        withdrawn);
                    }
                    Assignment coming = null;
                    if (in != null) {
                        coming =
                                new Assignment(
                                        UUID.randomUUID(),
                                        shiftId,
                                        plan.adding().get(0),
                                        null,
                                        AssignmentSource.MANUAL,
                                        overrideReason,
                                        leaving == null ? null : leaving.id(),
                                        why,
                                        null,
                                        null,
                                        null);
                        s.assignments().insert(coming);
                        s.audit()
                                .record(
                                        actor.name(),
                                        ASSIGNMENT,
                                        coming.id(),
                                        Action.CREATE,
                                        null,
                                        coming);
                    }
                    return new Swapped(withdrawn, coming, in == null ? List.of() : plan.broken());
                });
    }

    /**
     * Records whether someone on a shift served it: present, absent, or substituted by another
     * member or person ({@code by}). Only once the shift has begun, on the office's clock.
     */
    public Assignment attend(UUID shiftId, Team.Someone who, Attendance status, Team.Someone by) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    if (status == null) {
                        throw new ValidationError("field.roster.attendance", "rule.required");
                    }
                    Plan plan = plan(s, shiftId, List.of(), null);
                    RosterData d = plan.data();
                    if (LocalDateTime.now(clock).isBefore(plan.target().shift().startsAt())) {
                        throw new UserError("error.roster.notStarted", d.where(shiftId));
                    }
                    Assignment before = onShift(s, d, shiftId, who);
                    Team.Someone substitute = null;
                    if (status == Attendance.SUBSTITUTED) {
                        if (by == null) {
                            throw new ValidationError("field.roster.substitute", "rule.required");
                        }
                        substitute = Who.onRegister(s, by);
                        if (substitute.equals(before.who())
                                || d.people(shiftId).contains(substitute)) {
                            throw new ValidationError(
                                    "field.roster.substitute", "rule.roster.substituteOnShift");
                        }
                    } else if (by != null) {
                        throw new ValidationError(
                                "field.roster.substitute",
                                "rule.roster.substituteOnlyIfSubstituted");
                    }
                    Assignment after = before.attended(status, substitute);
                    s.assignments().update(after);
                    s.audit()
                            .record(
                                    actor.name(),
                                    ASSIGNMENT,
                                    after.id(),
                                    Action.UPDATE,
                                    before,
                                    after);
                    return after;
                });
    }

    // --- reading the roster ----------------------------------------------------------------------

    /**
     * Someone's shifts and hours over a span: assigned, and, as attendance was recorded, present,
     * absent, substituted (someone served in their place) and substituting (they served in
     * another's). Served hours are their own present shifts and those they substituted in.
     */
    public record Totals(
            Team.Someone who,
            String name,
            int shifts,
            Duration hours,
            int present,
            int absent,
            int substituted,
            int substituting,
            Duration servedHours) {}

    /** Everyone's totals over a span, by name. */
    public List<Totals> totals(LocalDate from, LocalDate to) {
        span(from, to);
        return store.read(s -> RosterTotals.of(RosterData.load(s, from, to, List.of())));
    }

    /**
     * Every broken rule of the roster from one day to another (the whole roster when either is
     * {@code null}): overlaps, too little rest, unavailable, over a week's maximum, too few people,
     * a requirement not met. In time order.
     */
    public List<Finding> check(LocalDate from, LocalDate to) {
        return store.read(
                s -> {
                    LocalDate[] all = s.shifts().span().orElse(null);
                    if (all == null) {
                        return List.of();
                    }
                    LocalDate a = from == null ? all[0] : from;
                    LocalDate b = to == null ? all[1] : to;
                    if ((from == null || to == null) && b.isBefore(a)) {
                        return List.of(); // asked from after the last shift, or to before the first
                    }
                    span(a, b);
                    LocalDate monday = Shift.mondayOf(a);
                    RosterData d =
                            RosterData.load(
                                    s,
                                    monday.minusDays(2),
                                    Shift.mondayOf(b).plusDays(8),
                                    List.of());
                    return d.problems().stream()
                            .filter(p -> concerns(d, p, a, b))
                            .map(d::finding)
                            .toList();
                });
    }

    /** Whether a problem concerns a span: one of its shifts is in it, or its week overlaps it. */
    private static boolean concerns(RosterData d, RosterCheck.Problem p, LocalDate a, LocalDate b) {
        if (within(d, p.shiftId(), a, b)
                || p.otherShiftId() != null && within(d, p.otherShiftId(), a, b)) {
            return true;
        }
        LocalDate monday = d.shifts.get(p.shiftId()).shift().weekStart();
        return p.rule() == RosterCheck.Rule.OVER_WEEKLY_MAX
                && !monday.isAfter(b)
                && !monday.plusDays(6).isBefore(a);
    }

    private static boolean within(RosterData d, UUID shiftId, LocalDate a, LocalDate b) {
        LocalDate day = d.shifts.get(shiftId).shift().day();
        return !day.isBefore(a) && !day.isAfter(b);
    }

    /**
     * The week (any day of it) of a community's roster, or of a compound's, as the week grid and
     * the printed roster show it.
     */
    public RosterWeek week(UUID communityId, UUID compoundId, LocalDate anyDay) {
        return store.read(
                s -> {
                    LocalDate monday = week(s, communityId, compoundId, anyDay);
                    RosterData d = around(s, monday, List.of());
                    return RosterWeeks.of(d, communityId, compoundId, monday, today());
                });
    }
}
