package org.branchdesk.domain.care;

/**
 * The materials each step of {@link DevelopmentStep} leaves in the development file (发展党员档案), the
 * checklist a clerk ticks before the next step.
 */
public enum DevelopmentMaterial {
    /** 入党申请书. */
    APPLICATION_LETTER(DevelopmentStep.APPLICATION),
    /** 入党申请人谈话记录. */
    APPLICATION_TALK_RECORD(DevelopmentStep.APPLICATION_TALK),
    /** 党员推荐、群团组织推优材料. */
    RECOMMENDATIONS(DevelopmentStep.ACTIVIST),
    /** 支部委员会确定入党积极分子的会议记录. */
    ACTIVIST_MINUTES(DevelopmentStep.ACTIVIST),
    /** 报上级党委备案材料. */
    ACTIVIST_FILING(DevelopmentStep.ACTIVIST),
    /** 培养联系人（一至两名正式党员）. */
    CONTACT_PERSONS(DevelopmentStep.ACTIVIST),
    /** 入党积极分子培养教育考察登记表（每半年考察意见）. */
    ACTIVIST_REVIEWS(DevelopmentStep.ACTIVIST),
    /** 思想汇报. */
    THOUGHT_REPORTS(DevelopmentStep.ACTIVIST),
    /** 听取党小组、培养联系人、党员和群众意见的材料. */
    OPINIONS(DevelopmentStep.CANDIDATE),
    /** 支部委员会确定发展对象的会议记录. */
    CANDIDATE_MINUTES(DevelopmentStep.CANDIDATE),
    /** 报上级党委备案材料. */
    CANDIDATE_FILING(DevelopmentStep.CANDIDATE),
    /** 入党介绍人（两名正式党员）. */
    SPONSORS(DevelopmentStep.CANDIDATE),
    /** 政治审查综合材料（结论性材料）. */
    POLITICAL_REVIEW_CONCLUSION(DevelopmentStep.POLITICAL_REVIEW),
    /** 短期集中培训结业证明. */
    TRAINING_CERTIFICATE(DevelopmentStep.TRAINING),
    /** 支部委员会审查意见及会议记录. */
    COMMITTEE_REVIEW_MINUTES(DevelopmentStep.COMMITTEE_REVIEW),
    /** 公示材料及公示结果. */
    PUBLIC_NOTICE(DevelopmentStep.COMMITTEE_REVIEW),
    /** 基层党委预审意见（书面通知）. */
    PRE_REVIEW_NOTICE(DevelopmentStep.PRE_REVIEW),
    /** 《中国共产党入党志愿书》. */
    APPLICATION_FORM(DevelopmentStep.PRE_REVIEW),
    /** 支部大会会议记录. */
    ADMISSION_MINUTES(DevelopmentStep.ADMISSION),
    /** 支部大会决议（填入入党志愿书）. */
    ADMISSION_RESOLUTION(DevelopmentStep.ADMISSION),
    /** 上级党委派人谈话记录. */
    HIGHER_TALK_RECORD(DevelopmentStep.APPROVAL),
    /** 上级党委审批意见（注明预备期起止时间）. */
    APPROVAL_DECISION(DevelopmentStep.APPROVAL),
    /** 报上级党委组织部门备案材料. */
    APPROVAL_FILING(DevelopmentStep.APPROVAL),
    /** 入党宣誓记录. */
    OATH_RECORD(DevelopmentStep.OATH),
    /** 预备党员教育考察材料. */
    PROBATION_REVIEWS(DevelopmentStep.PROBATION),
    /** 预备党员思想汇报. */
    PROBATION_THOUGHT_REPORTS(DevelopmentStep.PROBATION),
    /** 转正申请书. */
    FULL_APPLICATION(DevelopmentStep.FULL_MEMBERSHIP),
    /** 支部大会转正决议. */
    FULL_RESOLUTION(DevelopmentStep.FULL_MEMBERSHIP),
    /** 上级党委审批意见. */
    FULL_APPROVAL(DevelopmentStep.FULL_MEMBERSHIP);

    private final DevelopmentStep step;

    DevelopmentMaterial(DevelopmentStep step) {
        this.step = step;
    }

    /** The step that leaves it. */
    public DevelopmentStep step() {
        return step;
    }

    /** Bundle key of its name. */
    public String key() {
        return "developmentMaterial." + name();
    }
}
