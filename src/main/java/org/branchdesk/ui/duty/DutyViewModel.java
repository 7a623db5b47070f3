package org.branchdesk.ui.duty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The duty section: which of its pages is shown. Each page reads fresh data when it is chosen and
 * each time the section is shown again; another screen may open a page by its key ({@code
 * pageProperty().set("teams")}).
 */
public final class DutyViewModel {
    private final Map<String, Runnable> pages = new LinkedHashMap<>();
    private final StringProperty page = new SimpleStringProperty();
    private boolean shown;

    /**
     * @param pages each page's key, in order, with what it does when shown
     */
    public DutyViewModel(Map<String, Runnable> pages) {
        this.pages.putAll(pages);
        page.set(pages.isEmpty() ? null : pages.keySet().iterator().next());
        page.addListener(
                (o, a, key) -> {
                    if (shown) {
                        load(key);
                    }
                });
    }

    /** The section is shown: the chosen page reads fresh data. */
    public void shown() {
        shown = true;
        load(page.get());
    }

    private void load(String key) {
        Runnable onShow = key == null ? null : pages.get(key);
        if (onShow != null) {
            onShow.run();
        }
    }

    /** The keys of the pages, in order. */
    public List<String> keys() {
        return List.copyOf(pages.keySet());
    }

    /** The key of the page shown; setting another key shows that page. */
    public StringProperty pageProperty() {
        return page;
    }
}
