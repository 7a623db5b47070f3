package org.branchdesk.domain.leadership;

/** How a holding of a position came about. */
public enum Chosen {
    /**
     * 选举: committee members by the members' meeting; secretary and deputy by the committee, or by
     * the members' meeting where there is no committee.
     */
    ELECTED,
    /** 上级党组织指定. */
    DESIGNATED,
    /** 任命: the only way for a temporary branch. */
    APPOINTED
}
