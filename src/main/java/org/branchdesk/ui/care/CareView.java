package org.branchdesk.ui.care;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.branchdesk.ui.common.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The care section (关怀激励): one tab per page of {@link CarePages}, all built at once (so that a
 * supervisor's read-only mode reaches every page's buttons), each reading its data when chosen.
 */
public final class CareView {
    private final TabPane tabs = new TabPane();
    private final CareViewModel viewModel;

    private CareView(CareViewModel viewModel, Map<CarePage, CarePage.Built> pages) {
        this.viewModel = viewModel;
        tabs.setId("careTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        pages.forEach(
                (page, built) -> {
                    Tab tab = new Tab(I18n.text("care.page." + page.key()), built.root());
                    tab.setId(page.tabId());
                    tab.setGraphic(new FontIcon(page.icon()));
                    tab.setUserData(page.key());
                    tabs.getTabs().add(tab);
                });
        show(viewModel.pageProperty().get());
        viewModel.pageProperty().addListener((o, before, key) -> show(key));
        tabs.getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (o, before, tab) -> {
                            if (tab != null) {
                                viewModel.pageProperty().set(tab.getUserData().toString());
                            }
                        });
    }

    private void show(String key) {
        for (Tab tab : tabs.getTabs()) {
            if (tab.getUserData().equals(key)) {
                tabs.getSelectionModel().select(tab);
            }
        }
    }

    public Parent root() {
        return tabs;
    }

    /** The section's model: what the shell does when it is shown; how the 概览 opens a page. */
    public CareViewModel viewModel() {
        return viewModel;
    }

    /** Builds every page of {@link CarePages} for an open office, and the section around them. */
    public static CareView build(CareContext context) {
        Map<CarePage, CarePage.Built> pages = new LinkedHashMap<>();
        Map<String, Runnable> onShow = new LinkedHashMap<>();
        for (CarePage page : CarePages.all()) {
            CarePage.Built built = page.factory().apply(context);
            pages.put(page, built);
            onShow.put(page.key(), built.onShow());
        }
        return new CareView(new CareViewModel(onShow), pages);
    }
}
