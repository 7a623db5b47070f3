package org.branchdesk.domain.members;

/** Membership standing: full member (正式党员) or probationary member (预备党员). */
public enum Standing {
    FULL,
    PROBATIONARY
}
