package org.branchdesk.ui.shell;

import java.util.function.Function;
import org.branchdesk.domain.accounts.Permission;

/**
 * One entry of the sidebar: adding a screen is adding one of these to {@link Screens}.
 *
 * @param key the navigation key: its bundle text is {@code nav.KEY}, its button's id {@code navKEY}
 *     with the key capitalised
 * @param icon the Ikonli literal of its icon
 * @param shownTo the permission an account needs to see it ({@code null}: every account)
 * @param factory builds the screen for an open office
 */
public record ScreenEntry(
        String key, String icon, Permission shownTo, Function<ScreenContext, Screen> factory) {
    /** The id of its sidebar button ({@code navDocuments}), for tests and styles. */
    public String buttonId() {
        return "nav" + Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }
}
