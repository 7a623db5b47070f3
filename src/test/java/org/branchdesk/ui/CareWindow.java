package org.branchdesk.ui;

import static org.branchdesk.ui.CommitteeWindow.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.branchdesk.service.Services;
import org.branchdesk.service.accounts.OfficeAccess;
import org.branchdesk.store.FxThreadGuard;
import org.testfx.api.FxRobot;

/**
 * Drives the real window (headless, Monocle) to a page of the care section (关怀激励); the care window
 * tests start here.
 */
final class CareWindow {
    private CareWindow() {}

    /** The office set up by the administrator, with the demo street loaded. */
    static Services setUp(Path dir) {
        Services s =
                new OfficeAccess(dir, Clock.systemDefaultZone(), FxThreadGuard.NONE, () -> {})
                        .setUp(CommitteeWindow.ADMIN, CommitteeWindow.PASSWORD.toCharArray())
                        .services();
        s.demo().load(0, false);
        return s;
    }

    /** The office signed into again by the administrator, after the window closed. */
    static Services signIn(Path dir) {
        return new OfficeAccess(dir, Clock.systemDefaultZone(), FxThreadGuard.NONE, () -> {})
                .signIn(CommitteeWindow.ADMIN, CommitteeWindow.PASSWORD.toCharArray());
    }

    /** Signs in and opens the care section's page with the tab id {@code tabId}. */
    static void open(FxRobot robot, Stage stage, Path dir, Runnable onClosed, String tabId)
            throws Exception {
        CommitteeWindow.open(robot, stage, dir, onClosed);
        robot.interact(robot.lookup("#navCare").queryAs(ToggleButton.class)::fire);
        waitUntil(() -> robot.lookup("#careTabs").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#careTabs").queryAs(TabPane.class);
        robot.interact(
                () ->
                        tabs.getSelectionModel()
                                .select(
                                        tabs.getTabs().stream()
                                                .filter(t -> tabId.equals(t.getId()))
                                                .findFirst()
                                                .orElseThrow()));
    }

    /** The texts of a table's cells as drawn. */
    static List<String> cells(FxRobot robot, String table) {
        return robot.lookup(table).lookup(".table-cell").queryAll().stream()
                .map(n -> ((Labeled) n).getText())
                .filter(t -> t != null && !t.isEmpty())
                .toList();
    }

    /** Whether a news or refusal dialog is shown. */
    static boolean newsShown() {
        return Window.getWindows().stream()
                .anyMatch(
                        w ->
                                w.getScene() != null
                                        && w.getScene().getRoot() instanceof DialogPane pane
                                        && pane.getStyleClass().contains("alert"));
    }

    /** The texts of the news dialogs shown, which are then closed. */
    static List<String> closeNews(FxRobot robot) {
        List<String> texts = new ArrayList<>();
        robot.interact(
                () -> {
                    for (Window w : List.copyOf(Window.getWindows())) {
                        if (w.getScene() != null
                                && w.getScene().getRoot() instanceof DialogPane pane
                                && pane.getStyleClass().contains("alert")) {
                            texts.add(pane.getContentText());
                            w.hide();
                        }
                    }
                });
        return texts;
    }
}
