package org.branchdesk.domain.units;

import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Names;
import org.branchdesk.domain.orgs.BranchRules;

/**
 * A property company (物业服务企业) or a unit located in the area, with the party organization it has, if
 * any. Every property company should have one (应建尽建).
 */
public record Unit(UUID id, Kind kind, String name, UUID communityId, UUID partyOrgId) {
    /** What a unit is. */
    public enum Kind {
        /** 物业服务企业. */
        PROPERTY_COMPANY,
        /** 驻区单位. */
        RESIDENT_UNIT,
        /** 机关企事业单位. */
        ORGAN_ENTERPRISE_INSTITUTION,
        /** “两新”组织: new economic and social organizations. */
        TWO_NEW,
        /** 商圈、楼宇、专业市场、产业园区. */
        SPECIAL_GRID
    }

    public Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    public static Unit of(UUID id, Kind kind, String name, UUID communityId, UUID partyOrgId) {
        return new Unit(
                id, kind, Names.requireName("field.unit.name", name), communityId, partyOrgId);
    }

    public boolean hasPartyOrganization() {
        return partyOrgId != null;
    }

    /** The branch rule: a property company without a party organization is a gap. */
    public boolean needsPartyOrganization() {
        return kind == Kind.PROPERTY_COMPANY
                && BranchRules.propertyCompanyNeedsOrganization(hasPartyOrganization());
    }

    public Unit withPartyOrg(UUID org) {
        return new Unit(id, kind, name, communityId, org);
    }
}
