package org.branchdesk.domain.orgs;

import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Fields;
import org.branchdesk.domain.common.Names;
import org.branchdesk.domain.common.ValidationError;

/**
 * A building party group (楼栋党小组, with its leader) or a central household (党员中心户, a member's
 * household with its contact households) under a branch. Neither needs approval and neither counts
 * as a party organization.
 *
 * @param leaderName the group leader, or the member whose household it is
 * @param buildingId the building a party group is set up in, when recorded
 * @param leaderMemberId that member on the register, when the name matched one member of the branch
 * @param contactHouseholds the households a central household keeps in touch with, as written
 */
public record BranchGroup(
        UUID id,
        Kind kind,
        UUID branchId,
        String name,
        UUID compoundId,
        UUID buildingId,
        String leaderName,
        UUID leaderMemberId,
        String contactHouseholds) {
    /** Party group or central household. */
    public enum Kind {
        BUILDING_PARTY_GROUP,
        CENTRAL_HOUSEHOLD
    }

    public BranchGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(branchId, "branchId");
        Objects.requireNonNull(name, "name");
    }

    /**
     * Checks a group as a clerk records it under {@code branch}: only a branch can have groups, and
     * a central household names its contact households.
     */
    public static BranchGroup of(
            UUID id,
            Kind kind,
            PartyOrg branch,
            String name,
            UUID compoundId,
            UUID buildingId,
            String leaderName,
            UUID leaderMemberId,
            String contactHouseholds) {
        if (!branch.type().isBranchLevel() || !branch.isActive()) {
            throw new ValidationError("field.org.parent", "rule.group.needsBranch", branch.name());
        }
        // a central household's contacts are recorded as households; the text is what a list said
        String contacts = Fields.optional("field.group.contacts", contactHouseholds, 1000);
        String leader = Fields.optional("field.group.leader", leaderName, 80);
        if (kind == Kind.CENTRAL_HOUSEHOLD && leader == null) {
            throw new ValidationError("field.group.leader", "rule.group.householdMemberRequired");
        }
        return new BranchGroup(
                id,
                kind,
                branch.id(),
                Names.requireName("field.org.name", name),
                compoundId,
                buildingId,
                leader,
                leaderMemberId,
                contacts);
    }

    /** The same group with what a later entry or import says of its leader and contacts. */
    public BranchGroup withLeaderAndContacts(
            String leader, UUID memberId, String contacts, UUID building) {
        return new BranchGroup(
                id, kind, branchId, name, compoundId, building, leader, memberId, contacts);
    }

    /** Whether the leader, building and contacts are the same as {@code other}'s. */
    public boolean sameDetails(BranchGroup other) {
        return Objects.equals(leaderName, other.leaderName)
                && Objects.equals(leaderMemberId, other.leaderMemberId)
                && Objects.equals(contactHouseholds, other.contactHouseholds)
                && Objects.equals(buildingId, other.buildingId);
    }
}
