package org.branchdesk.domain.duty;

/**
 * Who may be put on the people register. A person who is also a member is the member (linked, not
 * copied), and nobody is listed twice.
 */
public final class PeopleRules {
    private PeopleRules() {}

    /** Why a person cannot be put on the register, or {@code null}. */
    public enum Refusal {
        /** Someone with this ID number, or this member, is on the people register already. */
        ALREADY_LISTED,
        /** The ID number is a member's, under another name. */
        NOT_THE_MEMBERS_NAME
    }

    /**
     * The first rule a new person breaks.
     *
     * @param memberName the name of the member with the person's ID number, or {@code null}
     * @param alreadyListed whether someone on the register has the same ID number or member
     */
    public static Refusal check(String name, String memberName, boolean alreadyListed) {
        if (alreadyListed) {
            return Refusal.ALREADY_LISTED;
        }
        if (memberName != null && !memberName.equals(name)) {
            return Refusal.NOT_THE_MEMBERS_NAME;
        }
        return null;
    }
}
