package org.branchdesk.domain.duty;

/** What a member did for the resident they are paired with (policy article 8). */
public enum ServiceKind {
    /** 代购. */
    SHOPPING,
    /** 测温. */
    TEMPERATURE,
    /** 收运垃圾. */
    RUBBISH,
    /** 走访. */
    VISIT
}
