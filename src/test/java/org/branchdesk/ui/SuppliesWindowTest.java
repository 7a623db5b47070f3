package org.branchdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.branchdesk.ui.CommitteeWindow.waitUntil;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.branchdesk.service.Services;
import org.branchdesk.service.care.SupplyService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The supplies page in the real window, headless (Monocle), on the demo street: the stock of the
 * demo's items; masks chosen, their movements shown; more masks than the stock refused by the form
 * (确定 stays disabled, the stock named), then 150 issued to a member picked by name, and the stock
 * shown less by as many. The store refuses the JavaFX thread, so a database call made there would
 * fail this test.
 */
class SuppliesWindowTest {
    @TempDir Path dir;
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private volatile boolean closed;
    private Map<String, Integer> before;

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

    @Test
    void masksAreIssuedWithinTheStockToAMemberPickedByName() throws Exception {
        try (Services s = CareWindow.setUp(dir)) {
            before = s.stats().counts();
        }
        stage = FxToolkit.registerPrimaryStage();
        CareWindow.open(robot, stage, dir, () -> closed = true, "careSupplies");
        waitUntil(() -> CareWindow.cells(robot, "#suppliesTable").contains("医用外科口罩"));
        assertThat(CareWindow.cells(robot, "#suppliesTable")).contains("1900", "84消毒液");
        @SuppressWarnings("unchecked")
        TableView<SupplyService.Stock> table =
                robot.lookup("#suppliesTable").queryAs(TableView.class);
        Button issue = robot.lookup("#issueSupplies").queryAs(Button.class);
        assertThat(issue.isDisabled()).as("no item chosen").isTrue();
        robot.interact(
                () ->
                        table.getSelectionModel()
                                .select(
                                        table.getItems().stream()
                                                .filter(l -> l.item().name().equals("医用外科口罩"))
                                                .findFirst()
                                                .orElseThrow()));
        waitUntil(() -> CareWindow.cells(robot, "#supplyMovements").contains("社会捐赠"));
        waitUntil(() -> !issue.isDisabled());
        robot.clickOn(issue);
        waitUntil(() -> robot.lookup("#supplyIssueDialog").tryQuery().isPresent());
        robot.clickOn("#supplyQuantity").write("2000");
        Button ok = robot.lookup("#supplySave").queryAs(Button.class);
        waitUntil(
                () ->
                        robot.lookup("#supplyQuantityMessage")
                                .queryLabeled()
                                .getText()
                                .contains("库存不足"));
        assertThat(ok.isDisabled()).isTrue();
        robot.doubleClickOn("#supplyQuantity").eraseText(4).write("150");
        robot.clickOn("#supplyRecipientSearch").write("侯兰珍");
        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup("#supplyRecipients").queryAs(ListView.class);
        waitUntil(() -> list.getItems().size() == 1);
        robot.interact(() -> list.getSelectionModel().selectFirst());
        waitUntil(() -> !ok.isDisabled());
        robot.clickOn(ok);
        waitUntil(() -> robot.lookup("#supplyIssueDialog").tryQuery().isEmpty());
        waitUntil(CareWindow::newsShown);
        assertThat(CareWindow.closeNews(robot)).anyMatch(t -> t.contains("已出库"));
        waitUntil(() -> CareWindow.cells(robot, "#suppliesTable").contains("1750"));

        robot.interact(stage::hide);
        waitUntil(() -> closed);
        try (Services s = CareWindow.signIn(dir)) {
            assertThat(s.supplies().stock())
                    .filteredOn(l -> l.item().name().equals("医用外科口罩"))
                    .singleElement()
                    .satisfies(l -> assertThat(l.stock()).isEqualByComparingTo("1750"));
            assertThat(s.stats().counts().get("supply_issues"))
                    .isEqualTo(before.get("supply_issues") + 1);
        }
    }
}
