package org.branchdesk.service.leadership;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.common.Fields;
import org.branchdesk.domain.common.Masking;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.leadership.Chosen;
import org.branchdesk.domain.leadership.EndReason;
import org.branchdesk.domain.leadership.Holding;
import org.branchdesk.domain.leadership.LeadershipRules;
import org.branchdesk.domain.leadership.Position;
import org.branchdesk.domain.leadership.Source;
import org.branchdesk.domain.leadership.Term;
import org.branchdesk.domain.members.Departure;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.members.PartyStanding;
import org.branchdesk.domain.members.Presence;
import org.branchdesk.domain.members.Registration;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.registers.OrgNames;
import org.branchdesk.service.registers.ShortCodes;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;

/**
 * Who leads each party organization: positions taken (elected, designated or appointed) and ended,
 * history kept. Every rule is {@link LeadershipRules}'; a refusal names the field and changes
 * nothing.
 */
public final class LeadershipService {
    static final String ENTITY = "position_holding";
    static final String TERM = "committee_term";

    private final Store store;
    private final Actor actor;
    private final Clock clock;

    public LeadershipService(Store store, Actor actor, Clock clock) {
        this.store = store;
        this.actor = actor;
        this.clock = clock;
    }

    /** A position as a clerk records it. */
    public record NewHolding(
            UUID orgId,
            UUID memberId,
            Position position,
            String concurrentDuty,
            Chosen chosen,
            Source source,
            LocalDate from,
            String docNumber,
            LocalDate docDate,
            String standingException) {}

    /** Records that a member took a position; refused, naming the field, when a rule forbids it. */
    public Holding take(NewHolding f) {
        Holding draft =
                Holding.of(
                        UUID.randomUUID(),
                        f.orgId(),
                        f.memberId(),
                        f.position(),
                        f.concurrentDuty(),
                        f.chosen(),
                        f.source(),
                        f.from(),
                        f.docNumber(),
                        f.docDate(),
                        f.standingException());
        if (draft.from().isAfter(LocalDate.now(clock))) {
            throw new ValidationError("field.holding.from", "rule.dateInFuture");
        }
        return Access.write(store, actor, Permission.EDIT, s -> take(s, actor.name(), draft));
    }

    /**
     * Records a holding inside a running transaction (an approved election records its committee
     * this way); refused, naming the field, when a rule forbids it.
     */
    static Holding take(StoreSession s, String actorName, Holding draft) {
        PartyOrg org =
                s.orgs().find(draft.orgId()).orElseThrow(() -> new UserError("error.org.notFound"));
        Member member = s.members().find(draft.memberId()).orElse(null);
        if (!org.isActive()) {
            throw new ValidationError("field.holding.org", "rule.leadership.orgDissolved");
        }
        // every holding whose time overlaps the new one's (which runs on, from its first day):
        // a back-dated entry inside a predecessor's time is refused as a second seat would be
        List<Holding> serving =
                s.positions().ofOrg(org.id()).stream()
                        .filter(
                                h ->
                                        LeadershipRules.overlap(
                                                h.from(), h.endedOn(), draft.from(), null))
                        .toList();
        LeadershipRules.Refusal refusal =
                LeadershipRules.check(
                        org.type(),
                        org.establishedOn(),
                        org.dissolvedOn(),
                        draft.position(),
                        draft.chosen(),
                        member != null && member.isActive(),
                        member == null ? null : standingOn(member, draft.from()),
                        serving.stream().anyMatch(h -> h.position() == Position.SECRETARY),
                        serving.stream().anyMatch(h -> h.memberId().equals(draft.memberId())),
                        draft.from());
        if (refusal != null) {
            throw new ValidationError(fieldOf(refusal), "refusal.leadership." + refusal.name());
        }
        if (draft.position() == Position.SECRETARY
                && LeadershipRules.secretaryNeedsException(member.fullOn(), draft.from())
                && draft.standingException() == null) {
            throw new ValidationError(
                    "field.holding.standingException", "rule.leadership.exceptionNeeded");
        }
        s.positions().insert(draft);
        s.audit().record(actorName, ENTITY, draft.id(), Action.CREATE, null, draft);
        return draft;
    }

    /** Ends a holding on a date, for a reason; the record stays. */
    public Holding end(UUID holdingId, LocalDate on, EndReason reason) {
        if (on.isAfter(LocalDate.now(clock))) {
            throw new ValidationError("field.holding.endedOn", "rule.dateInFuture");
        }
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    Holding before =
                            s.positions()
                                    .find(holdingId)
                                    .orElseThrow(() -> new UserError("error.holding.notFound"));
                    if (!before.isServing()) {
                        throw new UserError("error.holding.alreadyEnded", before.endedOn());
                    }
                    if (on.isBefore(before.from())) {
                        throw new ValidationError(
                                "field.holding.endedOn", "rule.leadership.endBeforeStart");
                    }
                    return end(s, actor.name(), before, on, reason);
                });
    }

    /** An organization's holdings, serving and ended, oldest first. */
    public List<Holding> ofOrg(UUID orgId) {
        return store.read(s -> s.positions().ofOrg(orgId));
    }

    /** Every position held now. */
    public List<Holding> serving() {
        return store.read(s -> s.positions().serving());
    }

    /**
     * Ends, inside a running transaction, every position a member holds: they left the register on
     * {@code on} (the members service calls this as it records the departure).
     */
    public static void memberLeft(
            StoreSession s, String actorName, UUID memberId, Departure how, LocalDate on) {
        for (Holding h : s.positions().ofMember(memberId)) {
            if (h.isServing()) {
                end(s, actorName, h, on, reasonFor(how));
            }
        }
    }

    /**
     * Ends, inside a running transaction, every position of an organization that was dissolved or
     * (a temporary branch) converted on {@code on}.
     */
    public static void organizationEnded(
            StoreSession s, String actorName, UUID orgId, LocalDate on, EndReason reason) {
        for (Holding h : s.positions().ofOrg(orgId)) {
            if (h.isServing()) {
                end(s, actorName, h, on, reason);
            }
        }
        for (Term t : s.terms().ofOrg(orgId)) {
            if (t.isCurrent()) {
                endTerm(s, actorName, t, on);
            }
        }
    }

    private static Holding end(
            StoreSession s, String actorName, Holding before, LocalDate on, EndReason reason) {
        Holding after = before.ended(on, reason);
        s.positions().end(after);
        s.audit().record(actorName, ENTITY, after.id(), Action.UPDATE, before, after);
        return after;
    }

    /** Why a position ends when its holder leaves the register. */
    static EndReason reasonFor(Departure how) {
        return switch (how) {
            case DECEASED -> EndReason.DECEASED;
            case REMOVED, EXPELLED, PROBATION_CANCELLED -> EndReason.REMOVED;
            case RESIGNED, LEFT_OF_OWN_ACCORD -> EndReason.RESIGNED;
            case TRANSFERRED_OUT -> EndReason.TRANSFERRED;
        };
    }

    private static String fieldOf(LeadershipRules.Refusal refusal) {
        return switch (refusal) {
            case NOT_A_MEMBER, PROBATIONARY, SECOND_SEAT -> "field.holding.member";
            case SECOND_SECRETARY -> "field.holding.position";
            case BEFORE_ESTABLISHED, AFTER_DISSOLVED -> "field.holding.from";
            case TEMPORARY_NOT_ELECTED -> "field.holding.chosen";
            case WORKING_COMMITTEE -> "field.holding.org";
        };
    }

    // ------------------------------------------------------------------ terms and the renewal
    // watch

    /**
     * Records that a new term of an organization's committee began on {@code from} (an election, or
     * a designation); the current term, if any, ends the day before. A temporary branch has no
     * terms (its leaders are appointed), nor has the working committee here.
     */
    public Term beginTerm(UUID orgId, LocalDate from, Chosen chosen, String docNumber) {
        if (from.isAfter(LocalDate.now(clock))) {
            throw new ValidationError("field.term.from", "rule.dateInFuture");
        }
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> beginTerm(s, actor.name(), orgId, from, chosen, docNumber));
    }

    /** Begins a term inside a running transaction, ending the current one the day before. */
    static Term beginTerm(
            StoreSession s,
            String actorName,
            UUID orgId,
            LocalDate from,
            Chosen chosen,
            String docNumber) {
        PartyOrg org = s.orgs().find(orgId).orElseThrow(() -> new UserError("error.org.notFound"));
        if (org.type() == OrgType.STREET_WORKING_COMMITTEE) {
            throw new ValidationError("field.holding.org", "refusal.leadership.WORKING_COMMITTEE");
        }
        if (org.type() == OrgType.TEMPORARY_BRANCH) {
            throw new ValidationError(
                    "field.holding.chosen", "refusal.leadership.TEMPORARY_NOT_ELECTED");
        }
        if (!org.isActive() || org.establishedOn() != null && from.isBefore(org.establishedOn())) {
            throw new ValidationError(
                    "field.term.from",
                    org.isActive()
                            ? "refusal.leadership.BEFORE_ESTABLISHED"
                            : "refusal.leadership.AFTER_DISSOLVED");
        }
        for (Term current : s.terms().ofOrg(orgId)) {
            if (current.isCurrent()) {
                if (!from.isAfter(current.startedOn())) {
                    throw new ValidationError(
                            "field.term.from", "rule.term.notAfterCurrent", current.startedOn());
                }
                endTerm(s, actorName, current, from.minusDays(1));
            }
        }
        Term term =
                new Term(
                        UUID.randomUUID(),
                        orgId,
                        from,
                        LeadershipRules.termYears(org.type(), s.office().termYears()),
                        chosen,
                        Fields.optional("field.holding.docNumber", docNumber, 60),
                        null);
        s.terms().insert(term);
        s.audit().record(actorName, TERM, term.id(), Action.CREATE, null, term);
        return term;
    }

    /** An organization's terms, oldest first. */
    public List<Term> terms(UUID orgId) {
        return store.read(s -> s.terms().ofOrg(orgId));
    }

    /** What the renewal watch reports of an organization. */
    public enum Watch {
        /**
         * The current term has ended and no new one was recorded: the most urgent, listed first.
         */
        OVERDUE,
        /** The current term ends within 180 days. */
        DUE,
        /** No serving secretary. */
        NO_SECRETARY
    }

    /** A line of the renewal watch. */
    public record WatchLine(PartyOrg org, Watch watch, LocalDate termLastDay) {}

    /**
     * The organizations whose term is due within 180 days or overdue, and those without a
     * secretary, on {@code asOf} (the office's today when {@code null}): every active organization
     * below the working committee.
     */
    public List<WatchLine> renewals(LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        return store.read(
                s -> {
                    Map<UUID, Term> current = new HashMap<>();
                    s.terms().current().forEach(t -> current.put(t.orgId(), t));
                    Set<UUID> withSecretary = new HashSet<>();
                    for (Holding h : s.positions().serving()) {
                        if (h.position() == Position.SECRETARY) {
                            withSecretary.add(h.orgId());
                        }
                    }
                    List<WatchLine> out = new ArrayList<>();
                    for (PartyOrg o : s.orgs().list()) {
                        if (!o.isActive() || o.type() == OrgType.STREET_WORKING_COMMITTEE) {
                            continue;
                        }
                        Term t = current.get(o.id());
                        if (t != null) {
                            LeadershipRules.TermStatus status =
                                    LeadershipRules.status(t.lastDay(), day);
                            if (status != LeadershipRules.TermStatus.RUNNING) {
                                out.add(
                                        new WatchLine(
                                                o, Watch.valueOf(status.name()), t.lastDay()));
                            }
                        }
                        if (!withSecretary.contains(o.id())) {
                            out.add(
                                    new WatchLine(
                                            o, Watch.NO_SECRETARY, t == null ? null : t.lastDay()));
                        }
                    }
                    out.sort(
                            Comparator.comparing((WatchLine l) -> l.watch().ordinal())
                                    .thenComparing(
                                            WatchLine::termLastDay,
                                            Comparator.nullsLast(Comparator.naturalOrder()))
                                    .thenComparing(
                                            l -> l.org().name(),
                                            Collator.getInstance(Locale.CHINA)));
                    return out;
                });
    }

    // ------------------------------------------------------------------ term lengths

    /**
     * How many years a committee term lasts, per type of organization that holds elections: the
     * office's setting, or the default (5 for community and compound organizations, 3 for others).
     */
    public Map<OrgType, Integer> termYears() {
        return store.read(
                s -> {
                    Map<OrgType, Integer> set = s.office().termYears();
                    Map<OrgType, Integer> out = new EnumMap<>(OrgType.class);
                    for (OrgType t : OrgType.values()) {
                        if (t != OrgType.STREET_WORKING_COMMITTEE
                                && t != OrgType.TEMPORARY_BRANCH) {
                            out.put(t, LeadershipRules.termYears(t, set));
                        }
                    }
                    return out;
                });
    }

    /**
     * Sets the term length of one type of organization (administrators): three to five years (党章
     * 第三十条). Terms already begun keep the length they began with; new terms take this one.
     */
    public Map<OrgType, Integer> setTermYears(OrgType type, int years) {
        if (type == OrgType.STREET_WORKING_COMMITTEE || type == OrgType.TEMPORARY_BRANCH) {
            throw new ValidationError("field.term.type", "rule.term.noElections");
        }
        if (!LeadershipRules.termLengthAllowed(years)) {
            throw new ValidationError("field.term.years", "rule.term.years");
        }
        Access.write(
                store,
                actor,
                Permission.SETTINGS,
                s -> {
                    Map<OrgType, Integer> before = s.office().termYears();
                    Map<OrgType, Integer> after = new EnumMap<>(OrgType.class);
                    after.putAll(before);
                    if (years == LeadershipRules.termYears(type)) {
                        after.remove(type); // the default needs no setting
                    } else {
                        after.put(type, years);
                    }
                    if (!after.equals(before)) {
                        s.office().setTermYears(after);
                        s.audit()
                                .record(
                                        actor.name(),
                                        "office",
                                        s.office().find().map(o -> o.id()).orElse(null),
                                        Action.UPDATE,
                                        new TermYears(before),
                                        new TermYears(after));
                    }
                    return null;
                });
        return termYears();
    }

    /** What the audit log keeps of the term-length setting. */
    public record TermYears(Map<OrgType, Integer> years) {}

    // ------------------------------------------------------------------ proposing candidates

    /**
     * A person the appointment dialog proposes, in the order policy article 3 asks for them, with
     * why they fit or not.
     *
     * @param rank 1 the branch's full members resident in its compounds; 2 the community
     *     organization's committee members living there; 3 in-service members living there; 4 the
     *     branch's other members
     * @param fits whether nothing stands in the way (a standing exception may still be needed)
     * @param fullMember whether a full member on the day (a probationary member never fits)
     * @param secretaryNeedsException whether, as secretary, they would need a recorded reason: less
     *     than a year of full standing
     * @param why the reason, as the clerk reads it
     */
    public record Proposal(
            UUID memberId,
            String name,
            String maskedId,
            String compound,
            int rank,
            Source source,
            boolean fits,
            boolean fullMember,
            boolean secretaryNeedsException,
            String why) {}

    /**
     * The people to propose for {@code position} in an organization on {@code on}: the branch's
     * full members resident in its compounds; then the community organization's committee members
     * and in-service members living in them; then the branch's other members. Everyone is listed
     * with why they fit or not; probationary members never fit.
     */
    public List<Proposal> proposals(UUID orgId, Position position, LocalDate on) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        return store.read(
                s -> {
                    PartyOrg org =
                            s.orgs()
                                    .find(orgId)
                                    .orElseThrow(() -> new UserError("error.org.notFound"));
                    Masking masking = s.office().masking();
                    Set<UUID> places = new HashSet<>(org.compoundIds());
                    Set<UUID> seated = new HashSet<>();
                    for (Holding h : s.positions().ofOrg(orgId)) {
                        if (h.isServing()) {
                            seated.add(h.memberId());
                        }
                    }
                    Set<UUID> communityCommittee = new HashSet<>();
                    PartyOrg community = communityOrg(s, org);
                    if (community != null) {
                        for (Holding h : s.positions().ofOrg(community.id())) {
                            if (h.isServing()) {
                                communityCommittee.add(h.memberId());
                            }
                        }
                    }
                    Map<UUID, String> compoundNames = new HashMap<>();
                    s.compounds().list().forEach(c -> compoundNames.put(c.id(), c.name()));
                    List<Proposal> out = new ArrayList<>();
                    Set<UUID> listed = new HashSet<>();
                    // residents of its compounds, its members, the community committee: read once
                    Set<UUID> ids = new LinkedHashSet<>();
                    for (UUID c : places) {
                        s.members().residentsOf(c).forEach(r -> ids.add(r.id()));
                    }
                    s.members().membersOf(orgId).forEach(r -> ids.add(r.id()));
                    ids.addAll(communityCommittee);
                    for (Member m : s.members().findAll(ids)) {
                        if (!m.isActive() || !listed.add(m.id())) {
                            continue;
                        }
                        boolean resident =
                                m.compoundId() != null && places.contains(m.compoundId());
                        int rank;
                        Source source;
                        if (orgId.equals(m.orgId()) && resident) {
                            rank = 1;
                            source = Source.RESIDENT;
                        } else if (communityCommittee.contains(m.id())) {
                            rank = 2;
                            source = Source.COMMUNITY_COMMITTEE;
                        } else if (resident
                                && (m.presence() == Presence.REPORTING_IN_SERVICE
                                        || m.registration() == Registration.OTHER_UNIT)) {
                            rank = 3;
                            source = Source.IN_SERVICE;
                        } else if (orgId.equals(m.orgId())) {
                            rank = 4;
                            source = Source.RESIDENT;
                        } else {
                            continue; // lives there, belongs elsewhere, neither committee nor in
                            // service
                        }
                        String why;
                        boolean fits;
                        boolean full = standingOn(m, day) == Standing.FULL;
                        boolean needsException =
                                full && LeadershipRules.secretaryNeedsException(m.fullOn(), day);
                        if (!full) {
                            fits = false;
                            why = Messages.format("proposal.probationary");
                        } else if (seated.contains(m.id())) {
                            fits = false;
                            why = Messages.format("proposal.seated");
                        } else {
                            fits = true;
                            String base = Messages.format("proposal.rank." + rank);
                            why =
                                    position == Position.SECRETARY && needsException
                                            ? base + Messages.format("proposal.needsException")
                                            : base;
                        }
                        out.add(
                                new Proposal(
                                        m.id(),
                                        m.name(),
                                        masking.id(m.citizenId().value()),
                                        m.compoundId() == null
                                                ? ""
                                                : compoundNames.getOrDefault(m.compoundId(), ""),
                                        rank,
                                        source,
                                        fits,
                                        full,
                                        needsException,
                                        why));
                    }
                    Collator chinese = Collator.getInstance(Locale.CHINA);
                    out.sort(
                            Comparator.comparingInt(Proposal::rank)
                                    .thenComparing(p -> !p.fits())
                                    .thenComparing(Proposal::name, chinese));
                    return out;
                });
    }

    /** The community party organization above a branch (its parent, or the parent's parent). */
    private static PartyOrg communityOrg(StoreSession s, PartyOrg org) {
        UUID id = org.parentId();
        for (int i = 0; i < 3 && id != null; i++) {
            PartyOrg p = s.orgs().find(id).orElse(null);
            if (p == null) {
                return null;
            }
            if (p.type() == OrgType.COMMUNITY_PARTY_COMMITTEE
                    || p.type() == OrgType.COMMUNITY_GENERAL_BRANCH) {
                return p;
            }
            id = p.parentId();
        }
        return null;
    }

    // ------------------------------------------------------------------ naming commands

    /** A line of {@code leader list}: who holds what, where, since when, how chosen. */
    public record Line(
            Holding holding, String org, String member, String maskedId, String maskedPhone) {}

    /** Every holding (serving and ended) of one organization, or of all. */
    public List<Line> lines(UUID orgId) {
        return store.read(
                s -> {
                    Masking masking = s.office().masking();
                    List<Holding> holdings =
                            orgId == null ? s.positions().serving() : s.positions().ofOrg(orgId);
                    Map<UUID, PartyOrg> orgs = new HashMap<>();
                    s.orgs().list().forEach(o -> orgs.put(o.id(), o));
                    Map<UUID, Member> members = new HashMap<>();
                    s.members()
                            .findAll(holdings.stream().map(Holding::memberId).distinct().toList())
                            .forEach(m -> members.put(m.id(), m));
                    return holdings.stream()
                            .map(
                                    h -> {
                                        PartyOrg org = orgs.get(h.orgId());
                                        Member m = members.get(h.memberId());
                                        return new Line(
                                                h,
                                                org.name(),
                                                m.name(),
                                                masking.id(m.citizenId().value()),
                                                masking.phone(m.phone()));
                                    })
                            .toList();
                });
    }

    /**
     * The organization a clerk names: by its name or full name, or by the short code an earlier
     * refusal listed. An unknown name, or one several organizations have (a dissolved temporary
     * branch and its successor), is refused listing the candidates with their codes.
     */
    public UUID orgNamed(String nameOrCode) {
        return store.read(s -> OrgNames.resolve(s, nameOrCode));
    }

    /**
     * The member a clerk names: by name (with the last four digits of the ID number when the name
     * is not unique), or by the short code an earlier refusal listed. A full ID number never goes
     * on a command line; candidates are listed masked.
     */
    public UUID memberNamed(String nameOrCode, String idTail) {
        if (idTail != null && !idTail.trim().matches("[0-9]{3}[0-9Xx]")) {
            // four characters, never the whole number: a command line is kept in shell history
            throw new UserError("error.leader.badIdTail");
        }
        return store.read(
                s -> {
                    Masking masking = s.office().masking();
                    List<Member> hits =
                            s.members().byIdNumber().values().stream()
                                    .filter(Member::isActive)
                                    .filter(
                                            m ->
                                                    m.name().equals(nameOrCode)
                                                            || ShortCodes.of('M', m.id())
                                                                    .equalsIgnoreCase(nameOrCode))
                                    .filter(
                                            m ->
                                                    idTail == null
                                                            || m.citizenId()
                                                                    .value()
                                                                    .endsWith(
                                                                            idTail.trim()
                                                                                    .toUpperCase(
                                                                                            Locale
                                                                                                    .ROOT)))
                                    .toList();
                    if (hits.size() == 1) {
                        return hits.get(0).id();
                    }
                    if (hits.isEmpty()) {
                        throw new UserError("error.leader.noSuchMember", nameOrCode);
                    }
                    String list =
                            String.join(
                                    "\n",
                                    hits.stream()
                                            .map(
                                                    m ->
                                                            Messages.format(
                                                                    "leader.candidateMember",
                                                                    ShortCodes.of('M', m.id()),
                                                                    m.name(),
                                                                    masking.id(
                                                                            m.citizenId().value())))
                                            .toList());
                    throw new UserError("error.leader.ambiguousMember", nameOrCode, list);
                });
    }

    /**
     * The holding a notice is about: the member's newest position in the organization (for a
     * removal, the newest that has ended); refused when there is none.
     */
    public UUID newestHolding(UUID orgId, UUID memberId, boolean ended) {
        return store.read(
                s ->
                        s.positions().ofOrg(orgId).stream()
                                .filter(h -> h.memberId().equals(memberId))
                                .filter(h -> !ended || !h.isServing())
                                .reduce((a, b) -> b)
                                .map(Holding::id)
                                .orElseThrow(
                                        () ->
                                                new UserError(
                                                        ended
                                                                ? "error.leader.noEndedHolding"
                                                                : "error.leader.noHolding")));
    }

    /** The renewal of an organization whose election meeting was on {@code meetingOn}. */
    public UUID electionHeld(UUID orgId, LocalDate meetingOn) {
        return store.read(s -> LeadershipNotices.electionHeld(s, orgId, meetingOn));
    }

    /** The serving holding of a member in an organization; refused when there is none. */
    public UUID servingHolding(UUID orgId, UUID memberId) {
        return store.read(
                s ->
                        s.positions().ofOrg(orgId).stream()
                                .filter(h -> h.isServing() && h.memberId().equals(memberId))
                                .findFirst()
                                .map(Holding::id)
                                .orElseThrow(() -> new UserError("error.leader.notServing")));
    }

    private static void endTerm(StoreSession s, String actorName, Term before, LocalDate on) {
        Term after = before.ended(on);
        s.terms().end(after.id(), after.endedOn());
        s.audit().record(actorName, TERM, after.id(), Action.UPDATE, before, after);
    }

    /**
     * A member's standing on the day a position starts: full only when the member is a full member
     * and became one by then (a full member whose date is unknown counts as full).
     */
    static Standing standingOn(Member m, LocalDate day) {
        return PartyStanding.on(m.standing(), m.fullOn(), day);
    }
}
