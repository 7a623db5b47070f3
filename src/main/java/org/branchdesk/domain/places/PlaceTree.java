package org.branchdesk.domain.places;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchdesk.domain.office.Office;

/**
 * Read model of the organization tree: the street, its communities and their compounds, with the
 * number of active members living in each compound.
 */
public record PlaceTree(
        Office office,
        OwnerlessRule ownerlessRule,
        List<CommunityNode> communities,
        Map<UUID, Integer> membersByCompound) {
    public PlaceTree {
        communities = List.copyOf(communities);
        membersByCompound = Map.copyOf(membersByCompound);
    }

    public int members(Compound compound) {
        return membersByCompound.getOrDefault(compound.id(), 0);
    }

    public int members(CommunityNode community) {
        return community.compounds().stream().mapToInt(this::members).sum();
    }

    public int memberCount() {
        return membersByCompound.values().stream().mapToInt(Integer::intValue).sum();
    }

    public record CommunityNode(Community community, List<Compound> compounds) {
        public CommunityNode {
            compounds = List.copyOf(compounds);
        }
    }

    public int compoundCount() {
        return communities.stream().mapToInt(c -> c.compounds().size()).sum();
    }
}
