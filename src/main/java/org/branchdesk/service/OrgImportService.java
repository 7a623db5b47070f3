package org.branchdesk.service;

import org.branchdesk.domain.Permission;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.BranchGroup;
import org.branchdesk.domain.Community;
import org.branchdesk.domain.Compound;
import org.branchdesk.domain.Names;
import org.branchdesk.domain.OrgType;
import org.branchdesk.domain.PartyOrg;
import org.branchdesk.domain.Unit;
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
import org.branchdesk.store.MemberRepository.Resident;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;

/**
 * Sets up party organizations from a sheet, one per row, parents before children (a parent
 * may be earlier in the same file). An organization the office already has (same name, not
 * dissolved) is left as it is. The compounds a branch is built on must exist.
 */
public final class OrgImportService {
    /** The columns of the organizations template. */
    public enum Column implements ImportColumn {
        NAME("field.org.name"),
        TYPE("field.org.type"),
        PARENT("field.org.parent"),
        COMMUNITY("field.member.community"),
        COMPOUNDS("field.org.compounds"),
        ESTABLISHED_ON("field.org.establishedOn"),
        REQUEST_TITLE("field.org.requestTitle"),
        REQUEST_NO("field.org.requestNo"),
        APPROVAL_TITLE("field.org.approvalTitle"),
        APPROVAL_NO("field.org.approvalNo"),
        FULL_NAME("field.org.fullName"),
        UNIT("field.org.unit"),
        LEADER("field.group.leader"),
        CONTACTS("field.group.contacts"),
        UNIT_KIND("field.unit.kind");

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
            return Vocabulary.words("organizations." + name());
        }
    }

    private final Store store;
    private final Actor actor;
    private final PartyOrgService orgs;
    private final UnitService units;

    public OrgImportService(Store store, Actor actor, PartyOrgService orgs, UnitService units) {
        this.store = store;
        this.actor = actor;
        this.orgs = orgs;
        this.units = units;
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

    /** Imports inside a running transaction (the demo loads its street in one). */
    Result importInto(StoreSession s, byte[] content, String source) {
        return run(s, content, source, false, true);
    }

    /**
     * Plans every row against the office and, when {@code write} and allowed, sets the
     * organizations up. Parents named earlier in the file count as known while planning.
     */
    private Result run(StoreSession s, byte[] content, String source, boolean skipInvalid, boolean write) {
        List<SheetRow> rows = SheetReader.read(content, source);
        Columns<Column> columns = Columns.of(Column.class);
        int header = columns.requireHeader(rows, 2, source, Column.NAME, Column.TYPE);
        Map<String, UUID> known = new HashMap<>();
        Map<String, OrgType> knownTypes = new HashMap<>();
        for (PartyOrg o : s.orgs().list()) {
            if (o.isActive()) {
                known.put(o.name(), o.id());
                knownTypes.put(o.name(), o.type());
            }
        }
        Map<String, Community> communities = new HashMap<>();
        for (Community c : s.communities().list()) {
            communities.put(c.name(), c);
        }
        Map<String, UUID> compounds = new HashMap<>();
        for (Compound c : s.compounds().list()) {
            compounds.put(c.communityId() + "/" + c.name(), c.id());
        }
        List<RowOutcome> outcomes = new ArrayList<>();
        List<PartyOrg> toCreate = new ArrayList<>();
        List<BranchGroup> groupsToCreate = new ArrayList<>();
        Map<String, PartyOrg> plannedOrgs = new HashMap<>();
        for (PartyOrg o : s.orgs().list()) {
            if (o.isActive()) {
                plannedOrgs.put(o.name(), o);
            }
        }
        Map<String, BranchGroup> knownGroups = new HashMap<>();
        for (BranchGroup g : s.groups().list()) {
            knownGroups.put(g.branchId() + "/" + g.name(), g);
        }
        Map<UUID, List<Resident>> branchMembers = new HashMap<>();
        List<BranchGroup[]> groupsToUpdate = new ArrayList<>();
        Map<UUID, String> unitOf = new HashMap<>();
        Map<UUID, Unit.Kind> unitKinds = new HashMap<>();
        Set<String> inFile = new HashSet<>();
        for (SheetRow row : rows.subList(header + 1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            String name = columns.get(row, Column.NAME);
            try {
                BranchGroup.Kind groupKind = groupKind(columns.get(row, Column.TYPE));
                // a group's name is unique under its branch (every branch may have its 3号楼党小组)
                String key = groupKind == null ? name : columns.get(row, Column.PARENT) + "/" + name;
                if (name != null && !inFile.add(key)) {
                    throw new ValidationError(Column.NAME.fieldKey, "rule.repeatedInFile");
                }
                if (name != null && groupKind == null && known.containsKey(name)) {
                    outcomes.add(new RowOutcome(row.number(), Fate.UNCHANGED, name, null, null));
                    continue;
                }
                if (groupKind != null) {
                    String parentName = columns.get(row, Column.PARENT);
                    PartyOrg branch = parentName == null ? null : plannedOrgs.get(parentName);
                    if (branch == null) {
                        throw new ValidationError(Column.PARENT.fieldKey, parentName == null ? "rule.required"
                                : "rule.org.unknownParent", parentName);
                    }
                    UUID compound = null;
                    String compoundName = columns.get(row, Column.COMPOUNDS);
                    if (compoundName != null && branch.communityId() != null) {
                        compound = compounds.get(branch.communityId() + "/" + compoundName);
                    }
                    String leader = columns.get(row, Column.LEADER);
                    UUID leaderId = PartyOrgService.matchLeader(leader == null ? null : leader.strip(),
                            branchMembers.computeIfAbsent(branch.id(), id -> s.members().membersOf(id)));
                    BranchGroup group = BranchGroup.of(UUID.randomUUID(), groupKind, branch, name, compound, null,
                            leader, leaderId, columns.get(row, Column.CONTACTS));
                    BranchGroup existing = knownGroups.get(branch.id() + "/" + group.name());
                    if (existing != null) {
                        // a later list of the same group: its leader and contacts are the news
                        BranchGroup after = existing.withLeaderAndContacts(group.leaderName(), group.leaderMemberId(),
                                group.contactHouseholds(), existing.buildingId());
                        boolean changed = !after.sameDetails(existing);
                        if (changed) {
                            groupsToUpdate.add(new BranchGroup[] {existing, after});
                        }
                        outcomes.add(new RowOutcome(row.number(), changed ? Fate.UPDATE : Fate.UNCHANGED, name,
                                null, null));
                        continue;
                    }
                    knownGroups.put(branch.id() + "/" + group.name(), group);
                    groupsToCreate.add(group);
                    outcomes.add(new RowOutcome(row.number(), Fate.NEW, name, null, null));
                    continue;
                }
                OrgType type = type(columns.get(row, Column.TYPE));
                String parentName = columns.get(row, Column.PARENT);
                UUID parent = null;
                if (parentName != null) {
                    parent = known.get(parentName);
                    if (parent == null) {
                        throw new ValidationError(Column.PARENT.fieldKey, "rule.org.unknownParent", parentName);
                    }
                    if (knownTypes.get(parentName).isBranchLevel()) {
                        throw new ValidationError(Column.PARENT.fieldKey, "rule.org.parentIsBranch", parentName);
                    }
                }
                String communityName = columns.get(row, Column.COMMUNITY);
                Community community = communityName == null ? null : communities.get(communityName);
                if (communityName != null && community == null) {
                    throw new ValidationError(Column.COMMUNITY.fieldKey, "rule.org.unknownCommunity", communityName);
                }
                Set<UUID> places = new LinkedHashSet<>();
                String list = columns.get(row, Column.COMPOUNDS);
                if (list != null) {
                    if (community == null) {
                        throw new ValidationError(Column.COMMUNITY.fieldKey, "rule.required");
                    }
                    for (String compound : list.split("[、,，;；/]")) {
                        String n = compound.trim();
                        UUID id = compounds.get(community.id() + "/" + n);
                        if (id == null) {
                            throw new ValidationError(Column.COMPOUNDS.fieldKey, "rule.org.unknownCompound", n,
                                    community.name());
                        }
                        places.add(id);
                    }
                }
                PartyOrg org = PartyOrg.of(UUID.randomUUID(), type, name, columns.get(row, Column.FULL_NAME), parent,
                        community == null ? null : community.id(), places,
                        Dates.parse(Column.ESTABLISHED_ON.fieldKey, columns.get(row, Column.ESTABLISHED_ON)), null,
                        columns.get(row, Column.REQUEST_TITLE), columns.get(row, Column.REQUEST_NO),
                        columns.get(row, Column.APPROVAL_TITLE), columns.get(row, Column.APPROVAL_NO));
                String unit = columns.get(row, Column.UNIT);
                String unitName = unit == null ? null : Names.requireName(Column.UNIT.fieldKey, unit);
                // the unit's kind: as the row says, else what the organization's type implies
                Unit.Kind unitKind = ImportLookups.choice(Column.UNIT_KIND.fieldKey, columns.get(row, Column.UNIT_KIND),
                        "unitKind.", Unit.Kind.values(), type == OrgType.PROPERTY_COMPANY_ORG
                                ? Unit.Kind.PROPERTY_COMPANY : Unit.Kind.RESIDENT_UNIT);
                known.put(org.name(), org.id());
                knownTypes.put(org.name(), org.type());
                plannedOrgs.put(org.name(), org);
                toCreate.add(org);
                if (unitName != null) {
                    unitOf.put(org.id(), unitName);
                    unitKinds.put(org.id(), unitKind);
                }
                outcomes.add(new RowOutcome(row.number(), Fate.NEW, org.name(), null, null));
            } catch (ValidationError e) {
                outcomes.add(new RowOutcome(row.number(), Fate.REFUSED, name == null ? "" : name,
                        UserError.format(e.field()), e.reason()));
            }
        }
        ImportPlan plan = new ImportPlan(source, outcomes, List.of(), List.of(), List.of());
        if (!write || plan.count(Fate.REFUSED) > 0 && !skipInvalid) {
            return new Result(plan, false);
        }
        for (PartyOrg org : toCreate) {
            orgs.create(s, org); // a child of a refused row was refused too: its parent is unknown
            String unit = unitOf.get(org.id());
            if (unit != null) {
                units.link(s, units.ensure(s, unitKinds.get(org.id()), unit, org.communityId()), org.id());
            }
        }
        for (BranchGroup group : groupsToCreate) {
            orgs.createGroup(s, group);
        }
        for (BranchGroup[] change : groupsToUpdate) {
            orgs.updateGroup(s, change[0], change[1]);
        }
        return new Result(plan, true);
    }

    /** 楼栋党小组 or 党员中心户, or {@code null} for a party organization's type. */
    static BranchGroup.Kind groupKind(String label) {
        for (BranchGroup.Kind k : BranchGroup.Kind.values()) {
            if (UserError.format("groupKind." + k.name()).equals(label)) {
                return k;
            }
        }
        return null;
    }

    /** A type as clerks write it: the labels of the bundle (小区党支部, 联合党支部, ...). */
    static OrgType type(String label) {
        return ImportLookups.choice(Column.TYPE.fieldKey, label, "orgType.", OrgType.values(), null);
    }
}
