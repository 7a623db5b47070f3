package org.branchdesk.domain.duty;

/** Who a person on the people register is: those who serve without being members here. */
public enum PersonKind {
    /** 社区专职工作者. */
    COMMUNITY_WORKER,
    /** 居民志愿者. */
    VOLUNTEER,
    /** 下沉干部: a cadre sent down to a community. */
    SENT_DOWN_CADRE,
    /** 其他. */
    OTHER
}
