package org.branchdesk.domain.orgs;

/**
 * Kinds of party organization on the office's tree. Building party groups (党小组) and central
 * households (党员中心户) are not party organizations and are kept apart.
 */
public enum OrgType {
    /** 街道党工委: the top of the office's tree. */
    STREET_WORKING_COMMITTEE(false),
    /** 社区党委. */
    COMMUNITY_PARTY_COMMITTEE(false),
    /** 社区党总支. */
    COMMUNITY_GENERAL_BRANCH(false),
    /** 社区党支部. */
    COMMUNITY_BRANCH(true),
    /** 小区党支部: a regular branch on one compound. */
    COMPOUND_BRANCH(true),
    /** 联合党支部: adjacent compounds or units, at most five. */
    JOINT_BRANCH(true),
    /** 疫情防控临时党支部. */
    TEMPORARY_BRANCH(true),
    /** 物业服务企业党组织. */
    PROPERTY_COMPANY_ORG(true),
    /** 驻区单位党组织. */
    RESIDENT_UNIT_ORG(true);

    private final boolean branchLevel;

    OrgType(boolean branchLevel) {
        this.branchLevel = branchLevel;
    }

    /** Whether members belong to it directly (a branch), rather than to branches under it. */
    public boolean isBranchLevel() {
        return branchLevel;
    }

    /** Whether it is built on compounds (and so counts in the coverage of compounds). */
    public boolean coversCompounds() {
        return this == COMPOUND_BRANCH || this == JOINT_BRANCH || this == TEMPORARY_BRANCH;
    }
}
