package org.branchdesk.domain.care;

/** What kind of prevention supplies an item is (policy article 11: 口罩、消毒液、食品). */
public enum SupplyCategory {
    /** 口罩. */
    MASKS,
    /** 消毒用品. */
    DISINFECTANT,
    /** 食品. */
    FOOD,
    /** 其他. */
    OTHER;

    /** Bundle key of its name. */
    public String key() {
        return "supplyCategory." + name();
    }
}
