package org.branchdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.branchdesk.service.Services;
import org.branchdesk.service.accounts.OfficeAccess;
import org.branchdesk.store.FxThreadGuard;
import org.branchdesk.ui.documents.DocumentsViewModel;
import org.branchdesk.ui.places.PlaceNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, headless (Monocle): the administrator set up, the recovery code noted, first
 * run, then a new community found in the tree through the search box; and signing in to an office
 * with accounts. The store refuses the JavaFX thread, so a database call made there would fail
 * these tests.
 */
class BranchDeskWindowTest {
    private static final String ADMIN = "管理员";
    private static final String PASSWORD = "Qinghuai-2026";
    @TempDir Path dir;
    private final FxRobot robot = new FxRobot();
    private Stage stage;

    private OfficeAccess door() {
        return new OfficeAccess(
                dir,
                Clock.systemDefaultZone(),
                FxThreadGuard.refusing("JavaFX Application Thread"),
                () -> {});
    }

    private Services signInAfterwards() {
        return new OfficeAccess(dir, Clock.systemDefaultZone(), FxThreadGuard.NONE, () -> {})
                .signIn(ADMIN, PASSWORD.toCharArray());
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> stage == null || !stage.isShowing() || closed);
    }

    private volatile boolean closed;

    @Test
    void firstRunThenAddACommunityAndFindItInTheTree() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        BranchDeskWindow window =
                new BranchDeskWindow(
                        dir,
                        dir.resolve("logs/branchdesk.log"),
                        door(),
                        WindowGeometry.DEFAULT,
                        () -> {},
                        () -> closed = true);
        FxToolkit.setupFixture(() -> window.show(stage));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(stage.getWidth())
                .as("a first start fills the screen")
                .isEqualTo(screen.getWidth());
        assertThat(stage.getHeight()).isEqualTo(screen.getHeight());

        waitUntil(
                () ->
                        robot.lookup("#confirm").tryQuery().isPresent()
                                && robot.lookup("#confirm").query().isVisible());
        robot.interact(
                () -> {
                    robot.lookup("#name").queryAs(TextField.class).setText(ADMIN);
                    robot.lookup("#password").queryAs(TextField.class).setText(PASSWORD);
                    robot.lookup("#confirm").queryAs(TextField.class).setText(PASSWORD);
                });
        robot.clickOn("#submit");
        waitUntil(() -> robot.lookup("#recoveryCodeText").tryQuery().isPresent());
        String code = robot.lookup("#recoveryCodeText").queryAs(Label.class).getText();
        assertThat(code).matches("[0-9A-Z]{5}(-[0-9A-Z]{5}){4}");
        Button proceed = robot.lookup("#proceed").queryAs(Button.class);
        assertThat(proceed.isDisabled()).as("the code must be noted first").isTrue();
        robot.clickOn("#noted");
        robot.clickOn("#proceed");

        waitUntil(() -> robot.lookup("#officeName").tryQuery().isPresent());
        assertThat(stage.getTitle()).isEqualTo("BranchDesk — 建立办公室");
        TextField name = robot.lookup("#officeName").queryAs(TextField.class);
        TextField district = robot.lookup("#district").queryAs(TextField.class);
        robot.interact(
                () -> {
                    name.setText("青槐街道");
                    district.setText("明川区");
                });
        robot.clickOn("#createOffice");

        waitUntil(
                () ->
                        robot.lookup("#orgTree").tryQuery().isPresent()
                                && robot.lookup("#orgTree").queryAs(TreeView.class).getRoot()
                                        != null);
        assertThat(stage.getTitle()).isEqualTo("BranchDesk — 青槐街道");

        robot.clickOn("#addCommunity");
        waitUntil(() -> robot.lookup("#textInput").tryQuery().isPresent());
        TextField input = robot.lookup("#textInput").queryAs(TextField.class);
        robot.interact(() -> input.setText("新华社区"));
        robot.type(KeyCode.ENTER);

        @SuppressWarnings("unchecked")
        TreeView<PlaceNode> tree = robot.lookup("#orgTree").queryAs(TreeView.class);
        waitUntil(() -> tree.getRoot() != null && tree.getRoot().getChildren().size() == 1);

        TextField search = robot.lookup("#searchField").queryAs(TextField.class);
        robot.clickOn(search).write("xinhua-not-there");
        waitUntil(() -> tree.getRoot().getChildren().isEmpty());
        robot.interact(() -> search.setText("新华"));
        waitUntil(() -> tree.getRoot().getChildren().size() == 1);
        TreeItem<PlaceNode> found = tree.getRoot().getChildren().get(0);
        assertThat(found.getValue().name()).isEqualTo("新华社区");
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().name()).isEqualTo("新华社区");

        robot.interact(stage::hide);
        waitUntil(() -> closed);
        assertThat(dir.resolve(WindowGeometry.FILE)).as("the window's size is remembered").exists();
        assertThat(WindowGeometry.load(dir).width()).isEqualTo(stage.getWidth());
        try (Services s = signInAfterwards()) {
            assertThat(s.stats().counts()).containsEntry("communities", 1);
            assertThat(s.backups().backups()).as("the first day's automatic backup").hasSize(1);
        }
    }

    @Test
    void aLedgerIsPreviewedPageByPageOnTheDocumentsScreen() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        try (Services s =
                new OfficeAccess(dir, Clock.systemDefaultZone(), FxThreadGuard.NONE, () -> {})
                        .setUp(ADMIN, PASSWORD.toCharArray())
                        .services()) {
            s.demo().load(0, false);
        }
        BranchDeskWindow window =
                new BranchDeskWindow(
                        dir,
                        dir.resolve("logs/branchdesk.log"),
                        door(),
                        WindowGeometry.DEFAULT,
                        () -> {},
                        () -> closed = true);
        FxToolkit.setupFixture(() -> window.show(stage));
        waitUntil(() -> robot.lookup("#password").tryQuery().isPresent());
        assertThat(stage.getTitle()).isEqualTo("BranchDesk — 登录");
        robot.interact(
                () -> {
                    robot.lookup("#name").queryAs(TextField.class).setText(ADMIN);
                    robot.lookup("#password").queryAs(TextField.class).setText("wrong-password-1");
                });
        robot.clickOn("#submit");
        Label error = robot.lookup("#errorLabel").queryAs(Label.class);
        waitUntil(() -> !error.getText().isEmpty());
        assertThat(error.getText()).contains("账户名或密码不正确");
        assertThat(robot.lookup("#orgTree").tryQuery())
                .as("a wrong password opens nothing")
                .isEmpty();
        robot.interact(() -> robot.lookup("#password").queryAs(TextField.class).setText(PASSWORD));
        robot.clickOn("#submit");
        waitUntil(
                () ->
                        robot.lookup("#navDocuments").tryQuery().isPresent()
                                && robot.lookup("#orgTree").tryQuery().isPresent());
        ToggleButton nav = robot.lookup("#navDocuments").queryAs(ToggleButton.class);
        robot.interact(nav::fire);
        waitUntil(() -> robot.lookup("#itemList").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<DocumentsViewModel.Item> items = robot.lookup("#itemList").queryAs(ListView.class);
        robot.interact(
                () ->
                        items.getSelectionModel()
                                .select(DocumentsViewModel.Item.LEDGER_DISTRIBUTION));
        robot.clickOn("#previewButton");
        ImageView page = robot.lookup("#pageView").queryAs(ImageView.class);
        waitUntil(() -> page.getImage() != null);
        Label label = robot.lookup("#pageLabel").queryAs(Label.class);
        assertThat(label.getText()).startsWith("第 1 页");
        robot.interact(stage::hide);
        waitUntil(() -> closed);
        try (Services s = signInAfterwards()) {
            assertThat(s.documents().register(null, 10)).as("a preview records nothing").isEmpty();
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
