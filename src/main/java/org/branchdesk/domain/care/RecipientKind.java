package org.branchdesk.domain.care;

/** Who receives a payment, a commendation or supplies. */
public enum RecipientKind {
    /** A member on the members register. */
    MEMBER,
    /** A person on the people register (duty). */
    PERSON,
    /** An organization: a party organization, a community, a unit. */
    ORGANIZATION;

    /** Bundle key of its name. */
    public String key() {
        return "recipientKind." + name();
    }
}
