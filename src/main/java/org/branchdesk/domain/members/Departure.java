package org.branchdesk.domain.members;

/** How a member left the register: members are never deleted, they leave by a dated status. */
public enum Departure {
    TRANSFERRED_OUT,
    DECEASED,
    REMOVED,
    LEFT_OF_OWN_ACCORD,
    RESIGNED,
    EXPELLED,
    PROBATION_CANCELLED
}
