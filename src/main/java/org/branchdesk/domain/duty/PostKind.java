package org.branchdesk.domain.duty;

/** What a duty post (岗位) is for (policy articles 5 and 6). */
public enum PostKind {
    /** 卡点: registering people and vehicles at a compound's gate. */
    CHECKPOINT,
    /** 巡逻. */
    PATROL,
    /** 消杀: disinfecting public areas. */
    DISINFECTION,
    /** 测温. */
    TEMPERATURE,
    /** 宣传. */
    PUBLICITY,
    /** 其他. */
    OTHER
}
