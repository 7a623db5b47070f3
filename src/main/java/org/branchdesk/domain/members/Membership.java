package org.branchdesk.domain.members;

import java.time.LocalDate;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.domain.orgs.PartyOrg;

/**
 * Rules that join a member to the organizations and places of the office. Each is asked by the
 * form, the import and the registers alike.
 */
public final class Membership {
    private Membership() {}

    /**
     * Whether a member's membership (组织关系) can be held in {@code org}: only in an active branch
     * (党支部) — a compound branch, a joint branch, a community's own branch, or the branch of a
     * property company or resident unit. Never in the working committee, a party committee or a
     * general branch, which lead branches rather than hold members; never in a temporary branch, in
     * which a member only takes part, as a dated link (中国共产党支部工作条例（试行）第二条、第十条; the city's measures
     * for temporary branches).
     */
    public static boolean canBeHeldIn(PartyOrg org) {
        return org.isActive() && canBeHeldIn(org.type());
    }

    /** The kinds of organization in which membership can be held. */
    public static boolean canBeHeldIn(OrgType type) {
        return type.isBranchLevel() && type != OrgType.TEMPORARY_BRANCH;
    }

    /**
     * Whether a member counts toward a regular branch of the compound where they live: an active
     * full member whose membership is held in the community and who is here (not gone out, not out
     * of contact). Three of them make a compound eligible (see {@code BranchRules}).
     */
    public static boolean countsTowardRegularBranch(
            boolean active, Standing standing, Registration registration, Presence presence) {
        return active
                && standing == Standing.FULL
                && registration == Registration.COMMUNITY
                && presence != Presence.WENT_OUT
                && presence != Presence.LOST_CONTACT;
    }

    /**
     * Where a member is, when the sheet or form does not say: a member whose membership is in
     * another unit reports here while in service; one marked as mobile (流动党员) has come in; everyone
     * else lives here.
     */
    public static Presence presenceFor(Registration registration, boolean mobile) {
        if (mobile) {
            return Presence.MOBILE_IN;
        }
        return registration == Registration.OTHER_UNIT
                ? Presence.REPORTING_IN_SERVICE
                : Presence.RESIDENT;
    }

    /**
     * The standing a member has when a sheet or form leaves it out: a full-membership date means a
     * full member (转正); without one, {@code otherwise} (what the record had, or full for a new row,
     * as most sheets list full members only). A stated standing always wins.
     */
    public static Standing standingFor(Standing stated, LocalDate fullOn, Standing otherwise) {
        if (stated != null) {
            return stated;
        }
        return fullOn != null ? Standing.FULL : otherwise;
    }
}
