package org.branchdesk.service.duty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.duty.Assignment;
import org.branchdesk.domain.duty.Availability;
import org.branchdesk.domain.duty.DutyLimit;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.Post;
import org.branchdesk.domain.duty.PostShift;
import org.branchdesk.domain.duty.PublishedWeek;
import org.branchdesk.domain.duty.RosterCheck;
import org.branchdesk.domain.duty.RosterRules;
import org.branchdesk.domain.duty.Shift;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.duty.Unavailability;
import org.branchdesk.domain.members.Member;
import org.branchdesk.store.StoreSession;

/**
 * The roster of a span of days as the rules see it, read in one go: the shifts on the roster, who
 * is on each (withdrawn assignments apart), the published weeks, everyone's limits, unavailable
 * times and what they bring to a shift, and the names to show. Every use case of the roster reads
 * it the same way, so {@code roster check}, the week grid and the live check agree.
 */
final class RosterData {
    final LocalDate from;
    final LocalDate to;
    final Map<UUID, Post> posts = new HashMap<>();
    final Map<UUID, PostShift> shifts = new LinkedHashMap<>();
    final Map<UUID, List<Assignment>> active = new HashMap<>();
    final Map<UUID, List<Assignment>> withdrawn = new HashMap<>();
    final List<PublishedWeek> published;
    final Map<UUID, String> communities = new HashMap<>();
    final Map<UUID, String> compounds = new HashMap<>();
    private final Map<Team.Someone, Availability> availability = new HashMap<>();
    private final Map<Team.Someone, RosterRules.OnShift> facts = new HashMap<>();
    private final Map<Team.Someone, String> names = new HashMap<>();
    private final Map<Team.Someone, List<Unavailability>> periods = new HashMap<>();
    private final Map<UUID, String> teams = new HashMap<>();

    private RosterData(LocalDate from, LocalDate to, List<PublishedWeek> published) {
        this.from = from;
        this.to = to;
        this.published = published;
    }

    /**
     * The roster from one day to another (both included), and what is known of everyone on it and
     * of {@code also} (people about to be put on it).
     */
    static RosterData load(
            StoreSession s, LocalDate from, LocalDate to, Collection<Team.Someone> also) {
        RosterData d =
                new RosterData(
                        from,
                        to,
                        s.rosterWeeks().between(Shift.mondayOf(from), Shift.mondayOf(to)));
        s.posts().list().forEach(p -> d.posts.put(p.id(), p));
        s.shifts().between(from, to).forEach(p -> d.shifts.put(p.id(), p));
        Set<Team.Someone> people = new HashSet<>(also);
        for (Assignment a : s.assignments().between(from, to)) {
            if (!d.shifts.containsKey(a.shiftId())) {
                continue; // a closed post's shift, off the roster
            }
            (a.isActive() ? d.active : d.withdrawn)
                    .computeIfAbsent(a.shiftId(), k -> new ArrayList<>())
                    .add(a);
            people.add(a.who());
            if (a.substitute() != null) {
                people.add(a.substitute());
            }
        }
        s.communities().list().forEach(c -> d.communities.put(c.id(), c.name()));
        s.compounds().list().forEach(c -> d.compounds.put(c.id(), c.name()));
        s.teams().list().forEach(t -> d.teams.put(t.id(), t.name()));
        d.know(s, people);
        return d;
    }

    /** Reads the names, facts, limits and unavailable times of some people. */
    private void know(StoreSession s, Set<Team.Someone> people) {
        Map<UUID, Member> members = new HashMap<>();
        Set<UUID> memberIds = new HashSet<>();
        Map<UUID, Person> persons = new HashMap<>();
        Map<UUID, Person> byMember = new HashMap<>();
        for (Person p : s.people().list()) {
            persons.put(p.id(), p);
            if (p.memberId() != null) {
                memberIds.add(p.memberId());
                if (p.isActive()) {
                    byMember.put(p.memberId(), p);
                }
            }
        }
        people.stream().filter(Team.Someone::isMember).forEach(w -> memberIds.add(w.memberId()));
        if (!memberIds.isEmpty()) {
            s.members().findAll(memberIds).forEach(m -> members.put(m.id(), m));
        }
        Map<Team.Someone, DutyLimit> limits = s.availability().limits();
        for (Unavailability u :
                s.availability()
                        .periods(from.minusDays(2).atStartOfDay(), to.plusDays(3).atStartOfDay())) {
            periods.computeIfAbsent(u.who(), k -> new ArrayList<>()).add(u);
        }
        for (Team.Someone who : people) {
            Member m =
                    who.isMember()
                            ? members.get(who.memberId())
                            : memberOfPerson(persons.get(who.personId()), members);
            Person p = who.isMember() ? null : persons.get(who.personId());
            names.put(who, m != null && who.isMember() ? m.name() : p == null ? "?" : p.name());
            facts.put(who, onShift(m, who.isMember() ? byMember.get(who.memberId()) : p));
            List<Availability.Period> off =
                    periods.getOrDefault(who, List.of()).stream()
                            .map(Unavailability::period)
                            .toList();
            availability.put(who, limits.getOrDefault(who, DutyLimit.DEFAULT).with(off));
        }
    }

    private static Member memberOfPerson(Person p, Map<UUID, Member> members) {
        return p == null || p.memberId() == null ? null : members.get(p.memberId());
    }

    /** What someone brings to a shift, from their member record and people register line. */
    private static RosterRules.OnShift onShift(Member m, Person p) {
        return RosterRules.OnShift.of(
                m != null, m == null ? null : m.tags(), p == null ? null : p.tags());
    }

    // --- as the rules see it ---------------------------------------------------------------------

    RosterCheck.Slot slot(PostShift ps) {
        Post post = posts.get(ps.postId());
        return new RosterCheck.Slot(
                ps.id(), ps.shift(), post.needsPartyMember(), post.needsTag(), people(ps.id()));
    }

    List<RosterCheck.Slot> slots() {
        return shifts.values().stream().map(this::slot).toList();
    }

    /** Who is on a shift now, in the order they were put there. */
    List<Team.Someone> people(UUID shiftId) {
        return active.getOrDefault(shiftId, List.of()).stream().map(Assignment::who).toList();
    }

    /** The shifts someone serves in the span. */
    List<RosterCheck.Slot> servedBy(Team.Someone who) {
        List<RosterCheck.Slot> out = new ArrayList<>();
        for (PostShift ps : shifts.values()) {
            if (people(ps.id()).contains(who)) {
                out.add(slot(ps));
            }
        }
        return out;
    }

    RosterCheck.People people() {
        return new RosterCheck.People(availability, facts);
    }

    /** What someone brings to a shift (a party member, tags). */
    RosterRules.OnShift factsOf(Team.Someone who) {
        return facts.getOrDefault(who, new RosterRules.OnShift(false, Set.of()));
    }

    Availability availabilityOf(Team.Someone who) {
        return availability.getOrDefault(who, DutyLimit.DEFAULT.with(List.of()));
    }

    /** Whether a shift's week has been published for its post. */
    boolean isPublished(PostShift ps) {
        Post post = posts.get(ps.postId());
        return published.stream().anyMatch(w -> w.covers(post, ps.shift().day()));
    }

    /** Every broken rule of the span. */
    List<RosterCheck.Problem> problems() {
        return RosterCheck.check(slots(), people());
    }

    // --- as a clerk reads it ---------------------------------------------------------------------

    String name(Team.Someone who) {
        return who == null ? "" : names.getOrDefault(who, "?");
    }

    String teamName(UUID teamId) {
        return teamId == null ? null : teams.get(teamId);
    }

    /** {@code 2020年2月3日}. */
    static String date(LocalDate day) {
        return Messages.format(
                "roster.date", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }

    /** {@code 周一}. */
    static String weekday(LocalDate day) {
        return Messages.format("roster.weekday." + day.getDayOfWeek().name());
    }

    /** The post as a clerk names it: its compound (or community) and its name. */
    String postLabel(Post p) {
        String place =
                p.compoundId() == null
                        ? communities.getOrDefault(p.communityId(), "")
                        : compounds.getOrDefault(p.compoundId(), "");
        return Messages.format("roster.postLabel", place, p.name());
    }

    /** {@code 2020-02-03 周一 07:00-12:00 长乐新村 东门卡点 [1a2b3c4d]}. */
    String where(UUID shiftId) {
        PostShift ps = shifts.get(shiftId);
        return Messages.format(
                "roster.where",
                ps.shift().day().toString(),
                weekday(ps.shift().day()),
                ps.shift().hours().toString(),
                postLabel(posts.get(ps.postId())),
                RosterService.shortId(ps.id()));
    }

    /** {@code 2月3日 周一 07:00-12:00 东门卡点}: the other shift of a pair. */
    private String other(UUID shiftId) {
        PostShift ps = shifts.get(shiftId);
        return Messages.format(
                "roster.other",
                ps.shift().day().toString(),
                weekday(ps.shift().day()),
                ps.shift().hours().toString(),
                postLabel(posts.get(ps.postId())));
    }

    /** A broken rule as a clerk reads it. */
    Finding finding(RosterCheck.Problem p) {
        PostShift ps = shifts.get(p.shiftId());
        Post post = posts.get(ps.postId());
        String who = name(p.who());
        String what =
                switch (p.rule()) {
                    case OVERLAP ->
                            Messages.format("roster.problem.OVERLAP", who, other(p.otherShiftId()));
                    case TOO_LITTLE_REST ->
                            Messages.format(
                                    "roster.problem.TOO_LITTLE_REST",
                                    who,
                                    other(p.otherShiftId()),
                                    availabilityOf(p.who()).minimumRest().toHours());
                    case UNAVAILABLE ->
                            Messages.format(
                                    "roster.problem.UNAVAILABLE", who, unavailableWhy(p.who(), ps));
                    case OVER_WEEKLY_MAX ->
                            Messages.format(
                                    "roster.problem.OVER_WEEKLY_MAX",
                                    who,
                                    ps.shift().weekStart().toString(),
                                    inWeek(p.who(), ps),
                                    availabilityOf(p.who()).maxShiftsPerWeek());
                    case UNDERSTAFFED ->
                            Messages.format(
                                    "roster.problem.UNDERSTAFFED",
                                    ps.shift().headcount(),
                                    people(ps.id()).size());
                    case NO_PARTY_MEMBER -> Messages.format("roster.problem.NO_PARTY_MEMBER");
                    case MISSING_TAG ->
                            Messages.format("roster.problem.MISSING_TAG", post.needsTag());
                };
        return new Finding(p, where(p.shiftId()), what);
    }

    /** The shifts someone serves in a shift's week, that shift counted (when put there). */
    private long inWeek(Team.Someone who, PostShift shift) {
        LocalDate monday = shift.shift().weekStart();
        long serving =
                shifts.values().stream()
                        .filter(ps -> ps.shift().weekStart().equals(monday))
                        .filter(ps -> people(ps.id()).contains(who))
                        .count();
        return people(shift.id()).contains(who) ? serving : serving + 1;
    }

    /**
     * When someone said they cannot serve, as the times (never the reason they gave, which may be a
     * health detail and is shown only where availability is kept).
     */
    private String unavailableWhy(Team.Someone who, PostShift ps) {
        return periods.getOrDefault(who, List.of()).stream()
                .filter(u -> u.period().overlaps(ps.shift().startsAt(), ps.shift().endsAt()))
                .findFirst()
                .map(u -> AvailabilityService.describe(u.period()))
                .orElse("");
    }

    /** The name of a community, or of a compound with its community. */
    String scopeName(UUID communityId, UUID compoundId) {
        String community = communities.getOrDefault(communityId, "");
        return compoundId == null
                ? community
                : Messages.format(
                        "roster.scope", community, compounds.getOrDefault(compoundId, ""));
    }
}
