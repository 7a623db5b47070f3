package org.branchdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.branchdesk.ui.CommitteeWindow.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.branchdesk.domain.duty.AssistanceCategory;
import org.branchdesk.domain.duty.ServiceKind;
import org.branchdesk.domain.places.Community;
import org.branchdesk.service.Services;
import org.branchdesk.service.accounts.OfficeAccess;
import org.branchdesk.service.duty.AssistanceService.MemberChoice;
import org.branchdesk.service.duty.AssistanceService.PairingLine;
import org.branchdesk.service.duty.AssistanceService.Resident;
import org.branchdesk.store.FxThreadGuard;
import org.branchdesk.ui.common.Dialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The assistance page in the real window, headless (Monocle), on the demo street: a member is
 * paired with a resident nobody was paired with, a service is logged with health details, the
 * service shows in the pairing's log and the resident leaves the unpaired list. The store refuses
 * the JavaFX thread, so a database call made there would fail this test.
 */
class AssistanceWindowTest {
    private static final String HEALTH = "体温37.9℃，咳嗽";
    @TempDir Path dir;
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private volatile boolean closed;

    /** The registers' counts once the demo was set up. */
    private Map<String, Integer> before;

    /** A resident the demo left unpaired. */
    private Resident resident;

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
            before = s.stats().counts();
            resident = s.assistance().unpaired().get(0);
        }
    }

    private Services signInAfterwards() {
        return new OfficeAccess(dir, Clock.systemDefaultZone(), FxThreadGuard.NONE, () -> {})
                .signIn(CommitteeWindow.ADMIN, CommitteeWindow.PASSWORD.toCharArray());
    }

    /** The texts of a table's cells as drawn. */
    private List<String> cells(String table) {
        return robot.lookup(table).lookup(".table-cell").queryAll().stream()
                .map(n -> ((Labeled) n).getText())
                .filter(t -> t != null && !t.isEmpty())
                .toList();
    }

    /** Waits for the news that starts with {@code text} and closes it, as the clerk would. */
    private void dismiss(String text) throws Exception {
        waitUntil(() -> news(text) != null);
        DialogPane pane = news(text);
        robot.interact(() -> ((Button) pane.lookupButton(Dialogs.OK)).fire());
        waitUntil(() -> news(text) == null);
    }

    private DialogPane news(String text) {
        return robot.lookup(".dialog-pane").queryAll().stream()
                .map(n -> (DialogPane) n)
                .filter(p -> p.getContentText() != null && p.getContentText().startsWith(text))
                .filter(p -> p.getScene() != null && p.getScene().getWindow().isShowing())
                .findFirst()
                .orElse(null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMemberPairedWithAnUnpairedResidentIsServedAndTheResidentLeavesTheUnpairedList()
            throws Exception {
        demo();
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
                                                .filter(t -> "dutyAssistance".equals(t.getId()))
                                                .findFirst()
                                                .orElseThrow()));
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("结对帮扶");

        ComboBox<Community> community =
                robot.lookup("#assistanceCommunity").queryAs(ComboBox.class);
        waitUntil(() -> community.getItems().size() > 1);
        robot.interact(
                () ->
                        community.setValue(
                                community.getItems().stream()
                                        .filter(c -> c != null)
                                        .filter(c -> c.name().equals(resident.community()))
                                        .findFirst()
                                        .orElseThrow()));
        ListView<Resident> unpaired = robot.lookup("#unpairedList").queryAs(ListView.class);
        waitUntil(() -> unpaired.getItems().contains(resident));
        int unpairedBefore = unpaired.getItems().size();
        robot.interact(() -> unpaired.scrollTo(resident));
        Node row =
                robot.from(unpaired).lookup(".list-cell").queryAll().stream()
                        .filter(n -> resident.equals(((ListCell<?>) n).getItem()))
                        .findFirst()
                        .orElseThrow();
        // a double click on an unpaired resident opens the pairing form with them chosen
        robot.doubleClickOn(row);
        waitUntil(() -> robot.lookup("#pairDialog").tryQuery().isPresent());
        ComboBox<Resident> chosen = robot.lookup("#pairResident").queryAs(ComboBox.class);
        assertThat(chosen.getValue()).isEqualTo(resident);
        ListView<MemberChoice> members = robot.lookup("#pairMembers").queryAs(ListView.class);
        waitUntil(() -> !members.getItems().isEmpty());
        Button save = robot.lookup("#pairSave").queryAs(Button.class);
        assertThat(save.isDisabled()).as("no member nor category yet").isTrue();
        String member = members.getItems().get(0).name();
        Node first = robot.from(members).lookup(".list-cell").nth(0).query();
        robot.clickOn(first);
        robot.interact(
                () ->
                        robot.lookup("#pairCategory")
                                .queryAs(ComboBox.class)
                                .setValue(AssistanceCategory.HOME_OBSERVATION));
        waitUntil(() -> !save.isDisabled());
        robot.clickOn(save);

        TableView<?> pairings = robot.lookup("#pairingsTable").queryAs(TableView.class);
        waitUntil(() -> robot.lookup("#pairDialog").tryQuery().isEmpty());
        dismiss("已结对：" + member + " — " + resident.head());
        waitUntil(() -> !unpaired.getItems().contains(resident));
        assertThat(unpaired.getItems()).hasSize(unpairedBefore - 1);
        waitUntil(() -> pairings.getSelectionModel().getSelectedItem() != null);
        waitUntil(() -> cells("#pairingsTable").contains(resident.head()));
        assertThat(cells("#pairingsTable")).contains(member, "居家观察", "结对中");
        assertThat(robot.lookup("#serviceLogTitle").queryAs(Labeled.class).getText())
                .isEqualTo(member + " — " + resident.head() + " 的服务记录");

        Button log = robot.lookup("#logService").queryAs(Button.class);
        waitUntil(() -> !log.isDisabled());
        robot.clickOn(log);
        waitUntil(() -> robot.lookup("#serviceDialog").tryQuery().isPresent());
        robot.interact(
                () -> {
                    robot.lookup("#serviceKind")
                            .queryAs(ComboBox.class)
                            .setValue(ServiceKind.TEMPERATURE);
                    robot.lookup("#serviceHealth").queryAs(TextArea.class).setText(HEALTH);
                });
        Button saveService = robot.lookup("#serviceSave").queryAs(Button.class);
        waitUntil(() -> !saveService.isDisabled());
        robot.clickOn(saveService);

        waitUntil(() -> robot.lookup("#serviceDialog").tryQuery().isEmpty());
        dismiss("已登记服务：");
        waitUntil(() -> cells("#serviceLogTable").contains("测温"));
        assertThat(cells("#serviceLogTable")).as("in clear to the clerk").contains(HEALTH);
        waitUntil(
                () ->
                        pairings.getSelectionModel().getSelectedItem() instanceof PairingLine l
                                && l.servicesTotal() == 1);

        robot.interact(stage::hide);
        waitUntil(() -> closed);
        try (Services s = signInAfterwards()) {
            assertThat(s.stats().counts())
                    .containsEntry("pairings", before.get("pairings") + 1)
                    .containsEntry("service_logs", before.get("service_logs") + 1);
        }
    }
}
