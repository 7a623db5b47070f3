package org.branchdesk.domain.care;

/** Who commends, from the top: the level of the awarding body. */
public enum CommendationLevel {
    /** 国家级. */
    NATIONAL,
    /** 省级. */
    PROVINCIAL,
    /** 市级. */
    CITY,
    /** 区（县）级. */
    DISTRICT,
    /** 街道级: the office's own decisions, numbered from its dispatch register. */
    STREET;

    /** Bundle key of its name. */
    public String key() {
        return "commendationLevel." + name();
    }
}
