package org.branchdesk.service.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.duty.AreaContact;
import org.branchdesk.domain.duty.Assignment;
import org.branchdesk.domain.duty.AssignmentSource;
import org.branchdesk.domain.duty.AssistanceCategory;
import org.branchdesk.domain.duty.Attendance;
import org.branchdesk.domain.duty.Availability;
import org.branchdesk.domain.duty.CadreArea;
import org.branchdesk.domain.duty.ContactChannel;
import org.branchdesk.domain.duty.DutyLimit;
import org.branchdesk.domain.duty.Pairing;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.Post;
import org.branchdesk.domain.duty.PostKind;
import org.branchdesk.domain.duty.PostShift;
import org.branchdesk.domain.duty.PublishedWeek;
import org.branchdesk.domain.duty.Reporting;
import org.branchdesk.domain.duty.ReportingClaim;
import org.branchdesk.domain.duty.ReportingHours;
import org.branchdesk.domain.duty.SentDown;
import org.branchdesk.domain.duty.ServiceEntry;
import org.branchdesk.domain.duty.ServiceKind;
import org.branchdesk.domain.duty.Shift;
import org.branchdesk.domain.duty.ShiftPattern;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.duty.TeamKind;
import org.branchdesk.domain.duty.Unavailability;
import org.branchdesk.domain.duty.WorkUnit;
import org.branchdesk.domain.households.Household;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.duty.PersonImporter;
import org.branchdesk.service.importing.ImportOptions;
import org.branchdesk.service.importing.ImportPipeline;
import org.branchdesk.service.importing.ImportPlan.Result;
import org.branchdesk.service.sheets.CsvFile;
import org.branchdesk.service.sheets.SheetRow;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.duty.ShiftRepository;

/**
 * Loads duty's part of the demo street ({@code seeds/demo/duty/}, written by {@link DutyStory})
 * inside the demo's transaction: the people through the people importer a clerk uses, the rest
 * through the duty registers' own checks. Whatever is already there is left as it is, so loading
 * the demo again changes nothing.
 */
final class DutyDemo {
    static final String DIR = "duty/";

    private final Actor actor;
    private final PersonImporter people;

    DutyDemo(Actor actor, PersonImporter people) {
        this.actor = actor;
        this.people = people;
    }

    /** What the duty part added: the people import, and the rows of every other file. */
    record Loaded(Result people, int rows) {
        boolean changedAnything() {
            return people.changedAnything() || rows > 0;
        }
    }

    Loaded load(StoreSession s, String source) {
        Result p =
                ImportPipeline.inside(
                        s,
                        people,
                        DemoService.resource(DIR + "people.csv"),
                        source + DIR + "people.csv",
                        ImportOptions.ALL_OR_NOTHING);
        if (!p.applied()) {
            throw new UserError("error.demo.invalidSeeds", p.plan().refused().get(0).describe());
        }
        Names names = new Names(s);
        int rows = teams(s, names);
        rows += pairings(s, names);
        rows += roster(s, names);
        rows += reporting(s, names);
        rows += sentDownAndAreas(s, names);
        return new Loaded(p, rows);
    }

    // ------------------------------------------------------------------ teams

    private int teams(StoreSession s, Names names) {
        int added = 0;
        List<Team> existing = s.teams().list();
        for (SheetRow r : rows("teams.csv")) {
            UUID community = names.community(r.cell(2));
            UUID compound = names.compound(community, r.cell(3));
            String name = r.cell(1);
            if (existing.stream()
                    .anyMatch(t -> t.name().equals(name) && t.communityId().equals(community))) {
                continue;
            }
            List<Team.Someone> members = new ArrayList<>();
            for (String m : r.cell(7).split("；")) {
                int slash = m.indexOf('/');
                members.add(
                        slash < 0
                                ? names.someone(m, null)
                                : names.someone(m.substring(0, slash), m.substring(slash + 1)));
            }
            Team t =
                    Team.of(
                            UUID.randomUUID(),
                            kind(r.cell(0)),
                            name,
                            community,
                            compound,
                            names.someone(r.cell(5), blank(r.cell(6))),
                            members,
                            LocalDate.parse(r.cell(4)));
            s.teams().insert(t);
            s.audit().record(actor.name(), "team", t.id(), Action.CREATE, null, t);
            added++;
        }
        return added;
    }

    // ------------------------------------------------------------------ the roster

    /**
     * February 2020's posts, their shifts over the story's four weeks, the limits and unavailable
     * times of those who serve, who served each shift with their attendance, and the weeks
     * published. A shift, a place on it or a publication already there is left alone.
     */
    private int roster(StoreSession s, Names names) {
        int added = 0;
        LocalDate from = DutyStory.FIRST_MONDAY;
        LocalDate to = from.plusWeeks(DutyStory.WEEKS).minusDays(1);
        Map<String, Post> posts = new HashMap<>();
        for (Post p : s.posts().list()) {
            posts.put(p.communityId() + "/" + p.compoundId() + "/" + p.name(), p);
        }
        List<PostShift> newShifts = new ArrayList<>();
        for (SheetRow r : rows("posts.csv")) {
            UUID community = names.community(r.cell(0));
            UUID compound = names.compound(community, r.cell(1));
            String key = community + "/" + compound + "/" + r.cell(3);
            Post p = posts.get(key);
            if (p == null) {
                p =
                        Post.of(
                                UUID.randomUUID(),
                                community,
                                compound,
                                label(PostKind.values(), "postKind.", r.cell(2)),
                                r.cell(3),
                                Integer.valueOf(r.cell(4)),
                                "是".equals(r.cell(5)),
                                blank(r.cell(6)));
                s.posts().insert(p);
                s.audit().record(actor.name(), "post", p.id(), Action.CREATE, null, p);
                posts.put(key, p);
                added++;
            }
            Set<String> made = s.shifts().keys(Set.of(p.id()), from, to);
            for (Shift shift :
                    Shift.generate(ShiftPattern.parseAll(r.cell(7)), from, to, p.headcount())) {
                if (!made.contains(
                        ShiftRepository.key(p.id(), shift.day(), shift.hours().start()))) {
                    newShifts.add(new PostShift(UUID.randomUUID(), p.id(), shift));
                }
            }
        }
        s.shifts().insertAll(newShifts);
        added += newShifts.size();
        added += availability(s, names);
        Map<String, UUID> shifts = new HashMap<>();
        for (PostShift ps : s.shifts().between(from, to)) {
            shifts.put(
                    ps.postId() + "/" + ps.shift().day() + "/" + ps.shift().hours().start(),
                    ps.id());
        }
        Map<UUID, List<Assignment>> onShift = new HashMap<>();
        for (Assignment a : s.assignments().between(from, to)) {
            onShift.computeIfAbsent(a.shiftId(), k -> new ArrayList<>()).add(a);
        }
        for (SheetRow r : rows("roster.csv")) {
            UUID community = names.community(r.cell(0));
            Post p =
                    posts.get(
                            community
                                    + "/"
                                    + names.compound(community, r.cell(1))
                                    + "/"
                                    + r.cell(2));
            UUID shift = shifts.get(p.id() + "/" + r.cell(3) + "/" + LocalTime.parse(r.cell(4)));
            Team.Someone who = names.someone(r.cell(6), blank(r.cell(7)));
            List<Assignment> there = onShift.computeIfAbsent(shift, k -> new ArrayList<>());
            if (there.stream().anyMatch(a -> a.who().equals(who))) {
                continue;
            }
            Assignment a = Assignment.of(shift, who, null, AssignmentSource.MANUAL, null);
            String attended = blank(r.cell(8));
            if (attended != null) {
                Attendance how = label(Attendance.values(), "attendance.", attended);
                a =
                        a.attended(
                                how,
                                how == Attendance.SUBSTITUTED
                                        ? names.someone(r.cell(9), blank(r.cell(10)))
                                        : null);
            }
            s.assignments().insert(a);
            there.add(a);
            added++;
        }
        List<PublishedWeek> published = s.rosterWeeks().between(from, to);
        for (SheetRow r : rows("published.csv")) {
            UUID community = names.community(r.cell(0));
            UUID compound = names.compound(community, r.cell(1));
            LocalDate monday = LocalDate.parse(r.cell(2));
            if (published.stream()
                    .anyMatch(
                            w ->
                                    w.weekStart().equals(monday)
                                            && w.communityId().equals(community)
                                            && Objects.equals(w.compoundId(), compound))) {
                continue;
            }
            PublishedWeek w =
                    new PublishedWeek(
                            UUID.randomUUID(),
                            community,
                            compound,
                            monday,
                            monday.minusDays(1)
                                    .atTime(17, 0)
                                    .atZone(s.office().timeZone())
                                    .toInstant(),
                            actor.name());
            s.rosterWeeks().insert(w);
            s.audit().record(actor.name(), "roster_week", w.id(), Action.CREATE, null, w);
            added++;
        }
        return added;
    }

    /** The limits and unavailable times of those who serve. */
    private int availability(StoreSession s, Names names) {
        int added = 0;
        for (SheetRow r : rows("limits.csv")) {
            Team.Someone who = names.someone(r.cell(0), blank(r.cell(1)));
            if (s.availability().limitOf(who).isEmpty()) {
                s.availability()
                        .setLimit(
                                who,
                                new DutyLimit(
                                        Integer.parseInt(r.cell(2)), Integer.parseInt(r.cell(3))));
                added++;
            }
        }
        for (SheetRow r : rows("unavailable.csv")) {
            Team.Someone who = names.someone(r.cell(0), blank(r.cell(1)));
            Availability.Period period =
                    new Availability.Period(
                            LocalDateTime.parse(r.cell(2).replace(' ', 'T')),
                            LocalDateTime.parse(r.cell(3).replace(' ', 'T')));
            if (s.availability().periodsOf(who).stream()
                    .noneMatch(u -> u.period().equals(period))) {
                Unavailability u =
                        new Unavailability(UUID.randomUUID(), who, period, blank(r.cell(4)));
                s.availability().insertPeriod(u);
                added++;
            }
        }
        return added;
    }

    // ------------------------------------------------------------------ reporting

    /**
     * Every in-service member's reporting to the community where they live, the checkpoint they
     * claimed where they serve, and hours served off the roster.
     */
    private int reporting(StoreSession s, Names names) {
        int added = 0;
        Map<String, UUID> posts = new HashMap<>();
        for (Post p : s.posts().list()) {
            posts.put(p.communityId() + "/" + p.name(), p.id());
        }
        for (SheetRow r : rows("reporting.csv")) {
            UUID member = names.someone(r.cell(0), r.cell(1)).memberId();
            LocalDate on = LocalDate.parse(r.cell(6));
            if (s.reportings().ofMember(member).stream().anyMatch(x -> x.reportedOn().equals(on))) {
                continue;
            }
            UUID community = names.community(r.cell(2));
            WorkUnit unit =
                    s.units()
                            .findByName(r.cell(4))
                            .map(u -> WorkUnit.onRegister(u.id()))
                            .orElseGet(
                                    () ->
                                            WorkUnit.named(
                                                    "field.reporting.unitName",
                                                    r.cell(4),
                                                    "field.reporting.unitOrgName",
                                                    r.cell(5)));
            Reporting rep =
                    Reporting.of(
                            UUID.randomUUID(),
                            member,
                            community,
                            names.compound(community, r.cell(3)),
                            unit,
                            on);
            s.reportings().insert(rep);
            s.audit().record(actor.name(), "reporting", rep.id(), Action.CREATE, null, rep);
            added++;
            String claimed = blank(r.cell(7));
            if (claimed != null) {
                ReportingClaim c =
                        new ReportingClaim(
                                UUID.randomUUID(),
                                rep.id(),
                                posts.get(community + "/" + claimed),
                                on);
                s.reportings().insertClaim(c);
                added++;
            }
            String hours = blank(r.cell(8));
            if (hours != null) {
                ReportingHours h =
                        ReportingHours.of(
                                UUID.randomUUID(),
                                rep.id(),
                                on.plusDays(2),
                                new BigDecimal(hours),
                                blank(r.cell(9)));
                s.reportings().insertHours(h);
                added++;
            }
        }
        return added;
    }

    /**
     * The cadres sent down from the district's bureaus, the areas they answer for, and contacts.
     */
    private int sentDownAndAreas(StoreSession s, Names names) {
        int added = 0;
        List<SentDown> sent = s.sentDown().list();
        for (SheetRow r : rows("sent-down.csv")) {
            Team.Someone cadre = names.someone(r.cell(0), blank(r.cell(1)));
            LocalDate from = LocalDate.parse(r.cell(5));
            if (sent.stream().anyMatch(d -> d.cadre().equals(cadre) && d.from().equals(from))) {
                continue;
            }
            UUID community = names.community(r.cell(3));
            SentDown d =
                    SentDown.of(
                            UUID.randomUUID(),
                            cadre,
                            WorkUnit.named(
                                    "field.sentDown.unitName",
                                    r.cell(2),
                                    "field.sentDown.unitOrgName",
                                    null),
                            community,
                            names.compound(community, r.cell(4)),
                            from,
                            LocalDate.parse(r.cell(6)));
            s.sentDown().insert(d);
            s.audit().record(actor.name(), "sent_down", d.id(), Action.CREATE, null, d);
            added++;
        }
        List<CadreArea> areas = new ArrayList<>(s.areas().list());
        Map<UUID, Boolean> fresh = new HashMap<>();
        for (SheetRow r : rows("areas.csv")) {
            Team.Someone cadre = names.someone(r.cell(0), blank(r.cell(1)));
            UUID community = names.community(r.cell(2));
            UUID compound = names.compound(community, r.cell(3));
            LocalDate from = LocalDate.parse(r.cell(4));
            if (areas.stream().anyMatch(a -> a.cadre().equals(cadre) && a.from().equals(from))) {
                continue;
            }
            String to = blank(r.cell(5));
            CadreArea a =
                    CadreArea.of(
                            UUID.randomUUID(),
                            cadre,
                            community,
                            compound,
                            from,
                            to == null ? null : LocalDate.parse(to));
            s.areas().insert(a);
            s.audit().record(actor.name(), "cadre_area", a.id(), Action.CREATE, null, a);
            areas.add(a);
            fresh.put(a.id(), true);
            added++;
        }
        for (SheetRow r : rows("contacts.csv")) {
            Team.Someone cadre = names.someone(r.cell(0), blank(r.cell(1)));
            CadreArea area =
                    areas.stream()
                            .filter(a -> a.cadre().equals(cadre))
                            .findFirst()
                            .orElseThrow(() -> new UserError("error.demo.invalidSeeds", r.cell(0)));
            if (!fresh.containsKey(area.id())) {
                continue; // the area was there before: so were its contacts
            }
            AreaContact c =
                    AreaContact.of(
                            UUID.randomUUID(),
                            area.id(),
                            LocalDate.parse(r.cell(4)),
                            label(ContactChannel.values(), "contactChannel.", r.cell(5)),
                            blank(r.cell(6)));
            s.areas().insertContact(c);
            added++;
        }
        return added;
    }

    // ------------------------------------------------------------------ assistance

    /**
     * Pairings of members with assisted households (found by their compound and head), and the
     * services logged for the pairings this load adds.
     */
    private int pairings(StoreSession s, Names names) {
        Map<String, UUID> households = new HashMap<>();
        for (Household h : s.households().ofKind(Household.Kind.ASSISTED)) {
            households.put(h.compoundId() + "/" + h.headName(), h.id());
        }
        int added = 0;
        Map<String, UUID> created = new HashMap<>();
        for (SheetRow r : rows("pairings.csv")) {
            UUID member = names.someone(r.cell(0), r.cell(1)).memberId();
            UUID household = household(names, households, r.cell(2), r.cell(3), r.cell(7));
            LocalDate from = LocalDate.parse(r.cell(9));
            if (s.pairings().of(member, household).stream()
                    .anyMatch(p -> p.startedOn().equals(from))) {
                continue;
            }
            Pairing p =
                    Pairing.of(
                            UUID.randomUUID(),
                            member,
                            household,
                            label(AssistanceCategory.values(), "assistanceCategory.", r.cell(8)),
                            from);
            String to = blank(r.cell(10));
            if (to != null) {
                p = p.endedOn(LocalDate.parse(to));
            }
            s.pairings().insert(p);
            s.audit().record(actor.name(), "pairing", p.id(), Action.CREATE, null, p);
            created.put(r.cell(1) + "/" + household, p.id());
            added++;
        }
        for (SheetRow r : rows("services.csv")) {
            UUID household = household(names, households, r.cell(1), r.cell(2), r.cell(3));
            UUID pairing = created.get(r.cell(0) + "/" + household);
            if (pairing == null) {
                continue; // the pairing was there before: so were its services
            }
            ServiceEntry e =
                    ServiceEntry.of(
                            UUID.randomUUID(),
                            pairing,
                            LocalDate.parse(r.cell(4)),
                            label(ServiceKind.values(), "serviceKind.", r.cell(5)),
                            blank(r.cell(6)),
                            blank(r.cell(7)));
            s.serviceLogs().insert(e);
            s.audit().record(actor.name(), "service_log", e.id(), Action.CREATE, null, e);
            added++;
        }
        return added;
    }

    private static UUID household(
            Names names,
            Map<String, UUID> households,
            String community,
            String compound,
            String head) {
        UUID id = households.get(names.compound(names.community(community), compound) + "/" + head);
        if (id == null) {
            throw new UserError("error.demo.invalidSeeds", compound + " " + head);
        }
        return id;
    }

    private static TeamKind kind(String label) {
        return label(TeamKind.values(), "teamKind.", label);
    }

    /** The constant whose bundle text is {@code label}. */
    static <E extends Enum<E>> E label(E[] values, String prefix, String label) {
        for (E k : values) {
            if (Messages.format(prefix + k.name()).equals(label)) {
                return k;
            }
        }
        throw new UserError("error.demo.invalidSeeds", label);
    }

    // ------------------------------------------------------------------ names

    /** The demo's places and people by the names and ID numbers its files give. */
    static final class Names {
        private final StoreSession s;
        private final Map<String, UUID> communities = new HashMap<>();
        private final Map<String, Member> membersById;
        private final List<Person> people;

        Names(StoreSession s) {
            this.s = s;
            for (Community c : s.communities().list()) {
                communities.put(c.name(), c.id());
            }
            this.membersById = s.members().byIdNumber();
            this.people = s.people().list();
        }

        UUID community(String name) {
            UUID id = communities.get(name);
            if (id == null) {
                throw new UserError("error.demo.invalidSeeds", name);
            }
            return id;
        }

        /** The compound of that name in the community, or {@code null} for a blank name. */
        UUID compound(UUID community, String name) {
            if (name == null || name.isBlank()) {
                return null;
            }
            return s.compounds()
                    .findByName(community, name)
                    .map(Compound::id)
                    .orElseThrow(() -> new UserError("error.demo.invalidSeeds", name));
        }

        /** A member by ID number, else a person by ID number, else a person by name. */
        Team.Someone someone(String name, String idNumber) {
            if (idNumber != null && !idNumber.isBlank()) {
                Member m = membersById.get(idNumber);
                if (m != null) {
                    return Team.Someone.member(m.id());
                }
                for (Person p : people) {
                    if (p.citizenId() != null && p.citizenId().value().equals(idNumber)) {
                        return Team.Someone.person(p.id());
                    }
                }
                throw new UserError("error.demo.invalidSeeds", name);
            }
            return people.stream()
                    .filter(p -> p.name().equals(name))
                    .findFirst()
                    .map(p -> Team.Someone.person(p.id()))
                    .orElseThrow(() -> new UserError("error.demo.invalidSeeds", name));
        }
    }

    static List<SheetRow> rows(String file) {
        return rows(DIR, file);
    }

    /** The data rows of a seed file in a folder of the demo's seeds (its header left out). */
    static List<SheetRow> rows(String dir, String file) {
        List<SheetRow> all =
                CsvFile.parse(new String(DemoService.resource(dir + file), StandardCharsets.UTF_8));
        return all.subList(Math.min(1, all.size()), all.size()).stream()
                .filter(r -> !r.isBlank())
                .toList();
    }

    static String blank(String v) {
        return v == null || v.isBlank() ? null : v;
    }
}
