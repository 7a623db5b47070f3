package org.branchdesk.service.documents;

/** The notices the office issues about a party organization. */
public enum NoticeKind {
    /** 关于同意成立××党支部的批复: the reply to a community party organization's request. */
    BRANCH_APPROVAL,
    /** 关于成立××党支部的通知: the street sets up a branch itself. */
    BRANCH_SETUP
}
