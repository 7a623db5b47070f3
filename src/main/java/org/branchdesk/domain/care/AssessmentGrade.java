package org.branchdesk.domain.care;

/** The grade of a community's annual assessment. */
public enum AssessmentGrade {
    /** 优秀. */
    EXCELLENT,
    /** 良好. */
    GOOD,
    /** 合格. */
    PASS,
    /** 不合格. */
    FAIL;

    /** Bundle key of its name. */
    public String key() {
        return "assessmentGrade." + name();
    }
}
