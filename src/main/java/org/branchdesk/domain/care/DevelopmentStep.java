package org.branchdesk.domain.care;

import java.util.Arrays;
import java.util.List;

/**
 * The steps of developing a member (发展党员), in the order 中国共产党发展党员工作细则 (2014) lays them down: 第二章
 * 入党积极分子的确定和培养教育, 第三章 发展对象的确定和考察, 第四章 预备党员的接收, 第五章 预备党员的教育、考察和转正. Each step is recorded with its
 * date, people and documents, and leaves the {@link DevelopmentMaterial}s of its checklist.
 */
public enum DevelopmentStep {
    /** 1 递交入党申请书 (the applicant is at least 18). */
    APPLICATION,
    /** 2 党组织派人谈话 (within one month of the application). */
    APPLICATION_TALK,
    /** 3 确定为入党积极分子, 指定培养联系人, 每半年考察. */
    ACTIVIST,
    /** 4 确定为发展对象 (after at least one year as an activist), 确定两名入党介绍人. */
    CANDIDATE,
    /** 5 政治审查. */
    POLITICAL_REVIEW,
    /** 6 短期集中培训 (at least 3 days or 24 class hours). */
    TRAINING,
    /** 7 支部委员会审查, 公示. */
    COMMITTEE_REVIEW,
    /** 8 上级党委预审, 填写入党志愿书. */
    PRE_REVIEW,
    /** 9 支部大会讨论接收为预备党员 (the probation runs from this day). */
    ADMISSION,
    /** 10 上级党委派人谈话, 审批 (within three months of the admission). */
    APPROVAL,
    /** 11 入党宣誓. */
    OATH,
    /** 12 预备期教育考察 (one year, extendable once by six to twelve months). */
    PROBATION,
    /** 13 转为正式党员 (on application, by the branch meeting and the higher committee). */
    FULL_MEMBERSHIP;

    /** Bundle key of its name. */
    public String key() {
        return "developmentStep." + name();
    }

    /** Its number in the procedure, 1 to 13. */
    public int number() {
        return ordinal() + 1;
    }

    /** The step right before it, or {@code null} for the application. */
    public DevelopmentStep previous() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }

    /** The step right after it, or {@code null} after full membership. */
    public DevelopmentStep next() {
        return ordinal() == values().length - 1 ? null : values()[ordinal() + 1];
    }

    /** What this step leaves in the member's file, in the order it is filed. */
    public List<DevelopmentMaterial> materials() {
        return Arrays.stream(DevelopmentMaterial.values()).filter(m -> m.step() == this).toList();
    }
}
