package org.branchdesk.domain.duty;

/** How someone came to be on a shift. */
public enum AssignmentSource {
    /** A clerk put them there. */
    MANUAL,
    /** Their team was put there. */
    TEAM,
    /** Copied from the same shift of the week before. */
    COPY,
    /** The auto-fill chose them. */
    AUTO
}
