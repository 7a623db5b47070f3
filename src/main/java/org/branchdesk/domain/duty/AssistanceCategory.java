package org.branchdesk.domain.duty;

/** Why a resident is assisted one-to-one (policy article 8). */
public enum AssistanceCategory {
    /** 居家观察. */
    HOME_OBSERVATION,
    /** 独居老人. */
    ELDERLY_ALONE,
    /** 孤寡病残. */
    WIDOWED_ORPHANED_DISABLED,
    /** 其他. */
    OTHER
}
