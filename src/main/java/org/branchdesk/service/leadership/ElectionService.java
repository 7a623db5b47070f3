package org.branchdesk.service.leadership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.common.Fields;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.leadership.Chosen;
import org.branchdesk.domain.leadership.Election;
import org.branchdesk.domain.leadership.ElectionRules;
import org.branchdesk.domain.leadership.EndReason;
import org.branchdesk.domain.leadership.Holding;
import org.branchdesk.domain.leadership.LeadershipRules;
import org.branchdesk.domain.leadership.Position;
import org.branchdesk.domain.leadership.Source;
import org.branchdesk.domain.leadership.Term;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;

/**
 * Renewals (换届), step by step: a clerk records each step as it happens and may stop after any of
 * them. Each save is checked whole by {@link ElectionRules}; the approval of the result ends the
 * committee that served (reason: renewal), begins a new term on the meeting's date and records the
 * elected committee's positions, in the same transaction. An approved election is the record of how
 * a committee came about and is not changed afterwards.
 */
public final class ElectionService {
    static final String ENTITY = "election";

    private final Store store;
    private final Actor actor;
    private final Clock clock;

    public ElectionService(Store store, Actor actor, Clock clock) {
        this.store = store;
        this.actor = actor;
        this.clock = clock;
    }

    /** An organization's renewals, oldest first. */
    public List<Election> ofOrg(UUID orgId) {
        return store.read(s -> s.elections().ofOrg(orgId));
    }

    public Optional<Election> find(UUID id) {
        return store.read(s -> s.elections().find(id));
    }

    /** The renewal under way (not yet approved) of an organization, if any. */
    public Optional<Election> underWay(UUID orgId) {
        return ofOrg(orgId).stream()
                .filter(e -> e.stage() != Election.Stage.APPROVED)
                .reduce((a, b) -> b);
    }

    /**
     * Full members of an organization on the register today: the members' meeting's entitled
     * voters, before those under 留党察看 are taken off.
     */
    public int fullMembers(UUID orgId) {
        return store.read(s -> fullMembers(s, orgId));
    }

    /**
     * Saves the steps recorded so far. Refused, naming the first problem, when the election as a
     * whole would not stand; once the approval is recorded the committee takes office.
     */
    public Election save(Election e) {
        Election clean = tidy(e);
        LocalDate today = LocalDate.now(clock);
        return Access.write(
                store, actor, Permission.EDIT, s -> save(s, actor.name(), today, clean));
    }

    /**
     * Saves a renewal inside a running transaction (the elections import does it this way): the
     * checks of {@link #save(Election)}, and the committee takes office once approved.
     */
    static Election save(StoreSession s, String actorName, LocalDate today, Election e) {
        Election clean = tidy(e);
        PartyOrg org =
                s.orgs().find(clean.orgId()).orElseThrow(() -> new UserError("error.org.notFound"));
        if (!org.isActive()) {
            throw new ValidationError("field.holding.org", "rule.leadership.orgDissolved");
        }
        Election before = s.elections().find(clean.id()).orElse(null);
        if (before != null && before.stage() == Election.Stage.APPROVED) {
            throw new UserError("error.election.approved");
        }
        if (before == null
                && s.elections().ofOrg(org.id()).stream()
                        .anyMatch(x -> x.stage() != Election.Stage.APPROVED)) {
            throw new UserError("error.election.underWay");
        }
        List<ElectionRules.Problem> problems = problems(s, org, before, clean, today);
        if (!problems.isEmpty()) {
            ElectionRules.Problem p = problems.get(0);
            throw new ValidationError(fieldOf(p), "problem.election." + p.name());
        }
        if (!sameMeeting(before, clean)) {
            checkCandidates(s, org, clean);
        }
        checkTakingOffice(s, org, clean);
        s.elections().save(clean);
        s.audit()
                .record(
                        actorName,
                        ENTITY,
                        clean.id(),
                        before == null ? Action.CREATE : Action.UPDATE,
                        before,
                        clean);
        if (clean.stage() == Election.Stage.APPROVED) {
            takeOffice(s, actorName, org, clean);
        }
        return clean;
    }

    /**
     * What {@link ElectionRules} finds wrong with a renewal of an organization, as of today. What
     * the register said when a step was recorded is not asked again when a later step is added: the
     * seats once requested, the entitled once the meeting was held (a member who transfers out
     * afterwards does not undo the meeting).
     */
    static List<ElectionRules.Problem> problems(
            StoreSession s, PartyOrg org, Election before, Election e, LocalDate today) {
        List<ElectionRules.Problem> out =
                new ArrayList<>(
                        ElectionRules.problems(
                                org.type(), fullMembers(s, org.id()), before, e, today));
        if (before != null && before.seats() == e.seats() && before.request() != null) {
            out.remove(ElectionRules.Problem.SEATS_DO_NOT_FIT);
        }
        if (sameMeeting(before, e)) {
            out.remove(ElectionRules.Problem.ENTITLED_OVER_REGISTER);
        }
        return out;
    }

    /**
     * Whether the meeting as recorded before stands unchanged: its date and counts, and each
     * candidate's votes and result (positions are added at approval).
     */
    static boolean sameMeeting(Election before, Election e) {
        if (before == null || before.meeting() == null || !before.meeting().equals(e.meeting())) {
            return false;
        }
        if (before.candidates().size() != e.candidates().size()) {
            return false;
        }
        for (int i = 0; i < e.candidates().size(); i++) {
            Election.Candidate a = before.candidates().get(i);
            Election.Candidate b = e.candidates().get(i);
            if (!a.memberId().equals(b.memberId())
                    || a.votes() != b.votes()
                    || a.elected() != b.elected()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Gives up a renewal not yet approved (the request was withdrawn, or it cannot go on): it is
     * marked deleted, kept in the audit log, and a new one may begin.
     */
    public void abandon(UUID electionId) {
        Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    Election e =
                            s.elections()
                                    .find(electionId)
                                    .orElseThrow(() -> new UserError("error.election.notFound"));
                    if (e.stage() == Election.Stage.APPROVED) {
                        throw new UserError("error.election.approved");
                    }
                    s.elections().delete(e.id());
                    s.audit().record(actor.name(), ENTITY, e.id(), Action.DELETE, e, null);
                    return null;
                });
    }

    /** Every candidate stands on the register as a full member on the meeting's day. */
    static void checkCandidates(StoreSession s, PartyOrg org, Election e) {
        if (e.meeting() == null) {
            return;
        }
        int row = 1;
        for (Election.Candidate c : e.candidates()) {
            Member m = s.members().find(c.memberId()).orElse(null);
            if (m == null || !m.isActive()) {
                throw new ValidationError(
                        "field.election.candidate", "problem.election.notAMember", row);
            }
            if (LeadershipService.standingOn(m, e.meeting().on()) != Standing.FULL) {
                throw new ValidationError(
                        "field.election.candidate", "problem.election.probationary", row, m.name());
            }
            if (!belongsTo(s, m, org)) {
                throw new ValidationError(
                        "field.election.candidate", "problem.election.notOfOrg", row, m.name());
            }
            row++;
        }
    }

    /**
     * Whether a member belongs to the organization or to one under it (a community committee is
     * elected by the members of its branches).
     */
    private static boolean belongsTo(StoreSession s, Member m, PartyOrg org) {
        UUID at = m.orgId();
        for (int depth = 0; at != null && depth < 5; depth++) {
            if (at.equals(org.id())) {
                return true;
            }
            at = s.orgs().find(at).map(PartyOrg::parentId).orElse(null);
        }
        return false;
    }

    /**
     * Once approved, the elected take office on the meeting's day: each must be able to hold their
     * position then ({@link LeadershipRules}), a secretary with less than a year of full standing
     * needs a stated reason, and the new term must begin after the current one. Checked before
     * anything is written, so that an approval either seats the whole committee or changes nothing
     * (the elections import asks the same in its plan).
     */
    static void checkTakingOffice(StoreSession s, PartyOrg org, Election e) {
        if (e.approval() == null || e.meeting() == null) {
            return;
        }
        LocalDate on = e.meeting().on();
        int row = 1;
        for (Election.Candidate c : e.candidates()) {
            if (c.elected()) {
                Member m = s.members().find(c.memberId()).orElse(null);
                LeadershipRules.Refusal refusal =
                        LeadershipRules.check(
                                org.type(),
                                org.establishedOn(),
                                org.dissolvedOn(),
                                c.position(),
                                Chosen.ELECTED,
                                m != null && m.isActive(),
                                m == null ? null : LeadershipService.standingOn(m, on),
                                false,
                                false,
                                on);
                if (refusal != null) {
                    throw new ValidationError(
                            "field.election.positions",
                            "problem.election.cannotTakeOffice",
                            row,
                            m == null ? "" : m.name(),
                            Messages.format("refusal.leadership." + refusal.name()));
                }
                if (c.position() == Position.SECRETARY
                        && LeadershipRules.secretaryNeedsException(m.fullOn(), on)
                        && c.standingException() == null) {
                    throw new ValidationError(
                            "field.holding.standingException", "rule.leadership.exceptionNeeded");
                }
            }
            row++;
        }
        for (Holding h : s.positions().ofOrg(org.id())) {
            if (h.isServing() && !h.from().isBefore(on)) {
                // it would have to end before it began: record its end first
                throw new ValidationError(
                        "field.election.steps", "problem.election.servingSince", h.from());
            }
        }
        for (Term t : s.terms().ofOrg(org.id())) {
            if (t.isCurrent() && !on.isAfter(t.startedOn())) {
                throw new ValidationError(
                        "field.election.steps", "rule.term.notAfterCurrent", t.startedOn());
            }
        }
    }

    /**
     * The approved committee takes office: whoever served ends on the day before the meeting
     * (renewal), a new term begins on the meeting's day, and each elected candidate holds the
     * position the committee chose, on the approval's document.
     */
    private static void takeOffice(StoreSession s, String actorName, PartyOrg org, Election e) {
        LocalDate on = e.meeting().on();
        for (Holding h : s.positions().ofOrg(org.id())) {
            if (h.isServing()) {
                Holding after = h.ended(on.minusDays(1), EndReason.RENEWAL);
                s.positions().end(after);
                s.audit()
                        .record(
                                actorName,
                                LeadershipService.ENTITY,
                                after.id(),
                                Action.UPDATE,
                                h,
                                after);
            }
        }
        LeadershipService.beginTerm(
                s, actorName, org.id(), on, Chosen.ELECTED, e.approval().docNumber());
        for (Election.Candidate c : e.elected()) {
            LeadershipService.take(
                    s,
                    actorName,
                    Holding.of(
                            UUID.randomUUID(),
                            org.id(),
                            c.memberId(),
                            c.position(),
                            c.concurrentDuty(),
                            Chosen.ELECTED,
                            c.source() == null ? Source.RESIDENT : c.source(),
                            on,
                            e.approval().docNumber(),
                            e.approval().on(),
                            c.standingException()));
        }
    }

    /**
     * Full members of an organization and of every organization under it: a branch's own, or (a
     * community committee, a general branch) those of its branches, who elect it.
     */
    private static int fullMembers(StoreSession s, UUID orgId) {
        Map<UUID, int[]> counts = s.members().countsByOrg();
        Map<UUID, List<UUID>> children = new HashMap<>();
        for (PartyOrg o : s.orgs().list()) {
            if (o.parentId() != null && o.isActive()) {
                children.computeIfAbsent(o.parentId(), k -> new ArrayList<>()).add(o.id());
            }
        }
        int full = 0;
        Deque<UUID> todo = new ArrayDeque<>(List.of(orgId));
        while (!todo.isEmpty()) {
            UUID id = todo.pop();
            int[] n = counts.get(id);
            full += n == null ? 0 : n[1];
            todo.addAll(children.getOrDefault(id, List.of()));
        }
        return full;
    }

    /** Document numbers checked and trimmed; a candidate's free texts likewise. */
    static Election tidy(Election e) {
        List<Election.Candidate> candidates = new ArrayList<>();
        for (Election.Candidate c : e.candidates()) {
            candidates.add(
                    new Election.Candidate(
                            c.memberId(),
                            c.votes(),
                            c.elected(),
                            c.elected() ? c.position() : null,
                            c.elected()
                                    ? Fields.optional(
                                            "field.holding.concurrentDuty", c.concurrentDuty(), 40)
                                    : null,
                            c.source(),
                            c.elected()
                                    ? Fields.optional(
                                            "field.holding.standingException",
                                            c.standingException(),
                                            200)
                                    : null));
        }
        return new Election(
                e.id(),
                e.orgId(),
                e.seats(),
                step(e.request(), "field.election.requestDoc"),
                step(e.reply(), "field.election.replyDoc"),
                e.meeting(),
                step(e.report(), "field.election.reportDoc"),
                step(e.approval(), "field.election.approvalDoc"),
                e.meeting() == null ? List.of() : candidates);
    }

    private static Election.Step step(Election.Step st, String field) {
        if (st == null) {
            return null;
        }
        String doc = Fields.optional(field, st.docNumber(), 60);
        if (doc == null) {
            throw new ValidationError(field, "rule.required");
        }
        return new Election.Step(st.on(), doc);
    }

    private static String fieldOf(ElectionRules.Problem p) {
        return switch (p) {
            case REQUEST_MISSING, STEP_REMOVED, STEP_SKIPPED, STEPS_OUT_OF_ORDER, IN_THE_FUTURE ->
                    "field.election.steps";
            case ENTITLED_OVER_REGISTER -> "field.election.entitled";
            case SEATS_DO_NOT_FIT -> "field.election.seats";
            case COUNTS_IMPOSSIBLE, NO_QUORUM -> "field.election.present";
            case VOTES_OVER_PRESENT, ELECTED_WITHOUT_MAJORITY, MORE_ELECTED_THAN_SEATS ->
                    "field.election.votes";
            case CANDIDATE_TWICE, TOO_FEW_CANDIDATES -> "field.election.candidate";
            case NO_SINGLE_SECRETARY, POSITION_MISSING -> "field.election.positions";
        };
    }
}
