package org.branchdesk.service.places;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.office.Office;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.domain.places.PlaceTree;
import org.branchdesk.domain.units.Unit;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.registers.Registers;
import org.branchdesk.service.units.UnitService;
import org.branchdesk.store.AuditLog;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.members.MemberRepository;

/** Communities and compounds: create, rename, move and list. Each method is one transaction. */
public final class PlacesService {
    static final String COMMUNITY = "community";
    static final String COMPOUND = "compound";

    /** Chinese names in the order clerks expect (by pinyin), not by code point. */
    private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);

    private final Store store;
    private final Actor actor;

    private final Registers.Holder registers;
    private final UnitService units;

    public PlacesService(Store store, Actor actor, Registers.Holder registers, UnitService units) {
        this.store = store;
        this.actor = actor;
        this.registers = registers;
        this.units = units;
    }

    /** The whole organization tree: street → communities → compounds, in display order. */
    public PlaceTree tree() {
        Registers s = registers.get();
        Office office = s.office();
        if (office == null) {
            throw new UserError("error.office.notInitialized");
        }
        Map<UUID, List<Compound>> byCommunity =
                s.compounds().stream()
                        .sorted(Comparator.comparing(Compound::name, CHINESE))
                        .collect(Collectors.groupingBy(Compound::communityId));
        List<PlaceTree.CommunityNode> nodes = new ArrayList<>();
        for (Community c : s.communities()) {
            nodes.add(new PlaceTree.CommunityNode(c, byCommunity.getOrDefault(c.id(), List.of())));
        }
        return new PlaceTree(office, s.rule(), nodes, s.activeByCompound());
    }

    public List<Community> communities() {
        return store.read(s -> s.communities().list());
    }

    public List<Compound> compounds(UUID communityId) {
        return store.read(s -> s.compounds().listIn(communityId));
    }

    public Community createCommunity(String name) {
        String valid = Community.validName(name);
        return Access.write(store, actor, Permission.EDIT, s -> createCommunity(s, valid));
    }

    /** Creates a community inside a running transaction (used by the importer too). */
    public Community createCommunity(StoreSession s, String validName) {
        requireOffice(s);
        if (s.communities().findByName(validName).isPresent()) {
            throw new UserError("error.community.duplicate", validName);
        }
        Community c = new Community(UUID.randomUUID(), validName, s.communities().nextSortOrder());
        s.communities().insert(c);
        s.audit().record(actor.name(), COMMUNITY, c.id(), Action.CREATE, null, c);
        return c;
    }

    public Community renameCommunity(UUID id, String newName) {
        String valid = Community.validName(newName);
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    Community before = community(s, id);
                    if (before.name().equals(valid)) {
                        return before;
                    }
                    s.communities()
                            .findByName(valid)
                            .ifPresent(
                                    other -> {
                                        throw new UserError("error.community.duplicate", valid);
                                    });
                    Community after = before.withName(valid);
                    s.communities().update(after);
                    s.audit().record(actor.name(), COMMUNITY, id, Action.RENAME, before, after);
                    return after;
                });
    }

    /** Moves a community to position {@code newIndex} (0-based) in the street's list. */
    public List<Community> moveCommunity(UUID id, int newIndex) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    List<Community> order = new ArrayList<>(s.communities().list());
                    Community moving = community(s, id);
                    order.removeIf(c -> c.id().equals(id));
                    int index = Math.max(0, Math.min(newIndex, order.size()));
                    order.add(index, moving);
                    for (int i = 0; i < order.size(); i++) {
                        Community before = order.get(i);
                        if (before.sortOrder() != i) {
                            Community after = new Community(before.id(), before.name(), i);
                            s.communities().update(after);
                            s.audit()
                                    .record(
                                            actor.name(),
                                            COMMUNITY,
                                            after.id(),
                                            Action.MOVE,
                                            before,
                                            after);
                            order.set(i, after);
                        }
                    }
                    return List.copyOf(order);
                });
    }

    public Compound createCompound(UUID communityId, String name) {
        Compound draft =
                Compound.of(
                        UUID.randomUUID(),
                        communityId,
                        name,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null);
        return Access.write(store, actor, Permission.EDIT, s -> createCompound(s, draft));
    }

    /** Creates a validated compound inside a running transaction (used by the importer too). */
    public Compound createCompound(StoreSession s, Compound compound) {
        Community community = community(s, compound.communityId());
        if (s.compounds().findByName(community.id(), compound.name()).isPresent()) {
            throw new UserError("error.compound.duplicate", community.name(), compound.name());
        }
        s.compounds().insert(compound);
        s.audit().record(actor.name(), COMPOUND, compound.id(), Action.CREATE, null, compound);
        return compound;
    }

    /** Replaces a compound's facts (importer); records nothing when nothing changed. */
    Compound updateCompound(StoreSession s, Compound before, Compound after) {
        if (before.equals(after)) {
            return before;
        }
        s.compounds().update(after);
        s.audit().record(actor.name(), COMPOUND, after.id(), Action.UPDATE, before, after);
        return after;
    }

    /** The facts of one compound, for its edit form. */
    public Compound compound(UUID id) {
        return store.read(s -> compound(s, id));
    }

    /**
     * Changes a compound's facts (address, counts, property company and the three management
     * facts); its name and community change by rename and move. Audited.
     */
    public Compound updateFacts(
            UUID id,
            String address,
            Integer households,
            Integer residents,
            Integer buildings,
            String propertyCompany,
            Boolean hasCompetentUnit,
            Boolean hasPropertyService,
            Boolean hasSecurity) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    Compound before = compound(s, id);
                    Compound after =
                            Compound.of(
                                    id,
                                    before.communityId(),
                                    before.name(),
                                    address,
                                    households,
                                    residents,
                                    buildings,
                                    propertyCompany,
                                    hasCompetentUnit,
                                    hasPropertyService,
                                    hasSecurity);
                    if (after.propertyCompany() != null) {
                        units.ensure(
                                s,
                                Unit.Kind.PROPERTY_COMPANY,
                                after.propertyCompany(),
                                after.communityId());
                    }
                    return updateCompound(s, before, after);
                });
    }

    public Compound renameCompound(UUID id, String newName) {
        String valid = Compound.validName(newName);
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    Compound before = compound(s, id);
                    if (before.name().equals(valid)) {
                        return before;
                    }
                    if (s.compounds().findByName(before.communityId(), valid).isPresent()) {
                        throw new UserError(
                                "error.compound.duplicate",
                                community(s, before.communityId()).name(),
                                valid);
                    }
                    Compound after = before.withName(valid);
                    s.compounds().update(after);
                    s.audit().record(actor.name(), COMPOUND, id, Action.RENAME, before, after);
                    return after;
                });
    }

    /** Moves a compound to another community of the street. */
    public Compound moveCompound(UUID id, UUID targetCommunityId) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    Compound before = compound(s, id);
                    Community target = community(s, targetCommunityId);
                    if (before.communityId().equals(target.id())) {
                        return before;
                    }
                    if (s.compounds().findByName(target.id(), before.name()).isPresent()) {
                        throw new UserError(
                                "error.compound.duplicate", target.name(), before.name());
                    }
                    Compound after = before.inCommunity(target.id());
                    s.compounds().update(after);
                    s.audit().record(actor.name(), COMPOUND, id, Action.MOVE, before, after);
                    // the members living there now live in the other community too
                    List<UUID> residents =
                            s.members().residentsOf(id).stream()
                                    .map(MemberRepository.Resident::id)
                                    .toList();
                    if (!residents.isEmpty()) {
                        for (Member m : s.members().findAll(residents)) {
                            Member moved = m.withPlaceAndOrg(target.id(), id, m.orgId());
                            s.members().update(moved);
                            s.audit()
                                    .record(
                                            actor.name(),
                                            AuditLog.MEMBER,
                                            m.id(),
                                            Action.MOVE,
                                            m,
                                            moved);
                        }
                    }
                    return after;
                });
    }

    private static void requireOffice(StoreSession s) {
        if (s.office().find().isEmpty()) {
            throw new UserError("error.office.notInitialized");
        }
    }

    private static Community community(StoreSession s, UUID id) {
        return s.communities()
                .find(id)
                .orElseThrow(() -> new UserError("error.community.notFound"));
    }

    private static Compound compound(StoreSession s, UUID id) {
        return s.compounds().find(id).orElseThrow(() -> new UserError("error.compound.notFound"));
    }
}
