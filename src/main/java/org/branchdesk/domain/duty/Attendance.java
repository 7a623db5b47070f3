package org.branchdesk.domain.duty;

/** Whether someone served the shift they were on. */
public enum Attendance {
    /** 到岗. */
    PRESENT,
    /** 缺勤. */
    ABSENT,
    /** 替班: someone else served in their place. */
    SUBSTITUTED
}
