package org.branchdesk.domain.care;

/** What a payment is for (policy articles 4 and 11). */
public enum PaymentKind {
    /** 生活补贴: a branch worker's monthly living subsidy. */
    LIVING_SUBSIDY,
    /** 临时工作补助: a temporary work allowance, from roster attendance. */
    WORK_ALLOWANCE,
    /** 慰问金: a solicitude payment to front-line members and cadres. */
    SOLICITUDE,
    /** 表彰奖励: the reward that goes with a commendation. */
    COMMENDATION_REWARD,
    /** 绩效奖励: a performance reward after the annual assessment. */
    PERFORMANCE_REWARD,
    /** 其他. */
    OTHER;

    /** Bundle key of its name. */
    public String key() {
        return "paymentKind." + name();
    }
}
