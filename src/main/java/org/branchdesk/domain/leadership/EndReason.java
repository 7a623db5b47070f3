package org.branchdesk.domain.leadership;

/** Why a holding of a position ended; ending it never deletes it. */
public enum EndReason {
    /** 换届. */
    RENEWAL,
    /** 调离. */
    TRANSFERRED,
    /** 免职. */
    REMOVED,
    /** 辞职. */
    RESIGNED,
    /** 去世. */
    DECEASED,
    /** 党组织撤销. */
    DISSOLVED
}
