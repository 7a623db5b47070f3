package org.branchdesk.domain.orgs;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.common.Fields;
import org.branchdesk.domain.common.Names;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;

/**
 * A party organization on the office's tree.
 *
 * @param name the short name clerks use (青槐小区党支部)
 * @param fullName the formal name printed on documents (中共青槐小区支部委员会)
 * @param compoundIds the compounds it is built on (one for a compound branch, 2–5 for a joint one)
 * @param requestTitle title of the request behind it (请示), with its number
 * @param approvalTitle title of the approval (批复), with its number
 */
public record PartyOrg(
        UUID id,
        OrgType type,
        String name,
        String fullName,
        UUID parentId,
        UUID communityId,
        Set<UUID> compoundIds,
        LocalDate establishedOn,
        LocalDate dissolvedOn,
        String requestTitle,
        String requestNo,
        String approvalTitle,
        String approvalNo) {

    public PartyOrg {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fullName, "fullName");
        compoundIds = Set.copyOf(compoundIds);
    }

    /** Validates a new or edited organization. */
    public static PartyOrg of(
            UUID id,
            OrgType type,
            String name,
            String fullName,
            UUID parentId,
            UUID communityId,
            Set<UUID> compoundIds,
            LocalDate establishedOn,
            LocalDate dissolvedOn,
            String requestTitle,
            String requestNo,
            String approvalTitle,
            String approvalNo) {
        String n = Names.requireName("field.org.name", name);
        String full =
                Text.emptyToNull(fullName) == null
                        ? BranchRules.fullName(n, type, false)
                        : Names.requireName("field.org.fullName", fullName);
        if (type == OrgType.JOINT_BRANCH
                && !BranchRules.jointBranchPlacesAllowed(compoundIds.size())) {
            throw new ValidationError(
                    "field.org.compounds",
                    "rule.org.jointPlaces",
                    BranchRules.JOINT_BRANCH_MAX_PLACES);
        }
        if ((type == OrgType.COMPOUND_BRANCH) && compoundIds.size() != 1) {
            throw new ValidationError("field.org.compounds", "rule.org.oneCompound");
        }
        if (type != OrgType.STREET_WORKING_COMMITTEE && parentId == null) {
            throw new ValidationError("field.org.parent", "rule.required");
        }
        if (establishedOn != null && dissolvedOn != null && dissolvedOn.isBefore(establishedOn)) {
            throw new ValidationError(
                    "field.org.dissolvedOn", "rule.org.dissolvedBeforeEstablished");
        }
        return new PartyOrg(
                id,
                type,
                n,
                full,
                parentId,
                communityId,
                compoundIds,
                establishedOn,
                dissolvedOn,
                Fields.optional("field.org.requestTitle", requestTitle, 200),
                Text.emptyToNull(requestNo),
                Fields.optional("field.org.approvalTitle", approvalTitle, 200),
                Text.emptyToNull(approvalNo));
    }

    public boolean isActive() {
        return dissolvedOn == null;
    }

    public PartyOrg dissolved(LocalDate on) {
        if (dissolvedOn != null) {
            throw new UserError("error.org.alreadyDissolved", name);
        }
        if (establishedOn != null && on.isBefore(establishedOn)) {
            throw new ValidationError(
                    "field.org.dissolvedOn", "rule.org.dissolvedBeforeEstablished");
        }
        return new PartyOrg(
                id,
                type,
                name,
                fullName,
                parentId,
                communityId,
                compoundIds,
                establishedOn,
                on,
                requestTitle,
                requestNo,
                approvalTitle,
                approvalNo);
    }

    /** A temporary branch becomes a regular compound branch (the members stay where they are). */
    public PartyOrg convertedToRegular(String newName) {
        if (type != OrgType.TEMPORARY_BRANCH) {
            throw new UserError("error.org.notTemporary", name);
        }
        if (compoundIds.size() != 1) {
            throw new ValidationError("field.org.compounds", "rule.org.oneCompound");
        }
        String n = Names.requireName("field.org.name", newName);
        return new PartyOrg(
                id,
                OrgType.COMPOUND_BRANCH,
                n,
                BranchRules.fullName(n, OrgType.COMPOUND_BRANCH, false),
                parentId,
                communityId,
                compoundIds,
                establishedOn,
                dissolvedOn,
                requestTitle,
                requestNo,
                approvalTitle,
                approvalNo);
    }

    public PartyOrg movedUnder(UUID newParent) {
        return new PartyOrg(
                id,
                type,
                name,
                fullName,
                Objects.requireNonNull(newParent),
                communityId,
                compoundIds,
                establishedOn,
                dissolvedOn,
                requestTitle,
                requestNo,
                approvalTitle,
                approvalNo);
    }
}
