package org.branchdesk.service.households;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.households.Household;
import org.branchdesk.domain.orgs.BranchGroup;
import org.branchdesk.domain.places.Building;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.importing.CompoundKey;
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
import org.branchdesk.service.sheets.ImportColumn;
import org.branchdesk.service.sheets.Vocabulary;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.StoreSession;

/**
 * Imports contact households and residents under assistance (联系户、帮扶对象名单). A row is the household of
 * the same head at the same address in the same compound when the office has one: its phone,
 * central household and needs are updated. Buildings the file names and the compound lacks are
 * recorded with the import, and listed in the preview.
 */
public final class HouseholdImporter
        implements Importer<HouseholdImporter.Values, HouseholdImporter.Work> {
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

    private final Actor actor;

    public HouseholdImporter(Actor actor) {
        this.actor = actor;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.HOUSEHOLDS;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.values());
    }

    /**
     * A row's cells, checked as far as they can be without the office ({@code values} stands in a
     * placeholder compound until the plan finds the real one).
     */
    public record Values(
            int row,
            String community,
            String compound,
            String building,
            String central,
            Household values) {}

    /** The buildings the file names that the office lacks, and the households to write. */
    public record Work(Map<BuildingKey, Building> newBuildings, List<Household[]> changes) {}

    @Override
    public Parsed<Values> parse(byte[] content, String source, ImportProgress progress) {
        return RowReader.read(
                content,
                source,
                Column.class,
                3,
                Column.COMPOUND,
                Column.HEAD,
                progress,
                (columns, row) -> columns.get(row, Column.HEAD),
                (columns, row) -> {
                    Household.Kind kind =
                            ImportLookups.choice(
                                    Column.KIND.fieldKey,
                                    columns.get(row, Column.KIND),
                                    "householdKind.",
                                    Household.Kind.values(),
                                    null);
                    Household h =
                            Household.of(
                                    UUID.randomUUID(),
                                    kind,
                                    ImportLookups.NOT_YET,
                                    null,
                                    columns.get(row, Column.UNIT),
                                    columns.get(row, Column.ROOM),
                                    columns.get(row, Column.HEAD),
                                    columns.get(row, Column.PHONE),
                                    columns.get(row, Column.CENTRAL) == null
                                            ? null
                                            : ImportLookups.NOT_YET,
                                    columns.get(row, Column.NEEDS));
                    return new Values(
                            row.number(),
                            columns.get(row, Column.COMMUNITY),
                            columns.get(row, Column.COMPOUND),
                            columns.get(row, Column.BUILDING),
                            columns.get(row, Column.CENTRAL),
                            h);
                });
    }

    @Override
    public Planned<Values, Work> plan(
            StoreSession s, Parsed<Values> parsed, ImportProgress progress) {
        ImportLookups.Places places = new ImportLookups.Places(s);
        // buildings by compound and key; new ones are planned with the rows that name them
        Map<BuildingKey, Building> buildings = new HashMap<>();
        for (Building b : s.buildings().list()) {
            buildings.put(new BuildingKey(b.compoundId(), Building.key(b.name())), b);
        }
        Work work = new Work(new LinkedHashMap<>(), new ArrayList<>());
        // a central household is found in the row's compound first, then by its name alone
        Map<String, UUID> centrals = new HashMap<>();
        Map<CompoundKey, UUID> centralsInCompound = new HashMap<>();
        Set<String> ambiguousCentrals = new HashSet<>();
        for (BranchGroup g : s.groups().list()) {
            if (g.kind() != BranchGroup.Kind.CENTRAL_HOUSEHOLD) {
                continue;
            }
            if (centrals.put(g.name(), g.id()) != null) {
                ambiguousCentrals.add(g.name());
            }
            if (g.compoundId() != null) {
                centralsInCompound.put(new CompoundKey(g.compoundId(), g.name()), g.id());
            }
        }
        Map<HouseholdKey, Household> existing = new HashMap<>();
        Set<UUID> seenCompounds = new HashSet<>();
        List<RowOutcome> outcomes = new ArrayList<>(parsed.refused());
        Set<HouseholdKey> inFile = new HashSet<>();
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
                if (seenCompounds.add(compound)) {
                    for (Household h : s.households().ofCompound(compound)) {
                        existing.put(HouseholdKey.of(h), h);
                    }
                }
                UUID building = null;
                if (v.building() != null) {
                    BuildingKey k = new BuildingKey(compound, Building.key(v.building()));
                    Building b = buildings.get(k);
                    if (b == null) {
                        b = Building.of(UUID.randomUUID(), compound, v.building(), null, null);
                        buildings.put(k, b);
                        work.newBuildings().put(k, b);
                    }
                    building = b.id();
                }
                UUID central = null;
                String centralName = v.central();
                if (centralName != null
                        && centralsInCompound.containsKey(new CompoundKey(compound, centralName))) {
                    central = centralsInCompound.get(new CompoundKey(compound, centralName));
                } else if (centralName != null) {
                    if (ambiguousCentrals.contains(centralName)) {
                        throw new ValidationError(
                                Column.CENTRAL.fieldKey,
                                "rule.household.ambiguousCentral",
                                centralName);
                    }
                    central = centrals.get(centralName);
                    if (central == null) {
                        throw new ValidationError(
                                Column.CENTRAL.fieldKey,
                                "rule.household.unknownCentral",
                                centralName);
                    }
                }
                Household p = v.values();
                Household h =
                        Household.of(
                                p.id(),
                                p.kind(),
                                compound,
                                building,
                                p.unitNo(),
                                p.room(),
                                p.headName(),
                                p.phone(),
                                central,
                                p.needs());
                HouseholdKey key = HouseholdKey.of(h);
                if (!inFile.add(key)) {
                    throw new ValidationError(Column.HEAD.fieldKey, "rule.repeatedInFile");
                }
                Household old = existing.get(key);
                if (old == null) {
                    work.changes().add(new Household[] {null, h});
                    outcomes.add(new RowOutcome(v.row(), Fate.NEW, h.headName(), null, null));
                } else {
                    Household now = Household.mergeImported(old, h);
                    boolean same = now.equals(old);
                    if (!same) {
                        work.changes().add(new Household[] {old, now});
                    }
                    outcomes.add(
                            new RowOutcome(
                                    v.row(),
                                    same ? Fate.UNCHANGED : Fate.UPDATE,
                                    h.headName(),
                                    null,
                                    null));
                }
            } catch (ValidationError e) {
                outcomes.add(RowReader.refusal(v.row(), v.values().headName(), e));
            }
        }
        outcomes.sort((a, b) -> Integer.compare(a.row(), b.row()));
        List<String> notes =
                work.newBuildings().values().stream()
                        .map(
                                b ->
                                        Messages.format(
                                                "import.newBuilding",
                                                places.nameOf(b.compoundId()),
                                                b.name()))
                        .toList();
        return new Planned<>(
                new ImportPlan(parsed.source(), outcomes, List.of(), List.of(), notes),
                parsed,
                work);
    }

    @Override
    public void apply(StoreSession s, Planned<Values, Work> planned, ImportProgress progress) {
        Work work = planned.work();
        Set<UUID> used = new HashSet<>();
        for (Household[] change : work.changes()) {
            used.add(change[1].buildingId());
        }
        for (Building b : work.newBuildings().values()) {
            if (used.contains(b.id())) { // a building named only by refused rows is not recorded
                s.buildings().insert(b);
                s.audit()
                        .record(
                                actor.name(),
                                HouseholdService.BUILDING,
                                b.id(),
                                Action.CREATE,
                                null,
                                b);
            }
        }
        for (Household[] change : work.changes()) {
            if (change[0] == null) {
                s.households().insert(change[1]);
                s.audit()
                        .record(
                                actor.name(),
                                HouseholdService.HOUSEHOLD,
                                change[1].id(),
                                Action.CREATE,
                                null,
                                change[1]);
            } else {
                s.households().update(change[1]);
                s.audit()
                        .record(
                                actor.name(),
                                HouseholdService.HOUSEHOLD,
                                change[1].id(),
                                Action.UPDATE,
                                change[0],
                                change[1]);
            }
        }
    }

    /** A building within its compound, by its key ({@code 3号楼} and {@code 3栋} are one). */
    public record BuildingKey(UUID compound, String key) {}

    /** A household is the same when its place, head and kind are. */
    private record HouseholdKey(
            UUID compound,
            UUID building,
            String unit,
            String room,
            String head,
            Household.Kind kind) {
        static HouseholdKey of(Household h) {
            return new HouseholdKey(
                    h.compoundId(), h.buildingId(), h.unitNo(), h.room(), h.headName(), h.kind());
        }
    }
}
