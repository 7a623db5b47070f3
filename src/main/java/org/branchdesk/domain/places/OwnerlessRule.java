package org.branchdesk.domain.places;

/**
 * When a compound counts as ownerless (无主小区, "三无小区"): the policy names three gaps — no competent
 * unit, no property service, no human/physical security. Offices read it either way, so it is a
 * setting; the default is the strict reading, all three missing.
 */
public enum OwnerlessRule {
    /** All three facts missing (default: the "three-without" compound). */
    ALL_THREE_MISSING,
    /** Any one of the three missing. */
    ANY_ONE_MISSING;

    public boolean isOwnerless(Compound compound) {
        int missing = compound.missingManagementFacts();
        return this == ALL_THREE_MISSING ? missing == 3 : missing >= 1;
    }
}
