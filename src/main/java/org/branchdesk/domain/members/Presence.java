package org.branchdesk.domain.members;

/** A member's status here, apart from where the membership is held. */
public enum Presence {
    /** Lives here; nothing further to note. */
    RESIDENT,
    /** In-service member reporting to the community where they live (在职党员到社区报到). */
    REPORTING_IN_SERVICE,
    /** Mobile member who came in (流动党员，流入). */
    MOBILE_IN,
    /** Member who went out (外出党员). */
    WENT_OUT,
    /** Lost contact (失联党员). */
    LOST_CONTACT
}
