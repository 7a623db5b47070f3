package org.branchdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.branchdesk.ui.CommitteeWindow.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.branchdesk.domain.duty.ContactChannel;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.service.Services;
import org.branchdesk.service.accounts.OfficeAccess;
import org.branchdesk.service.duty.AreaService;
import org.branchdesk.service.duty.PeopleService;
import org.branchdesk.store.FxThreadGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The cadres' areas page in the real window, headless (Monocle), on the demo street: a cadre sent
 * down is assigned 青槐社区's 槐荫里 from thirty days ago, shows among the areas nobody contacted in the
 * last 7 days, and leaves that list once a contact is logged today. The store refuses the JavaFX
 * thread, so a database call made there would fail this test.
 */
class AreasWindowTest {
    private static final String PHONE = "13912345678";
    @TempDir Path dir;
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private volatile boolean closed;

    /** The registers' counts once the demo was set up. */
    private Map<String, Integer> before;

    /** The office's today (on its clock, Asia/Shanghai, whatever the JVM's zone). */
    private LocalDate today;

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

    /** The demo street, with 柳青, a cadre sent down, on the people register. */
    private void demo() {
        try (Services s =
                new OfficeAccess(dir, Clock.systemDefaultZone(), FxThreadGuard.NONE, () -> {})
                        .setUp(CommitteeWindow.ADMIN, CommitteeWindow.PASSWORD.toCharArray())
                        .services()) {
            s.demo().load(0, false);
            s.people()
                    .add(
                            new PeopleService.NewPerson(
                                    "柳青", null, PHONE, PersonKind.SENT_DOWN_CADRE, null));
            before = s.stats().counts();
            today = LocalDate.now(s.office().clock());
        }
    }

    private Services signInAfterwards() {
        return new OfficeAccess(dir, Clock.systemDefaultZone(), FxThreadGuard.NONE, () -> {})
                .signIn(CommitteeWindow.ADMIN, CommitteeWindow.PASSWORD.toCharArray());
    }

    /** Signs in and opens 值班服务's 干部包联 page. */
    private void openAreas() throws Exception {
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
                                                .filter(t -> "dutyAreas".equals(t.getId()))
                                                .findFirst()
                                                .orElseThrow()));
    }

    /** The texts of a table's cells as drawn. */
    private List<String> cells(String table) {
        return robot.lookup(table).lookup(".table-cell").queryAll().stream()
                .map(n -> ((Labeled) n).getText())
                .filter(t -> t != null && !t.isEmpty())
                .toList();
    }

    /** The text of the news dialogs shown (a success), which are then closed. */
    private List<String> closeNews() {
        List<String> texts = new java.util.ArrayList<>();
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

    private boolean newsShown() {
        return Window.getWindows().stream()
                .anyMatch(
                        w ->
                                w.getScene() != null
                                        && w.getScene().getRoot() instanceof DialogPane pane
                                        && pane.getStyleClass().contains("alert"));
    }

    @Test
    void anAreaAssignedThenContactedLeavesTheQuietList() throws Exception {
        demo();
        openAreas();
        @SuppressWarnings("unchecked")
        TableView<AreaService.Line> table = robot.lookup("#areasTable").queryAs(TableView.class);
        @SuppressWarnings("unchecked")
        ComboBox<Community> community = robot.lookup("#areasCommunity").queryAs(ComboBox.class);
        waitUntil(() -> community.getItems().size() > 1);
        robot.interact(
                () ->
                        community.setValue(
                                community.getItems().stream()
                                        .filter(c -> c != null && c.name().equals("青槐社区"))
                                        .findFirst()
                                        .orElseThrow()));
        waitUntil(() -> cells("#areasTable").contains("黄勇"));

        // assign 柳青 to 槐荫里 from thirty days ago
        robot.clickOn("#addArea");
        waitUntil(() -> robot.lookup("#areaDialog").tryQuery().isPresent());
        Button save = robot.lookup("#areaSave").queryAs(Button.class);
        assertThat(save.isDisabled()).as("nobody picked yet").isTrue();
        @SuppressWarnings("unchecked")
        ComboBox<Compound> compound = robot.lookup("#areaCompound").queryAs(ComboBox.class);
        waitUntil(() -> compound.getItems().stream().anyMatch(c -> c != null));
        robot.interact(
                () ->
                        compound.setValue(
                                compound.getItems().stream()
                                        .filter(c -> c != null && c.name().equals("槐荫里"))
                                        .findFirst()
                                        .orElseThrow()));
        @SuppressWarnings("unchecked")
        ListView<Object> cadres = robot.lookup("#areaCadres").queryAs(ListView.class);
        robot.clickOn("#areaSearch").write("柳青");
        waitUntil(() -> cadres.getItems().size() == 1);
        Node liu =
                robot.from(cadres).lookup(".list-cell").queryAll().stream()
                        .filter(
                                n ->
                                        ((Labeled) n).getText() != null
                                                && ((Labeled) n).getText().startsWith("柳青"))
                        .findFirst()
                        .orElseThrow();
        robot.clickOn(liu);
        robot.interact(
                () ->
                        robot.lookup("#areaFrom")
                                .queryAs(DatePicker.class)
                                .setValue(today.plusDays(1)));
        waitUntil(() -> robot.lookup("#areaFromMessage").queryAs(Labeled.class).isVisible());
        assertThat(save.isDisabled()).as("a day to come").isTrue();
        robot.interact(
                () ->
                        robot.lookup("#areaFrom")
                                .queryAs(DatePicker.class)
                                .setValue(today.minusDays(30)));
        waitUntil(() -> !save.isDisabled());
        robot.clickOn(save);
        waitUntil(() -> robot.lookup("#areaDialog").tryQuery().isEmpty());
        waitUntil(this::newsShown);
        assertThat(closeNews()).contains("已记录：柳青 自 " + today.minusDays(30) + " 起包联 青槐社区 槐荫里");
        waitUntil(() -> cells("#areasTable").contains("柳青"));
        assertThat(cells("#areasTable"))
                .contains("柳青", "人员名册", "139****5678", "槐荫里", "尚无联系", "30 天")
                .noneMatch(t -> t.contains(PHONE));

        // the quiet list: nobody contacted it in the last 7 days
        CheckBox quiet = robot.lookup("#areasQuietOnly").queryAs(CheckBox.class);
        assertThat(robot.lookup("#areasQuietDays").queryAs(TextField.class).getText())
                .isEqualTo("7");
        robot.clickOn(quiet);
        waitUntil(() -> quiet.isSelected());
        assertThat(table.getItems()).anyMatch(l -> l.name().equals("柳青"));
        assertThat(robot.lookup("#areasSummary").queryAs(Labeled.class).getText())
                .contains("最近 7 天无人联系的");

        // log a contact today: it leaves the quiet list
        robot.interact(
                () ->
                        table.getSelectionModel()
                                .select(
                                        table.getItems().stream()
                                                .filter(l -> l.name().equals("柳青"))
                                                .findFirst()
                                                .orElseThrow()));
        Button log = robot.lookup("#logContact").queryAs(Button.class);
        waitUntil(() -> !log.isDisabled());
        robot.clickOn(log);
        waitUntil(() -> robot.lookup("#contactDialog").tryQuery().isPresent());
        Button saveContact = robot.lookup("#contactSave").queryAs(Button.class);
        assertThat(saveContact.isDisabled()).as("no channel yet").isTrue();
        robot.interact(
                () -> {
                    @SuppressWarnings("unchecked")
                    ComboBox<ContactChannel> channel =
                            robot.lookup("#contactChannel").queryAs(ComboBox.class);
                    channel.setValue(ContactChannel.ON_SITE);
                });
        robot.clickOn("#contactNote").write("走访卡点");
        waitUntil(() -> !saveContact.isDisabled());
        robot.clickOn(saveContact);
        waitUntil(() -> robot.lookup("#contactDialog").tryQuery().isEmpty());
        waitUntil(this::newsShown);
        assertThat(closeNews()).contains("已记录：柳青 " + today + " 通过实地走访联系 青槐社区 槐荫里");
        waitUntil(() -> table.getItems().stream().noneMatch(l -> l.name().equals("柳青")));
        assertThat(table.getItems()).as("黄勇 and 唐永永 are still quiet").isNotEmpty();

        robot.clickOn(quiet);
        waitUntil(() -> table.getItems().stream().anyMatch(l -> l.name().equals("柳青")));
        AreaService.Line liuLine =
                table.getItems().stream()
                        .filter(l -> l.name().equals("柳青"))
                        .findFirst()
                        .orElseThrow();
        assertThat(liuLine.contacts()).isEqualTo(1);
        assertThat(liuLine.lastContact()).isEqualTo(today);

        closeWindow();
        try (Services s = signInAfterwards()) {
            assertThat(s.stats().counts())
                    .containsEntry("cadre_areas", before.get("cadre_areas") + 1)
                    .containsEntry("area_contacts", before.get("area_contacts") + 1);
        }
    }

    private void closeWindow() throws Exception {
        robot.interact(stage::hide);
        waitUntil(() -> closed);
    }
}
