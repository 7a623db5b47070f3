package org.branchdesk.domain;

import java.util.List;

/** Read model of the organization tree: the street, its communities and their compounds. */
public record OrgTree(Office office, OwnerlessRule ownerlessRule, List<CommunityNode> communities) {
    public OrgTree {
        communities = List.copyOf(communities);
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
