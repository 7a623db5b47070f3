package org.branchdesk.domain.care;

/** How supplies came in. */
public enum SupplySource {
    /** 上级调拨 (or bought with a fund). */
    ALLOCATED,
    /** 社会捐赠. */
    DONATED;

    /** Bundle key of its name. */
    public String key() {
        return "supplySource." + name();
    }
}
