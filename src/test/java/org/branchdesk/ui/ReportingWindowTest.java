package org.branchdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.branchdesk.ui.CommitteeWindow.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.domain.places.Community;
import org.branchdesk.service.Services;
import org.branchdesk.service.accounts.OfficeAccess;
import org.branchdesk.service.duty.PeopleService;
import org.branchdesk.service.duty.ReportingService;
import org.branchdesk.store.FxThreadGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reporting members' and the cadres sent down pages in the real window, headless (Monocle), on
 * the demo street: an in-service member's reporting is recorded through the form (the unit typed
 * with its party organization), a post is claimed for it and the list shows both; a person of the
 * people register is added as a cadre sent down and listed. The store refuses the JavaFX thread, so
 * a database call made there would fail these tests.
 */
class ReportingWindowTest {
    @TempDir Path dir;
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private volatile boolean closed;

    /** The registers' counts once the demo was set up. */
    private Map<String, Integer> before;

    /** An in-service member of 青槐社区 whose demo reporting ended today: free to report again. */
    private String member;

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

    private void demo() {
        try (Services s =
                new OfficeAccess(dir, Clock.systemDefaultZone(), FxThreadGuard.NONE, () -> {})
                        .setUp(CommitteeWindow.ADMIN, CommitteeWindow.PASSWORD.toCharArray())
                        .services()) {
            s.demo().load(0, false);
            ReportingService.Line l =
                    s.reportings().lines(false).stream()
                            .filter(x -> x.community().equals("青槐社区"))
                            .findFirst()
                            .orElseThrow();
            s.reportings().end(l.id(), LocalDate.now(s.office().clock()));
            member = l.member();
            s.people()
                    .add(
                            new PeopleService.NewPerson(
                                    "柳青", null, null, PersonKind.SENT_DOWN_CADRE, null));
            before = s.stats().counts();
        }
    }

    private Services signInAfterwards() {
        return new OfficeAccess(dir, Clock.systemDefaultZone(), FxThreadGuard.NONE, () -> {})
                .signIn(CommitteeWindow.ADMIN, CommitteeWindow.PASSWORD.toCharArray());
    }

    /** Signs in and opens 值班服务 on a page. */
    private void openDuty(String tabId) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        CommitteeWindow.open(robot, stage, dir, () -> closed = true);
        robot.interact(robot.lookup("#navDuty").queryAs(ToggleButton.class)::fire);
        waitUntil(() -> robot.lookup("#dutyTabs").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#dutyTabs").queryAs(TabPane.class);
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
    private Set<String> cells(String table) {
        return robot.lookup(table).lookup(".table-cell").queryAll().stream()
                .map(n -> ((Labeled) n).getText())
                .filter(t -> t != null && !t.isEmpty())
                .collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private <T> ListView<T> list(String id) {
        return robot.lookup(id).queryAs(ListView.class);
    }

    private void type(String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    @Test
    void aReportingRecordedOnThePageClaimsAPostAndIsListedWithIt() throws Exception {
        demo();
        openDuty("dutyReporting");
        waitUntil(() -> robot.lookup("#addReporting").query().isVisible());
        waitUntil(() -> cells("#reportingTable").contains("报到中"));

        robot.clickOn("#addReporting");
        waitUntil(() -> robot.lookup("#reportingDialog").tryQuery().isPresent());
        Button save = robot.lookup("#reportingSave").queryAs(Button.class);
        assertThat(save.isDisabled()).as("nobody picked yet").isTrue();
        ListView<Object> members = list("#reportingMemberList");
        waitUntil(() -> !members.getItems().isEmpty());
        type("#reportingMemberSearch", member);
        waitUntil(() -> members.getItems().size() == 1);
        robot.interact(() -> members.getSelectionModel().select(0));
        ComboBox<Community> community = combo("#reportingCommunity");
        waitUntil(() -> community.getValue() != null);
        assertThat(community.getValue().name()).isEqualTo("青槐社区");
        robot.interact(() -> combo("#reportingUnit").setValue(null));
        type("#reportingUnitName", "明川区某某研究所");
        type("#reportingUnitOrg", "");
        Labeled orgMessage = robot.lookup("#reportingUnitOrgMessage").queryAs(Labeled.class);
        waitUntil(orgMessage::isVisible);
        assertThat(save.isDisabled()).as("the feedback sheet needs an addressee").isTrue();
        type("#reportingUnitOrg", "明川区某某研究所党支部");
        waitUntil(() -> !save.isDisabled());
        robot.clickOn(save);

        waitUntil(() -> cells("#reportingTable").contains("明川区某某研究所党支部"));
        assertThat(cells("#reportingTable")).contains(member, "未认领岗位");
        Button claimPost = robot.lookup("#claimPost").queryAs(Button.class);
        waitUntil(() -> !claimPost.isDisabled());
        // the toolbar may put its last buttons in its overflow menu on a small screen
        Platform.runLater(claimPost::fire);
        waitUntil(() -> robot.lookup("#claimDialog").tryQuery().isPresent());
        ComboBox<ReportingService.PostChoice> post = combo("#claimPostChoice");
        waitUntil(() -> !post.getItems().isEmpty());
        String postName = post.getItems().get(0).name();
        robot.interact(() -> post.setValue(post.getItems().get(0)));
        Button claim = robot.lookup("#claimSave").queryAs(Button.class);
        waitUntil(() -> !claim.isDisabled());
        robot.clickOn(claim);

        waitUntil(() -> robot.lookup("#claimDialog").tryQuery().isEmpty());
        waitUntil(
                () ->
                        robot.lookup("#reportingClaims")
                                .queryAs(Labeled.class)
                                .getText()
                                .contains("认领岗位：" + postName));
        assertThat(robot.lookup("#reportingClaims").queryAs(Labeled.class).getText())
                .startsWith(member + "　反馈单寄送：明川区某某研究所党支部");
        waitUntil(() -> cells("#reportingTable").contains(postName));

        closeWindow();
        try (Services s = signInAfterwards()) {
            assertThat(s.stats().counts())
                    .containsEntry("reportings", before.get("reportings") + 1)
                    .containsEntry("reporting_claims", before.get("reporting_claims") + 1);
        }
    }

    @Test
    void aCadreSentDownIsAddedOnThePageAndListed() throws Exception {
        demo();
        openDuty("dutySentDown");
        waitUntil(() -> robot.lookup("#addSentDown").query().isVisible());

        robot.clickOn("#addSentDown");
        waitUntil(() -> robot.lookup("#sentDownDialog").tryQuery().isPresent());
        ComboBox<Community> community = combo("#sentDownCommunity");
        robot.interact(
                () ->
                        community.setValue(
                                community.getItems().stream()
                                        .filter(c -> c.name().equals("柳岸社区"))
                                        .findFirst()
                                        .orElseThrow()));
        ListView<Object> cadres = list("#sentDownCadreList");
        waitUntil(() -> !cadres.getItems().isEmpty());
        type("#sentDownCadreSearch", "柳青");
        waitUntil(() -> cadres.getItems().size() == 1);
        robot.interact(() -> cadres.getSelectionModel().select(0));
        robot.clickOn("#sentDownUnitName").write("明川区审计局");
        Button save = robot.lookup("#sentDownSave").queryAs(Button.class);
        waitUntil(() -> !save.isDisabled());
        robot.clickOn(save);

        waitUntil(() -> cells("#sentDownTable").contains("柳青"));
        assertThat(cells("#sentDownTable")).contains("明川区审计局", "柳岸社区", "人员名册", "下沉中");
        assertThat(robot.lookup("#sentDownSummary").queryAs(Labeled.class).getText())
                .startsWith("显示 ");

        closeWindow();
        try (Services s = signInAfterwards()) {
            assertThat(s.stats().counts()).containsEntry("sent_down", before.get("sent_down") + 1);
        }
    }

    private void closeWindow() throws Exception {
        robot.interact(stage::hide);
        waitUntil(() -> closed);
    }
}
