package org.branchdesk.ui.places;

import java.util.List;
import java.util.UUID;

/**
 * One node of the organization tree as the screen shows it: the street, a community or a compound,
 * with its children after filtering.
 *
 * @param source the domain record behind the node (Office, Community or Compound)
 */
public record PlaceNode(
        Kind kind,
        UUID id,
        String name,
        int compoundCount,
        int memberCount,
        Record source,
        List<PlaceNode> children) {
    /** What a node stands for. */
    public enum Kind {
        STREET,
        COMMUNITY,
        COMPOUND
    }

    public PlaceNode {
        children = List.copyOf(children);
    }

    /** Depth-first search for a node by id. */
    public PlaceNode find(UUID wanted) {
        if (id.equals(wanted)) {
            return this;
        }
        for (PlaceNode child : children) {
            PlaceNode hit = child.find(wanted);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }
}
