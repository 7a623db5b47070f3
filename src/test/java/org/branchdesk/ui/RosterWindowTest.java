package org.branchdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.branchdesk.ui.CommitteeWindow.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.branchdesk.domain.duty.DutyLimit;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.service.Services;
import org.branchdesk.service.accounts.OfficeAccess;
import org.branchdesk.service.duty.RosterWeek;
import org.branchdesk.service.duty.TeamService.Candidate;
import org.branchdesk.store.FxThreadGuard;
import org.branchdesk.testing.DemoRoster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The week grid and the availability page in the real window, headless (Monocle), on the demo
 * street with 青槐社区's posts rostered for a week of 2030: someone dragged from the side list onto a
 * shift while already serving another at the same hours is shown the conflict, and the cell turns
 * red once the clerk overrides it with a reason; a shift is filled from the keyboard without a
 * drag; someone's limits and unavailable days are set on the availability page. The store refuses
 * the JavaFX thread, so a database call made there would fail these tests.
 */
class RosterWindowTest {
    /** The week rostered (any week can be: the future too). */
    static final LocalDate WEEK = LocalDate.of(2030, 3, 4);

    @TempDir Path dir;
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private volatile boolean closed;

    /** Two members of 青槐小区 with no limits or days off on record. */
    private Candidate busy;

    private Candidate free;

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

    /**
     * The demo street with 青槐社区's posts and the week's shifts; {@code busy} already serves 槐荫里's
     * checkpoint on Monday morning.
     */
    private void demo() {
        try (Services s =
                new OfficeAccess(dir, Clock.systemDefaultZone(), FxThreadGuard.NONE, () -> {})
                        .setUp(CommitteeWindow.ADMIN, CommitteeWindow.PASSWORD.toCharArray())
                        .services()) {
            s.demo().load(0, false);
            DemoRoster.generate(s, WEEK);
            UUID community = s.roster().communityNamed(DemoRoster.COMMUNITY);
            List<Candidate> members =
                    s.teams().candidates(community).stream()
                            .filter(Candidate::isMember)
                            .filter(c -> "青槐小区".equals(c.compound()))
                            // the demo's own roster set limits and days off for some
                            .filter(c -> !s.availability().of(c.who()).own())
                            .filter(c -> s.availability().of(c.who()).off().isEmpty())
                            .toList();
            busy = members.get(0);
            free = members.get(1);
            s.roster().assign(DemoRoster.shift(s, "槐荫里卡点", WEEK, "07:00"), busy.who(), null);
        }
    }

    private Services signInAfterwards() {
        return new OfficeAccess(dir, Clock.systemDefaultZone(), FxThreadGuard.NONE, () -> {})
                .signIn(CommitteeWindow.ADMIN, CommitteeWindow.PASSWORD.toCharArray());
    }

    /** Signs in, opens 值班服务 and its page {@code tabId}. */
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

    /** Opens the week grid on 青槐社区 青槐小区's week. */
    @SuppressWarnings("unchecked")
    private TableView<RosterWeek.Row> openWeek() throws Exception {
        openDuty("dutyRoster");
        ComboBox<Community> community = robot.lookup("#rosterCommunity").queryAs(ComboBox.class);
        waitUntil(() -> !community.getItems().isEmpty() && community.getValue() != null);
        robot.interact(
                () ->
                        community.setValue(
                                community.getItems().stream()
                                        .filter(c -> c.name().equals(DemoRoster.COMMUNITY))
                                        .findFirst()
                                        .orElseThrow()));
        ComboBox<Compound> compound = robot.lookup("#rosterCompound").queryAs(ComboBox.class);
        waitUntil(() -> compound.getItems().stream().anyMatch(c -> c != null));
        robot.interact(
                () ->
                        compound.setValue(
                                compound.getItems().stream()
                                        .filter(c -> c != null && c.name().equals("青槐小区"))
                                        .findFirst()
                                        .orElseThrow()));
        robot.interact(() -> robot.lookup("#rosterDay").queryAs(DatePicker.class).setValue(WEEK));
        TableView<RosterWeek.Row> grid = robot.lookup("#rosterGrid").queryAs(TableView.class);
        waitUntil(
                () ->
                        grid.getItems().size() == 5
                                && grid.getItems().get(0).cells().get(0).day().equals(WEEK));
        assertThat(robot.lookup("#rosterWeekTitle").queryAs(Labeled.class).getText())
                .isEqualTo("2030年3月4日至3月10日");
        return grid;
    }

    /**
     * The grid's cell of 青槐小区卡点's shift starting at {@code start} on the {@code day}th day, or
     * {@code null} while the grid is drawn again.
     */
    @SuppressWarnings("unchecked")
    private TableCell<RosterWeek.Row, RosterWeek.Cell> cell(String start, int day) {
        return robot.lookup("#rosterGrid").lookup(".roster-cell").queryAll().stream()
                .map(n -> (TableCell<RosterWeek.Row, RosterWeek.Cell>) n)
                .filter(c -> c.getItem() != null && c.getTableRow().getItem() != null)
                .filter(c -> c.getTableRow().getItem().post().name().equals("青槐小区卡点"))
                .filter(
                        c ->
                                c.getTableRow()
                                        .getItem()
                                        .hours()
                                        .start()
                                        .equals(LocalTime.parse(start)))
                .filter(c -> c.getItem().day().equals(WEEK.plusDays(day)))
                .findFirst()
                .orElse(null);
    }

    /** The names a cell shows (none while the grid is drawn again). */
    private static List<String> names(TableCell<?, RosterWeek.Cell> cell) {
        if (cell == null) {
            return List.of();
        }
        return cell.lookupAll(".roster-name").stream().map(n -> ((Labeled) n).getText()).toList();
    }

    /** The row of the side list showing someone, or {@code null}. */
    private Node sideRow(String name) {
        return robot.lookup("#rosterCandidates").lookup(".list-cell").queryAll().stream()
                .filter(
                        n ->
                                ((ListCell<?>) n).getItem() instanceof Candidate c
                                        && c.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    @Test
    void draggingSomeoneOntoAShiftAtTheHoursTheyAlreadyServeShowsTheConflict() throws Exception {
        demo();
        openWeek();
        TableCell<RosterWeek.Row, RosterWeek.Cell> monday = cell("07:00", 0);
        assertThat(names(monday)).isEmpty();
        assertThat(monday.lookup(".roster-open"))
                .satisfies(n -> assertThat(((Labeled) n).getText()).isEqualTo("缺2人"));
        robot.interact(
                () -> robot.lookup("#rosterSearch").queryAs(TextField.class).setText(busy.name()));
        waitUntil(() -> sideRow(busy.name()) != null);

        robot.drag(sideRow(busy.name())).dropTo(monday);

        waitUntil(() -> robot.lookup("#rosterChangeDialog").tryQuery().isPresent());
        List<String> rules =
                robot.lookup("#rosterBrokenRules").lookup(".label").queryAll().stream()
                        .map(n -> ((Labeled) n).getText())
                        .toList();
        assertThat(rules)
                .containsExactly(
                        "• " + busy.name() + " 与 2030-03-04 周一 07:00-12:00 槐荫里 槐荫里卡点 的班次时间重叠");
        Button confirm = robot.lookup("#rosterChangeConfirm").queryAs(Button.class);
        assertThat(confirm.isDisabled()).as("no reason given yet").isTrue();
        robot.interact(
                () ->
                        robot.lookup("#rosterOverrideReason")
                                .queryAs(TextField.class)
                                .setText("槐荫里已另派人顶替"));
        waitUntil(() -> !confirm.isDisabled());
        robot.clickOn(confirm);

        waitUntil(() -> names(cell("07:00", 0)).contains(busy.name()));
        TableCell<RosterWeek.Row, RosterWeek.Cell> red = cell("07:00", 0);
        assertThat(red.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("conflict"));
        assertThat(red.lookup(".roster-breaking")).isNotNull();
        assertThat(red.getTooltip().getText())
                .contains("时间重叠")
                .contains(busy.name() + "：已按理由突破规则安排（槐荫里已另派人顶替）");
        assertThat(robot.lookup("#rosterSummary").queryAs(Labeled.class).getText())
                .endsWith("冲突 1 处");

        closeWindow();
        try (Services s = signInAfterwards()) {
            assertThat(s.roster().check(WEEK, WEEK))
                    .anySatisfy(f -> assertThat(f.what()).contains(busy.name(), "时间重叠"));
        }
    }

    @Test
    void aShiftIsFilledFromTheKeyboardWithoutADrag() throws Exception {
        demo();
        openWeek();
        robot.clickOn(cell("12:00", 1));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#rosterPicker").tryQuery().isPresent());
        robot.interact(
                () ->
                        robot.lookup("#rosterPickerSearch")
                                .queryAs(TextField.class)
                                .setText(free.name()));
        @SuppressWarnings("unchecked")
        ListView<?> picked = robot.lookup("#rosterPickerList").queryAs(ListView.class);
        waitUntil(() -> picked.getSelectionModel().getSelectedItem() != null);
        robot.type(KeyCode.ENTER);

        waitUntil(() -> names(cell("12:00", 1)).contains(free.name()));
        assertThat(cell("12:00", 1).lookup(".roster-open"))
                .satisfies(n -> assertThat(((Labeled) n).getText()).isEqualTo("缺1人"));
        assertThat(robot.lookup("#rosterStatus").queryAs(Labeled.class).getText())
                .isEqualTo("已安排 " + free.name() + "：3月5日 周二 12:00-18:00 青槐小区卡点");
        closeWindow();
    }

    @Test
    void someonesLimitsAndUnavailableDaysAreSetOnTheAvailabilityPage() throws Exception {
        demo();
        openDuty("dutyAvailability");
        @SuppressWarnings("unchecked")
        ListView<Candidate> people = robot.lookup("#availabilityPeople").queryAs(ListView.class);
        waitUntil(() -> !people.getItems().isEmpty());
        robot.interact(
                () ->
                        robot.lookup("#availabilitySearch")
                                .queryAs(TextField.class)
                                .setText(free.name()));
        waitUntil(() -> people.getItems().stream().anyMatch(c -> c.who().equals(free.who())));
        robot.interact(
                () ->
                        people.getSelectionModel()
                                .select(
                                        people.getItems().stream()
                                                .filter(c -> c.who().equals(free.who()))
                                                .findFirst()
                                                .orElseThrow()));
        Labeled note = robot.lookup("#availabilityLimitNote").queryAs(Labeled.class);
        waitUntil(() -> note.getText().startsWith("未单独设置"));

        TextField max = robot.lookup("#availabilityMax").queryAs(TextField.class);
        robot.interact(() -> max.setText("30"));
        assertThat(robot.lookup("#availabilityMaxMessage").queryAs(Labeled.class).getText())
                .isEqualTo("应在 0 至 28 之间");
        robot.interact(
                () -> {
                    max.setText("3");
                    robot.lookup("#availabilityRest").queryAs(TextField.class).setText("12");
                });
        Button save = robot.lookup("#availabilitySaveLimit").queryAs(Button.class);
        waitUntil(() -> !save.isDisabled());
        // fired rather than clicked: on Monocle's small screen the form's foot may lie below the
        // fold
        robot.interact(save::fire);
        waitUntil(() -> note.getText().startsWith("本人设置：每周最多 3 班"));

        robot.interact(
                () -> {
                    robot.lookup("#availabilityFromDay").queryAs(DatePicker.class).setValue(WEEK);
                    robot.lookup("#availabilityToDay")
                            .queryAs(DatePicker.class)
                            .setValue(WEEK.plusDays(1));
                    robot.lookup("#availabilityReason").queryAs(TextField.class).setText("居家隔离");
                });
        Button add = robot.lookup("#availabilityAdd").queryAs(Button.class);
        waitUntil(() -> !add.isDisabled());
        robot.interact(add::fire);
        TableView<?> periods = robot.lookup("#availabilityPeriods").queryAs(TableView.class);
        waitUntil(() -> periods.getItems().size() == 1);
        assertThat(
                        robot
                                .lookup("#availabilityPeriods")
                                .lookup(".table-cell")
                                .queryAll()
                                .stream()
                                .map(n -> ((Labeled) n).getText())
                                .toList())
                .contains("2030-03-04 至 2030-03-05 全天", "居家隔离");

        closeWindow();
        try (Services s = signInAfterwards()) {
            assertThat(s.availability().of(free.who()).limit()).isEqualTo(new DutyLimit(3, 12));
            assertThat(s.availability().of(free.who()).off()).hasSize(1);
        }
    }

    private void closeWindow() throws Exception {
        robot.interact(stage::hide);
        waitUntil(() -> closed);
    }
}
