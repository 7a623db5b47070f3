package org.branchdesk.service.units;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.domain.units.Unit;
import org.branchdesk.service.access.Actor;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;

/** Property companies and resident units, and whether each has its party organization. */
public final class UnitService {
    static final String ENTITY = "unit";
    private final Store store;
    private final Actor actor;

    public UnitService(Store store, Actor actor) {
        this.store = store;
        this.actor = actor;
    }

    /** A unit as lists show it. */
    public record Row(Unit unit, String partyOrg) {
        public boolean needsPartyOrganization() {
            return unit.needsPartyOrganization();
        }
    }

    /** Every unit, property companies first, each with its party organization's name. */
    public List<Row> list() {
        return store.read(
                s -> {
                    Map<UUID, String> orgs = new HashMap<>();
                    for (PartyOrg o : s.orgs().list()) {
                        if (o.isActive()) {
                            orgs.put(o.id(), o.name());
                        }
                    }
                    return s.units().list().stream()
                            .map(
                                    u ->
                                            new Row(
                                                    u,
                                                    u.partyOrgId() == null
                                                            ? null
                                                            : orgs.get(u.partyOrgId())))
                            .map(
                                    r ->
                                            r.partyOrg() == null && r.unit().partyOrgId() != null
                                                    ? new Row(r.unit().withPartyOrg(null), null)
                                                    : r)
                            .toList();
                });
    }

    /** The unit of this name, created when the office does not have it yet. */
    public Unit ensure(StoreSession s, Unit.Kind kind, String name, UUID communityId) {
        return s.units()
                .findByName(name)
                .orElseGet(
                        () -> {
                            Unit u = Unit.of(UUID.randomUUID(), kind, name, communityId, null);
                            s.units().insert(u);
                            s.audit().record(actor.name(), ENTITY, u.id(), Action.CREATE, null, u);
                            return u;
                        });
    }

    /** Records that a unit has this party organization. */
    public void link(StoreSession s, Unit unit, UUID orgId) {
        if (orgId.equals(unit.partyOrgId())) {
            return;
        }
        Unit after = unit.withPartyOrg(orgId);
        s.units().update(after);
        s.audit().record(actor.name(), ENTITY, unit.id(), Action.UPDATE, unit, after);
    }
}
