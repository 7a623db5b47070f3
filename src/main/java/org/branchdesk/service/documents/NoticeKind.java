package org.branchdesk.service.documents;

/** The notices the office issues, each about one subject: an organization, a holding, a renewal. */
public enum NoticeKind {
    /** 关于同意成立××党支部的批复: the reply to a community party organization's request. */
    BRANCH_APPROVAL(Subject.ORGANIZATION),
    /** 关于成立××党支部的通知: the street sets up a branch itself. */
    BRANCH_SETUP(Subject.ORGANIZATION),
    /**
     * 关于××同志任职的通知: a designated or appointed position. Its subject is the holding, so two
     * appointments in one organization are two notices with two numbers.
     */
    APPOINTMENT(Subject.HOLDING),
    /** 关于××同志免职的通知: a position ended by removal, transfer or resignation. */
    REMOVAL(Subject.HOLDING),
    /** 关于同意××选举结果的批复: for branches, general branches and community party committees. */
    ELECTION_RESULT(Subject.ELECTION),
    /** 关于××值班安排的通知: the roster of a published week, day by day. */
    ROSTER_WEEK(Subject.ROSTER_WEEK),
    /** 在职党员到社区报到服务情况反馈表: to a reporting member's unit party organization, one per reporting. */
    REPORTING_FEEDBACK(Subject.REPORTING),
    /** 关于表彰××的决定: the street's commendation decision, listing the honorees. */
    COMMENDATION(Subject.COMMENDATION);

    /** What a notice of this kind is about. */
    public enum Subject {
        ORGANIZATION,
        HOLDING,
        ELECTION,
        ROSTER_WEEK,
        REPORTING,
        COMMENDATION
    }

    private final Subject subject;

    NoticeKind(Subject subject) {
        this.subject = subject;
    }

    public Subject subject() {
        return subject;
    }
}
