package org.branchdesk.service.leadership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.leadership.Chosen;
import org.branchdesk.domain.leadership.EndReason;
import org.branchdesk.domain.leadership.Holding;
import org.branchdesk.domain.leadership.LeadershipRules;
import org.branchdesk.domain.leadership.Position;
import org.branchdesk.domain.leadership.Source;
import org.branchdesk.domain.leadership.Term;
import org.branchdesk.domain.members.CitizenId;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.importing.ImportKind;
import org.branchdesk.service.importing.ImportLookups;
import org.branchdesk.service.importing.ImportPlan;
import org.branchdesk.service.importing.ImportPlan.Fate;
import org.branchdesk.service.importing.ImportPlan.RowOutcome;
import org.branchdesk.service.importing.ImportProgress;
import org.branchdesk.service.importing.Importer;
import org.branchdesk.service.importing.Parsed;
import org.branchdesk.service.importing.Planned;
import org.branchdesk.service.importing.RowReader;
import org.branchdesk.service.sheets.Dates;
import org.branchdesk.service.sheets.ImportColumn;
import org.branchdesk.service.sheets.Vocabulary;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.StoreSession;

/**
 * Imports committee histories (班子成员任免): one row per holding of a position, serving or ended, with
 * the term it began in. A row the office already has (same organization, person, position and
 * start) is unchanged, or ended when the row now gives its end. The rows are checked as history is
 * lived: in date order, each against the positions serving on its start date, by {@link
 * LeadershipRules}; a refused row names its row number and field, and changes nothing.
 */
public final class LeaderImporter implements Importer<LeaderImporter.Values, LeaderImporter.Work> {
    /** The columns of the leaders template. */
    public enum Column implements ImportColumn {
        ORG("field.holding.org"),
        NAME("field.holding.member"),
        ID_NUMBER("field.holding.idNumber"),
        POSITION("field.holding.position"),
        ALSO("field.holding.concurrentDuty"),
        CHOSEN("field.holding.chosen"),
        SOURCE("field.holding.source"),
        FROM("field.holding.from"),
        DOC("field.holding.docNumber"),
        DOC_DATE("field.holding.docDate"),
        ENDED_ON("field.holding.endedOn"),
        END_REASON("field.holding.endReason"),
        EXCEPTION("field.holding.standingException"),
        TERM_FROM("field.holding.termFrom");

        final String fieldKey;

        Column(String fieldKey) {
            this.fieldKey = fieldKey;
        }

        @Override
        public String fieldKey() {
            return fieldKey;
        }

        @Override
        public List<String> headers() {
            return Vocabulary.words("leaders." + name());
        }
    }

    /** A row's values, the organization and member still by name and number. */
    public record Values(
            int row,
            String org,
            String name,
            String idNumber,
            Position position,
            String also,
            Chosen chosen,
            Source source,
            LocalDate from,
            String doc,
            LocalDate docDate,
            LocalDate endedOn,
            EndReason endReason,
            String exception,
            LocalDate termFrom) {}

    /** What applying does: terms to begin, holdings to record and end, in date order. */
    public record Work(List<Term> terms, List<Holding> holdings, List<Holding> endings) {}

    private final Actor actor;

    public LeaderImporter(Actor actor) {
        this.actor = actor;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.LEADERS;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.values());
    }

    @Override
    public Parsed<Values> parse(byte[] content, String source, ImportProgress progress) {
        return RowReader.read(
                content,
                source,
                Column.class,
                5,
                Column.ORG,
                Column.NAME,
                progress,
                (c, row) -> c.get(row, Column.ORG) + "/" + c.get(row, Column.NAME),
                (c, row) -> {
                    String id = c.get(row, Column.ID_NUMBER);
                    if (id == null) {
                        throw new ValidationError(Column.ID_NUMBER.fieldKey, "rule.required");
                    }
                    CitizenId citizenId = CitizenId.parse(id);
                    LocalDate from = Dates.parse(Column.FROM.fieldKey, c.get(row, Column.FROM));
                    if (from == null) {
                        throw new ValidationError(Column.FROM.fieldKey, "rule.required");
                    }
                    LocalDate ended =
                            Dates.parse(Column.ENDED_ON.fieldKey, c.get(row, Column.ENDED_ON));
                    EndReason reason =
                            ImportLookups.choice(
                                    Column.END_REASON.fieldKey,
                                    c.get(row, Column.END_REASON),
                                    "endReason.",
                                    EndReason.values(),
                                    null == ended ? EndReason.RENEWAL : null);
                    if (ended == null) {
                        reason = null;
                    }
                    if (ended != null && ended.isBefore(from)) {
                        throw new ValidationError(
                                Column.ENDED_ON.fieldKey, "rule.leadership.endBeforeStart");
                    }
                    Holding h =
                            Holding.of(
                                    UUID.randomUUID(),
                                    ImportLookups.NOT_YET,
                                    ImportLookups.NOT_YET,
                                    ImportLookups.choice(
                                            Column.POSITION.fieldKey,
                                            c.get(row, Column.POSITION),
                                            "position.",
                                            Position.values(),
                                            null),
                                    c.get(row, Column.ALSO),
                                    ImportLookups.choice(
                                            Column.CHOSEN.fieldKey,
                                            c.get(row, Column.CHOSEN),
                                            "chosen.",
                                            Chosen.values(),
                                            null),
                                    ImportLookups.choice(
                                            Column.SOURCE.fieldKey,
                                            c.get(row, Column.SOURCE),
                                            "source.",
                                            Source.values(),
                                            Source.RESIDENT),
                                    from,
                                    c.get(row, Column.DOC),
                                    Dates.parse(
                                            Column.DOC_DATE.fieldKey, c.get(row, Column.DOC_DATE)),
                                    c.get(row, Column.EXCEPTION));
                    return new Values(
                            row.number(),
                            c.get(row, Column.ORG),
                            c.get(row, Column.NAME),
                            citizenId.value(),
                            h.position(),
                            h.concurrentDuty(),
                            h.chosen(),
                            h.source(),
                            from,
                            h.docNumber(),
                            h.docDate(),
                            ended,
                            reason,
                            h.standingException(),
                            Dates.parse(Column.TERM_FROM.fieldKey, c.get(row, Column.TERM_FROM)));
                });
    }

    /** A holding is the same when its organization, person, position and start are. */
    private record Key(UUID org, UUID member, Position position, LocalDate from) {}

    @Override
    public Planned<Values, Work> plan(
            StoreSession s, Parsed<Values> parsed, ImportProgress progress) {
        Map<String, List<PartyOrg>> orgsByName = new HashMap<>();
        for (PartyOrg o : s.orgs().list()) {
            orgsByName.computeIfAbsent(o.name(), k -> new ArrayList<>()).add(o);
            if (!o.fullName().equals(o.name())) {
                orgsByName.computeIfAbsent(o.fullName(), k -> new ArrayList<>()).add(o);
            }
        }
        Map<String, Member> members = s.members().byIdNumber();
        Map<Key, Holding> existing = new HashMap<>();
        List<Holding> all = new ArrayList<>(s.positions().all());
        all.forEach(h -> existing.put(new Key(h.orgId(), h.memberId(), h.position(), h.from()), h));
        Map<UUID, List<Term>> terms = new HashMap<>();
        s.terms()
                .all()
                .forEach(t -> terms.computeIfAbsent(t.orgId(), k -> new ArrayList<>()).add(t));

        List<RowOutcome> outcomes = new ArrayList<>(parsed.refused());
        // rows in the order history happened: each is checked against what served on its start
        List<Values> rows = new ArrayList<>(parsed.rows());
        rows.sort(Comparator.comparing(Values::from).thenComparingInt(Values::row));
        List<Holding> simulated = new ArrayList<>(all);
        List<Holding> toInsert = new ArrayList<>();
        List<Holding> toEnd = new ArrayList<>();
        List<Term> newTerms = new ArrayList<>();
        Set<Key> inFile = new HashSet<>();
        int index = 0;
        for (Values v : rows) {
            progress.step(index++, rows.size());
            String label = v.org() + "/" + v.name();
            try {
                List<PartyOrg> hits = orgsByName.getOrDefault(v.org(), List.of());
                List<PartyOrg> then =
                        hits.size() == 1
                                ? hits
                                : hits.stream().filter(o -> covers(o, v.from())).toList();
                PartyOrg org = then.size() == 1 ? then.get(0) : null;
                if (org == null) {
                    throw new ValidationError(Column.ORG.fieldKey, "rule.leader.orgUnknown");
                }
                Member m = members.get(v.idNumber());
                if (m == null) {
                    throw new ValidationError(
                            Column.ID_NUMBER.fieldKey, "rule.leader.memberUnknown");
                }
                if (!m.name().equals(v.name())) {
                    throw new ValidationError(
                            Column.NAME.fieldKey, "rule.leader.nameMismatch", m.name());
                }
                Key key = new Key(org.id(), m.id(), v.position(), v.from());
                if (!inFile.add(key)) {
                    throw new ValidationError(Column.FROM.fieldKey, "rule.repeatedInFile");
                }
                Holding old = existing.get(key);
                if (old != null) {
                    boolean ends = old.isServing() && v.endedOn() != null;
                    if (ends) {
                        Holding after = old.ended(v.endedOn(), v.endReason());
                        toEnd.add(after);
                        replace(simulated, after);
                    }
                    outcomes.add(
                            new RowOutcome(
                                    v.row(),
                                    ends ? Fate.UPDATE : Fate.UNCHANGED,
                                    label,
                                    null,
                                    null));
                    continue;
                }
                // every holding of the organization whose time overlaps this row's: a handover on
                // the same day is no overlap
                List<Holding> overlapping =
                        simulated.stream()
                                .filter(h -> h.orgId().equals(org.id()))
                                .filter(
                                        h ->
                                                LeadershipRules.overlap(
                                                        h.from(),
                                                        h.endedOn(),
                                                        v.from(),
                                                        v.endedOn()))
                                .toList();
                // someone who has left the register may appear in history, ended by the day they
                // left
                boolean onRegister =
                        m.isActive()
                                || v.endedOn() != null
                                        && m.departedOn() != null
                                        && !v.endedOn().isAfter(m.departedOn());
                LeadershipRules.Refusal refusal =
                        LeadershipRules.check(
                                org.type(),
                                org.establishedOn(),
                                org.dissolvedOn(),
                                v.position(),
                                v.chosen(),
                                onRegister,
                                LeadershipService.standingOn(m, v.from()),
                                v.position() == Position.SECRETARY
                                        && overlapping.stream()
                                                .anyMatch(h -> h.position() == Position.SECRETARY),
                                overlapping.stream().anyMatch(h -> h.memberId().equals(m.id())),
                                v.from());
                if (refusal != null) {
                    throw new ValidationError(
                            fieldOf(refusal), "refusal.leadership." + refusal.name());
                }
                if (v.position() == Position.SECRETARY
                        && LeadershipRules.secretaryNeedsException(m.fullOn(), v.from())
                        && v.exception() == null) {
                    throw new ValidationError(
                            Column.EXCEPTION.fieldKey, "rule.leadership.exceptionNeeded");
                }
                Term newTerm = null;
                if (v.termFrom() != null && v.chosen() != Chosen.APPOINTED) {
                    List<Term> ofOrg = terms.computeIfAbsent(org.id(), k -> new ArrayList<>());
                    for (Term t : ofOrg) {
                        if (t.isCurrent() && t.startedOn().isAfter(v.termFrom())) {
                            // a term older than the office's current one cannot begin now
                            throw new ValidationError(
                                    Column.TERM_FROM.fieldKey,
                                    "rule.term.notAfterCurrent",
                                    t.startedOn());
                        }
                    }
                    if (ofOrg.stream().noneMatch(t -> t.startedOn().equals(v.termFrom()))) {
                        newTerm =
                                new Term(
                                        UUID.randomUUID(),
                                        org.id(),
                                        v.termFrom(),
                                        0,
                                        v.chosen(),
                                        v.doc(),
                                        null);
                    }
                }
                // every check passed: only now does the row count (a refused row under
                // --skip-invalid writes nothing)
                Holding h =
                        new Holding(
                                UUID.randomUUID(),
                                org.id(),
                                m.id(),
                                v.position(),
                                v.also(),
                                v.chosen(),
                                v.source(),
                                v.from(),
                                v.doc(),
                                v.docDate(),
                                v.endedOn(),
                                v.endReason(),
                                v.exception());
                simulated.add(h);
                toInsert.add(h);
                if (newTerm != null) {
                    terms.get(org.id()).add(newTerm);
                    newTerms.add(newTerm);
                }
                outcomes.add(new RowOutcome(v.row(), Fate.NEW, label, null, null));
            } catch (ValidationError e) {
                outcomes.add(RowReader.refusal(v.row(), label, e));
            }
        }
        outcomes.sort(Comparator.comparingInt(RowOutcome::row));
        newTerms.sort(Comparator.comparing(Term::startedOn));
        return new Planned<>(
                new ImportPlan(parsed.source(), outcomes, List.of(), List.of(), List.of()),
                parsed,
                new Work(newTerms, toInsert, toEnd));
    }

    /** Whether an organization existed on a day (of two of one name, the one then active). */
    private static boolean covers(PartyOrg o, LocalDate day) {
        return (o.establishedOn() == null || !day.isBefore(o.establishedOn()))
                && (o.dissolvedOn() == null || day.isBefore(o.dissolvedOn()));
    }

    private static void replace(List<Holding> list, Holding after) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(after.id())) {
                list.set(i, after);
            }
        }
    }

    private static String fieldOf(LeadershipRules.Refusal refusal) {
        return switch (refusal) {
            case NOT_A_MEMBER, PROBATIONARY, SECOND_SEAT -> Column.NAME.fieldKey;
            case SECOND_SECRETARY -> Column.POSITION.fieldKey;
            case BEFORE_ESTABLISHED, AFTER_DISSOLVED -> Column.FROM.fieldKey;
            case TEMPORARY_NOT_ELECTED -> Column.CHOSEN.fieldKey;
            case WORKING_COMMITTEE -> Column.ORG.fieldKey;
        };
    }

    /**
     * Applies the plan: the terms first, in date order (each ends the one before); then each
     * holding as the row gives it, serving or already ended. The plan checked every rule as of each
     * row's date, so the holdings are written as planned.
     */
    @Override
    public void apply(StoreSession s, Planned<Values, Work> planned, ImportProgress progress) {
        String name = actor.name();
        for (Term t : planned.work().terms()) {
            LeadershipService.beginTerm(
                    s, name, t.orgId(), t.startedOn(), t.chosen(), t.docNumber());
        }
        int done = 0;
        int total = planned.work().holdings().size() + planned.work().endings().size();
        for (Holding h : planned.work().holdings()) {
            progress.step(done++, total);
            s.positions().insert(h);
            if (!h.isServing()) {
                s.positions().end(h);
            }
            s.audit().record(name, LeadershipService.ENTITY, h.id(), Action.CREATE, null, h);
        }
        for (Holding h : planned.work().endings()) {
            progress.step(done++, total);
            s.positions().end(h);
            s.audit().record(name, LeadershipService.ENTITY, h.id(), Action.UPDATE, null, h);
        }
    }
}
