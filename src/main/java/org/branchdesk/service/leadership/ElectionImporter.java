package org.branchdesk.service.leadership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.leadership.Election;
import org.branchdesk.domain.leadership.ElectionRules;
import org.branchdesk.domain.leadership.Position;
import org.branchdesk.domain.leadership.Source;
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
import org.branchdesk.service.registers.OrgNames;
import org.branchdesk.service.sheets.Dates;
import org.branchdesk.service.sheets.ImportColumn;
import org.branchdesk.service.sheets.Vocabulary;
import org.branchdesk.store.StoreSession;

/**
 * Imports renewals (换届选举) as a sheet holds them: one row per candidate, the renewal's steps
 * repeated (or left blank) on each of its rows; the rows of one organization and request date are
 * one renewal. Each is checked whole by {@link ElectionRules}, as the wizard and {@code election
 * record} check it; an approved renewal seats its committee. A renewal the office already has (same
 * organization, same request date) is unchanged, or continued while not yet approved.
 */
public final class ElectionImporter
        implements Importer<ElectionImporter.Values, List<ElectionImporter.Renewal>> {
    /** The columns of the elections template. */
    public enum Column implements ImportColumn {
        ORG("field.election.org"),
        SEATS("field.election.seats"),
        REQUESTED_ON("field.election.requestedOn"),
        REQUEST_DOC("field.election.requestDoc"),
        REPLIED_ON("field.election.repliedOn"),
        REPLY_DOC("field.election.replyDoc"),
        MEETING_ON("field.election.meetingOn"),
        ENTITLED("field.election.entitled"),
        PRESENT("field.election.present"),
        REPORTED_ON("field.election.reportedOn"),
        REPORT_DOC("field.election.reportDoc"),
        APPROVED_ON("field.election.approvedOn"),
        APPROVAL_DOC("field.election.approvalDoc"),
        NAME("field.election.candidate"),
        ID_NUMBER("field.election.idNumber"),
        VOTES("field.election.votes"),
        ELECTED("field.election.elected"),
        POSITION("field.election.positions"),
        ALSO("field.holding.concurrentDuty"),
        SOURCE("field.election.source"),
        EXCEPTION("field.election.exception");

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
            return Vocabulary.words("elections." + name());
        }
    }

    /** The renewal's columns as one row gives them (blank cells are {@code null}). */
    public record Steps(
            Integer seats,
            LocalDate requestedOn,
            String requestDoc,
            LocalDate repliedOn,
            String replyDoc,
            LocalDate meetingOn,
            Integer entitled,
            Integer present,
            LocalDate reportedOn,
            String reportDoc,
            LocalDate approvedOn,
            String approvalDoc) {}

    /** One row: its renewal's steps and, if it names one, a candidate. */
    public record Values(
            int row,
            String org,
            Steps steps,
            String name,
            String idNumber,
            Integer votes,
            boolean elected,
            Position position,
            String also,
            Source source,
            String exception) {}

    /** A renewal the plan found to save, with the rows it came from. */
    public record Renewal(Election election, List<Integer> rows) {}

    private final Actor actor;
    private final Clock clock;

    public ElectionImporter(Actor actor, Clock clock) {
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.ELECTIONS;
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
                4,
                Column.ORG,
                Column.REQUESTED_ON,
                progress,
                (c, row) -> c.get(row, Column.ORG),
                (c, row) -> {
                    String id = c.get(row, Column.ID_NUMBER);
                    String name = c.get(row, Column.NAME);
                    if (name != null && id == null) {
                        throw new ValidationError(Column.ID_NUMBER.fieldKey, "rule.required");
                    }
                    String elected = c.get(row, Column.ELECTED);
                    if (elected != null
                            && !elected.equals(Messages.format("value.yes"))
                            && !elected.equals(Messages.format("value.no"))) {
                        throw new ValidationError(
                                Column.ELECTED.fieldKey,
                                "rule.notOneOf",
                                elected,
                                Messages.format("value.yes")
                                        + Messages.format("list.separator")
                                        + Messages.format("value.no"));
                    }
                    return new Values(
                            row.number(),
                            c.get(row, Column.ORG),
                            new Steps(
                                    number(Column.SEATS, c.get(row, Column.SEATS)),
                                    date(Column.REQUESTED_ON, c.get(row, Column.REQUESTED_ON)),
                                    c.get(row, Column.REQUEST_DOC),
                                    date(Column.REPLIED_ON, c.get(row, Column.REPLIED_ON)),
                                    c.get(row, Column.REPLY_DOC),
                                    date(Column.MEETING_ON, c.get(row, Column.MEETING_ON)),
                                    number(Column.ENTITLED, c.get(row, Column.ENTITLED)),
                                    number(Column.PRESENT, c.get(row, Column.PRESENT)),
                                    date(Column.REPORTED_ON, c.get(row, Column.REPORTED_ON)),
                                    c.get(row, Column.REPORT_DOC),
                                    date(Column.APPROVED_ON, c.get(row, Column.APPROVED_ON)),
                                    c.get(row, Column.APPROVAL_DOC)),
                            name,
                            id == null ? null : CitizenId.parse(id).value(),
                            number(Column.VOTES, c.get(row, Column.VOTES)),
                            elected != null && Messages.format("value.yes").equals(elected),
                            c.get(row, Column.POSITION) == null
                                    ? null
                                    : ImportLookups.choice(
                                            Column.POSITION.fieldKey,
                                            c.get(row, Column.POSITION),
                                            "position.",
                                            Position.values(),
                                            null),
                            c.get(row, Column.ALSO),
                            ImportLookups.choice(
                                    Column.SOURCE.fieldKey,
                                    c.get(row, Column.SOURCE),
                                    "source.",
                                    Source.values(),
                                    Source.RESIDENT),
                            c.get(row, Column.EXCEPTION));
                });
    }

    private static LocalDate date(Column c, String v) {
        return Dates.parse(c.fieldKey, v);
    }

    private static Integer number(Column c, String v) {
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            throw new ValidationError(c.fieldKey, "rule.election.notANumber");
        }
    }

    private record GroupKey(String org, LocalDate requestedOn) {}

    @Override
    public Planned<Values, List<Renewal>> plan(
            StoreSession s, Parsed<Values> parsed, ImportProgress progress) {
        List<RowOutcome> outcomes = new ArrayList<>(parsed.refused());
        Map<GroupKey, List<Values>> groups = new LinkedHashMap<>();
        for (Values v : parsed.rows()) {
            if (v.steps().requestedOn() == null) {
                outcomes.add(
                        RowReader.refusal(
                                v.row(),
                                v.org(),
                                new ValidationError(
                                        Column.REQUESTED_ON.fieldKey, "rule.required")));
                continue;
            }
            groups.computeIfAbsent(
                            new GroupKey(v.org(), v.steps().requestedOn()), k -> new ArrayList<>())
                    .add(v);
        }
        Map<String, Member> members = s.members().byIdNumber();
        LocalDate today = LocalDate.now(clock);
        List<Renewal> work = new ArrayList<>();
        int index = 0;
        // renewals of one organization in the order they were requested, each planned against
        // the one before it in the file as well as against the office
        List<Map.Entry<GroupKey, List<Values>>> ordered = new ArrayList<>(groups.entrySet());
        ordered.sort(Comparator.comparing(g -> g.getKey().requestedOn()));
        Map<UUID, Renewal> plannedFor = new HashMap<>();
        for (var g : ordered) {
            progress.step(index++, groups.size());
            List<Values> rows = g.getValue();
            Values first = rows.get(0);
            try {
                UUID orgId;
                try {
                    orgId = OrgNames.resolve(s, g.getKey().org());
                } catch (UserError e) {
                    throw new ValidationError(Column.ORG.fieldKey, "rule.leader.orgUnknown");
                }
                PartyOrg org = s.orgs().find(orgId).orElseThrow();
                Steps st = merged(rows);
                List<Election.Candidate> candidates = new ArrayList<>();
                for (Values v : rows) {
                    if (v.name() == null) {
                        continue;
                    }
                    Member m = members.get(v.idNumber());
                    if (m == null) {
                        throw new RowError(
                                v.row(),
                                new ValidationError(
                                        Column.ID_NUMBER.fieldKey, "rule.leader.memberUnknown"));
                    }
                    if (!m.name().equals(v.name())) {
                        throw new RowError(
                                v.row(),
                                new ValidationError(
                                        Column.NAME.fieldKey,
                                        "rule.leader.nameMismatch",
                                        m.name()));
                    }
                    candidates.add(
                            new Election.Candidate(
                                    m.id(),
                                    v.votes() == null ? 0 : v.votes(),
                                    v.elected(),
                                    v.position(),
                                    v.also(),
                                    v.source(),
                                    v.exception()));
                }
                Election existing =
                        s.elections().ofOrg(orgId).stream()
                                .filter(
                                        e ->
                                                e.request() != null
                                                        && e.request()
                                                                .on()
                                                                .equals(st.requestedOn()))
                                .findFirst()
                                .orElse(null);
                Election e =
                        ElectionService.tidy(
                                new Election(
                                        existing == null ? UUID.randomUUID() : existing.id(),
                                        orgId,
                                        st.seats() == null ? 0 : st.seats(),
                                        step(st.requestedOn(), st.requestDoc()),
                                        step(st.repliedOn(), st.replyDoc()),
                                        st.meetingOn() == null
                                                ? null
                                                : new Election.Meeting(
                                                        st.meetingOn(),
                                                        st.entitled() == null ? 0 : st.entitled(),
                                                        st.present() == null ? 0 : st.present()),
                                        step(st.reportedOn(), st.reportDoc()),
                                        step(st.approvedOn(), st.approvalDoc()),
                                        candidates));
                if (existing == null
                        && s.elections().ofOrg(orgId).stream()
                                .anyMatch(x -> x.stage() != Election.Stage.APPROVED)) {
                    throw new ValidationError(
                            Column.REQUESTED_ON.fieldKey, "rule.election.underWay");
                }
                Fate fate;
                Renewal earlier = plannedFor.get(orgId);
                if (existing != null && (existing.equals(e) || goesFurther(existing, e))) {
                    // as recorded, or recorded further since the sheet was made
                    fate = Fate.UNCHANGED;
                } else if (earlier != null && earlier.election().approval() == null) {
                    // a second renewal of one organization while the first is under way
                    throw new ValidationError(
                            Column.REQUESTED_ON.fieldKey, "rule.election.underWay");
                } else if (earlier != null
                        && e.meeting() != null
                        && earlier.election().meeting() != null
                        && !e.meeting().on().isAfter(earlier.election().meeting().on())) {
                    throw new ValidationError(
                            Column.MEETING_ON.fieldKey,
                            "rule.term.notAfterCurrent",
                            earlier.election().meeting().on());
                } else if (existing != null && existing.stage() == Election.Stage.APPROVED) {
                    throw new ValidationError(
                            Column.APPROVED_ON.fieldKey, "rule.election.approvedDiffers");
                } else {
                    List<ElectionRules.Problem> problems =
                            ElectionService.problems(s, org, existing, e, today);
                    if (!problems.isEmpty()) {
                        throw new ValidationError(
                                columnOf(problems.get(0)).fieldKey,
                                "problem.election." + problems.get(0).name());
                    }
                    if (!ElectionService.sameMeeting(existing, e)) {
                        ElectionService.checkCandidates(s, org, e);
                    }
                    ElectionService.checkTakingOffice(s, org, e);
                    fate = existing == null ? Fate.NEW : Fate.UPDATE;
                    Renewal planned = new Renewal(e, rows.stream().map(Values::row).toList());
                    work.add(planned);
                    plannedFor.put(orgId, planned);
                }
                for (Values v : rows) {
                    outcomes.add(new RowOutcome(v.row(), fate, v.org(), null, null));
                }
            } catch (RowError r) {
                for (Values v : rows) {
                    outcomes.add(
                            RowReader.refusal(
                                    v.row(),
                                    v.org(),
                                    v.row() == r.row
                                            ? r.error
                                            : new ValidationError(
                                                    Column.ORG.fieldKey,
                                                    "rule.election.otherRow",
                                                    r.row)));
                }
            } catch (ValidationError e) {
                for (Values v : rows) {
                    outcomes.add(RowReader.refusal(v.row(), first.org(), e));
                }
            }
        }
        outcomes.sort(Comparator.comparingInt(RowOutcome::row));
        return new Planned<>(
                new ImportPlan(parsed.source(), outcomes, List.of(), List.of(), List.of()),
                parsed,
                work);
    }

    /** A refusal that belongs to one row of a renewal. */
    private static final class RowError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int row;
        final transient ValidationError error;

        RowError(int row, ValidationError error) {
            super(null, null, false, false);
            this.row = row;
            this.error = error;
        }
    }

    /**
     * The renewal's steps from its rows: the first filled cell of each column; a conflict is
     * refused.
     */
    private static Steps merged(List<Values> rows) {
        Object[] out = new Object[12];
        int[] from = new int[12];
        for (Values v : rows) {
            Steps st = v.steps();
            Object[] cells = {
                st.seats(), st.requestedOn(), st.requestDoc(), st.repliedOn(), st.replyDoc(),
                st.meetingOn(), st.entitled(), st.present(), st.reportedOn(), st.reportDoc(),
                st.approvedOn(), st.approvalDoc()
            };
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] == null) {
                    continue;
                }
                if (out[i] == null) {
                    out[i] = cells[i];
                    from[i] = v.row();
                } else if (!Objects.equals(out[i], cells[i])) {
                    throw new RowError(
                            v.row(),
                            new ValidationError(
                                    Column.values()[i + 1].fieldKey,
                                    "rule.election.differsInGroup",
                                    from[i]));
                }
            }
        }
        return new Steps(
                (Integer) out[0],
                (LocalDate) out[1],
                (String) out[2],
                (LocalDate) out[3],
                (String) out[4],
                (LocalDate) out[5],
                (Integer) out[6],
                (Integer) out[7],
                (LocalDate) out[8],
                (String) out[9],
                (LocalDate) out[10],
                (String) out[11]);
    }

    /**
     * Whether the office has recorded a renewal further than the sheet gives it: every step the
     * sheet has is the office's, and the office has more (a demo loaded again after the clerk went
     * on with the renewal under way).
     */
    static boolean goesFurther(Election office, Election sheet) {
        return same(sheet.request(), office.request())
                && same(sheet.reply(), office.reply())
                && same(sheet.meeting(), office.meeting())
                && same(sheet.report(), office.report())
                && same(sheet.approval(), office.approval())
                && (sheet.meeting() == null || sheet.candidates().equals(office.candidates()));
    }

    private static boolean same(Object sheet, Object office) {
        return sheet == null || sheet.equals(office);
    }

    private static Election.Step step(LocalDate on, String doc) {
        return on == null ? null : new Election.Step(on, doc);
    }

    private static Column columnOf(ElectionRules.Problem p) {
        return switch (p) {
            case REQUEST_MISSING, STEP_REMOVED, STEP_SKIPPED, STEPS_OUT_OF_ORDER, IN_THE_FUTURE ->
                    Column.REQUESTED_ON;
            case ENTITLED_OVER_REGISTER -> Column.ENTITLED;
            case SEATS_DO_NOT_FIT -> Column.SEATS;
            case COUNTS_IMPOSSIBLE, NO_QUORUM -> Column.PRESENT;
            case VOTES_OVER_PRESENT, ELECTED_WITHOUT_MAJORITY, MORE_ELECTED_THAN_SEATS ->
                    Column.VOTES;
            case CANDIDATE_TWICE, TOO_FEW_CANDIDATES -> Column.NAME;
            case NO_SINGLE_SECRETARY, POSITION_MISSING -> Column.POSITION;
        };
    }

    @Override
    public void apply(
            StoreSession s, Planned<Values, List<Renewal>> planned, ImportProgress progress) {
        LocalDate today = LocalDate.now(clock);
        int i = 0;
        for (Renewal p : planned.work()) {
            progress.step(i++, planned.work().size());
            ElectionService.save(s, actor.name(), today, p.election());
        }
    }
}
