package org.branchdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.branchdesk.service.Actor;
import org.branchdesk.service.Services;
import org.branchdesk.store.FxThreadGuard;
import org.branchdesk.store.Store;
import org.branchdesk.ui.common.WindowGeometry;
import org.branchdesk.ui.orgtree.OrgNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, headless (Monocle): first run, then a new community found in the tree
 * through the search box. The store refuses the JavaFX thread, so a database call made there
 * would fail this test.
 */
class BranchDeskWindowTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private final AtomicReference<Services> services = new AtomicReference<>();
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> services.get() == null || closed);
    }

    private volatile boolean closed;

    @Test
    void firstRunThenAddACommunityAndFindItInTheTree() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        BranchDeskWindow window = new BranchDeskWindow(dir, dir.resolve("logs/branchdesk.log"), () -> {
            Services s = Services.of(Store.open(dir, Clock.systemDefaultZone(),
                    FxThreadGuard.refusing("JavaFX Application Thread")), new Actor("测试员"));
            services.set(s);
            return s;
        }, WindowGeometry.DEFAULT, () -> { }, () -> closed = true);
        FxToolkit.setupFixture(() -> window.show(stage));

        waitUntil(() -> robot.lookup("#officeName").tryQuery().isPresent());
        assertThat(stage.getTitle()).isEqualTo("BranchDesk — 建立办公室");
        TextField name = robot.lookup("#officeName").queryAs(TextField.class);
        TextField district = robot.lookup("#district").queryAs(TextField.class);
        robot.interact(() -> {
            name.setText("青槐街道");
            district.setText("明川区");
        });
        robot.clickOn("#createOffice");

        waitUntil(() -> robot.lookup("#orgTree").tryQuery().isPresent()
                && robot.lookup("#orgTree").queryAs(TreeView.class).getRoot() != null);
        assertThat(stage.getTitle()).isEqualTo("BranchDesk — 青槐街道");

        robot.clickOn("#addCommunity");
        waitUntil(() -> robot.lookup("#textInput").tryQuery().isPresent());
        TextField input = robot.lookup("#textInput").queryAs(TextField.class);
        robot.interact(() -> input.setText("新华社区"));
        robot.type(javafx.scene.input.KeyCode.ENTER);

        @SuppressWarnings("unchecked")
        TreeView<OrgNode> tree = robot.lookup("#orgTree").queryAs(TreeView.class);
        waitUntil(() -> tree.getRoot() != null && tree.getRoot().getChildren().size() == 1);

        TextField search = robot.lookup("#searchField").queryAs(TextField.class);
        robot.clickOn(search).write("xinhua-not-there");
        waitUntil(() -> tree.getRoot().getChildren().isEmpty());
        robot.interact(() -> search.setText("新华"));
        waitUntil(() -> tree.getRoot().getChildren().size() == 1);
        TreeItem<OrgNode> found = tree.getRoot().getChildren().get(0);
        assertThat(found.getValue().name()).isEqualTo("新华社区");
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().name()).isEqualTo("新华社区");
        assertThat(services.get().stats().counts()).containsEntry("communities", 1);

        robot.interact(stage::hide);
        waitUntil(() -> closed);
        assertThat(dir.resolve(WindowGeometry.FILE)).as("the window's size is remembered").exists();
        assertThat(WindowGeometry.load(dir).width()).isEqualTo(stage.getWidth());
    }

    @Test
    void aLedgerIsPreviewedPageByPageOnTheDocumentsScreen() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        BranchDeskWindow window = new BranchDeskWindow(dir, dir.resolve("logs/branchdesk.log"), () -> {
            Services s = Services.of(Store.open(dir, Clock.systemDefaultZone(),
                    FxThreadGuard.refusing("JavaFX Application Thread")), new Actor("测试员"));
            s.demo().load(0, false);
            services.set(s);
            return s;
        }, WindowGeometry.DEFAULT, () -> { }, () -> closed = true);
        FxToolkit.setupFixture(() -> window.show(stage));
        waitUntil(() -> robot.lookup("#navDocuments").tryQuery().isPresent()
                && robot.lookup("#orgTree").tryQuery().isPresent());
        javafx.scene.control.ToggleButton nav = robot.lookup("#navDocuments")
                .queryAs(javafx.scene.control.ToggleButton.class);
        robot.interact(nav::fire);
        waitUntil(() -> robot.lookup("#itemList").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<org.branchdesk.ui.documents.DocumentsViewModel.Item> items =
                robot.lookup("#itemList").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> items.getSelectionModel()
                .select(org.branchdesk.ui.documents.DocumentsViewModel.Item.LEDGER_DISTRIBUTION));
        robot.clickOn("#previewButton");
        javafx.scene.image.ImageView page = robot.lookup("#pageView").queryAs(javafx.scene.image.ImageView.class);
        waitUntil(() -> page.getImage() != null);
        javafx.scene.control.Label label = robot.lookup("#pageLabel").queryAs(javafx.scene.control.Label.class);
        assertThat(label.getText()).startsWith("第 1 页");
        assertThat(services.get().documents().register(null, 10)).as("a preview records nothing").isEmpty();
        robot.interact(stage::hide);
        waitUntil(() -> closed);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
