package org.branchdesk.domain.places;

import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Fields;
import org.branchdesk.domain.common.Names;
import org.branchdesk.domain.common.ValidationError;

/**
 * A residential compound (小区), the unit on which branches are built.
 *
 * <p>The three management facts are {@code null} when not yet surveyed, {@code true} when the
 * compound has it and {@code false} when it is missing; {@link OwnerlessRule} decides from them
 * whether the compound counts as ownerless (无主小区).
 */
public record Compound(
        UUID id,
        UUID communityId,
        String name,
        String address,
        Integer households,
        Integer residents,
        Integer buildings,
        String propertyCompany,
        Boolean hasCompetentUnit,
        Boolean hasPropertyService,
        Boolean hasSecurity) {

    public Compound {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(name, "name");
    }

    /** Validates and normalises every field a clerk can enter. */
    public static Compound of(
            UUID id,
            UUID communityId,
            String name,
            String address,
            Integer households,
            Integer residents,
            Integer buildings,
            String propertyCompany,
            Boolean hasCompetentUnit,
            Boolean hasPropertyService,
            Boolean hasSecurity) {
        String n = validName(name);
        String a = Fields.optional("field.compound.address", address, Names.MAX_ADDRESS);
        Integer h = Fields.optionalCount("field.compound.households", households);
        Integer r = Fields.optionalCount("field.compound.residents", residents);
        Integer b = Fields.optionalCount("field.compound.buildings", buildings);
        String p =
                Fields.optional("field.compound.propertyCompany", propertyCompany, Names.MAX_NAME);
        if (p != null && Boolean.FALSE.equals(hasPropertyService)) {
            throw new ValidationError(
                    "field.compound.hasPropertyService", "rule.propertyCompanyButNoService");
        }
        return new Compound(
                id,
                communityId,
                n,
                a,
                h,
                r,
                b,
                p,
                hasCompetentUnit,
                hasPropertyService,
                hasSecurity);
    }

    public static String validName(String raw) {
        return Names.requireName("field.compound.name", raw);
    }

    public Compound withName(String newName) {
        return new Compound(
                id,
                communityId,
                validName(newName),
                address,
                households,
                residents,
                buildings,
                propertyCompany,
                hasCompetentUnit,
                hasPropertyService,
                hasSecurity);
    }

    public Compound inCommunity(UUID newCommunityId) {
        return new Compound(
                id,
                Objects.requireNonNull(newCommunityId),
                name,
                address,
                households,
                residents,
                buildings,
                propertyCompany,
                hasCompetentUnit,
                hasPropertyService,
                hasSecurity);
    }

    /** Number of the three management facts recorded as missing. */
    public int missingManagementFacts() {
        int n = 0;
        if (Boolean.FALSE.equals(hasCompetentUnit)) {
            n++;
        }
        if (Boolean.FALSE.equals(hasPropertyService)) {
            n++;
        }
        if (Boolean.FALSE.equals(hasSecurity)) {
            n++;
        }
        return n;
    }
}
