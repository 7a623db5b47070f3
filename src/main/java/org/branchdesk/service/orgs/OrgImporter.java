package org.branchdesk.service.orgs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.Names;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.orgs.BranchGroup;
import org.branchdesk.domain.orgs.OrgTreeRules;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.units.Unit;
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
import org.branchdesk.service.sheets.Dates;
import org.branchdesk.service.sheets.ImportColumn;
import org.branchdesk.service.sheets.Vocabulary;
import org.branchdesk.service.units.UnitService;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.members.MemberRepository.Resident;

/**
 * Sets up party organizations from a sheet, one per row, parents before children (a parent may be
 * earlier in the same file). An organization the office already has (same name, not dissolved; or
 * dissolved and set up on the same day) is left as it is. The compounds a branch is built on must
 * exist.
 */
public final class OrgImporter implements Importer<OrgImporter.Values, OrgImporter.Work> {
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

    private final PartyOrgService orgs;
    private final UnitService units;

    public OrgImporter(PartyOrgService orgs, UnitService units) {
        this.orgs = orgs;
        this.units = units;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.ORGANIZATIONS;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.values());
    }

    /**
     * A row's cells, checked as far as they can be without the office: a party group or central
     * household ({@code groupKind} set) or a party organization ({@code type} set). What makes a
     * new organization's cells unusable is kept in {@code problem}: a row for an organization the
     * office already has is left as it is whatever its other cells say.
     */
    public record Values(
            int row,
            String name,
            BranchGroup.Kind groupKind,
            OrgType type,
            String parent,
            String community,
            List<String> compounds,
            LocalDate establishedOn,
            String fullName,
            String requestTitle,
            String requestNo,
            String approvalTitle,
            String approvalNo,
            String unit,
            Unit.Kind unitKind,
            String leader,
            String contacts,
            ValidationError problem) {}

    /** What applying sets up and changes. */
    public record Work(
            List<PartyOrg> toCreate,
            Map<UUID, String> unitOf,
            Map<UUID, Unit.Kind> unitKinds,
            List<BranchGroup> groupsToCreate,
            List<BranchGroup[]> groupsToUpdate) {}

    @Override
    public Parsed<Values> parse(byte[] content, String source, ImportProgress progress) {
        Set<RowKey> inFile = new HashSet<>();
        return RowReader.read(
                content,
                source,
                Column.class,
                2,
                Column.NAME,
                Column.TYPE,
                progress,
                (columns, row) -> columns.get(row, Column.NAME),
                (columns, row) -> {
                    String name = columns.get(row, Column.NAME);
                    BranchGroup.Kind groupKind = groupKind(columns.get(row, Column.TYPE));
                    // a group's name is unique under its branch (every branch may have its 3号楼党小组)
                    RowKey key =
                            new RowKey(
                                    groupKind == null ? null : columns.get(row, Column.PARENT),
                                    name);
                    if (name != null && !inFile.add(key)) {
                        throw new ValidationError(Column.NAME.fieldKey, "rule.repeatedInFile");
                    }
                    OrgType type = null;
                    LocalDate established = null;
                    String unitName = null;
                    Unit.Kind unitKind = null;
                    ValidationError problem = null;
                    try {
                        type = groupKind == null ? type(columns.get(row, Column.TYPE)) : null;
                        established =
                                Dates.parse(
                                        Column.ESTABLISHED_ON.fieldKey,
                                        columns.get(row, Column.ESTABLISHED_ON));
                        String unit = columns.get(row, Column.UNIT);
                        unitName =
                                unit == null ? null : Names.requireName(Column.UNIT.fieldKey, unit);
                        // the unit's kind: as the row says, else what the organization's type
                        // implies
                        unitKind =
                                ImportLookups.choice(
                                        Column.UNIT_KIND.fieldKey,
                                        columns.get(row, Column.UNIT_KIND),
                                        "unitKind.",
                                        Unit.Kind.values(),
                                        type == OrgType.PROPERTY_COMPANY_ORG
                                                ? Unit.Kind.PROPERTY_COMPANY
                                                : Unit.Kind.RESIDENT_UNIT);
                    } catch (ValidationError e) {
                        problem = e;
                    }
                    String list = columns.get(row, Column.COMPOUNDS);
                    List<String> compounds =
                            list == null
                                    ? List.of()
                                    : Arrays.stream(list.split("[、,，;；/]"))
                                            .map(String::trim)
                                            .toList();
                    String leader = columns.get(row, Column.LEADER);
                    return new Values(
                            row.number(),
                            name,
                            groupKind,
                            type,
                            columns.get(row, Column.PARENT),
                            columns.get(row, Column.COMMUNITY),
                            compounds,
                            established,
                            columns.get(row, Column.FULL_NAME),
                            columns.get(row, Column.REQUEST_TITLE),
                            columns.get(row, Column.REQUEST_NO),
                            columns.get(row, Column.APPROVAL_TITLE),
                            columns.get(row, Column.APPROVAL_NO),
                            unitName,
                            unitKind,
                            leader == null ? null : leader.strip(),
                            columns.get(row, Column.CONTACTS),
                            problem);
                });
    }

    /**
     * Plans every row against the office. Parents named earlier in the file count as known; an
     * organization the office already has is left as it is.
     */
    @Override
    public Planned<Values, Work> plan(
            StoreSession s, Parsed<Values> parsed, ImportProgress progress) {
        Map<String, PartyOrg> known = new HashMap<>();
        Map<String, List<PartyOrg>> dissolved = new HashMap<>();
        for (PartyOrg o : s.orgs().list()) {
            if (o.isActive()) {
                known.put(o.name(), o);
            } else {
                dissolved.computeIfAbsent(o.name(), k -> new ArrayList<>()).add(o);
            }
        }
        Map<String, Community> communities = ImportLookups.communitiesByName(s);
        Map<CompoundKey, UUID> compounds = ImportLookups.compoundsByKey(s);
        Map<GroupKey, BranchGroup> knownGroups = new HashMap<>();
        for (BranchGroup g : s.groups().list()) {
            knownGroups.put(new GroupKey(g.branchId(), g.name()), g);
        }
        List<RowOutcome> outcomes = new ArrayList<>(parsed.refused());
        Work work =
                new Work(
                        new ArrayList<>(),
                        new HashMap<>(),
                        new HashMap<>(),
                        new ArrayList<>(),
                        new ArrayList<>());
        Map<UUID, List<Resident>> branchMembers = new HashMap<>();
        int index = 0;
        for (Values v : parsed.rows()) {
            progress.step(index++, parsed.rows().size());
            try {
                if (v.groupKind() != null) {
                    outcomes.add(
                            planGroup(s, v, known, compounds, knownGroups, branchMembers, work));
                } else if (v.name() != null && known.containsKey(v.name())) {
                    outcomes.add(new RowOutcome(v.row(), Fate.UNCHANGED, v.name(), null, null));
                } else if (v.name() != null
                        && v.establishedOn() != null
                        && dissolved.getOrDefault(v.name(), List.of()).stream()
                                .anyMatch(o -> v.establishedOn().equals(o.establishedOn()))) {
                    // the organization the office dissolved: same name, set up the same day; a
                    // successor of the same name is set up later
                    outcomes.add(new RowOutcome(v.row(), Fate.UNCHANGED, v.name(), null, null));
                } else {
                    PartyOrg org = planOrg(v, known, communities, compounds);
                    known.put(org.name(), org);
                    work.toCreate().add(org);
                    if (v.unit() != null) {
                        work.unitOf().put(org.id(), v.unit());
                        work.unitKinds().put(org.id(), v.unitKind());
                    }
                    outcomes.add(new RowOutcome(v.row(), Fate.NEW, org.name(), null, null));
                }
            } catch (ValidationError e) {
                outcomes.add(RowReader.refusal(v.row(), v.name(), e));
            }
        }
        outcomes.sort((a, b) -> Integer.compare(a.row(), b.row()));
        return new Planned<>(
                new ImportPlan(parsed.source(), outcomes, List.of(), List.of(), List.of()),
                parsed,
                work);
    }

    private RowOutcome planGroup(
            StoreSession s,
            Values v,
            Map<String, PartyOrg> known,
            Map<CompoundKey, UUID> compounds,
            Map<GroupKey, BranchGroup> knownGroups,
            Map<UUID, List<Resident>> branchMembers,
            Work work) {
        PartyOrg branch = v.parent() == null ? null : known.get(v.parent());
        if (branch == null) {
            throw new ValidationError(
                    Column.PARENT.fieldKey,
                    v.parent() == null ? "rule.required" : "rule.org.unknownParent",
                    v.parent());
        }
        UUID compound = null;
        if (v.compounds().size() == 1 && branch.communityId() != null) {
            compound = compounds.get(new CompoundKey(branch.communityId(), v.compounds().get(0)));
        }
        UUID leaderId =
                PartyOrgService.matchLeader(
                        v.leader(),
                        branchMembers.computeIfAbsent(
                                branch.id(), id -> s.members().membersOf(id)));
        BranchGroup group =
                BranchGroup.of(
                        UUID.randomUUID(),
                        v.groupKind(),
                        branch,
                        v.name(),
                        compound,
                        null,
                        v.leader(),
                        leaderId,
                        v.contacts());
        GroupKey key = new GroupKey(branch.id(), group.name());
        BranchGroup existing = knownGroups.get(key);
        if (existing != null) {
            // a later list of the same group: its leader and contacts are the news
            BranchGroup after =
                    existing.withLeaderAndContacts(
                            group.leaderName(),
                            group.leaderMemberId(),
                            group.contactHouseholds(),
                            existing.buildingId());
            boolean changed = !after.sameDetails(existing);
            if (changed) {
                work.groupsToUpdate().add(new BranchGroup[] {existing, after});
            }
            return new RowOutcome(
                    v.row(), changed ? Fate.UPDATE : Fate.UNCHANGED, v.name(), null, null);
        }
        knownGroups.put(key, group);
        work.groupsToCreate().add(group);
        return new RowOutcome(v.row(), Fate.NEW, v.name(), null, null);
    }

    private static PartyOrg planOrg(
            Values v,
            Map<String, PartyOrg> known,
            Map<String, Community> communities,
            Map<CompoundKey, UUID> compounds) {
        if (v.problem() != null) {
            throw v.problem();
        }
        UUID parent = null;
        if (v.parent() != null) {
            PartyOrg p = known.get(v.parent());
            if (p == null) {
                throw new ValidationError(
                        Column.PARENT.fieldKey, "rule.org.unknownParent", v.parent());
            }
            if (!OrgTreeRules.canBeParent(p)) {
                throw new ValidationError(
                        Column.PARENT.fieldKey, "rule.org.parentIsBranch", v.parent());
            }
            parent = p.id();
        }
        Community community = v.community() == null ? null : communities.get(v.community());
        if (v.community() != null && community == null) {
            throw new ValidationError(
                    Column.COMMUNITY.fieldKey, "rule.org.unknownCommunity", v.community());
        }
        Set<UUID> places = new LinkedHashSet<>();
        if (!v.compounds().isEmpty() && community == null) {
            throw new ValidationError(Column.COMMUNITY.fieldKey, "rule.required");
        }
        for (String n : v.compounds()) {
            UUID id = compounds.get(new CompoundKey(community.id(), n));
            if (id == null) {
                throw new ValidationError(
                        Column.COMPOUNDS.fieldKey, "rule.org.unknownCompound", n, community.name());
            }
            places.add(id);
        }
        return PartyOrg.of(
                UUID.randomUUID(),
                v.type(),
                v.name(),
                v.fullName(),
                parent,
                community == null ? null : community.id(),
                places,
                v.establishedOn(),
                null,
                v.requestTitle(),
                v.requestNo(),
                v.approvalTitle(),
                v.approvalNo());
    }

    @Override
    public void apply(StoreSession s, Planned<Values, Work> planned, ImportProgress progress) {
        Work work = planned.work();
        for (PartyOrg org : work.toCreate()) {
            orgs.create(s, org); // a child of a refused row was refused too: its parent is unknown
            String unit = work.unitOf().get(org.id());
            if (unit != null) {
                units.link(
                        s,
                        units.ensure(s, work.unitKinds().get(org.id()), unit, org.communityId()),
                        org.id());
            }
        }
        for (BranchGroup group : work.groupsToCreate()) {
            orgs.createGroup(s, group);
        }
        for (BranchGroup[] change : work.groupsToUpdate()) {
            orgs.updateGroup(s, change[0], change[1]);
        }
    }

    /** How a row is told apart from the others of the file: a group by its branch and name. */
    private record RowKey(String parent, String name) {}

    /** A group is named within its branch. */
    private record GroupKey(UUID branch, String name) {}

    /** 楼栋党小组 or 党员中心户, or {@code null} for a party organization's type. */
    static BranchGroup.Kind groupKind(String label) {
        for (BranchGroup.Kind k : BranchGroup.Kind.values()) {
            if (Messages.format("groupKind." + k.name()).equals(label)) {
                return k;
            }
        }
        return null;
    }

    /** A type as clerks write it: the labels of the bundle (小区党支部, 联合党支部, ...). */
    static OrgType type(String label) {
        return ImportLookups.choice(
                Column.TYPE.fieldKey, label, "orgType.", OrgType.values(), null);
    }
}
