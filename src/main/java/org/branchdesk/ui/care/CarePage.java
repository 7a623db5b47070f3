package org.branchdesk.ui.care;

import java.util.function.Function;
import javafx.scene.Node;

/**
 * One page (tab) of the care section: adding a care screen is adding one of these to {@link
 * CarePages}.
 *
 * @param key the page's key: its tab text is {@code care.page.KEY}, its tab's id {@code careKEY}
 *     with the key capitalised
 * @param icon the Ikonli literal of its tab's icon
 * @param factory builds the page for an open office
 */
public record CarePage(String key, String icon, Function<CareContext, Built> factory) {
    /**
     * A page built for an open office: its content, and what to do each time it is shown (read
     * fresh data, as a background task).
     */
    public record Built(Node root, Runnable onShow) {}

    /** The id of its tab ({@code careFunds}), for tests and styles. */
    public String tabId() {
        return "care" + Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }
}
