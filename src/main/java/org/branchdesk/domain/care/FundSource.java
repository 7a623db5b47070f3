package org.branchdesk.domain.care;

/** Where a fund's money comes from (policy article 4). */
public enum FundSource {
    /** 上级下拨党费（党费专项）: special party fees allocated from above. */
    SPECIAL_PARTY_FEES,
    /** 社区工作经费: the community's operating funds. */
    COMMUNITY_OPERATING,
    /** 服务群众经费: funds for serving residents. */
    SERVING_RESIDENTS,
    /** 财政资金: fiscal funds. */
    FISCAL,
    /** 其他. */
    OTHER;

    /** Bundle key of its name. */
    public String key() {
        return "fundSource." + name();
    }
}
