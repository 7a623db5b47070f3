package org.branchdesk.service;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.BranchRules;
import org.branchdesk.domain.OrgType;
import org.branchdesk.domain.PartyOrg;
import org.branchdesk.domain.UserError;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;

/** The party organizations of the office: set up, dissolve, convert and move. Audited. */
public final class PartyOrgService {
    static final String ENTITY = "party_org";
    private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);
    private final Store store;
    private final Actor actor;
    private final RegisterSnapshot.Holder registers;

    PartyOrgService(Store store, Actor actor, RegisterSnapshot.Holder registers) {
        this.store = store;
        this.actor = actor;
        this.registers = registers;
    }

    public PartyOrgService(Store store, Actor actor) {
        this(store, actor, new RegisterSnapshot.Holder(store));
    }

    /** An organization on the chart, with its active members and what the rules say of it. */
    public record ChartNode(PartyOrg org, int members, int fullMembers, List<String> compounds,
                            List<org.branchdesk.domain.BranchGroup> groups, int participants, List<ChartNode> children) {
        /** A branch of seven or more full members elects a committee (3-5 seats, at most 7). */
        public boolean needsCommittee() {
            return org.type().isBranchLevel()
                    && BranchRules.leadershipFor(fullMembers) == BranchRules.Leadership.COMMITTEE;
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
    public List<org.branchdesk.domain.Compound> compoundChoices(UUID communityId) {
        RegisterSnapshot s = registers.get();
        return s.compounds.stream().filter(c -> communityId == null || c.communityId().equals(communityId))
                .sorted(Comparator.comparing(org.branchdesk.domain.Compound::name, CHINESE)).toList();
    }

    /** The organizations as a tree from the working committee down, with member counts. */
    public List<ChartNode> chart(boolean includeDissolved) {
        RegisterSnapshot s = registers.get();
        Map<UUID, List<PartyOrg>> children = new HashMap<>();
        List<PartyOrg> roots = new ArrayList<>();
        for (PartyOrg o : s.orgs) {
            if (!includeDissolved && !o.isActive()) {
                continue;
            }
            if (o.parentId() == null || s.orgs.stream().noneMatch(p -> p.id().equals(o.parentId()))) {
                roots.add(o);
            } else {
                children.computeIfAbsent(o.parentId(), k -> new ArrayList<>()).add(o);
            }
        }
        return roots.stream().map(o -> node(o, children, s)).toList();
    }

    private static ChartNode node(PartyOrg o, Map<UUID, List<PartyOrg>> children, RegisterSnapshot s) {
        int[] n = s.membersByOrg.getOrDefault(o.id(), new int[2]);
        List<String> compounds = o.compoundIds().stream().map(id -> s.compoundNames.getOrDefault(id, ""))
                .sorted(CHINESE).toList();
        List<ChartNode> kids = children.getOrDefault(o.id(), List.of()).stream()
                .sorted(Comparator.comparing((PartyOrg p) -> p.type().ordinal()).thenComparing(PartyOrg::name, CHINESE))
                .map(k -> node(k, children, s)).toList();
        List<org.branchdesk.domain.BranchGroup> groups = s.groups.stream().filter(g -> g.branchId().equals(o.id()))
                .toList();
        return new ChartNode(o, n[0], n[1], compounds, groups, s.temporaryParticipants.getOrDefault(o.id(), 0), kids);
    }

    /** Every organization, dissolved ones included. */
    public List<PartyOrg> list() {
        return store.read(s -> s.orgs().list());
    }

    public PartyOrg create(PartyOrg draft) {
        return store.write(s -> create(s, draft));
    }

    /** Sets up an organization inside a running transaction (the importer uses it). */
    PartyOrg create(StoreSession s, PartyOrg draft) {
        if (draft.parentId() != null) {
            PartyOrg parent = s.orgs().find(draft.parentId())
                    .orElseThrow(() -> new UserError("error.org.notFound"));
            if (!parent.isActive()) {
                throw new UserError("error.org.parentDissolved", parent.name());
            }
            if (parent.type().isBranchLevel()) {
                throw new UserError("error.org.parentIsBranch", parent.name());
            }
        } else if (draft.type() != OrgType.STREET_WORKING_COMMITTEE) {
            throw new UserError("error.org.needsParent", draft.name());
        }
        boolean taken = s.orgs().findByName(draft.name()).stream().anyMatch(PartyOrg::isActive);
        if (taken) {
            throw new UserError("error.org.duplicate", draft.name());
        }
        for (UUID compound : draft.compoundIds()) {
            if (s.compounds().find(compound).isEmpty()) {
                throw new UserError("error.compound.notFound");
            }
        }
        s.orgs().insert(draft);
        s.audit().record(actor.name(), ENTITY, draft.id(), Action.CREATE, null, draft);
        return draft;
    }

    /** Records a building party group or central household under a branch (the importer uses it). */
    void createGroup(StoreSession s, org.branchdesk.domain.BranchGroup group) {
        s.groups().insert(group);
        s.audit().record(actor.name(), "branch_group", group.id(), Action.CREATE, null, group);
    }

    /** Dissolves an organization on a date; its history stays. Refused while members belong to it. */
    public PartyOrg dissolve(UUID id, LocalDate on) {
        return store.write(s -> {
            PartyOrg before = find(s, id);
            PartyOrg after = before.dissolved(on);
            boolean hasChildren = s.orgs().list().stream()
                    .anyMatch(o -> id.equals(o.parentId()) && o.isActive());
            if (hasChildren) {
                throw new UserError("error.org.hasActiveChildren", before.name());
            }
            int[] counts = s.members().countsByOrg().get(id);
            if (counts != null && counts[0] > 0) {
                throw new UserError("error.org.hasMembers", before.name(), counts[0]);
            }
            int taking = s.temporaryBranches().participantsByBranch().getOrDefault(id, 0);
            if (taking > 0) {
                throw new UserError("error.org.hasParticipants", before.name(), taking);
            }
            s.orgs().update(after);
            s.audit().record(actor.name(), ENTITY, id, Action.UPDATE, before, after);
            return after;
        });
    }

    /** A temporary branch becomes a regular compound branch; its members stay. */
    public PartyOrg convertToRegular(UUID id, String newName) {
        return store.write(s -> {
            PartyOrg before = find(s, id);
            if (!before.isActive()) {
                throw new UserError("error.org.alreadyDissolved", before.name());
            }
            PartyOrg after = before.convertedToRegular(newName);
            boolean taken = s.orgs().findByName(after.name()).stream()
                    .anyMatch(o -> o.isActive() && !o.id().equals(id));
            if (taken) {
                throw new UserError("error.org.duplicate", after.name());
            }
            s.orgs().update(after);
            s.audit().record(actor.name(), ENTITY, id, Action.UPDATE, before, after);
            return after;
        });
    }

    /** Moves an organization under another (not under itself or its own descendants). */
    public PartyOrg move(UUID id, UUID newParent) {
        return store.write(s -> {
            PartyOrg before = find(s, id);
            PartyOrg parent = find(s, newParent);
            List<PartyOrg> all = s.orgs().list();
            for (UUID p = parent.id(); p != null; ) {
                if (p.equals(id)) {
                    throw new UserError("error.org.moveIntoItself", before.name());
                }
                UUID current = p;
                p = all.stream().filter(o -> o.id().equals(current)).findFirst().map(PartyOrg::parentId).orElse(null);
            }
            if (parent.type().isBranchLevel() || !parent.isActive()) {
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
        return store.read(s -> {
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
}
