package org.branchdesk.domain.care;

/**
 * Where a work-injury fast-track case stands (policy article 11: 对因履职感染人员开辟工伤认定绿色通道). The steps a
 * street office follows for its staff: the case is registered, the employer applies for work-injury
 * recognition (工伤认定申请, 《工伤保险条例》第十七条), the human-resources department decides, and the case is
 * closed once the outcome is settled.
 */
public enum InjuryStatus {
    /** 已登记: infected on duty, reported to the office. */
    REPORTED,
    /** 已申请认定: the application for work-injury recognition is filed. */
    APPLIED,
    /** 认定工伤: recognised as a work injury. */
    RECOGNISED,
    /** 不予认定: not recognised. */
    REJECTED,
    /** 已结案: closed. */
    CLOSED;

    /** Bundle key of its name. */
    public String key() {
        return "injuryStatus." + name();
    }
}
