package org.branchdesk.service.orgs;

import java.nio.file.Path;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.common.Choice;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.leadership.EndReason;
import org.branchdesk.domain.orgs.BranchGroup;
import org.branchdesk.domain.orgs.BranchRules;
import org.branchdesk.domain.orgs.OrgTreeRules;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.domain.places.Building;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.leadership.LeadershipService;
import org.branchdesk.service.registers.Registers;
import org.branchdesk.service.sheets.Spreadsheets;
import org.branchdesk.store.AuditLog;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.members.MemberRepository.Resident;
import org.branchdesk.store.orgs.TemporaryBranchRepository;

/** The party organizations of the office: set up, dissolve, convert and move. Audited. */
public final class PartyOrgService {
    static final String ENTITY = "party_org";
    private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);
    private final Store store;
    private final Actor actor;
    private final Registers.Holder registers;
    private final Clock clock;

    public PartyOrgService(Store store, Actor actor, Registers.Holder registers, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.actor = actor;
        this.registers = registers;
    }

    /** An organization on the chart, with its active members and what the rules say of it. */
    public record ChartNode(
            PartyOrg org,
            int members,
            int fullMembers,
            List<String> compounds,
            List<BranchGroup> groups,
            int participants,
            int servingSeats,
            List<ChartNode> children) {
        /**
         * A branch of seven or more full members elects a committee (3-5 seats, at most 7); the
         * flag clears once a committee serves.
         */
        public boolean needsCommittee() {
            return BranchRules.needsCommittee(org.type(), fullMembers, servingSeats);
        }

        /** A branch over fifty members should be split or become a general branch. */
        public boolean shouldSplit() {
            return org.type().isBranchLevel() && BranchRules.shouldSplit(members);
        }

        /** Members of the whole subtree. */
        public int totalMembers() {
            return members + children.stream().mapToInt(ChartNode::totalMembers).sum();
        }
    }

    /** The compounds a new branch under an organization of {@code communityId} may be built on. */
    public List<Compound> compoundChoices(UUID communityId) {
        Registers s = registers.get();
        return s.compounds().stream()
                .filter(c -> communityId == null || c.communityId().equals(communityId))
                .sorted(Comparator.comparing(Compound::name, CHINESE))
                .toList();
    }

    /** The organizations as a tree from the working committee down, with member counts. */
    public List<ChartNode> chart(boolean includeDissolved) {
        Registers s = registers.get();
        Map<UUID, List<PartyOrg>> children = new HashMap<>();
        List<PartyOrg> roots = new ArrayList<>();
        for (PartyOrg o : s.orgs()) {
            if (!includeDissolved && !o.isActive()) {
                continue;
            }
            if (o.parentId() == null
                    || s.orgs().stream().noneMatch(p -> p.id().equals(o.parentId()))) {
                roots.add(o);
            } else {
                children.computeIfAbsent(o.parentId(), k -> new ArrayList<>()).add(o);
            }
        }
        return roots.stream().map(o -> node(o, children, s)).toList();
    }

    private static ChartNode node(PartyOrg o, Map<UUID, List<PartyOrg>> children, Registers s) {
        Registers.Headcount n = s.headcount(o.id());
        List<String> compounds =
                o.compoundIds().stream()
                        .map(id -> s.compoundNames().getOrDefault(id, ""))
                        .sorted(CHINESE)
                        .toList();
        List<ChartNode> kids =
                children.getOrDefault(o.id(), List.of()).stream()
                        .sorted(
                                Comparator.comparing((PartyOrg p) -> p.type().ordinal())
                                        .thenComparing(PartyOrg::name, CHINESE))
                        .map(k -> node(k, children, s))
                        .toList();
        List<BranchGroup> groups =
                s.groups().stream().filter(g -> g.branchId().equals(o.id())).toList();
        return new ChartNode(
                o,
                n.all(),
                n.full(),
                compounds,
                groups,
                s.temporaryParticipants().getOrDefault(o.id(), 0),
                s.servingSeats(o.id()),
                kids);
    }

    /**
     * Writes the organizations, from the working committee down, to {@code .xlsx}: type, full name,
     * superior, compounds, dates, approval and member counts. Returns the number of rows.
     */
    public int export(boolean includeDissolved, Path out) {
        Registers s = registers.get();
        Map<UUID, String> names = new HashMap<>();
        s.orgs().forEach(o -> names.put(o.id(), o.name()));
        List<List<String>> rows = new ArrayList<>();
        Consumer<ChartNode> add =
                new Consumer<>() {
                    @Override
                    public void accept(ChartNode n) {
                        PartyOrg o = n.org();
                        rows.add(
                                List.of(
                                        o.name(),
                                        o.fullName(),
                                        Messages.format("orgType." + o.type().name()),
                                        o.parentId() == null
                                                ? ""
                                                : names.getOrDefault(o.parentId(), ""),
                                        o.communityId() == null
                                                ? ""
                                                : s.communityNames()
                                                        .getOrDefault(o.communityId(), ""),
                                        String.join(
                                                Messages.format("list.separator"), n.compounds()),
                                        date(o.establishedOn()),
                                        date(o.dissolvedOn()),
                                        o.approvalNo() == null ? "" : o.approvalNo(),
                                        Integer.toString(
                                                o.type().isBranchLevel()
                                                        ? n.members()
                                                        : n.totalMembers()),
                                        o.type().isBranchLevel()
                                                ? Integer.toString(n.fullMembers())
                                                : "",
                                        Integer.toString(n.groups().size())));
                        n.children().forEach(this);
                    }
                };
        chart(includeDissolved).forEach(add);
        Spreadsheets.writeXlsx(
                out,
                Messages.format("nav.orgs"),
                Arrays.asList(Messages.format("export.orgs.header").split(",")),
                rows);
        return rows.size();
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** Every organization, dissolved ones included. */
    public List<PartyOrg> list() {
        return store.read(s -> s.orgs().list());
    }

    public PartyOrg create(PartyOrg draft) {
        return Access.write(store, actor, Permission.EDIT, s -> create(s, draft));
    }

    /** Sets up an organization inside a running transaction (the importer uses it). */
    PartyOrg create(StoreSession s, PartyOrg draft) {
        if (draft.parentId() != null) {
            PartyOrg parent =
                    s.orgs()
                            .find(draft.parentId())
                            .orElseThrow(() -> new UserError("error.org.notFound"));
            if (!OrgTreeRules.canBeParent(parent)) {
                throw new UserError(
                        parent.isActive()
                                ? "error.org.parentIsBranch"
                                : "error.org.parentDissolved",
                        parent.name());
            }
        } else if (draft.type() != OrgType.STREET_WORKING_COMMITTEE) {
            throw new UserError("error.org.needsParent", draft.name());
        }
        requireFreeName(s, draft);
        for (UUID compound : draft.compoundIds()) {
            if (s.compounds().find(compound).isEmpty()) {
                throw new UserError("error.compound.notFound");
            }
        }
        s.orgs().insert(draft);
        s.audit().record(actor.name(), ENTITY, draft.id(), Action.CREATE, null, draft);
        return draft;
    }

    /**
     * Records a building party group or central household under a branch (the importer uses it).
     */
    void createGroup(StoreSession s, BranchGroup group) {
        s.groups().insert(group);
        s.audit()
                .record(
                        actor.name(),
                        AuditLog.BRANCH_GROUP,
                        group.id(),
                        Action.CREATE,
                        null,
                        group);
    }

    /** Records a new leader, building or contacts of a group (the importer uses it). */
    void updateGroup(StoreSession s, BranchGroup before, BranchGroup after) {
        s.groups().update(after);
        s.audit()
                .record(
                        actor.name(),
                        AuditLog.BRANCH_GROUP,
                        after.id(),
                        Action.UPDATE,
                        before,
                        after);
    }

    /**
     * Links each group leader recorded by name alone to the member of that name in the branch, once
     * the members are on the register (an organizations list is often imported before the members).
     * Returns how many were linked.
     */
    public static int linkLeaders(StoreSession s, String actorName) {
        int linked = 0;
        List<BranchGroup> unlinked =
                s.groups().list().stream()
                        .filter(g -> g.leaderName() != null && g.leaderMemberId() == null)
                        .toList();
        if (unlinked.isEmpty()) {
            return 0;
        }
        // one scan of the members (H2 evaluates a long IN list row by row, which is slower)
        Set<UUID> branches =
                unlinked.stream().map(BranchGroup::branchId).collect(Collectors.toSet());
        Map<UUID, List<Resident>> byBranch = new HashMap<>();
        for (Resident r : s.members().withBranch()) {
            if (branches.contains(r.orgId())) {
                byBranch.computeIfAbsent(r.orgId(), b -> new ArrayList<>()).add(r);
            }
        }
        for (BranchGroup g : unlinked) {
            UUID id = matchLeader(g.leaderName(), byBranch.getOrDefault(g.branchId(), List.of()));
            if (id != null) {
                BranchGroup after =
                        g.withLeaderAndContacts(
                                g.leaderName(), id, g.contactHouseholds(), g.buildingId());
                s.groups().update(after);
                s.audit().record(actorName, AuditLog.BRANCH_GROUP, g.id(), Action.UPDATE, g, after);
                linked++;
            }
        }
        return linked;
    }

    /** A member who can lead a group: an active member of the branch. */
    public record LeaderChoice(UUID memberId, String name, String building) {}

    /** The branch's active members in pinyin order, to choose a group's leader from. */
    public List<LeaderChoice> leaderChoices(UUID branchId) {
        return store.read(
                s ->
                        s.members().membersOf(branchId).stream()
                                .sorted(Comparator.comparing(Resident::name, CHINESE))
                                .map(r -> new LeaderChoice(r.id(), r.name(), r.building()))
                                .toList());
    }

    /**
     * The member a group's leader names: the one active member of the branch by that name, or
     * {@code null} when none or several have it (the name is then kept as written).
     */
    static UUID matchLeader(String leaderName, List<Resident> branchMembers) {
        if (leaderName == null) {
            return null;
        }
        List<Resident> named =
                branchMembers.stream().filter(r -> r.name().equals(leaderName)).toList();
        return named.size() == 1 ? named.get(0).id() : null;
    }

    /** What a clerk enters for a party group or central household. */
    public record GroupDraft(
            BranchGroup.Kind kind,
            UUID branchId,
            String name,
            UUID buildingId,
            UUID leaderMemberId,
            String contacts) {}

    /**
     * Sets up a building party group or central household under a branch. Its leader (the member
     * whose household it is) is chosen from the branch's members; its compound is the building's,
     * or the branch's only compound.
     */
    public BranchGroup addGroup(GroupDraft d) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    PartyOrg branch = find(s, d.branchId());
                    Resident leader = leader(s, d.branchId(), d.leaderMemberId());
                    UUID compound = compoundOf(s, branch, d.buildingId(), leader);
                    BranchGroup g =
                            BranchGroup.of(
                                    UUID.randomUUID(),
                                    d.kind(),
                                    branch,
                                    d.name(),
                                    compound,
                                    d.buildingId(),
                                    leader == null ? null : leader.name(),
                                    leader == null ? null : leader.id(),
                                    d.contacts());
                    boolean taken =
                            s.groups().list().stream()
                                    .anyMatch(
                                            o ->
                                                    o.branchId().equals(branch.id())
                                                            && o.name().equals(g.name()));
                    if (taken) {
                        throw new UserError("error.group.duplicate", g.name(), branch.name());
                    }
                    createGroup(s, g);
                    return g;
                });
    }

    /** Changes a group's leader, building or contact households. */
    public BranchGroup updateGroup(UUID id, UUID buildingId, UUID leaderMemberId, String contacts) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    BranchGroup before =
                            s.groups()
                                    .find(id)
                                    .orElseThrow(() -> new UserError("error.group.notFound"));
                    PartyOrg branch = find(s, before.branchId());
                    Resident leader = leader(s, branch.id(), leaderMemberId);
                    // a leader recorded by name alone (not matched to a member) stays until one is
                    // chosen
                    String leaderName =
                            leader != null
                                    ? leader.name()
                                    : before.leaderMemberId() == null ? before.leaderName() : null;
                    BranchGroup checked =
                            BranchGroup.of(
                                    id,
                                    before.kind(),
                                    branch,
                                    before.name(),
                                    compoundOf(s, branch, buildingId, leader),
                                    buildingId,
                                    leaderName,
                                    leader == null ? null : leader.id(),
                                    contacts);
                    if (checked.equals(before)) {
                        return before;
                    }
                    updateGroup(s, before, checked);
                    return checked;
                });
    }

    private static Resident leader(StoreSession s, UUID branchId, UUID memberId) {
        if (memberId == null) {
            return null;
        }
        return s.members().membersOf(branchId).stream()
                .filter(r -> r.id().equals(memberId))
                .findFirst()
                .orElseThrow(
                        () ->
                                new ValidationError(
                                        "field.group.leader", "rule.group.leaderNotInBranch"));
    }

    private static UUID compoundOf(
            StoreSession s, PartyOrg branch, UUID buildingId, Resident leader) {
        if (buildingId != null) {
            Building b =
                    s.buildings()
                            .find(buildingId)
                            .orElseThrow(() -> new UserError("error.building.notFound"));
            if (!branch.compoundIds().isEmpty() && !branch.compoundIds().contains(b.compoundId())) {
                throw new ValidationError(
                        "field.group.building",
                        "rule.group.buildingOutside",
                        b.name(),
                        branch.name());
            }
            return b.compoundId();
        }
        if (branch.compoundIds().size() == 1) {
            return branch.compoundIds().iterator().next();
        }
        return leader == null ? null : leader.compoundId();
    }

    /** Buildings of the compounds a branch covers, for a party group's building. */
    public List<Choice> buildingChoices(UUID branchId) {
        return store.read(
                s -> {
                    PartyOrg branch = find(s, branchId);
                    List<Building> all = new ArrayList<>();
                    for (UUID c : branch.compoundIds()) {
                        all.addAll(s.buildings().ofCompound(c));
                    }
                    all.sort(Building.NATURAL);
                    boolean several = branch.compoundIds().size() > 1;
                    return all.stream()
                            .map(
                                    b ->
                                            new Choice(
                                                    b.id(),
                                                    several
                                                            ? registers
                                                                            .get()
                                                                            .compoundNames()
                                                                            .getOrDefault(
                                                                                    b.compoundId(),
                                                                                    "")
                                                                    + " "
                                                                    + b.name()
                                                            : b.name()))
                            .toList();
                });
    }

    /**
     * What a clerk corrects of an organization: names, dates and the request and approval behind
     * it.
     */
    public record Facts(
            String name,
            String fullName,
            LocalDate establishedOn,
            String requestTitle,
            String requestNo,
            String approvalTitle,
            String approvalNo) {}

    /**
     * Corrects an organization's facts (a misspelt approval number, the full name a branch with a
     * committee carries); its type, place in the tree and compounds stay. Audited.
     */
    public PartyOrg updateFacts(UUID id, Facts f) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    PartyOrg before = find(s, id);
                    PartyOrg after =
                            PartyOrg.of(
                                    id,
                                    before.type(),
                                    f.name(),
                                    f.fullName(),
                                    before.parentId(),
                                    before.communityId(),
                                    before.compoundIds(),
                                    f.establishedOn(),
                                    before.dissolvedOn(),
                                    f.requestTitle(),
                                    f.requestNo(),
                                    f.approvalTitle(),
                                    f.approvalNo());
                    if (after.equals(before)) {
                        return before;
                    }
                    requireFreeName(s, after);
                    s.orgs().update(after);
                    s.audit().record(actor.name(), ENTITY, id, Action.UPDATE, before, after);
                    return after;
                });
    }

    /**
     * Dissolves an organization on a date; its history stays. Refused while members belong to it.
     */
    public PartyOrg dissolve(UUID id, LocalDate on) {
        return Access.write(store, actor, Permission.EDIT, s -> dissolve(s, actor.name(), id, on));
    }

    /**
     * Dissolves an organization inside a running transaction (the demo dissolves its temporary
     * branch this way): refused while it has active children or members; participations and
     * positions end on that date.
     */
    public static PartyOrg dissolve(StoreSession s, String actorName, UUID id, LocalDate on) {
        PartyOrg before = find(s, id);
        PartyOrg after = before.dissolved(on);
        boolean hasChildren =
                s.orgs().list().stream().anyMatch(o -> id.equals(o.parentId()) && o.isActive());
        if (hasChildren) {
            throw new UserError("error.org.hasActiveChildren", before.name());
        }
        int[] counts = s.members().countsByOrg().get(id);
        if (counts != null && counts[0] > 0) {
            throw new UserError("error.org.hasMembers", before.name(), counts[0]);
        }
        // taking part ends with the temporary branch; membership was never here
        for (TemporaryBranchRepository.Link l : s.temporaryBranches().currentOf(id)) {
            endParticipation(s, actorName, l, on);
        }
        LeadershipService.organizationEnded(s, actorName, id, on, EndReason.DISSOLVED);
        s.orgs().update(after);
        s.audit().record(actorName, ENTITY, id, Action.UPDATE, before, after);
        return after;
    }

    /** A temporary branch becomes a regular compound branch; its members stay. */
    public PartyOrg convertToRegular(UUID id, String newName) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    PartyOrg before = find(s, id);
                    if (!before.isActive()) {
                        throw new UserError("error.org.alreadyDissolved", before.name());
                    }
                    PartyOrg after = before.convertedToRegular(newName);
                    requireFreeName(s, after);
                    // a regular branch has members, not participants: those who took part do so no
                    // longer
                    endParticipations(s, id, LocalDate.now(clock));
                    // a temporary branch's appointed leaders step down; the regular branch elects
                    LeadershipService.organizationEnded(
                            s, actor.name(), id, LocalDate.now(clock), EndReason.RENEWAL);
                    s.orgs().update(after);
                    s.audit().record(actor.name(), ENTITY, id, Action.UPDATE, before, after);
                    return after;
                });
    }

    private void endParticipations(StoreSession s, UUID branch, LocalDate on) {
        for (TemporaryBranchRepository.Link l : s.temporaryBranches().currentOf(branch)) {
            endParticipation(s, actor.name(), l, on);
        }
    }

    /** Moves an organization under another (not under itself or its own descendants). */
    public PartyOrg move(UUID id, UUID newParent) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    PartyOrg before = find(s, id);
                    PartyOrg parent = find(s, newParent);
                    Map<UUID, UUID> parents = new HashMap<>();
                    s.orgs().list().forEach(o -> parents.put(o.id(), o.parentId()));
                    if (OrgTreeRules.isWithin(parent.id(), id, parents::get)) {
                        throw new UserError("error.org.moveIntoItself", before.name());
                    }
                    if (!OrgTreeRules.canBeParent(parent)) {
                        throw new UserError("error.org.parentIsBranch", parent.name());
                    }
                    PartyOrg after = before.movedUnder(parent.id());
                    s.orgs().update(after);
                    s.audit().record(actor.name(), ENTITY, id, Action.MOVE, before, after);
                    return after;
                });
    }

    /** The organization with this name as ledgers print it; refused when none or several match. */
    public PartyOrg byName(String name) {
        return store.read(
                s -> {
                    List<PartyOrg> hits = s.orgs().findByName(name);
                    if (hits.isEmpty()) {
                        throw new UserError("error.org.noSuchName", name);
                    }
                    if (hits.size() > 1) {
                        throw new UserError("error.org.ambiguousName", name, hits.size());
                    }
                    return hits.get(0);
                });
    }

    private static PartyOrg find(StoreSession s, UUID id) {
        return s.orgs().find(id).orElseThrow(() -> new UserError("error.org.notFound"));
    }

    /**
     * Ends taking part in a temporary branch because something else ended (the member left the
     * register, the branch was dissolved or converted): on {@code on}, or on the joining day if
     * that was later. Audited.
     */
    public static void endParticipation(
            StoreSession s, String actorName, TemporaryBranchRepository.Link l, LocalDate on) {
        LocalDate end = l.joinedOn() != null && on.isBefore(l.joinedOn()) ? l.joinedOn() : on;
        s.temporaryBranches().end(l.id(), end);
        s.audit()
                .record(
                        actorName,
                        AuditLog.TEMPORARY_BRANCH_MEMBER,
                        l.id(),
                        Action.UPDATE,
                        l,
                        new TemporaryBranchRepository.Link(
                                l.id(), l.orgId(), l.memberId(), l.joinedOn(), end));
    }

    /** Refused when another active organization of the office has the name. */
    private static void requireFreeName(StoreSession s, PartyOrg org) {
        if (OrgTreeRules.nameTaken(org.name(), org.id(), s.orgs().list())) {
            throw new UserError("error.org.duplicate", org.name());
        }
    }
}
