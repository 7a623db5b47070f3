package org.branchdesk.ui.care;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The care section (关怀激励): which of its pages is shown. The page chosen reads fresh data when it is
 * chosen and each time the section is shown again; another screen (the 概览) opens a page by its key
 * ({@code pageProperty().set("payments")}).
 */
public final class CareViewModel {
    private final Map<String, Runnable> onShow;
    private final StringProperty page = new SimpleStringProperty();
    private boolean visible;

    /**
     * @param onShow each page's key, in tab order, with what it does when shown
     */
    public CareViewModel(Map<String, Runnable> onShow) {
        this.onShow = new LinkedHashMap<>(onShow);
        page.set(this.onShow.keySet().stream().findFirst().orElse(null));
        page.addListener((o, before, now) -> refreshIfVisible(now));
    }

    private void refreshIfVisible(String key) {
        if (visible) {
            refresh(key);
        }
    }

    private void refresh(String key) {
        Optional.ofNullable(key).map(onShow::get).ifPresent(Runnable::run);
    }

    /** The section is shown: the page chosen reads fresh data. */
    public void shown() {
        visible = true;
        refresh(page.get());
    }

    /** The pages' keys, in tab order. */
    public List<String> keys() {
        return List.copyOf(onShow.keySet());
    }

    /** The key of the page shown; setting another key shows that page. */
    public StringProperty pageProperty() {
        return page;
    }
}
