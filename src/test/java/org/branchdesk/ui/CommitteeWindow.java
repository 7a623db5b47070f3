package org.branchdesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.branchdesk.service.accounts.OfficeAccess;
import org.branchdesk.service.orgs.PartyOrgService.ChartNode;
import org.branchdesk.store.FxThreadGuard;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real window (headless, Monocle) to an organization's committee tab: shows the window
 * on an office whose store refuses the JavaFX thread, signs in, opens 党组织, selects the organization
 * and its 领导班子 tab. The leadership window tests start from here.
 */
final class CommitteeWindow {
    static final String ADMIN = "管理员";
    static final String PASSWORD = "Qinghuai-2026";

    private CommitteeWindow() {}

    /** Shows the window on {@code stage}; {@code onClosed} runs when it closes. */
    static void open(FxRobot robot, Stage stage, Path dir, Runnable onClosed) throws Exception {
        BranchDeskWindow window =
                new BranchDeskWindow(
                        dir,
                        dir.resolve("logs/branchdesk.log"),
                        new OfficeAccess(
                                dir,
                                Clock.systemDefaultZone(),
                                FxThreadGuard.refusing("JavaFX Application Thread"),
                                () -> {}),
                        WindowGeometry.DEFAULT,
                        () -> {},
                        onClosed);
        FxToolkit.setupFixture(() -> window.show(stage));
        waitUntil(() -> robot.lookup("#password").tryQuery().isPresent());
        robot.interact(
                () -> {
                    robot.lookup("#name").queryAs(TextField.class).setText(ADMIN);
                    robot.lookup("#password").queryAs(TextField.class).setText(PASSWORD);
                });
        robot.clickOn("#submit");
        waitUntil(
                () ->
                        robot.lookup("#navOrgs").tryQuery().isPresent()
                                && robot.lookup("#orgTree").tryQuery().isPresent());
        robot.interact(robot.lookup("#navOrgs").queryAs(ToggleButton.class)::fire);
        waitUntil(() -> robot.lookup("#detailTabs").tryQuery().isPresent());
    }

    /** Selects the organization in the tree (its parents expanded) and opens 领导班子. */
    static void committeeOf(FxRobot robot, UUID orgId) throws Exception {
        @SuppressWarnings("unchecked")
        TreeView<ChartNode> tree = robot.lookup("#orgTree").queryAs(TreeView.class);
        waitUntil(
                () ->
                        tree.getRoot() != null
                                && !tree.getRoot().getChildren().isEmpty()
                                && tree.getRoot().getChildren().get(0).getValue()
                                        instanceof ChartNode
                                && find(tree.getRoot(), orgId) != null);
        robot.interact(
                () -> {
                    TreeItem<ChartNode> item = find(tree.getRoot(), orgId);
                    for (TreeItem<ChartNode> p = item.getParent(); p != null; p = p.getParent()) {
                        p.setExpanded(true);
                    }
                    tree.getSelectionModel().select(item);
                });
        TabPane tabs = robot.lookup("#detailTabs").queryAs(TabPane.class);
        robot.interact(
                () ->
                        tabs.getSelectionModel()
                                .select(
                                        tabs.getTabs().stream()
                                                .filter(t -> t.getText().equals("领导班子"))
                                                .findFirst()
                                                .orElseThrow()));
    }

    static TreeItem<ChartNode> find(TreeItem<ChartNode> item, UUID id) {
        if (item.getValue() != null && item.getValue().org().id().equals(id)) {
            return item;
        }
        for (TreeItem<ChartNode> c : item.getChildren()) {
            TreeItem<ChartNode> hit = find(c, id);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
