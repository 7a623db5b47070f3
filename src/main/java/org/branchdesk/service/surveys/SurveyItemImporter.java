package org.branchdesk.service.surveys;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.surveys.SurveyItem;
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
import org.branchdesk.store.StoreSession;

/**
 * Imports the gaps and hazards of compound surveys (问题台账). A row is matched to an item the office
 * has by compound, kind and description: its status, responsible person, deadline and closing date
 * are updated; other rows are new items.
 */
public final class SurveyItemImporter
        implements Importer<SurveyItemImporter.Values, List<SurveyItem[]>> {
    /** The columns of the survey items template. */
    public enum Column implements ImportColumn {
        COMMUNITY("field.member.community"),
        COMPOUND("field.compound.name"),
        KIND("field.item.kind"),
        DESCRIPTION("field.item.description"),
        RESPONSIBLE("field.item.responsible"),
        DEADLINE("field.item.deadline"),
        STATUS("field.item.status"),
        CLOSED_ON("field.item.closedOn");

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
            return Vocabulary.words("items." + name());
        }
    }

    private final SurveyService surveys;
    private final Clock clock;

    public SurveyItemImporter(SurveyService surveys, Clock clock) {
        this.surveys = surveys;
        this.clock = clock;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.SURVEY_ITEMS;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.values());
    }

    /**
     * A row's cells: the item as the row gives it (on a placeholder compound until the plan finds
     * it), and which of the cells an update may change are filled.
     */
    public record Values(
            int row,
            String community,
            String compound,
            SurveyItem item,
            boolean responsibleGiven,
            boolean deadlineGiven,
            boolean statusGiven,
            boolean closedOnGiven) {}

    @Override
    public Parsed<Values> parse(byte[] content, String source, ImportProgress progress) {
        LocalDate today = LocalDate.now(clock);
        return RowReader.read(
                content,
                source,
                Column.class,
                3,
                Column.COMPOUND,
                Column.DESCRIPTION,
                progress,
                (columns, row) -> columns.get(row, Column.COMPOUND),
                (columns, row) -> {
                    SurveyItem.Kind kind =
                            ImportLookups.choice(
                                    Column.KIND.fieldKey,
                                    columns.get(row, Column.KIND),
                                    "itemKind.",
                                    SurveyItem.Kind.values(),
                                    SurveyItem.Kind.GAP);
                    SurveyItem.Status status =
                            ImportLookups.choice(
                                    Column.STATUS.fieldKey,
                                    columns.get(row, Column.STATUS),
                                    "itemStatus.",
                                    SurveyItem.Status.values(),
                                    SurveyItem.Status.OPEN);
                    SurveyItem item =
                            SurveyItem.of(
                                    UUID.randomUUID(),
                                    ImportLookups.NOT_YET,
                                    kind,
                                    columns.get(row, Column.DESCRIPTION),
                                    columns.get(row, Column.RESPONSIBLE),
                                    Dates.parse(
                                            Column.DEADLINE.fieldKey,
                                            columns.get(row, Column.DEADLINE)),
                                    status,
                                    Dates.parse(
                                            Column.CLOSED_ON.fieldKey,
                                            columns.get(row, Column.CLOSED_ON)),
                                    today);
                    return new Values(
                            row.number(),
                            columns.get(row, Column.COMMUNITY),
                            columns.get(row, Column.COMPOUND),
                            item,
                            columns.get(row, Column.RESPONSIBLE) != null,
                            columns.get(row, Column.DEADLINE) != null,
                            columns.get(row, Column.STATUS) != null,
                            columns.get(row, Column.CLOSED_ON) != null);
                });
    }

    @Override
    public Planned<Values, List<SurveyItem[]>> plan(
            StoreSession s, Parsed<Values> parsed, ImportProgress progress) {
        LocalDate today = LocalDate.now(clock);
        ImportLookups.Places places = new ImportLookups.Places(s);
        Map<ItemKey, SurveyItem> existing = new HashMap<>();
        for (SurveyItem i : s.surveys().items()) {
            existing.put(ItemKey.of(i), i);
        }
        List<RowOutcome> outcomes = new ArrayList<>(parsed.refused());
        List<SurveyItem[]> changes = new ArrayList<>();
        Set<ItemKey> inFile = new HashSet<>();
        int index = 0;
        for (Values v : parsed.rows()) {
            progress.step(index++, parsed.rows().size());
            try {
                UUID compound =
                        places.compound(
                                v.community(),
                                v.compound(),
                                Column.COMMUNITY.fieldKey,
                                Column.COMPOUND.fieldKey);
                SurveyItem p = v.item();
                SurveyItem item =
                        SurveyItem.of(
                                p.id(),
                                compound,
                                p.kind(),
                                p.description(),
                                p.responsible(),
                                p.deadline(),
                                p.status(),
                                p.closedOn(),
                                today);
                if (!inFile.add(ItemKey.of(item))) {
                    throw new ValidationError(Column.DESCRIPTION.fieldKey, "rule.repeatedInFile");
                }
                SurveyItem old = existing.get(ItemKey.of(item));
                if (old == null) {
                    changes.add(new SurveyItem[] {null, item});
                    outcomes.add(new RowOutcome(v.row(), Fate.NEW, v.compound(), null, null));
                } else {
                    // an empty cell keeps what the office has
                    SurveyItem now =
                            SurveyItem.of(
                                    old.id(),
                                    old.compoundId(),
                                    old.kind(),
                                    old.description(),
                                    v.responsibleGiven() ? item.responsible() : old.responsible(),
                                    v.deadlineGiven() ? item.deadline() : old.deadline(),
                                    v.statusGiven() ? item.status() : old.status(),
                                    v.statusGiven() || v.closedOnGiven()
                                            ? item.closedOn()
                                            : old.closedOn(),
                                    today);
                    boolean same = now.equals(old);
                    if (!same) {
                        changes.add(new SurveyItem[] {old, now});
                    }
                    outcomes.add(
                            new RowOutcome(
                                    v.row(),
                                    same ? Fate.UNCHANGED : Fate.UPDATE,
                                    v.compound(),
                                    null,
                                    null));
                }
            } catch (ValidationError e) {
                outcomes.add(RowReader.refusal(v.row(), v.compound(), e));
            }
        }
        outcomes.sort((a, b) -> Integer.compare(a.row(), b.row()));
        return new Planned<>(
                new ImportPlan(parsed.source(), outcomes, List.of(), List.of(), List.of()),
                parsed,
                changes);
    }

    @Override
    public void apply(
            StoreSession s, Planned<Values, List<SurveyItem[]>> planned, ImportProgress progress) {
        for (SurveyItem[] change : planned.work()) {
            if (change[0] == null) {
                surveys.addItem(s, change[1]);
            } else {
                surveys.updateItem(s, change[0], change[1]);
            }
        }
    }

    /** An item is the same when its compound, kind and description are. */
    private record ItemKey(UUID compound, SurveyItem.Kind kind, String description) {
        static ItemKey of(SurveyItem i) {
            return new ItemKey(i.compoundId(), i.kind(), i.description());
        }
    }
}
