package org.branchdesk.ui.duty;

import java.util.function.Function;
import javafx.scene.Node;

/**
 * One page (tab) of the duty section: adding a duty screen is adding one of these to {@link
 * DutyPages}.
 *
 * @param key the page's key: its tab text is {@code duty.page.KEY}, its tab's id {@code dutyKEY}
 *     with the key capitalised
 * @param icon the Ikonli literal of its tab's icon
 * @param factory builds the page for an open office
 */
public record DutyPage(String key, String icon, Function<DutyContext, Built> factory) {
    /**
     * A page built for an open office: its content, and what to do each time it is shown (read
     * fresh data, as a background task).
     */
    public record Built(Node root, Runnable onShow) {}

    /** The id of its tab ({@code dutyPeople}), for tests and styles. */
    public String tabId() {
        return "duty" + Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }
}
