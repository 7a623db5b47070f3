package org.branchdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.branchdesk.ui.CommitteeWindow.waitUntil;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.branchdesk.domain.care.FundSource;
import org.branchdesk.service.Services;
import org.branchdesk.service.care.FundService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The funds page in the real window, headless (Monocle): a fund opened, money allocated to it with
 * the capitals shown as it is typed, and the balance listed. The store refuses the JavaFX thread,
 * so a database call made there would fail this test.
 */
class FundsWindowTest {
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
    void aFundOpenedAndAllocatedShowsItsBalance() throws Exception {
        try (Services s = CareWindow.setUp(dir)) {
            before = s.stats().counts();
        }
        stage = FxToolkit.registerPrimaryStage();
        CareWindow.open(robot, stage, dir, () -> closed = true, "careFunds");
        waitUntil(() -> robot.lookup("#fundsTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<FundService.Line> table = robot.lookup("#fundsTable").queryAs(TableView.class);

        robot.clickOn("#addFund");
        waitUntil(() -> robot.lookup("#fundDialog").tryQuery().isPresent());
        Button save = robot.lookup("#fundSave").queryAs(Button.class);
        assertThat(save.isDisabled()).isTrue();
        robot.clickOn("#fundName").write("2026年服务群众专项");
        robot.interact(
                () -> {
                    @SuppressWarnings("unchecked")
                    ComboBox<FundSource> source =
                            robot.lookup("#fundSource").queryAs(ComboBox.class);
                    source.setValue(FundSource.SERVING_RESIDENTS);
                });
        waitUntil(() -> !save.isDisabled());
        robot.clickOn(save);
        waitUntil(() -> robot.lookup("#fundDialog").tryQuery().isEmpty());
        waitUntil(CareWindow::newsShown);
        assertThat(CareWindow.closeNews(robot)).contains("已新增经费“2026年服务群众专项”（服务群众经费）");
        waitUntil(
                () ->
                        table.getSelectionModel().getSelectedItem() != null
                                && table.getSelectionModel()
                                        .getSelectedItem()
                                        .fund()
                                        .name()
                                        .equals("2026年服务群众专项"));

        Button allocate = robot.lookup("#allocateFund").queryAs(Button.class);
        waitUntil(() -> !allocate.isDisabled());
        robot.clickOn(allocate);
        waitUntil(() -> robot.lookup("#allocationDialog").tryQuery().isPresent());
        Button ok = robot.lookup("#allocationSave").queryAs(Button.class);
        robot.clickOn("#allocationAmount").write("12.345");
        waitUntil(
                () -> robot.lookup("#allocationAmountMessage").queryAs(Labeled.class).isVisible());
        assertThat(robot.lookup("#allocationAmountMessage").queryAs(Labeled.class).getText())
                .contains("最多两位小数");
        robot.clickOn("#allocationAmount").eraseText(6).write("16409.02");
        waitUntil(
                () ->
                        robot.lookup("#allocationCapitals")
                                .queryAs(Labeled.class)
                                .getText()
                                .contains("壹万陆仟肆佰零玖元零贰分"));
        robot.clickOn("#allocationDocument").write("青槐街〔2026〕9号");
        waitUntil(() -> !ok.isDisabled());
        robot.clickOn(ok);
        waitUntil(() -> robot.lookup("#allocationDialog").tryQuery().isEmpty());
        waitUntil(CareWindow::newsShown);
        CareWindow.closeNews(robot);
        waitUntil(() -> CareWindow.cells(robot, "#fundsTable").contains("16,409.02"));
        waitUntil(() -> CareWindow.cells(robot, "#fundAllocations").contains("青槐街〔2026〕9号"));

        robot.interact(stage::hide);
        waitUntil(() -> closed);
        try (Services s = CareWindow.signIn(dir)) {
            assertThat(s.funds().lines())
                    .filteredOn(l -> l.fund().name().equals("2026年服务群众专项"))
                    .singleElement()
                    .satisfies(l -> assertThat(l.balance()).isEqualByComparingTo("16409.02"));
            assertThat(s.stats().counts()).containsKey("funds");
            assertThat(s.stats().counts().get("funds")).isEqualTo(before.get("funds") + 1);
        }
    }
}
