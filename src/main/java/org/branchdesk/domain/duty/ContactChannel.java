package org.branchdesk.domain.duty;

/**
 * How a cadre contacted the area they answer for on a grassroots work day (policy article 8:
 * 打电话、发微信、 通视频, or in person).
 */
public enum ContactChannel {
    /** 电话. */
    PHONE,
    /** 微信. */
    WECHAT,
    /** 视频. */
    VIDEO,
    /** 实地走访. */
    ON_SITE
}
