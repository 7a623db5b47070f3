package org.branchdesk.service.members;

import java.nio.file.Path;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.common.Choice;
import org.branchdesk.domain.common.Masking;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.Names;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.members.CitizenId;
import org.branchdesk.domain.members.Departure;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.members.MemberField;
import org.branchdesk.domain.members.MemberRules;
import org.branchdesk.domain.members.Membership;
import org.branchdesk.domain.members.Presence;
import org.branchdesk.domain.members.Registration;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.leadership.LeadershipService;
import org.branchdesk.service.orgs.PartyOrgService;
import org.branchdesk.service.registers.MemberFilter;
import org.branchdesk.service.registers.Registers;
import org.branchdesk.service.sheets.Spreadsheets;
import org.branchdesk.store.AuditLog;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.members.MemberRepository;
import org.branchdesk.store.orgs.TemporaryBranchRepository;

/** The members register: search, and leaving by a dated status (members are never deleted). */
public final class MemberService {
    private final Store store;
    private final Actor actor;
    private final Clock clock;

    private final Registers.Holder registers;

    public MemberService(Store store, Actor actor, Clock clock, Registers.Holder registers) {
        this.store = store;
        this.actor = actor;
        this.clock = clock;
        this.registers = registers;
    }

    /** A member as lists show it: ID number and phone masked, places and branch by name. */
    public record Row(
            UUID id,
            String name,
            String sex,
            String maskedId,
            String maskedPhone,
            Standing standing,
            Registration registration,
            Presence presence,
            String community,
            String compound,
            String org,
            Integer partyYears,
            Departure departure) {}

    /** Filters of the members list; {@code null} means any. */

    /** The rows found (at most {@code limit}) and whether there were more. */
    public record Page(List<Row> rows, boolean more) {}

    /**
     * Searches by name, the last digits (or all) of an ID number, or part of a phone number, with
     * filters; rows in pinyin order of names. Runs on the in-memory register, then reads the page's
     * members.
     */
    public Page search(MemberFilter f, int limit) {
        Registers snapshot = registers.get();
        List<MemberRepository.Fact> hits = snapshot.search(f, limit);
        List<UUID> ids = hits.stream().limit(limit).map(MemberRepository.Fact::id).toList();
        Map<UUID, Member> byId = new HashMap<>();
        Masking[] masking = {Masking.STANDARD};
        if (!ids.isEmpty()) {
            store.read(
                            s -> {
                                masking[0] = s.office().masking();
                                return s.members().findAll(ids);
                            })
                    .forEach(m -> byId.put(m.id(), m));
        }
        Names names =
                new Names(snapshot.communityNames(), snapshot.compoundNames(), snapshot.orgNames());
        LocalDate today = LocalDate.now(clock);
        List<Row> rows =
                ids.stream()
                        .map(byId::get)
                        .filter(Objects::nonNull)
                        .map(m -> row(m, names, today, masking[0]))
                        .toList();
        return new Page(rows, hits.size() > limit);
    }

    /**
     * Writes every member the filter finds to {@code .xlsx}, ID numbers and phones masked; returns
     * the number of rows written.
     */
    public int exportMasked(MemberFilter f, Path out) {
        return export(f, out, false);
    }

    /** What an export with full ID numbers recorded in the audit log. */
    public record FullExport(String reason, int rows, String file) {}

    /**
     * Writes the members with full ID numbers and phones. Needs a stated reason, which the audit
     * log keeps with the number of rows and the file name.
     */
    /** Whether the signed-in account may export full ID numbers (administrators). */
    public boolean mayExportFull() {
        return actor.may(Permission.EXPORT_FULL);
    }

    public int exportFull(MemberFilter f, Path out, String reason) {
        String why = Text.emptyToNull(reason);
        actor.require(Permission.EXPORT_FULL);
        if (why == null || why.length() < 4) {
            throw new ValidationError("field.export.reason", "rule.export.reason");
        }
        // Audited before the file exists: a full-ID file is never written without its record.
        int rows = search(f, Integer.MAX_VALUE - 1).rows().size();
        Access.write(
                store,
                actor,
                Permission.EXPORT_FULL,
                s -> {
                    s.audit()
                            .record(
                                    actor.name(),
                                    "member_export",
                                    UUID.randomUUID(),
                                    Action.EXPORT,
                                    null,
                                    new FullExport(why, rows, out.getFileName().toString()));
                    return null;
                });
        return export(f, out, true);
    }

    private int export(MemberFilter f, Path out, boolean full) {
        Page all = search(f, Integer.MAX_VALUE - 1);
        Map<UUID, Member> members = new HashMap<>();
        if (full) {
            List<UUID> ids = all.rows().stream().map(Row::id).toList();
            for (int i = 0; i < ids.size(); i += 1000) {
                List<UUID> chunk = ids.subList(i, Math.min(ids.size(), i + 1000));
                store.read(s -> s.members().findAll(chunk)).forEach(m -> members.put(m.id(), m));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (Row r : all.rows()) {
            Member m = members.get(r.id());
            rows.add(
                    Arrays.asList(
                            r.name(),
                            r.sex(),
                            full ? m.citizenId().value() : r.maskedId(),
                            full ? m.phone() : r.maskedPhone(),
                            Messages.format("standing." + r.standing().name()),
                            Messages.format("registration." + r.registration().name()),
                            Messages.format("presence." + r.presence().name()),
                            r.community(),
                            r.compound(),
                            r.org(),
                            r.partyYears() == null ? "" : r.partyYears().toString(),
                            r.departure() == null
                                    ? ""
                                    : Messages.format("departure." + r.departure().name())));
        }
        List<String> header =
                Arrays.stream(Messages.format("export.members.header").split(",")).toList();
        Spreadsheets.writeXlsx(out, Messages.format("template.sheet.MEMBERS"), header, rows);
        return rows.size();
    }

    /** What a clerk types to add one member by hand. */
    public record NewMember(
            String name,
            String idNumber,
            String phone,
            LocalDate joinedOn,
            LocalDate fullOn,
            Standing standing,
            Registration registration,
            Presence presence,
            UUID compoundId,
            UUID orgId,
            String building,
            String unit,
            String room,
            String workplace,
            String ethnicGroup,
            String education,
            String note,
            String tags) {
        /** A member as the short form enters one (no ethnic group, education or remarks). */
        public NewMember(
                String name,
                String idNumber,
                String phone,
                LocalDate joinedOn,
                LocalDate fullOn,
                Standing standing,
                Registration registration,
                Presence presence,
                UUID compoundId,
                UUID orgId,
                String building,
                String unit,
                String room,
                String workplace) {
            this(
                    name,
                    idNumber,
                    phone,
                    joinedOn,
                    fullOn,
                    standing,
                    registration,
                    presence,
                    compoundId,
                    orgId,
                    building,
                    unit,
                    room,
                    workplace,
                    null,
                    null,
                    null,
                    null);
        }
    }

    /** A place or branch to choose from: its id and how a clerk reads it. */
    public record Choice(UUID id, String label) {}

    /** The compounds (as 社区／小区) and the active branches a new member can be placed in. */
    public record Choices(List<Choice> compounds, List<Choice> branches) {}

    /** The office's today, for the dates a form proposes. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Choices choices() {
        Registers s = registers.get();
        List<Choice> compounds =
                s.compounds().stream()
                        .map(
                                c ->
                                        new Choice(
                                                c.id(),
                                                Messages.format(
                                                        "format.place",
                                                        s.communityNames().get(c.communityId()),
                                                        c.name())))
                        .sorted(
                                Comparator.comparing(
                                        Choice::label, Collator.getInstance(Locale.CHINA)))
                        .toList();
        // the branches a member's membership can be held in (taking part in a temporary branch
        // is a separate link)
        // and, so that a form never drops it, any other organization still holding members
        List<Choice> branches =
                s.orgs().stream()
                        .filter(
                                o ->
                                        Membership.canBeHeldIn(o)
                                                || o.isActive()
                                                        && o.type() != OrgType.TEMPORARY_BRANCH
                                                        && s.headcount(o.id()).all() > 0)
                        .map(
                                o ->
                                        new Choice(
                                                o.id(),
                                                Membership.canBeHeldIn(o)
                                                        ? o.name()
                                                        : Messages.format(
                                                                "members.org.keepOnly", o.name())))
                        .sorted(
                                Comparator.comparing(
                                        Choice::label, Collator.getInstance(Locale.CHINA)))
                        .toList();
        return new Choices(compounds, branches);
    }

    /**
     * Adds one member, checked by the same rules as an import; an ID number already registered is
     * refused.
     */
    public Member add(NewMember f) {
        MemberRules.validName(f.name());
        CitizenId.parse(f.idNumber());
        return Access.write(
                store, actor, Permission.EDIT, s -> add(s, actor.name(), LocalDate.now(clock), f));
    }

    /**
     * Adds one member within a change already under way (a development case's approval makes the
     * probationary member), by the same rules as {@link #add(NewMember)}, audited as the account
     * {@code user}.
     */
    public static Member add(StoreSession s, String user, LocalDate today, NewMember f) {
        String name = MemberRules.validName(f.name());
        CitizenId id = CitizenId.parse(f.idNumber());
        MemberRules.check(id, null, null, f.joinedOn(), f.fullOn(), f.standing(), today);
        if (s.members().findByIdNumber(id.value()).isPresent()) {
            throw new ValidationError("field.member.idNumber", "rule.member.idRegistered");
        }
        Member m = fromForm(s, UUID.randomUUID(), name, id, f, null, null, null, null);
        s.members().insert(m);
        s.audit().record(user, AuditLog.MEMBER, m.id(), Action.CREATE, null, m);
        return m;
    }

    /**
     * A probationary member becomes a full member from a day (转正), within a change already under
     * way (a development case's full membership), checked by the member rules and audited as the
     * account {@code user}.
     */
    public static Member madeFull(
            StoreSession s, String user, LocalDate today, UUID id, LocalDate fullOn) {
        Member before =
                s.members().find(id).orElseThrow(() -> new UserError("error.member.notFound"));
        MemberRules.check(
                before.citizenId(), null, null, before.joinedOn(), fullOn, Standing.FULL, today);
        Member after =
                new Member(
                        before.id(),
                        before.name(),
                        before.sex(),
                        before.citizenId(),
                        before.ethnicGroup(),
                        before.education(),
                        before.phone(),
                        before.joinedOn(),
                        fullOn,
                        Standing.FULL,
                        before.registration(),
                        before.presence(),
                        before.orgId(),
                        before.communityId(),
                        before.compoundId(),
                        before.building(),
                        before.unit(),
                        before.room(),
                        before.workplace(),
                        before.note(),
                        before.departure(),
                        before.departedOn(),
                        before.tags());
        s.members().update(after);
        s.audit().record(user, AuditLog.MEMBER, id, Action.UPDATE, before, after);
        return after;
    }

    /** One member in full, for the edit form (the form shows the ID number masked). */
    public Member get(UUID id) {
        return store.read(
                s ->
                        s.members()
                                .find(id)
                                .orElseThrow(() -> new UserError("error.member.notFound")));
    }

    /**
     * Changes a member's facts (not the ID number, which is who they are); checked as a whole by
     * the member rules and audited.
     */
    public Member update(UUID id, NewMember f) {
        String name = MemberRules.validName(f.name());
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    Member before =
                            s.members()
                                    .find(id)
                                    .orElseThrow(() -> new UserError("error.member.notFound"));
                    MemberRules.check(
                            before.citizenId(),
                            null,
                            null,
                            f.joinedOn(),
                            f.fullOn(),
                            f.standing(),
                            LocalDate.now(clock));
                    Member after =
                            fromForm(
                                    s,
                                    before.id(),
                                    name,
                                    before.citizenId(),
                                    f,
                                    before.communityId(),
                                    before.departure(),
                                    before.departedOn(),
                                    before.orgId());
                    if (after.equals(before)) {
                        return before;
                    }
                    s.members().update(after);
                    s.audit()
                            .record(
                                    actor.name(),
                                    AuditLog.MEMBER,
                                    id,
                                    Action.UPDATE,
                                    before,
                                    after);
                    return after;
                });
    }

    /** A member leaves the register on a date, for a reason; the record stays. */
    public Member leave(UUID id, Departure how, LocalDate on) {
        if (on.isAfter(LocalDate.now(clock))) {
            throw new ValidationError("field.member.departedOn", "rule.dateInFuture");
        }
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    Member before =
                            s.members()
                                    .find(id)
                                    .orElseThrow(() -> new UserError("error.member.notFound"));
                    if (!before.isActive()) {
                        throw new UserError("error.member.alreadyLeft", before.name());
                    }
                    if (how == Departure.PROBATION_CANCELLED
                            && before.standing() != Standing.PROBATIONARY) {
                        throw new UserError("error.member.notProbationary", before.name());
                    }
                    Member after = before.leaving(how, on);
                    s.members().update(after);
                    s.audit()
                            .record(
                                    actor.name(),
                                    AuditLog.MEMBER,
                                    id,
                                    Action.UPDATE,
                                    before,
                                    after);
                    // leaving the register ends every position held, and taking part in temporary
                    // branches, on the same day
                    LeadershipService.memberLeft(s, actor.name(), id, how, on);
                    for (TemporaryBranchRepository.Link l : s.temporaryBranches().ofMember(id)) {
                        if (l.isCurrent()) {
                            PartyOrgService.endParticipation(s, actor.name(), l, on);
                        }
                    }
                    return after;
                });
    }

    /** A member's taking part in a temporary branch, as the member's dialog lists it. */
    public record Participation(UUID linkId, String branch, LocalDate joinedOn, LocalDate leftOn) {
        public boolean isCurrent() {
            return leftOn == null;
        }
    }

    /** The temporary branches a member takes (or took) part in, oldest first. */
    public List<Participation> participations(UUID memberId) {
        return store.read(
                s -> {
                    Map<UUID, String> names = new HashMap<>();
                    s.orgs().list().forEach(o -> names.put(o.id(), o.name()));
                    return s.temporaryBranches().ofMember(memberId).stream()
                            .map(
                                    l ->
                                            new Participation(
                                                    l.id(),
                                                    names.getOrDefault(l.orgId(), ""),
                                                    l.joinedOn(),
                                                    l.leftOn()))
                            .toList();
                });
    }

    /** The active temporary branches a member can take part in. */
    public List<Choice> temporaryBranches() {
        Registers s = registers.get();
        return s.orgs().stream()
                .filter(o -> o.isActive() && o.type() == OrgType.TEMPORARY_BRANCH)
                .map(o -> new Choice(o.id(), o.name()))
                .sorted(Comparator.comparing(Choice::label, Collator.getInstance(Locale.CHINA)))
                .toList();
    }

    /**
     * A member starts taking part in a temporary branch on a date. Membership stays where it is
     * (the member's own branch is untouched); a member already taking part is refused.
     */
    public void joinTemporaryBranch(UUID memberId, UUID branchId, LocalDate on) {
        if (on != null && on.isAfter(LocalDate.now(clock))) {
            throw new ValidationError("field.participation.joinedOn", "rule.dateInFuture");
        }
        Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    Member m =
                            s.members()
                                    .find(memberId)
                                    .orElseThrow(() -> new UserError("error.member.notFound"));
                    if (!m.isActive()) {
                        throw new UserError("error.member.alreadyLeft", m.name());
                    }
                    PartyOrg branch =
                            s.orgs()
                                    .find(branchId)
                                    .filter(
                                            o ->
                                                    o.isActive()
                                                            && o.type() == OrgType.TEMPORARY_BRANCH)
                                    .orElseThrow(
                                            () ->
                                                    new UserError(
                                                            "error.participation.notTemporary"));
                    if (on != null && m.joinedOn() != null && on.isBefore(m.joinedOn())) {
                        throw new ValidationError(
                                "field.participation.joinedOn",
                                "rule.participation.beforeJoiningParty",
                                m.joinedOn());
                    }
                    if (on != null
                            && branch.establishedOn() != null
                            && on.isBefore(branch.establishedOn())) {
                        throw new ValidationError(
                                "field.participation.joinedOn",
                                "rule.participation.beforeBranch",
                                branch.establishedOn());
                    }
                    boolean already =
                            s.temporaryBranches().ofMember(memberId).stream()
                                    .anyMatch(l -> l.isCurrent() && l.orgId().equals(branchId));
                    if (already) {
                        throw new UserError("error.participation.already", m.name(), branch.name());
                    }
                    UUID id = s.temporaryBranches().insert(branchId, memberId, on);
                    s.audit()
                            .record(
                                    actor.name(),
                                    AuditLog.TEMPORARY_BRANCH_MEMBER,
                                    id,
                                    Action.CREATE,
                                    null,
                                    new MemberImporter.TemporaryBranchLink(branchId, memberId));
                    return null;
                });
    }

    /** A member stops taking part in a temporary branch on a date; the history stays. */
    public void leaveTemporaryBranch(UUID linkId, LocalDate on) {
        if (on == null) {
            throw new ValidationError("field.participation.leftOn", "rule.required");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new ValidationError("field.participation.leftOn", "rule.dateInFuture");
        }
        Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    TemporaryBranchRepository.Link link =
                            s.temporaryBranches()
                                    .find(linkId)
                                    .filter(TemporaryBranchRepository.Link::isCurrent)
                                    .orElseThrow(
                                            () -> new UserError("error.participation.notFound"));
                    if (link.joinedOn() != null && on.isBefore(link.joinedOn())) {
                        throw new ValidationError(
                                "field.participation.leftOn",
                                "rule.participation.leftBeforeJoined",
                                link.joinedOn());
                    }
                    s.temporaryBranches().end(linkId, on);
                    s.audit()
                            .record(
                                    actor.name(),
                                    AuditLog.TEMPORARY_BRANCH_MEMBER,
                                    linkId,
                                    Action.UPDATE,
                                    link,
                                    new TemporaryBranchRepository.Link(
                                            link.id(),
                                            link.orgId(),
                                            link.memberId(),
                                            link.joinedOn(),
                                            on));
                    return null;
                });
    }

    private record Names(
            Map<UUID, String> communities, Map<UUID, String> compounds, Map<UUID, String> orgs) {}

    private static Row row(Member m, Names n, LocalDate today, Masking masking) {
        return new Row(
                m.id(),
                m.name(),
                Messages.format("sex." + m.sex().name()),
                masking.id(m.citizenId().value()),
                masking.phone(m.phone()),
                m.standing(),
                m.registration(),
                m.presence(),
                n.communities().get(m.communityId()),
                n.compounds().get(m.compoundId()),
                n.orgs().get(m.orgId()),
                m.partyStanding(today),
                m.departure());
    }

    /** The organization chosen for a member's membership can hold it (see {@link Membership}). */
    private static void requireHoldingOrg(StoreSession s, UUID orgId) {
        if (orgId == null) {
            return;
        }
        PartyOrg org = s.orgs().find(orgId).orElseThrow(() -> new UserError("error.org.notFound"));
        if (!Membership.canBeHeldIn(org)) {
            throw new ValidationError(
                    "field.member.org",
                    "rule.member.orgCannotHold",
                    org.name(),
                    Messages.format("orgType." + org.type().name()));
        }
    }

    /**
     * The member the form describes, checked field by field as an import checks a row: a newly
     * chosen organization must hold membership ({@code keptOrg}, the one the member has, may stay),
     * the compound gives the community ({@code community} when the form names no compound).
     */
    private static Member fromForm(
            StoreSession s,
            UUID id,
            String name,
            CitizenId citizenId,
            NewMember f,
            UUID community,
            Departure departure,
            LocalDate departedOn,
            UUID keptOrg) {
        if (f.orgId() != null && !f.orgId().equals(keptOrg)) {
            // a member recorded before the rule may stay where they are until moved
            requireHoldingOrg(s, f.orgId());
        }
        UUID communityId = community;
        if (f.compoundId() != null) {
            communityId =
                    s.compounds()
                            .find(f.compoundId())
                            .orElseThrow(() -> new UserError("error.compound.notFound"))
                            .communityId();
        }
        return new Member(
                id,
                name,
                citizenId.sex(),
                citizenId,
                MemberImporter.ethnicGroup(f.ethnicGroup()),
                MemberField.EDUCATION.optional(f.education()),
                MemberField.PHONE.optional(f.phone()),
                f.joinedOn(),
                f.fullOn(),
                f.standing(),
                f.registration(),
                f.presence(),
                f.orgId(),
                communityId,
                f.compoundId(),
                MemberField.BUILDING.optional(f.building()),
                MemberField.UNIT.optional(f.unit()),
                MemberField.ROOM.optional(f.room()),
                MemberField.WORKPLACE.optional(f.workplace()),
                MemberField.NOTE.optional(f.note()),
                departure,
                departedOn,
                Member.normalizeTags(f.tags()));
    }
}
