package org.branchdesk.domain.orgs;

import java.util.Collection;
import java.util.UUID;
import java.util.function.Function;

/**
 * The shape of the party organizations' tree: where an organization may stand. The form, the
 * import, the move by drag and drop and the service all ask here.
 *
 * <p>中国共产党支部工作条例（试行）(2018) 第五条: members are organised in branches, and branches under a party
 * committee or general branch; a branch has no organizations under it.
 */
public final class OrgTreeRules {
    private OrgTreeRules() {}

    /**
     * An organization is set up or moved only under an active organization that is not a branch.
     */
    public static boolean canBeParent(PartyOrg parent) {
        return parent.isActive() && !parent.type().isBranchLevel();
    }

    /**
     * Whether {@code name} is already taken by another active organization of the office ({@code
     * except}, the one being renamed or moved, does not count). Names are unique in the whole
     * office, and so under every parent too: sheets, commands and notices name an organization by
     * its name alone, and a dissolved one frees its name for a successor.
     */
    public static boolean nameTaken(String name, UUID except, Collection<PartyOrg> all) {
        return all.stream()
                .anyMatch(o -> o.isActive() && o.name().equals(name) && !o.id().equals(except));
    }

    /** Whether {@code candidate} is {@code root} or stands somewhere below it. */
    public static boolean isWithin(UUID candidate, UUID root, Function<UUID, UUID> parentOf) {
        int guard = 0;
        for (UUID p = candidate; p != null && guard++ < 10_000; p = parentOf.apply(p)) {
            if (p.equals(root)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code moving} may move under {@code target}: the target can be a parent, and it is
     * not the moving organization nor anything below it.
     */
    public static boolean canMoveUnder(
            PartyOrg moving, PartyOrg target, Function<UUID, UUID> parentOf) {
        return canBeParent(target) && !isWithin(target.id(), moving.id(), parentOf);
    }
}
