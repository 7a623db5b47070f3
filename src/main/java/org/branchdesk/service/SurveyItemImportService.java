package org.branchdesk.service;

import org.branchdesk.domain.Permission;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.SurveyItem;
import org.branchdesk.domain.UserError;
import org.branchdesk.domain.ValidationError;
import org.branchdesk.service.ImportPlan.Fate;
import org.branchdesk.service.ImportPlan.Result;
import org.branchdesk.service.ImportPlan.RowOutcome;
import org.branchdesk.service.imports.Columns;
import org.branchdesk.service.imports.ImportColumn;
import org.branchdesk.service.imports.ImportFiles;
import org.branchdesk.service.imports.Vocabulary;
import org.branchdesk.service.imports.Dates;
import org.branchdesk.service.imports.SheetReader;
import org.branchdesk.service.imports.SheetRow;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;

/**
 * Imports the gaps and hazards of compound surveys (问题台账). A row is matched to an item the
 * office has by compound, kind and description: its status, responsible person, deadline and
 * closing date are updated; other rows are new items.
 */
public final class SurveyItemImportService {
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

    private final Store store;
    private final Actor actor;
    private final SurveyService surveys;
    private final Clock clock;

    public SurveyItemImportService(Store store, Actor actor, SurveyService surveys, Clock clock) {
        this.store = store;
        this.actor = actor;
        this.surveys = surveys;
        this.clock = clock;
    }

    public Result importFile(Path file, boolean skipInvalid, boolean dryRun) {
        if (!dryRun) {
            actor.require(Permission.EDIT); // before the file is even read
        }
        byte[] content = ImportFiles.read(file);
        String source = file.getFileName().toString();
        if (dryRun) {
            return store.read(s -> run(s, content, source, true, false));
        }
        return Access.write(store, actor, Permission.EDIT, s -> run(s, content, source, skipInvalid, true));
    }

    Result importInto(StoreSession s, byte[] content, String source) {
        return run(s, content, source, false, true);
    }

    private Result run(StoreSession s, byte[] content, String source, boolean skipInvalid, boolean write) {
        List<SheetRow> rows = SheetReader.read(content, source);
        Columns<Column> columns = Columns.of(Column.class);
        int header = columns.requireHeader(rows, 3, source, Column.COMPOUND, Column.DESCRIPTION);
        LocalDate today = LocalDate.now(clock);
        ImportLookups.Places places = new ImportLookups.Places(s);
        Map<String, SurveyItem> existing = new HashMap<>();
        for (SurveyItem i : s.surveys().items()) {
            existing.put(key(i), i);
        }
        List<RowOutcome> outcomes = new ArrayList<>();
        List<SurveyItem[]> changes = new ArrayList<>();
        Set<String> inFile = new HashSet<>();
        for (SheetRow row : rows.subList(header + 1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            String label = columns.get(row, Column.COMPOUND);
            try {
                UUID compound = places.compound(columns.get(row, Column.COMMUNITY), label, Column.COMMUNITY.fieldKey,
                        Column.COMPOUND.fieldKey);
                SurveyItem.Kind kind = ImportLookups.choice(Column.KIND.fieldKey, columns.get(row, Column.KIND), "itemKind.",
                        SurveyItem.Kind.values(), SurveyItem.Kind.GAP);
                SurveyItem.Status status = ImportLookups.choice(Column.STATUS.fieldKey, columns.get(row, Column.STATUS), "itemStatus.",
                        SurveyItem.Status.values(), SurveyItem.Status.OPEN);
                SurveyItem item = SurveyItem.of(UUID.randomUUID(), compound, kind,
                        columns.get(row, Column.DESCRIPTION), columns.get(row, Column.RESPONSIBLE),
                        Dates.parse(Column.DEADLINE.fieldKey, columns.get(row, Column.DEADLINE)), status,
                        Dates.parse(Column.CLOSED_ON.fieldKey, columns.get(row, Column.CLOSED_ON)), today);
                if (!inFile.add(key(item))) {
                    throw new ValidationError(Column.DESCRIPTION.fieldKey, "rule.repeatedInFile");
                }
                SurveyItem old = existing.get(key(item));
                if (old == null) {
                    changes.add(new SurveyItem[] {null, item});
                    outcomes.add(new RowOutcome(row.number(), Fate.NEW, label, null, null));
                } else {
                    // an empty cell keeps what the office has
                    boolean statusGiven = columns.get(row, Column.STATUS) != null;
                    SurveyItem now = SurveyItem.of(old.id(), old.compoundId(), old.kind(), old.description(),
                            columns.get(row, Column.RESPONSIBLE) != null ? item.responsible() : old.responsible(),
                            columns.get(row, Column.DEADLINE) != null ? item.deadline() : old.deadline(),
                            statusGiven ? item.status() : old.status(),
                            statusGiven || columns.get(row, Column.CLOSED_ON) != null ? item.closedOn() : old.closedOn(),
                            today);
                    boolean same = now.equals(old);
                    if (!same) {
                        changes.add(new SurveyItem[] {old, now});
                    }
                    outcomes.add(new RowOutcome(row.number(), same ? Fate.UNCHANGED : Fate.UPDATE, label, null, null));
                }
            } catch (ValidationError e) {
                outcomes.add(new RowOutcome(row.number(), Fate.REFUSED, label == null ? "" : label,
                        UserError.format(e.field()), e.reason()));
            }
        }
        ImportPlan plan = new ImportPlan(source, outcomes, List.of(), List.of(), List.of());
        if (!write || plan.count(Fate.REFUSED) > 0 && !skipInvalid) {
            return new Result(plan, false);
        }
        for (SurveyItem[] change : changes) {
            if (change[0] == null) {
                surveys.addItem(s, change[1]);
            } else {
                surveys.updateItem(s, change[0], change[1]);
            }
        }
        return new Result(plan, true);
    }

    private static String key(SurveyItem i) {
        return i.compoundId() + "/" + i.kind() + "/" + i.description();
    }


}
