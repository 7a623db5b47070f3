package org.branchdesk.service.duty;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.common.Masking;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.DutyPeriods;
import org.branchdesk.domain.duty.Reporting;
import org.branchdesk.domain.duty.ReportingClaim;
import org.branchdesk.domain.duty.ReportingHours;
import org.branchdesk.domain.duty.ReportingRules;
import org.branchdesk.domain.duty.ShiftPattern;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.duty.WorkUnit;
import org.branchdesk.domain.members.Member;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.duty.ReportingRepository.PostFact;
import org.branchdesk.store.duty.ReportingRepository.ShiftServed;

/**
 * In-service members reporting to the community where they live (在职党员到社区报到): the reporting itself,
 * the posts they claim, the hours they serve outside the roster; lists with the hours served (those
 * recorded and the roster's shifts attended), and those still without a post.
 */
public final class ReportingService {
    static final String ENTITY = "reporting";
    static final String CLAIM = "reporting_claim";
    static final String HOURS = "reporting_hours";

    private final Store store;
    private final Actor actor;
    private final Clock clock;

    public ReportingService(Store store, Actor actor, Clock clock) {
        this.store = store;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * A reporting as a clerk enters it. The unit is {@code unitId} when picked from the unit
     * register; otherwise {@code unitName}, linked when a unit of that name is on the register, and
     * recorded with {@code unitOrgName} when it is not.
     *
     * @param compoundId the compound reported to, or {@code null} for the whole community
     */
    public record NewReporting(
            UUID memberId,
            UUID communityId,
            UUID compoundId,
            UUID unitId,
            String unitName,
            String unitOrgName,
            LocalDate reportedOn) {}

    /** Records a member's reporting; refused, naming the field, when a rule forbids it. */
    public Reporting report(NewReporting f) {
        LocalDate today = LocalDate.now(clock);
        DutyPeriods.requireNotInFuture("field.reporting.reportedOn", f.reportedOn(), today);
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    if (f.memberId() == null) {
                        throw new ValidationError("field.reporting.member", "rule.required");
                    }
                    DutyRecords.checkOnRegister(
                            s, "field.reporting.member", Team.Someone.member(f.memberId()));
                    Member m = s.members().find(f.memberId()).orElseThrow();
                    if (!ReportingRules.inService(m.presence())) {
                        throw new ValidationError(
                                "field.reporting.member", "rule.reporting.notInService");
                    }
                    List<Reporting> earlier = s.reportings().ofMember(m.id());
                    if (ReportingRules.reportingAlready(earlier)) {
                        throw new ValidationError(
                                "field.reporting.member",
                                "rule.reporting.already",
                                earlier.stream()
                                        .filter(Reporting::isOpen)
                                        .findFirst()
                                        .orElseThrow()
                                        .reportedOn());
                    }
                    Reporting overlapped = ReportingRules.overlapsEarlier(earlier, f.reportedOn());
                    if (overlapped != null) {
                        throw new ValidationError(
                                "field.reporting.reportedOn",
                                "rule.reporting.overlapsEarlier",
                                overlapped.reportedOn(),
                                overlapped.endedOn());
                    }
                    DutyRecords.checkPlace(s, "field.reporting", f.communityId(), f.compoundId());
                    WorkUnit unit =
                            DutyRecords.unit(
                                    s,
                                    f.unitId(),
                                    f.unitName(),
                                    f.unitOrgName(),
                                    "field.reporting.unit",
                                    "field.reporting.unitOrg");
                    Reporting r =
                            Reporting.of(
                                    UUID.randomUUID(),
                                    m.id(),
                                    f.communityId(),
                                    f.compoundId(),
                                    unit,
                                    f.reportedOn());
                    s.reportings().insert(r);
                    s.audit().record(actor.name(), ENTITY, r.id(), Action.CREATE, null, r);
                    return r;
                });
    }

    /** Ends a reporting on a day; the record, its posts and its hours stay. */
    public Reporting end(UUID id, LocalDate on) {
        DutyPeriods.requireNotInFuture("field.reporting.endedOn", on, LocalDate.now(clock));
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    Reporting before = find(s, id);
                    if (!before.isOpen()) {
                        throw new UserError("error.reporting.alreadyEnded", before.endedOn());
                    }
                    DutyPeriods.requireEndNotBeforeStart(
                            "field.reporting.endedOn", before.reportedOn(), on);
                    LocalDate lastRecorded = lastRecorded(s, id);
                    if (lastRecorded != null && on.isBefore(lastRecorded)) {
                        throw new ValidationError(
                                "field.reporting.endedOn",
                                "rule.reporting.endBeforeRecorded",
                                lastRecorded);
                    }
                    s.reportings().end(id, on);
                    Reporting after = before.endingOn(on);
                    s.audit().record(actor.name(), ENTITY, id, Action.UPDATE, before, after);
                    return after;
                });
    }

    /** The latest day a claim or hours of a reporting were recorded for, or {@code null}. */
    private static LocalDate lastRecorded(StoreSession s, UUID id) {
        LocalDate last = null;
        for (ReportingClaim c : s.reportings().claimsOf(id)) {
            last = last == null || c.claimedOn().isAfter(last) ? c.claimedOn() : last;
        }
        for (ReportingHours h : s.reportings().hours()) {
            if (h.reportingId().equals(id) && (last == null || h.onDay().isAfter(last))) {
                last = h.onDay();
            }
        }
        return last;
    }

    private static Reporting find(StoreSession s, UUID id) {
        return s.reportings().find(id).orElseThrow(() -> new UserError("error.reporting.notFound"));
    }

    /**
     * A reporting member claims a post of the community they reported to (the roster keeps the
     * posts), from a day.
     */
    public ReportingClaim claim(UUID reportingId, UUID postId, LocalDate on) {
        LocalDate today = LocalDate.now(clock);
        DutyPeriods.requireNotInFuture("field.claim.claimedOn", on, today);
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    Reporting r = find(s, reportingId);
                    DutyRecords.checkDay(
                            "field.claim.claimedOn", on, today, r.reportedOn(), r.endedOn());
                    PostFact post =
                            s.reportings()
                                    .post(postId)
                                    .orElseThrow(() -> new UserError("error.reporting.noPost"));
                    if (!ReportingRules.postInCommunity(post.communityId(), r.communityId())) {
                        throw new ValidationError("field.claim.post", "rule.claim.elsewhere");
                    }
                    if (!ReportingRules.postOpenOn(post.closedOn(), on)) {
                        throw new ValidationError(
                                "field.claim.post", "rule.claim.closed", post.closedOn());
                    }
                    if (ReportingRules.claimedAlready(s.reportings().claimsOf(r.id()), postId)) {
                        throw new ValidationError("field.claim.post", "rule.claim.twice");
                    }
                    ReportingClaim c = new ReportingClaim(UUID.randomUUID(), r.id(), postId, on);
                    s.reportings().insertClaim(c);
                    s.audit().record(actor.name(), CLAIM, c.id(), Action.CREATE, null, c);
                    return c;
                });
    }

    /** Records hours a reporting member served on a day outside the roster. */
    public ReportingHours recordHours(
            UUID reportingId, LocalDate on, BigDecimal hours, String what) {
        LocalDate today = LocalDate.now(clock);
        ReportingHours draft = ReportingHours.of(UUID.randomUUID(), reportingId, on, hours, what);
        DutyPeriods.requireNotInFuture("field.reportingHours.onDay", on, today);
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    Reporting r = find(s, reportingId);
                    DutyRecords.checkDay(
                            "field.reportingHours.onDay", on, today, r.reportedOn(), r.endedOn());
                    s.reportings().insertHours(draft);
                    s.audit().record(actor.name(), HOURS, draft.id(), Action.CREATE, null, draft);
                    return draft;
                });
    }

    /** A member's open reporting; refused when there is none. */
    public UUID openReportingOf(UUID memberId) {
        return store.read(
                s ->
                        s.reportings().ofMember(memberId).stream()
                                .filter(Reporting::isOpen)
                                .map(Reporting::id)
                                .findFirst()
                                .orElseThrow(() -> new UserError("error.reporting.noneOpen")));
    }

    /**
     * A member's reporting a feedback sheet is about: the open one, or else the one that ended
     * last; refused when they never reported.
     */
    public UUID latestReportingOf(UUID memberId) {
        return store.read(
                s -> {
                    List<Reporting> all = s.reportings().ofMember(memberId);
                    return all.stream()
                            .filter(Reporting::isOpen)
                            .findFirst()
                            .or(() -> all.stream().max(Comparator.comparing(Reporting::endedOn)))
                            .map(Reporting::id)
                            .orElseThrow(() -> new UserError("error.reporting.never"));
                });
    }

    /**
     * A line of the reporting members' list: the member (phone masked), where they reported, their
     * unit and its party organization, the posts they claimed and the hours they served.
     *
     * @param compound the compound's name, or empty for the whole community
     * @param unitOrg the unit's party organization, or {@code null} when none is recorded
     * @param posts the names of the posts claimed, in the order claimed
     * @param hoursServed hours recorded plus the roster's shifts attended within the reporting
     */
    public record Line(
            UUID id,
            UUID memberId,
            String member,
            String maskedPhone,
            UUID communityId,
            String community,
            UUID compoundId,
            String compound,
            String unit,
            String unitOrg,
            boolean unitOnRegister,
            LocalDate reportedOn,
            LocalDate endedOn,
            List<String> posts,
            BigDecimal hoursServed) {
        public boolean isOpen() {
            return endedOn == null;
        }

        /** Who the feedback sheet goes to: the unit's party organization, or else the unit. */
        public String feedbackTo() {
            return ReportingRules.feedbackAddressee(unitOrg, unit);
        }
    }

    /** Open reportings (with {@code all}, ended ones too), in the order they were made. */
    public List<Line> lines(boolean all) {
        return store.read(s -> lines(s, LocalDate.now(clock), all, false, null));
    }

    /**
     * Reporting members without a post: open reportings with no claimed post still open and no
     * roster shift assigned since they reported.
     */
    public List<Line> withoutPost() {
        return store.read(s -> lines(s, LocalDate.now(clock), false, true, null));
    }

    /** One reporting's line (for its feedback sheet); refused when there is none. */
    public Line line(UUID id) {
        return store.read(
                s ->
                        line(s, id, LocalDate.now(clock), null)
                                .orElseThrow(() -> new UserError("error.reporting.notFound")));
    }

    /** One reporting's line, its posts and hours counted up to {@code upTo} ({@code null}: all). */
    static Optional<Line> line(StoreSession s, UUID id, LocalDate today, LocalDate upTo) {
        return lines(s, today, r -> r.id().equals(id), false, upTo).stream().findFirst();
    }

    /**
     * The lines of the reportings that {@code all} asks for (open ones, or all), perhaps only those
     * without a post, with the posts claimed and the hours served up to {@code upTo} ({@code null}:
     * all recorded).
     */
    static List<Line> lines(
            StoreSession s, LocalDate today, boolean all, boolean onlyWithoutPost, LocalDate upTo) {
        return lines(s, today, r -> all || r.isOpen(), onlyWithoutPost, upTo);
    }

    private static List<Line> lines(
            StoreSession s,
            LocalDate today,
            Predicate<Reporting> which,
            boolean onlyWithoutPost,
            LocalDate upTo) {
        List<Reporting> reportings = s.reportings().list().stream().filter(which).toList();
        List<UUID> memberIds = DutyRecords.Names.memberIds(reportings, Reporting::memberId);
        DutyRecords.Names names = new DutyRecords.Names(s, memberIds);
        Map<UUID, PostFact> posts =
                s.reportings().allPosts().stream().collect(Collectors.toMap(PostFact::id, p -> p));
        Map<UUID, List<ReportingClaim>> claims =
                s.reportings().claims().stream()
                        .filter(c -> upTo == null || !c.claimedOn().isAfter(upTo))
                        .collect(Collectors.groupingBy(ReportingClaim::reportingId));
        Map<UUID, List<ReportingHours>> hours =
                s.reportings().hours().stream()
                        .filter(h -> upTo == null || !h.onDay().isAfter(upTo))
                        .collect(Collectors.groupingBy(ReportingHours::reportingId));
        Map<UUID, List<ShiftServed>> shifts = new HashMap<>();
        for (ShiftServed x : s.reportings().shiftsOf(memberIds)) {
            shifts.computeIfAbsent(x.memberId(), k -> new ArrayList<>()).add(x);
        }
        List<Line> out = new ArrayList<>();
        for (Reporting r : reportings) {
            List<ReportingClaim> claimed = claims.getOrDefault(r.id(), List.of());
            List<ShiftServed> served =
                    shifts.getOrDefault(r.memberId(), List.of()).stream()
                            .filter(x -> DutyPeriods.within(x.day(), r.reportedOn(), r.endedOn()))
                            .filter(x -> upTo == null || !x.day().isAfter(upTo))
                            .toList();
            if (onlyWithoutPost
                    && !ReportingRules.withoutPost(
                            r.isOpen(),
                            claimed.stream()
                                    .map(c -> posts.get(c.postId()))
                                    .anyMatch(
                                            p ->
                                                    p != null
                                                            && ReportingRules.postOpenOn(
                                                                    p.closedOn(), today)),
                            !served.isEmpty())) {
                continue;
            }
            List<Duration> attended =
                    served.stream()
                            .filter(ShiftServed::attended)
                            .map(x -> new ShiftPattern(x.startsAt(), x.endsAt()).length())
                            .toList();
            BigDecimal hoursServed =
                    ReportingRules.hoursServed(
                            hours.getOrDefault(r.id(), List.of()).stream()
                                    .map(ReportingHours::hours)
                                    .toList(),
                            attended);
            Team.Someone who = Team.Someone.member(r.memberId());
            out.add(
                    new Line(
                            r.id(),
                            r.memberId(),
                            names.name(who),
                            names.maskedPhone(who),
                            r.communityId(),
                            names.community(r.communityId()),
                            r.compoundId(),
                            names.compound(r.compoundId()),
                            names.unit(r.unit()),
                            names.unitOrg(r.unit()),
                            r.unit().isOnRegister(),
                            r.reportedOn(),
                            r.endedOn(),
                            claimed.stream()
                                    .map(c -> posts.get(c.postId()))
                                    .map(p -> p == null ? "" : p.name())
                                    .toList(),
                            hoursServed));
        }
        return out;
    }

    /** A post a reporting member may claim: one of their community's, open today. */
    public record PostChoice(UUID id, String name, String place) {}

    /** The posts a reporting may claim today (those it has not claimed yet), by name. */
    public List<PostChoice> claimable(UUID reportingId) {
        LocalDate today = LocalDate.now(clock);
        return store.read(
                s -> {
                    Reporting r = find(s, reportingId);
                    List<ReportingClaim> claimed = s.reportings().claimsOf(r.id());
                    DutyRecords.Names names = new DutyRecords.Names(s, List.of());
                    return s.reportings().posts(r.communityId()).stream()
                            .filter(p -> ReportingRules.postOpenOn(p.closedOn(), today))
                            .filter(p -> !ReportingRules.claimedAlready(claimed, p.id()))
                            .map(
                                    p ->
                                            new PostChoice(
                                                    p.id(),
                                                    p.name(),
                                                    names.place(p.communityId(), p.compoundId())))
                            .toList();
                });
    }

    // --- what the reporting members' page needs -------------------------------------------------

    /**
     * An in-service member who may report now: on the members register as 在职党员报到, with no reporting
     * open. Where they live is where they would report; their workplace, as the register has it, is
     * the unit a form proposes.
     *
     * @param maskedId the ID number masked the office's way
     * @param place the community and compound they live in, as one label
     * @param workplace the workplace on the register, or empty
     * @param earlier their reportings that ended (a new one starts no earlier than their end)
     */
    public record Reportable(
            UUID memberId,
            String name,
            String maskedId,
            UUID communityId,
            UUID compoundId,
            String place,
            String workplace,
            List<Reporting> earlier) {}

    /** The in-service members who may report now, in pinyin order of names. */
    public List<Reportable> reportable() {
        return store.read(
                s -> {
                    List<Reporting> all = s.reportings().list();
                    Set<UUID> open =
                            all.stream()
                                    .filter(Reporting::isOpen)
                                    .map(Reporting::memberId)
                                    .collect(Collectors.toSet());
                    Map<UUID, List<Reporting>> ended =
                            all.stream()
                                    .filter(r -> !r.isOpen())
                                    .collect(Collectors.groupingBy(Reporting::memberId));
                    DutyRecords.Names names = new DutyRecords.Names(s, List.of());
                    Masking masking = s.office().masking();
                    return s.members().active(null).stream()
                            .filter(m -> ReportingRules.inService(m.presence()))
                            .filter(m -> !open.contains(m.id()))
                            .sorted(
                                    Comparator.comparing(
                                            Member::name, Collator.getInstance(Locale.CHINA)))
                            .map(
                                    m ->
                                            new Reportable(
                                                    m.id(),
                                                    m.name(),
                                                    masking.id(m.citizenId().value()),
                                                    m.communityId(),
                                                    m.compoundId(),
                                                    names.place(m.communityId(), m.compoundId()),
                                                    m.workplace() == null ? "" : m.workplace(),
                                                    ended.getOrDefault(m.id(), List.of())))
                            .toList();
                });
    }

    /** A post a reporting claimed, as its page lists it: the post, where it is, from when. */
    public record Claimed(UUID id, String post, String place, LocalDate claimedOn) {}

    /** The posts a reporting claimed, in the order claimed. */
    public List<Claimed> claimsOf(UUID reportingId) {
        return store.read(
                s -> {
                    Map<UUID, PostFact> posts =
                            s.reportings().allPosts().stream()
                                    .collect(Collectors.toMap(PostFact::id, p -> p));
                    DutyRecords.Names names = new DutyRecords.Names(s, List.of());
                    return s.reportings().claimsOf(reportingId).stream()
                            .map(
                                    c -> {
                                        PostFact p = posts.get(c.postId());
                                        return new Claimed(
                                                c.id(),
                                                p == null ? "" : p.name(),
                                                p == null
                                                        ? ""
                                                        : names.place(
                                                                p.communityId(), p.compoundId()),
                                                c.claimedOn());
                                    })
                            .toList();
                });
    }

    /**
     * Drops a claim (认领取消): the member no longer takes the post. The claim is flagged, never
     * removed, and stays in the audit trail; a claim of a reporting that has ended is history and
     * is refused.
     */
    public ReportingClaim dropClaim(UUID claimId) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    ReportingClaim c =
                            s.reportings().claims().stream()
                                    .filter(x -> x.id().equals(claimId))
                                    .findFirst()
                                    .orElseThrow(() -> new UserError("error.claim.notFound"));
                    Reporting r = find(s, c.reportingId());
                    if (!r.isOpen()) {
                        throw new UserError("error.reporting.alreadyEnded", r.endedOn());
                    }
                    s.reportings().dropClaim(claimId);
                    s.audit().record(actor.name(), CLAIM, claimId, Action.DELETE, c, null);
                    return c;
                });
    }
}
