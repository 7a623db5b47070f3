package org.branchdesk.domain.duty;

/** Whether someone served the shift they were on. */
public enum Attendance {
    /** 到岗. */
    PRESENT,
    /** 缺岗. */
    ABSENT,
    /** 由他人替岗: someone else served in their place. */
    SUBSTITUTED
}
