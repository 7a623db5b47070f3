package org.branchdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.branchdesk.ui.CommitteeWindow.waitUntil;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.branchdesk.service.Services;
import org.branchdesk.service.care.CommendationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The commendations page in the real window, headless (Monocle): a street decision recorded, a
 * member listed on it with a certificate after the deeds' rule spoke as they were typed, and the
 * decision listed with its honoree. The store refuses the JavaFX thread, so a database call made
 * there would fail this test.
 */
class CommendationsWindowTest {
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
    void aStreetDecisionIsRecordedAndAMemberListedOnIt() throws Exception {
        try (Services s = CareWindow.setUp(dir)) {
            before = s.stats().counts();
        }
        stage = FxToolkit.registerPrimaryStage();
        CareWindow.open(robot, stage, dir, () -> closed = true, "careCommendations");
        waitUntil(() -> robot.lookup("#commendationsTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<CommendationService.Line> table =
                robot.lookup("#commendationsTable").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());

        robot.clickOn("#addCommendation");
        waitUntil(() -> robot.lookup("#commendationDialog").tryQuery().isPresent());
        Button save = robot.lookup("#commendationSave").queryAs(Button.class);
        assertThat(save.isDisabled()).isTrue();
        robot.clickOn("#commendationTitle").write("抗疫先进个人");
        waitUntil(
                () ->
                        robot.lookup("#commendationHolders")
                                .queryAs(Labeled.class)
                                .getText()
                                .contains("党员、人员"));
        robot.clickOn("#commendationBody").write("中共青槐街道工作委员会");
        waitUntil(() -> !save.isDisabled());
        robot.clickOn(save);
        waitUntil(() -> robot.lookup("#commendationDialog").tryQuery().isEmpty());
        waitUntil(CareWindow::newsShown);
        assertThat(CareWindow.closeNews(robot)).contains("已登记表彰决定“抗疫先进个人”（街道级）");
        waitUntil(
                () ->
                        table.getSelectionModel().getSelectedItem() != null
                                && table.getSelectionModel()
                                        .getSelectedItem()
                                        .commendation()
                                        .title()
                                        .equals("抗疫先进个人"));

        Button honor = robot.lookup("#addHonoree").queryAs(Button.class);
        waitUntil(() -> !honor.isDisabled());
        robot.clickOn(honor);
        waitUntil(() -> robot.lookup("#honoreeDialog").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<CommendationService.Candidate> who =
                robot.lookup("#honoreeWho").queryAs(ListView.class);
        waitUntil(() -> !who.getItems().isEmpty());
        String name = who.getItems().get(0).name();
        robot.interact(() -> who.getSelectionModel().select(0));
        Button ok = robot.lookup("#honoreeSave").queryAs(Button.class);
        robot.clickOn("#honoreeDeeds").write("值守卡点");
        waitUntil(() -> robot.lookup("#honoreeDeedsMessage").queryAs(Labeled.class).isVisible());
        assertThat(robot.lookup("#honoreeDeedsMessage").queryAs(Labeled.class).getText())
                .isEqualTo("主要事迹写 10～300 个字");
        assertThat(ok.isDisabled()).isTrue();
        robot.write("三十天，组织居民核酸检测二十一次。");
        waitUntil(() -> !ok.isDisabled());
        robot.clickOn(ok);
        waitUntil(() -> robot.lookup("#honoreeDialog").tryQuery().isEmpty());
        waitUntil(CareWindow::newsShown);
        assertThat(CareWindow.closeNews(robot)).contains("已将" + name + "列入“抗疫先进个人”");
        waitUntil(() -> CareWindow.cells(robot, "#commendationHonorees").contains(name));
        assertThat(CareWindow.cells(robot, "#commendationHonorees")).contains("荣誉证书");

        robot.interact(stage::hide);
        waitUntil(() -> closed);
        try (Services s = CareWindow.signIn(dir)) {
            assertThat(s.stats().counts().get("commendation_honorees"))
                    .isEqualTo(before.get("commendation_honorees") + 1);
            assertThat(s.commendations().lines())
                    .filteredOn(l -> l.commendation().title().equals("抗疫先进个人"))
                    .singleElement()
                    .satisfies(l -> assertThat(l.honorees()).hasSize(1));
        }
    }
}
