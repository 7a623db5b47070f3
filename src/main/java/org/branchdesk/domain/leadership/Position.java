package org.branchdesk.domain.leadership;

/**
 * A seat of a party organization's committee (the GLOSSARY's 岗位 is a duty post, not this). A seat
 * may carry a concurrent duty (兼…), which is not a second seat.
 */
public enum Position {
    /** 书记. */
    SECRETARY,
    /** 副书记. */
    DEPUTY_SECRETARY,
    /** 组织委员. */
    ORGANIZATION,
    /** 宣传委员. */
    PUBLICITY,
    /** 纪检委员. */
    DISCIPLINE,
    /** 其他委员. */
    MEMBER;

    /** Secretary and deputy are chosen by the committee (or the members' meeting without one). */
    public boolean isLeading() {
        return this == SECRETARY || this == DEPUTY_SECRETARY;
    }
}
