package org.branchdesk.ui.duty;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.branchdesk.ui.common.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The duty section (值班服务): one tab per page of {@link DutyPages}, every page built at once (so that
 * a supervisor's read-only mode reaches the buttons of each), each one reading its data when it is
 * chosen.
 */
public final class DutyView {
    private final TabPane tabs = new TabPane();
    private final DutyViewModel viewModel;

    public DutyView(DutyViewModel viewModel, Map<String, DutyPage.Built> built) {
        this.viewModel = viewModel;
        tabs.setId("dutyTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (DutyPage page : DutyPages.all()) {
            DutyPage.Built b = built.get(page.key());
            if (b == null) {
                continue;
            }
            Tab tab = new Tab(I18n.text("duty.page." + page.key()), b.root());
            tab.setId(page.tabId());
            tab.setGraphic(new FontIcon(page.icon()));
            tab.setUserData(page.key());
            tabs.getTabs().add(tab);
        }
        select(viewModel.pageProperty().get());
        viewModel.pageProperty().addListener((o, a, key) -> select(key));
        tabs.getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (o, a, tab) -> {
                            if (tab != null) {
                                viewModel.pageProperty().set((String) tab.getUserData());
                            }
                        });
    }

    private void select(String key) {
        tabs.getTabs().stream()
                .filter(t -> t.getUserData().equals(key))
                .findFirst()
                .ifPresent(tabs.getSelectionModel()::select);
    }

    public Parent root() {
        return tabs;
    }

    /** The section's model, for the shell (what to do when it is shown) and other screens. */
    public DutyViewModel viewModel() {
        return viewModel;
    }

    /** Builds every page of {@link DutyPages} for an open office, and the section around them. */
    public static DutyView build(DutyContext context) {
        Map<String, DutyPage.Built> built = new LinkedHashMap<>();
        Map<String, Runnable> onShow = new LinkedHashMap<>();
        for (DutyPage page : DutyPages.all()) {
            DutyPage.Built b = page.factory().apply(context);
            built.put(page.key(), b);
            onShow.put(page.key(), b.onShow());
        }
        return new DutyView(new DutyViewModel(onShow), built);
    }
}
