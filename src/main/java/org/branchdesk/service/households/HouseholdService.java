package org.branchdesk.service.households;

import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.common.Choice;
import org.branchdesk.domain.common.Disclosure;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.households.Household;
import org.branchdesk.domain.orgs.BranchGroup;
import org.branchdesk.domain.places.Building;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.sheets.Spreadsheets;
import org.branchdesk.store.AuditLog;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.members.MemberRepository.Resident;

/**
 * Buildings of a compound and the households the office records there: contact households of
 * central households and residents under assistance. Each method is one transaction.
 */
public final class HouseholdService {
    static final String BUILDING = "building";
    static final String HOUSEHOLD = "household";
    private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);
    private final Store store;
    private final Actor actor;

    public HouseholdService(Store store, Actor actor) {
        this.store = store;
        this.actor = actor;
    }

    /**
     * A building as its tab lists it: the members living there and the party groups set up in it.
     */
    public record BuildingLine(Building building, int members, List<String> groups) {}

    /** Buildings of a compound in natural order (2号楼 before 10号楼). */
    public List<BuildingLine> buildings(UUID compoundId) {
        return store.read(
                s -> {
                    List<Building> buildings =
                            new ArrayList<>(s.buildings().ofCompound(compoundId));
                    buildings.sort(Building.NATURAL);
                    List<Resident> residents = s.members().residentsOf(compoundId);
                    List<BranchGroup> groups = s.groups().list();
                    List<BuildingLine> lines = new ArrayList<>();
                    for (Building b : buildings) {
                        int living =
                                (int)
                                        residents.stream()
                                                .filter(r -> b.isNamed(r.building()))
                                                .count();
                        List<String> named =
                                groups.stream()
                                        .filter(g -> b.id().equals(g.buildingId()))
                                        .map(BranchGroup::name)
                                        .toList();
                        lines.add(new BuildingLine(b, living, named));
                    }
                    return lines;
                });
    }

    /** Records a building; a second building of the same name in the compound is refused. */
    public Building addBuilding(UUID compoundId, String name, Integer units, Integer households) {
        Building draft = Building.of(UUID.randomUUID(), compoundId, name, units, households);
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    if (s.compounds().find(compoundId).isEmpty()) {
                        throw new UserError("error.compound.notFound");
                    }
                    requireUnique(s, draft);
                    s.buildings().insert(draft);
                    s.audit()
                            .record(actor.name(), BUILDING, draft.id(), Action.CREATE, null, draft);
                    return draft;
                });
    }

    public Building updateBuilding(UUID id, String name, Integer units, Integer households) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    Building before =
                            s.buildings()
                                    .find(id)
                                    .orElseThrow(() -> new UserError("error.building.notFound"));
                    Building after = Building.of(id, before.compoundId(), name, units, households);
                    if (!Building.key(after.name()).equals(Building.key(before.name()))) {
                        requireUnique(s, after);
                    }
                    if (after.equals(before)) {
                        return before;
                    }
                    s.buildings().update(after);
                    s.audit().record(actor.name(), BUILDING, id, Action.UPDATE, before, after);
                    return after;
                });
    }

    /**
     * Records the buildings that members' residences name but the register lacks, in one compound
     * or ({@code null}) in all. Returns how many were recorded; a second run records none.
     */
    public int fillFromResidences(UUID compoundId) {
        return Access.write(store, actor, Permission.EDIT, s -> fillFromResidences(s, compoundId));
    }

    public int fillFromResidences(StoreSession s, UUID compoundId) {
        List<Resident> residents =
                compoundId == null
                        ? s.members().allResidents()
                        : s.members().residentsOf(compoundId);
        Map<UUID, Map<String, String>> known = new HashMap<>();
        for (Building b : s.buildings().list()) {
            known.computeIfAbsent(b.compoundId(), k -> new HashMap<>())
                    .put(Building.key(b.name()), b.name());
        }
        Map<HouseholdImporter.BuildingKey, Building> created = new LinkedHashMap<>();
        for (Resident r : residents) {
            if (r.building() == null || r.compoundId() == null) {
                continue;
            }
            String key = Building.key(r.building());
            Map<String, String> names = known.computeIfAbsent(r.compoundId(), k -> new HashMap<>());
            if (key.isEmpty() || names.containsKey(key)) {
                continue;
            }
            Building b;
            try {
                b = Building.of(UUID.randomUUID(), r.compoundId(), r.building(), null, null);
            } catch (UserError e) {
                continue; // a residence too odd to name a building; the member's record keeps it as
                // written
            }
            names.put(key, b.name());
            created.put(new HouseholdImporter.BuildingKey(r.compoundId(), key), b);
        }
        for (Building b : created.values()) {
            s.buildings().insert(b);
        }
        s.audit().recordAll(actor.name(), BUILDING, Action.CREATE, List.copyOf(created.values()));
        linkGroupsToBuildings(s);
        return created.size();
    }

    /**
     * Gives each building party group recorded without its building the building its name begins
     * with ({@code 3号楼党小组} → 3号楼), when the compound has exactly one such building.
     */
    private void linkGroupsToBuildings(StoreSession s) {
        Map<UUID, List<Building>> byCompound = new HashMap<>();
        for (Building b : s.buildings().list()) {
            byCompound.computeIfAbsent(b.compoundId(), k -> new ArrayList<>()).add(b);
        }
        for (BranchGroup g : s.groups().list()) {
            if (g.kind() != BranchGroup.Kind.BUILDING_PARTY_GROUP
                    || g.buildingId() != null
                    || g.compoundId() == null) {
                continue;
            }
            List<Building> named =
                    byCompound.getOrDefault(g.compoundId(), List.of()).stream()
                            .filter(b -> g.name().startsWith(b.name()))
                            .toList();
            if (named.size() == 1) {
                BranchGroup after =
                        g.withLeaderAndContacts(
                                g.leaderName(),
                                g.leaderMemberId(),
                                g.contactHouseholds(),
                                named.get(0).id());
                s.groups().update(after);
                s.audit()
                        .record(
                                actor.name(),
                                AuditLog.BRANCH_GROUP,
                                g.id(),
                                Action.UPDATE,
                                g,
                                after);
            }
        }
    }

    /**
     * A household as its tab lists it: the phone masked, the building and central household named.
     */
    public record HouseholdLine(
            Household household, String address, String maskedPhone, String centralHousehold) {}

    public List<HouseholdLine> households(UUID compoundId) {
        return store.read(
                s -> {
                    Map<UUID, String> buildingNames = new HashMap<>();
                    for (Building b : s.buildings().ofCompound(compoundId)) {
                        buildingNames.put(b.id(), b.name());
                    }
                    Map<UUID, String> groupNames = new HashMap<>();
                    for (BranchGroup g : s.groups().list()) {
                        groupNames.put(g.id(), g.name());
                    }
                    List<HouseholdLine> lines = new ArrayList<>();
                    // the phone as its mark says a list shows it
                    Disclosure listed = Disclosure.list(s.office().masking(), false);
                    for (Household h : s.households().ofCompound(compoundId)) {
                        lines.add(
                                new HouseholdLine(
                                        h,
                                        h.address(buildingNames.get(h.buildingId())),
                                        listed.apply(h).phone(),
                                        h.groupId() == null ? null : groupNames.get(h.groupId())));
                    }
                    return lines;
                });
    }

    /**
     * Writes every household on the register to {@code .xlsx}, phones masked and needs left out
     * (they are often health details): what a list handed to volunteers may carry.
     */
    public int export(Path out) {
        List<List<String>> rows =
                store.read(
                        s -> {
                            Map<UUID, String> compounds = new HashMap<>();
                            Map<UUID, String> communityOf = new HashMap<>();
                            Map<UUID, String> communities = new HashMap<>();
                            s.communities().list().forEach(c -> communities.put(c.id(), c.name()));
                            s.compounds()
                                    .list()
                                    .forEach(
                                            c -> {
                                                compounds.put(c.id(), c.name());
                                                communityOf.put(
                                                        c.id(), communities.get(c.communityId()));
                                            });
                            Map<UUID, String> buildings = new HashMap<>();
                            s.buildings().list().forEach(b -> buildings.put(b.id(), b.name()));
                            // phones and needs as their marks say an export shows them
                            Disclosure exported = Disclosure.export(s.office().masking());
                            Map<UUID, String> groups = new HashMap<>();
                            s.groups().list().forEach(g -> groups.put(g.id(), g.name()));
                            List<List<String>> lines = new ArrayList<>();
                            for (String compound :
                                    compounds.keySet().stream()
                                            .map(UUID::toString)
                                            .sorted()
                                            .toList()) {
                                UUID id = UUID.fromString(compound);
                                for (Household raw : s.households().ofCompound(id)) {
                                    Household h = exported.apply(raw);
                                    lines.add(
                                            List.of(
                                                    Messages.format(
                                                            "householdKind." + h.kind().name()),
                                                    communityOf.get(id),
                                                    compounds.get(id),
                                                    h.address(buildings.get(h.buildingId())),
                                                    h.headName(),
                                                    h.phone() == null ? "" : h.phone(),
                                                    h.groupId() == null
                                                            ? ""
                                                            : groups.getOrDefault(h.groupId(), ""),
                                                    h.needs() == null ? "" : h.needs()));
                                }
                            }
                            lines.sort(
                                    Comparator.comparing((List<String> l) -> l.get(1), CHINESE)
                                            .thenComparing(l -> l.get(2), CHINESE)
                                            .thenComparing(l -> l.get(0)));
                            return lines;
                        });
        Spreadsheets.writeXlsx(
                out,
                Messages.format("compounds.tab.buildings"),
                Arrays.asList(Messages.format("export.households.header").split(",")),
                rows);
        return rows.size();
    }

    /** A choice for a form: a building or a central household of the compound. */
    /** The buildings and central households a household of this compound can name. */
    public record Choices(List<Choice> buildings, List<Choice> centralHouseholds) {}

    public Choices choices(UUID compoundId) {
        return store.read(
                s -> {
                    List<Building> buildings =
                            new ArrayList<>(s.buildings().ofCompound(compoundId));
                    buildings.sort(Building.NATURAL);
                    List<Choice> centrals =
                            s.groups().list().stream()
                                    .filter(
                                            g ->
                                                    g.kind() == BranchGroup.Kind.CENTRAL_HOUSEHOLD
                                                            && compoundId.equals(g.compoundId()))
                                    .sorted(Comparator.comparing(BranchGroup::name, CHINESE))
                                    .map(g -> new Choice(g.id(), g.name()))
                                    .toList();
                    return new Choices(
                            buildings.stream().map(b -> new Choice(b.id(), b.name())).toList(),
                            centrals);
                });
    }

    /** What a clerk enters for a household. */
    public record Draft(
            Household.Kind kind,
            UUID compoundId,
            UUID buildingId,
            String unitNo,
            String room,
            String headName,
            String phone,
            UUID groupId,
            String needs) {}

    public Household addHousehold(Draft d) {
        Household h =
                Household.of(
                        UUID.randomUUID(),
                        d.kind(),
                        d.compoundId(),
                        d.buildingId(),
                        d.unitNo(),
                        d.room(),
                        d.headName(),
                        d.phone(),
                        d.groupId(),
                        d.needs());
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    check(s, h);
                    s.households().insert(h);
                    s.audit().record(actor.name(), HOUSEHOLD, h.id(), Action.CREATE, null, h);
                    return h;
                });
    }

    public Household updateHousehold(UUID id, Draft d) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    Household before =
                            s.households()
                                    .find(id)
                                    .orElseThrow(() -> new UserError("error.household.notFound"));
                    Household after =
                            Household.of(
                                    id,
                                    before.kind(),
                                    before.compoundId(),
                                    d.buildingId(),
                                    d.unitNo(),
                                    d.room(),
                                    d.headName(),
                                    d.phone(),
                                    d.groupId(),
                                    d.needs());
                    check(s, after);
                    if (after.equals(before)) {
                        return before;
                    }
                    s.households().update(after);
                    s.audit().record(actor.name(), HOUSEHOLD, id, Action.UPDATE, before, after);
                    return after;
                });
    }

    /** Takes a household off the register (moved away, assistance ended); its history stays. */
    public void removeHousehold(UUID id) {
        Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    Household before =
                            s.households()
                                    .find(id)
                                    .orElseThrow(() -> new UserError("error.household.notFound"));
                    s.households().remove(id);
                    s.audit().record(actor.name(), HOUSEHOLD, id, Action.DELETE, before, null);
                    return null;
                });
    }

    private static void check(StoreSession s, Household h) {
        if (s.compounds().find(h.compoundId()).isEmpty()) {
            throw new UserError("error.compound.notFound");
        }
        if (h.buildingId() != null
                && s.buildings()
                        .find(h.buildingId())
                        .filter(b -> b.compoundId().equals(h.compoundId()))
                        .isEmpty()) {
            throw new UserError("error.building.notFound");
        }
        if (h.groupId() != null
                && s.groups()
                        .find(h.groupId())
                        .filter(g -> g.kind() == BranchGroup.Kind.CENTRAL_HOUSEHOLD)
                        .isEmpty()) {
            throw new UserError("error.group.notFound");
        }
    }

    private static void requireUnique(StoreSession s, Building b) {
        String key = Building.key(b.name());
        for (Building other : s.buildings().ofCompound(b.compoundId())) {
            if (!other.id().equals(b.id()) && Building.key(other.name()).equals(key)) {
                throw new ValidationError(
                        "field.building.name", "rule.building.duplicate", other.name());
            }
        }
    }
}
