package org.branchdesk.service.care;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.care.DevelopmentCase;
import org.branchdesk.domain.care.DevelopmentMaterial;
import org.branchdesk.domain.care.DevelopmentProgress;
import org.branchdesk.domain.care.DevelopmentProgress.ProbationExtension;
import org.branchdesk.domain.care.DevelopmentRecord;
import org.branchdesk.domain.care.DevelopmentRules;
import org.branchdesk.domain.care.DevelopmentStep;
import org.branchdesk.domain.common.Masking;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.members.CitizenId;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.members.MemberRules;
import org.branchdesk.domain.members.Membership;
import org.branchdesk.domain.members.Presence;
import org.branchdesk.domain.members.Registration;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.duty.DutyNames;
import org.branchdesk.service.members.MemberService;
import org.branchdesk.service.registers.ShortCodes;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;

/**
 * Developing members (发展党员): a case per applicant, its thirteen steps recorded with their dates,
 * people and documents, each step's checklist of materials. The timing and order are the domain's
 * ({@link DevelopmentRules}); this service loads a case's progress, lets the rules decide, and
 * keeps the result. The higher committee's approval makes the member record, probationary from the
 * branch meeting's day, and full membership makes it full, both by the member service's rules.
 * Lists show ID numbers masked, so a supervisor reads the same board.
 */
public final class DevelopmentService {
    static final String ENTITY = "development_case";
    static final String STEP_ENTITY = "development_step";

    /** How many days ahead the board and 概览 call a step "due soon". */
    public static final int DUE_SOON_DAYS = 30;

    private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);

    private final Store store;
    private final Actor actor;
    private final Clock clock;
    private final DutyNames names;

    public DevelopmentService(Store store, Actor actor, Clock clock, DutyNames names) {
        this.store = store;
        this.actor = actor;
        this.clock = clock;
        this.names = names;
    }

    /** The office's today. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * A new case as a clerk enters it: a resident on the people register ({@code personId}; the ID
     * number is theirs, or {@code idNumber} when the register has none), else a name with an ID
     * number; the branch; and the application (step 1) with its day and document number.
     */
    public record NewCase(
            UUID personId,
            String name,
            String idNumber,
            UUID orgId,
            boolean frontLine,
            int priority,
            LocalDate appliedOn,
            String documentNumber) {}

    /** The details a step may carry beyond its day and document number. */
    public record Details(
            List<UUID> people,
            Integer trainingDays,
            Integer trainingHours,
            String specialReason,
            Set<DevelopmentMaterial> materials) {
        public Details {
            people = people == null ? List.of() : List.copyOf(people);
            materials = materials == null ? Set.of() : Set.copyOf(materials);
        }

        /** No people, no training, no reason, nothing ticked. */
        public static Details none() {
            return new Details(List.of(), null, null, null, Set.of());
        }
    }

    /** Opens a case with its application; refused when the applicant is under eighteen. */
    public DevelopmentCase add(NewCase f) {
        return Access.write(store, actor, Permission.EDIT, s -> add(s, actor.name(), today(), f));
    }

    /** As {@link #add(NewCase)}, within a change already under way (the demo's). */
    public static DevelopmentCase add(StoreSession s, String user, LocalDate today, NewCase f) {
        String name;
        CitizenId id;
        UUID personId = f.personId();
        if (personId != null) {
            Person p =
                    s.people()
                            .find(personId)
                            .filter(Person::isActive)
                            .orElseThrow(() -> new UserError("error.person.notFound"));
            name = p.name();
            id = p.citizenId() != null ? p.citizenId() : CitizenId.parse(f.idNumber());
        } else {
            name = MemberRules.validName(f.name());
            id = CitizenId.parse(f.idNumber());
        }
        if (s.members().findByIdNumber(id.value()).filter(Member::isActive).isPresent()) {
            throw new ValidationError("field.development.applicant", "rule.development.isMember");
        }
        boolean open =
                s.development().list().stream()
                        .anyMatch(
                                c ->
                                        c.state() == DevelopmentCase.State.OPEN
                                                && c.citizenId().value().equals(id.value()));
        if (open) {
            throw new ValidationError("field.development.applicant", "rule.development.caseOpen");
        }
        branch(s, f.orgId());
        if (f.appliedOn() == null) {
            throw new ValidationError("field.development.on", "rule.required");
        }
        DevelopmentRules.check(
                DevelopmentProgress.of(id.birthDate()),
                DevelopmentStep.APPLICATION,
                f.appliedOn(),
                today,
                false);
        DevelopmentCase c =
                new DevelopmentCase(
                        UUID.randomUUID(),
                        personId,
                        name,
                        id,
                        f.orgId(),
                        f.frontLine(),
                        f.priority(),
                        DevelopmentCase.State.OPEN,
                        null,
                        null);
        s.development().insert(c);
        s.audit().record(user, ENTITY, c.id(), Action.CREATE, null, c);
        DevelopmentRecord r =
                new DevelopmentRecord(
                        UUID.randomUUID(),
                        c.id(),
                        DevelopmentStep.APPLICATION,
                        f.appliedOn(),
                        document(f.documentNumber()),
                        List.of(),
                        null,
                        null,
                        null);
        s.development().insert(r);
        s.audit().record(user, STEP_ENTITY, r.id(), Action.CREATE, null, r);
        return c;
    }

    /**
     * Records a step of a case on a day: refused, with the rule in Chinese, when out of order, too
     * early, before the step before it, in the future, or (the approval) too late; the activist
     * step needs one or two contact persons, the candidate step two sponsors, full members of the
     * branch; the training its days or hours. The approval makes the member record; full membership
     * makes it full.
     */
    public DevelopmentRecord step(
            UUID caseId, DevelopmentStep step, LocalDate on, String documentNumber, Details d) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> step(s, actor.name(), today(), caseId, step, on, documentNumber, d));
    }

    /** As {@link #step}, within a change already under way (the demo's). */
    public static DevelopmentRecord step(
            StoreSession s,
            String user,
            LocalDate today,
            UUID caseId,
            DevelopmentStep step,
            LocalDate on,
            String documentNumber,
            Details details) {
        Details d = details == null ? Details.none() : details;
        DevelopmentCase c = developmentCase(s, caseId);
        if (c.state() != DevelopmentCase.State.OPEN) {
            throw new ValidationError(
                    "field.development.step", "rule.development.closed", c.name());
        }
        if (step == null) {
            throw new ValidationError("field.development.step", "rule.required");
        }
        if (on == null) {
            throw new ValidationError("field.development.on", "rule.required");
        }
        List<DevelopmentRecord> taken =
                s.development().steps(caseId).getOrDefault(caseId, List.of());
        DevelopmentProgress progress = progress(c, taken);
        String reason = Text.emptyToNull(d.specialReason());
        if (reason != null && Text.length(reason) > DevelopmentRecord.MAX_REASON) {
            throw new ValidationError(
                    "field.development.specialReason",
                    "rule.tooLong",
                    DevelopmentRecord.MAX_REASON);
        }
        DevelopmentRules.check(progress, step, on, today, reason != null);
        List<UUID> people = List.of();
        switch (step) {
            case ACTIVIST -> {
                people = d.people();
                DevelopmentRules.checkContactPersons(standings(s, people));
            }
            case CANDIDATE -> {
                people = d.people();
                DevelopmentRules.checkSponsors(standings(s, people));
                DevelopmentRules.checkSponsorsOfTheBranch(
                        people.stream().map(m -> member(s, m).orgId()).toList(),
                        c.orgId(),
                        branch(s, c.orgId()).name());
            }
            case TRAINING ->
                    DevelopmentRules.checkTraining(
                            Objects.requireNonNullElse(d.trainingDays(), 0),
                            Objects.requireNonNullElse(d.trainingHours(), 0));
            default -> {
                // only the day and the document
            }
        }
        DevelopmentRecord r =
                new DevelopmentRecord(
                        UUID.randomUUID(),
                        caseId,
                        step,
                        on,
                        document(documentNumber),
                        people,
                        step == DevelopmentStep.TRAINING ? d.trainingDays() : null,
                        step == DevelopmentStep.TRAINING ? d.trainingHours() : null,
                        step == DevelopmentStep.APPROVAL ? reason : null);
        s.development().insert(r);
        s.audit().record(user, STEP_ENTITY, r.id(), Action.CREATE, null, r);
        DevelopmentProgress after = progress.with(step, on);
        tickIn(s, user, c, after, d.materials(), on);
        DevelopmentCase changed = c;
        LocalDate admittedOn = after.on(DevelopmentStep.ADMISSION);
        if (step == DevelopmentStep.APPROVAL) {
            // probationary from the branch meeting's day (党章第七条), by the member rules
            Member m =
                    MemberService.add(
                            s,
                            user,
                            today,
                            new MemberService.NewMember(
                                    c.name(),
                                    c.citizenId().value(),
                                    phone(s, c),
                                    admittedOn,
                                    null,
                                    Standing.PROBATIONARY,
                                    Registration.COMMUNITY,
                                    Presence.RESIDENT,
                                    null,
                                    c.orgId(),
                                    null,
                                    null,
                                    null,
                                    null));
            changed = c.withMember(m.id());
        } else if (step == DevelopmentStep.FULL_MEMBERSHIP) {
            MemberService.madeFull(
                    s,
                    user,
                    today,
                    c.memberId(),
                    DevelopmentRules.fullMemberFrom(admittedOn, c.extension()));
            changed = c.in(DevelopmentCase.State.FULL_MEMBER);
        }
        if (!changed.equals(c)) {
            s.development().update(changed);
            s.audit().record(user, ENTITY, c.id(), Action.UPDATE, c, changed);
        }
        return r;
    }

    /**
     * Ticks materials of a case's checklist on a day; a material of a step not yet taken is
     * refused, one ticked already is left as it was.
     */
    public void tick(UUID caseId, Set<DevelopmentMaterial> materials, LocalDate on) {
        if (on != null && on.isAfter(today())) {
            throw new ValidationError("field.development.on", "rule.dateInFuture");
        }
        Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    DevelopmentCase c = developmentCase(s, caseId);
                    List<DevelopmentRecord> taken =
                            s.development().steps(caseId).getOrDefault(caseId, List.of());
                    tickIn(
                            s,
                            actor.name(),
                            c,
                            progress(c, taken),
                            materials,
                            on == null ? today() : on);
                    return null;
                });
    }

    private static void tickIn(
            StoreSession s,
            String user,
            DevelopmentCase c,
            DevelopmentProgress progress,
            Collection<DevelopmentMaterial> materials,
            LocalDate on) {
        Map<DevelopmentMaterial, LocalDate> ticked =
                s.development().materials(c.id()).getOrDefault(c.id(), Map.of());
        for (DevelopmentMaterial m : materials) {
            if (!progress.hasTaken(m.step())) {
                throw new ValidationError(
                        "field.development.materials",
                        "rule.development.materialBeforeStep",
                        Messages.format(m.key()),
                        Messages.format(m.step().key()));
            }
        }
        for (DevelopmentMaterial m : materials) {
            if (!ticked.containsKey(m)) {
                s.development().tick(c.id(), m, on);
                s.audit()
                        .record(
                                user,
                                ENTITY,
                                c.id(),
                                Action.UPDATE,
                                null,
                                new Ticked(c.id(), m, on));
            }
        }
    }

    /** A material ticked, as the audit log records it. */
    record Ticked(UUID caseId, DevelopmentMaterial material, LocalDate on) {}

    /**
     * The branch meeting extends the probation (延长预备期) once, when the year is over, by six to
     * twelve months.
     */
    public DevelopmentCase extend(UUID caseId, LocalDate decidedOn, int months) {
        if (decidedOn != null && decidedOn.isAfter(today())) {
            throw new ValidationError("field.development.extension", "rule.dateInFuture");
        }
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    DevelopmentCase c = developmentCase(s, caseId);
                    DevelopmentProgress progress =
                            progress(
                                    c,
                                    s.development().steps(caseId).getOrDefault(caseId, List.of()));
                    ProbationExtension by = new ProbationExtension(decidedOn, months);
                    DevelopmentRules.checkExtension(progress, by);
                    DevelopmentCase after = c.extended(by);
                    s.development().update(after);
                    s.audit().record(actor.name(), ENTITY, c.id(), Action.UPDATE, c, after);
                    return after;
                });
    }

    // ------------------------------------------------------------------ reading

    /**
     * A case as the board, the list and the ledger show it.
     *
     * @param maskedId the ID number masked the office's way
     * @param stage the last step taken
     * @param due what is due next, {@code null} once a full member
     * @param missing materials of the steps taken not yet ticked
     */
    public record Line(
            UUID id,
            String code,
            String applicant,
            String maskedId,
            String branch,
            boolean frontLine,
            int priority,
            DevelopmentCase.State state,
            DevelopmentStep stage,
            Map<DevelopmentStep, LocalDate> taken,
            DevelopmentRules.Due due,
            boolean overdue,
            boolean dueSoon,
            List<DevelopmentMaterial> missing) {
        /** The day the stage was reached. */
        public LocalDate stageOn() {
            return stage == null ? null : taken.get(stage);
        }
    }

    /** A stage of the board and the cases at it. */
    public record Stage(DevelopmentStep step, List<Line> cases) {}

    /**
     * Every case not withdrawn: the front line first, then priority, then the earliest due, full
     * members last.
     */
    public List<Line> lines() {
        LocalDate today = today();
        return store.read(s -> lines(s, today, s.office().masking()));
    }

    /** What is due next as a clerk reads it: the step, and its deadline or earliest day. */
    public static String next(Line l) {
        return next(l, true);
    }

    /**
     * What is due next; {@code overdue} says whether to say it is overdue (a ledger's hash leaves
     * it out: a day passing is no change of the data).
     */
    public static String next(Line l, boolean overdue) {
        if (l.state() == DevelopmentCase.State.FULL_MEMBER || l.due() == null) {
            return Messages.format("development.done");
        }
        return Messages.format(
                l.due().deadline() == null
                        ? "development.next.from"
                        : overdue && l.overdue()
                                ? "development.next.overdue"
                                : "development.next.by",
                Messages.format(l.due().step().key()),
                l.due().date().toString());
    }

    /** The board: the thirteen stages in order, each with its cases (a stage may be empty). */
    public List<Stage> board() {
        List<Line> all = lines();
        List<Stage> out = new ArrayList<>();
        for (DevelopmentStep step : DevelopmentStep.values()) {
            out.add(new Stage(step, all.stream().filter(l -> l.stage() == step).toList()));
        }
        return out;
    }

    /** For 概览: open cases whose next step is overdue or due within {@link #DUE_SOON_DAYS}. */
    public List<Line> due() {
        return lines().stream().filter(l -> l.overdue() || l.dueSoon()).toList();
    }

    /** The lines of a session's cases, as {@link #lines()} orders them. */
    public static List<Line> lines(StoreSession s, LocalDate today, Masking masking) {
        Map<UUID, String> orgs = new HashMap<>();
        s.orgs().list().forEach(o -> orgs.put(o.id(), o.name()));
        Map<UUID, List<DevelopmentRecord>> steps = s.development().steps(null);
        Map<UUID, Map<DevelopmentMaterial, LocalDate>> materials = s.development().materials(null);
        List<Line> out = new ArrayList<>();
        for (DevelopmentCase c : s.development().list()) {
            if (c.state() == DevelopmentCase.State.WITHDRAWN) {
                continue;
            }
            DevelopmentProgress p = progress(c, steps.getOrDefault(c.id(), List.of()));
            DevelopmentRules.Due due = DevelopmentRules.nextDue(p);
            Map<DevelopmentMaterial, LocalDate> ticked = materials.getOrDefault(c.id(), Map.of());
            List<DevelopmentMaterial> missing = new ArrayList<>();
            for (DevelopmentStep st : p.taken().keySet()) {
                st.materials().stream().filter(m -> !ticked.containsKey(m)).forEach(missing::add);
            }
            out.add(
                    new Line(
                            c.id(),
                            ShortCodes.of('D', c.id()),
                            c.name(),
                            masking.id(c.citizenId().value()),
                            orgs.get(c.orgId()),
                            c.frontLine(),
                            c.priority(),
                            c.state(),
                            p.last(),
                            p.taken(),
                            due,
                            due != null && due.overdueOn(today),
                            due != null && due.dueWithin(today, DUE_SOON_DAYS),
                            List.copyOf(missing)));
        }
        out.sort(
                Comparator.comparing((Line l) -> l.due() == null)
                        .thenComparing(l -> !l.frontLine())
                        .thenComparing(Comparator.comparingInt(Line::priority).reversed())
                        .thenComparing(
                                l -> l.due() == null ? LocalDate.MAX : l.due().date(),
                                Comparator.naturalOrder())
                        .thenComparing(Line::applicant, CHINESE));
        return out;
    }

    /**
     * The case a command line names: the applicant's name, with the last four characters of the ID
     * number when the name is not unique (never the whole number: a command line is kept in shell
     * history).
     */
    public UUID caseNamed(String applicant, String idTail) {
        String tail = idTail == null ? null : idTail.trim().toUpperCase(Locale.ROOT);
        if (tail != null && !tail.matches("[0-9]{3}[0-9X]")) {
            throw new UserError("error.leader.badIdTail");
        }
        String name = applicant == null ? "" : applicant.trim();
        return store.read(
                s -> {
                    List<DevelopmentCase> hits =
                            s.development().list().stream()
                                    .filter(c -> c.state() != DevelopmentCase.State.WITHDRAWN)
                                    .filter(c -> c.name().equals(name))
                                    .filter(
                                            c ->
                                                    tail == null
                                                            || c.citizenId().value().endsWith(tail))
                                    .toList();
                    if (hits.isEmpty()) {
                        throw new UserError("error.development.noSuchCase", name);
                    }
                    if (hits.size() > 1) {
                        Masking masking = s.office().masking();
                        throw new UserError(
                                "error.development.ambiguous",
                                name,
                                String.join(
                                        "、",
                                        hits.stream()
                                                .map(c -> masking.id(c.citizenId().value()))
                                                .toList()));
                    }
                    return hits.get(0).id();
                });
    }

    /**
     * The applicant a command line names on the people register (with the last four characters of
     * the ID number when the name is not unique), or {@code null} when nobody there has the name
     * (then the case names the applicant with an ID number); refused when the name is a member's.
     */
    public UUID applicantOnRegister(String name, String idTail) {
        Team.Someone who;
        try {
            who = names.someone(name, idTail);
        } catch (UserError e) {
            if ("error.roster.noSuchPerson".equals(e.key())) {
                return null;
            }
            throw e;
        }
        if (who.isMember()) {
            throw new ValidationError("field.development.applicant", "rule.development.isMember");
        }
        return who.personId();
    }

    /**
     * A member a command line names (a contact person or sponsor): {@code NAME} or {@code
     * NAME:NNNN}.
     */
    public UUID memberNamed(String nameAndTail) {
        String text = nameAndTail == null ? "" : nameAndTail.trim();
        int colon = text.lastIndexOf(':');
        return colon < 0
                ? names.member(text, null)
                : names.member(text.substring(0, colon), text.substring(colon + 1));
    }

    /** A branch a command line names, active and able to hold members. */
    public UUID branchNamed(String name) {
        return store.read(
                s -> {
                    List<PartyOrg> hits =
                            s.orgs().findByName(name == null ? "" : name.trim()).stream()
                                    .filter(PartyOrg::isActive)
                                    .toList();
                    if (hits.size() != 1) {
                        throw new UserError("error.development.noSuchBranch", name);
                    }
                    return hits.get(0).id();
                });
    }

    // ------------------------------------------------------------------ helpers

    static DevelopmentProgress progress(DevelopmentCase c, List<DevelopmentRecord> taken) {
        Map<DevelopmentStep, LocalDate> on = new EnumMap<>(DevelopmentStep.class);
        taken.forEach(r -> on.put(r.step(), r.on()));
        return new DevelopmentProgress(c.citizenId().birthDate(), on, c.extension());
    }

    static DevelopmentCase developmentCase(StoreSession s, UUID id) {
        return s.development()
                .find(id)
                .orElseThrow(() -> new UserError("error.development.notFound"));
    }

    /** The case's branch: active, and one that holds membership. */
    private static PartyOrg branch(StoreSession s, UUID orgId) {
        PartyOrg org =
                orgId == null ? null : s.orgs().find(orgId).filter(PartyOrg::isActive).orElse(null);
        if (org == null || !Membership.canBeHeldIn(org)) {
            throw new ValidationError(
                    "field.development.branch",
                    "rule.development.notABranch",
                    org == null ? "" : org.name());
        }
        return org;
    }

    private static Member member(StoreSession s, UUID id) {
        return s.members()
                .find(id)
                .filter(Member::isActive)
                .orElseThrow(() -> new UserError("error.member.notFound"));
    }

    /** The standings of the members named, each on the register now. */
    private static List<Standing> standings(StoreSession s, List<UUID> members) {
        return members.stream().map(m -> member(s, m).standing()).toList();
    }

    private static String phone(StoreSession s, DevelopmentCase c) {
        return c.personId() == null
                ? null
                : s.people().find(c.personId()).map(Person::phone).orElse(null);
    }

    private static String document(String raw) {
        String doc = Text.emptyToNull(raw);
        if (doc != null && Text.length(doc) > DevelopmentRecord.MAX_DOCUMENT) {
            throw new ValidationError(
                    "field.development.document", "rule.tooLong", DevelopmentRecord.MAX_DOCUMENT);
        }
        return doc;
    }
}
