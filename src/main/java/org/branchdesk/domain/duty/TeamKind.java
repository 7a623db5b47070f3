package org.branchdesk.domain.duty;

/** The teams policy article 6 asks for. */
public enum TeamKind {
    /** 党员突击队: party members only. */
    COMMANDO,
    /** 志愿服务队. */
    VOLUNTEER,
    /** 治安巡逻队. */
    PATROL
}
