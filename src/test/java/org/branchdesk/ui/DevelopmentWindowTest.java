package org.branchdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.branchdesk.ui.CommitteeWindow.waitUntil;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.branchdesk.domain.care.DevelopmentStep;
import org.branchdesk.service.Services;
import org.branchdesk.service.care.DevelopmentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The development board in the real window, headless (Monocle), on the demo street: the cases by
 * stage with what is due next; the next step of an application (the talk) recorded through the
 * dialog with its checklist ticked, and the board showing the case at its new stage. The store
 * refuses the JavaFX thread, so a database call made there would fail this test.
 */
class DevelopmentWindowTest {
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
    void theTalkOfAnApplicationIsRecordedFromTheBoardWithItsChecklist() throws Exception {
        try (Services s = CareWindow.setUp(dir)) {
            before = s.stats().counts();
        }
        stage = FxToolkit.registerPrimaryStage();
        CareWindow.open(robot, stage, dir, () -> closed = true, "careDevelopment");
        waitUntil(() -> CareWindow.cells(robot, "#developmentTable").contains("朱晓彤"));
        assertThat(CareWindow.cells(robot, "#developmentTable"))
                .contains("1 递交入党申请书")
                .anyMatch(c -> c.startsWith("下一步：党组织派人谈话"));
        @SuppressWarnings("unchecked")
        TableView<DevelopmentService.Line> table =
                robot.lookup("#developmentTable").queryAs(TableView.class);
        Button record = robot.lookup("#recordDevelopmentStep").queryAs(Button.class);
        assertThat(record.isDisabled()).as("no case chosen").isTrue();
        robot.interact(
                () ->
                        table.getSelectionModel()
                                .select(
                                        table.getItems().stream()
                                                .filter(l -> l.applicant().equals("朱晓彤"))
                                                .findFirst()
                                                .orElseThrow()));
        waitUntil(() -> !record.isDisabled());
        robot.clickOn(record);
        waitUntil(() -> robot.lookup("#developmentStepDialog").tryQuery().isPresent());
        robot.clickOn("#developmentDocument").write("松柏支谈〔2026〕1号");
        robot.clickOn(
                robot.lookup("#developmentChecklist").lookup(".check-box").queryAs(CheckBox.class));
        Button ok = robot.lookup("#developmentSave").queryAs(Button.class);
        waitUntil(() -> !ok.isDisabled());
        robot.clickOn(ok);
        waitUntil(() -> robot.lookup("#developmentStepDialog").tryQuery().isEmpty());
        waitUntil(CareWindow::newsShown);
        assertThat(CareWindow.closeNews(robot)).anyMatch(t -> t.contains("朱晓彤：已记录第 2 步"));
        waitUntil(() -> CareWindow.cells(robot, "#developmentTable").contains("2 党组织派人谈话"));

        robot.interact(stage::hide);
        waitUntil(() -> closed);
        try (Services s = CareWindow.signIn(dir)) {
            assertThat(s.development().lines())
                    .filteredOn(l -> l.applicant().equals("朱晓彤"))
                    .singleElement()
                    .satisfies(
                            l -> {
                                assertThat(l.stage()).isEqualTo(DevelopmentStep.APPLICATION_TALK);
                                assertThat(l.missing()).hasSize(1);
                            });
            assertThat(s.stats().counts().get("development_steps"))
                    .isEqualTo(before.get("development_steps") + 1);
        }
    }
}
