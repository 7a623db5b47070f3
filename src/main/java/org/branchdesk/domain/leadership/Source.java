package org.branchdesk.domain.leadership;

/**
 * Where a branch's leader comes from, in the order policy article 3 asks for them: resident members
 * of the compound first; where none fits, the community organization's committee members or
 * in-service members; community full-time workers; someone dispatched by the street.
 */
public enum Source {
    /** 小区居住党员. */
    RESIDENT,
    /** 社区党组织委员. */
    COMMUNITY_COMMITTEE,
    /** 到社区报到的在职党员. */
    IN_SERVICE,
    /** 社区专职工作者. */
    WORKER,
    /** 街道选派. */
    STREET
}
