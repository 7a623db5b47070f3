package org.branchdesk.service;

import org.branchdesk.domain.Permission;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.BranchGroup;
import org.branchdesk.domain.Building;
import org.branchdesk.domain.Household;
import org.branchdesk.domain.UserError;
import org.branchdesk.domain.ValidationError;
import org.branchdesk.service.ImportPlan.Fate;
import org.branchdesk.service.ImportPlan.Result;
import org.branchdesk.service.ImportPlan.RowOutcome;
import org.branchdesk.service.imports.Columns;
import org.branchdesk.service.imports.ImportColumn;
import org.branchdesk.service.imports.ImportFiles;
import org.branchdesk.service.imports.SheetReader;
import org.branchdesk.service.imports.SheetRow;
import org.branchdesk.service.imports.Vocabulary;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;

/**
 * Imports contact households and residents under assistance (联系户、帮扶对象名单). A row is the
 * household of the same head at the same address in the same compound when the office has
 * one: its phone, central household and needs are updated. Buildings the file names and the
 * compound lacks are recorded with the import, and listed in the preview.
 */
public final class HouseholdImportService {
    /** The columns of the households template. */
    public enum Column implements ImportColumn {
        KIND("households.col.kind"),
        COMMUNITY("field.member.community"),
        COMPOUND("field.compound.name"),
        BUILDING("field.member.building"),
        UNIT("field.member.unit"),
        ROOM("field.member.room"),
        HEAD("field.household.head"),
        PHONE("field.household.phone"),
        CENTRAL("field.household.group"),
        NEEDS("field.household.needs");

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
            return Vocabulary.words("households." + name());
        }
    }

    private final Store store;
    private final Actor actor;

    public HouseholdImportService(Store store, Actor actor) {
        this.store = store;
        this.actor = actor;
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
        int header = columns.requireHeader(rows, 3, source, Column.COMPOUND, Column.HEAD);
        ImportLookups.Places places = new ImportLookups.Places(s);
        // buildings by compound and key; new ones are planned with the rows that name them
        Map<String, Building> buildings = new HashMap<>();
        for (Building b : s.buildings().list()) {
            buildings.put(b.compoundId() + "/" + Building.key(b.name()), b);
        }
        Map<String, Building> newBuildings = new LinkedHashMap<>();
        // a central household is found in the row's compound first, then by its name alone
        Map<String, UUID> centrals = new HashMap<>();
        Map<String, UUID> centralsInCompound = new HashMap<>();
        Set<String> ambiguousCentrals = new HashSet<>();
        for (BranchGroup g : s.groups().list()) {
            if (g.kind() != BranchGroup.Kind.CENTRAL_HOUSEHOLD) {
                continue;
            }
            if (centrals.put(g.name(), g.id()) != null) {
                ambiguousCentrals.add(g.name());
            }
            if (g.compoundId() != null) {
                centralsInCompound.put(g.compoundId() + "/" + g.name(), g.id());
            }
        }
        Map<String, Household> existing = new HashMap<>();
        Set<UUID> seenCompounds = new HashSet<>();
        List<RowOutcome> outcomes = new ArrayList<>();
        List<Household[]> changes = new ArrayList<>();
        Set<String> inFile = new HashSet<>();
        for (SheetRow row : rows.subList(header + 1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            String head = columns.get(row, Column.HEAD);
            try {
                UUID compound = places.compound(columns.get(row, Column.COMMUNITY), columns.get(row, Column.COMPOUND),
                        Column.COMMUNITY.fieldKey, Column.COMPOUND.fieldKey);
                if (seenCompounds.add(compound)) {
                    for (Household h : s.households().ofCompound(compound)) {
                        existing.put(key(h.compoundId(), h.buildingId(), h.unitNo(), h.room(), h.headName())
                                + "/" + h.kind(), h);
                    }
                }
                Household.Kind kind = ImportLookups.choice(Column.KIND.fieldKey, columns.get(row, Column.KIND),
                        "householdKind.", Household.Kind.values(), null);
                UUID building = null;
                String buildingName = columns.get(row, Column.BUILDING);
                if (buildingName != null) {
                    String k = compound + "/" + Building.key(buildingName);
                    Building b = buildings.get(k);
                    if (b == null) {
                        b = Building.of(UUID.randomUUID(), compound, buildingName, null, null);
                        buildings.put(k, b);
                        newBuildings.put(k, b);
                    }
                    building = b.id();
                }
                UUID central = null;
                String centralName = columns.get(row, Column.CENTRAL);
                if (centralName != null && centralsInCompound.containsKey(compound + "/" + centralName)) {
                    central = centralsInCompound.get(compound + "/" + centralName);
                } else if (centralName != null) {
                    if (ambiguousCentrals.contains(centralName)) {
                        throw new ValidationError(Column.CENTRAL.fieldKey, "rule.household.ambiguousCentral",
                                centralName);
                    }
                    central = centrals.get(centralName);
                    if (central == null) {
                        throw new ValidationError(Column.CENTRAL.fieldKey, "rule.household.unknownCentral",
                                centralName);
                    }
                }
                Household h = Household.of(UUID.randomUUID(), kind, compound, building, columns.get(row, Column.UNIT),
                        columns.get(row, Column.ROOM), head, columns.get(row, Column.PHONE), central,
                        columns.get(row, Column.NEEDS));
                String key = key(h.compoundId(), h.buildingId(), h.unitNo(), h.room(), h.headName());
                if (!inFile.add(key + "/" + h.kind())) {
                    throw new ValidationError(Column.HEAD.fieldKey, "rule.repeatedInFile");
                }
                Household old = existing.get(key + "/" + h.kind());
                if (old == null) {
                    changes.add(new Household[] {null, h});
                    outcomes.add(new RowOutcome(row.number(), Fate.NEW, h.headName(), null, null));
                } else {
                    // an empty cell keeps what the office has
                    Household now = new Household(old.id(), old.kind(), old.compoundId(), old.buildingId(),
                            old.unitNo(), old.room(), old.headName(), h.phone() != null ? h.phone() : old.phone(),
                            h.groupId() != null ? h.groupId() : old.groupId(),
                            h.needs() != null ? h.needs() : old.needs());
                    boolean same = now.equals(old);
                    if (!same) {
                        changes.add(new Household[] {old, now});
                    }
                    outcomes.add(new RowOutcome(row.number(), same ? Fate.UNCHANGED : Fate.UPDATE, h.headName(),
                            null, null));
                }
            } catch (ValidationError e) {
                outcomes.add(new RowOutcome(row.number(), Fate.REFUSED, head == null ? "" : head,
                        UserError.format(e.field()), e.reason()));
            }
        }
        List<String> notes = newBuildings.values().stream()
                .map(b -> UserError.format("import.newBuilding", places.nameOf(b.compoundId()), b.name()))
                .toList();
        ImportPlan plan = new ImportPlan(source, outcomes, List.of(), List.of(), notes);
        if (!write || plan.count(Fate.REFUSED) > 0 && !skipInvalid) {
            return new Result(plan, false);
        }
        Set<UUID> used = new HashSet<>();
        for (Household[] change : changes) {
            used.add(change[1].buildingId());
        }
        for (Building b : newBuildings.values()) {
            if (used.contains(b.id())) { // a building named only by refused rows is not recorded
                s.buildings().insert(b);
                s.audit().record(actor.name(), HouseholdService.BUILDING, b.id(), Action.CREATE, null, b);
            }
        }
        for (Household[] change : changes) {
            if (change[0] == null) {
                s.households().insert(change[1]);
                s.audit().record(actor.name(), HouseholdService.HOUSEHOLD, change[1].id(), Action.CREATE, null,
                        change[1]);
            } else {
                s.households().update(change[1]);
                s.audit().record(actor.name(), HouseholdService.HOUSEHOLD, change[1].id(), Action.UPDATE, change[0],
                        change[1]);
            }
        }
        return new Result(plan, true);
    }

    private static String key(UUID compound, UUID building, String unit, String room, String head) {
        return compound + "/" + building + "/" + unit + "/" + room + "/" + head;
    }


}
