package org.branchdesk.domain.members;

/** Where a member's organizational relationship (组织关系) is held. */
public enum Registration {
    /** In this community or its jurisdiction: a directly managed member (直管党员). */
    COMMUNITY,
    /** At another unit: in-service and mobile members. */
    OTHER_UNIT,
    /** Retired, the relationship kept at the former unit. */
    RETIRED_FORMER_UNIT
}
