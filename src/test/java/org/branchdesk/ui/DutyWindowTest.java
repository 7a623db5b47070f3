package org.branchdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.branchdesk.ui.CommitteeWindow.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.domain.duty.TeamKind;
import org.branchdesk.domain.places.Community;
import org.branchdesk.service.Services;
import org.branchdesk.service.accounts.OfficeAccess;
import org.branchdesk.service.duty.PeopleService;
import org.branchdesk.service.duty.TeamService.Candidate;
import org.branchdesk.service.registers.MemberFilter;
import org.branchdesk.store.FxThreadGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The duty section in the real window, headless (Monocle): a person added through the people page
 * shows in the list with the ID number and phone masked; a team formed through the teams page shows
 * in its list. The store refuses the JavaFX thread, so a database call made there would fail these
 * tests.
 */
class DutyWindowTest {
    private static final String ID = "990101199001011230";
    private static final String PHONE = "13912345678";
    @TempDir Path dir;
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private volatile boolean closed;

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

    /** The registers' counts once the demo was set up. */
    private Map<String, Integer> before;

    /** Sets the demo street up, with one volunteer on the people register when asked. */
    private UUID demo(boolean withVolunteer) {
        try (Services s =
                new OfficeAccess(dir, Clock.systemDefaultZone(), FxThreadGuard.NONE, () -> {})
                        .setUp(CommitteeWindow.ADMIN, CommitteeWindow.PASSWORD.toCharArray())
                        .services()) {
            s.demo().load(0, false);
            if (withVolunteer) {
                s.people()
                        .add(
                                new PeopleService.NewPerson(
                                        "柳青", null, null, PersonKind.VOLUNTEER, null));
            }
            before = s.stats().counts();
            UUID first =
                    s.members()
                            .search(
                                    new MemberFilter(
                                            null, null, null, null, null, null, null, false),
                                    1)
                            .rows()
                            .get(0)
                            .id();
            return s.members().get(first).communityId();
        }
    }

    private Services signInAfterwards() {
        return new OfficeAccess(dir, Clock.systemDefaultZone(), FxThreadGuard.NONE, () -> {})
                .signIn(CommitteeWindow.ADMIN, CommitteeWindow.PASSWORD.toCharArray());
    }

    /** Signs in and opens 值班服务. */
    private void openDuty() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        CommitteeWindow.open(robot, stage, dir, () -> closed = true);
        robot.interact(robot.lookup("#navDuty").queryAs(ToggleButton.class)::fire);
        waitUntil(() -> robot.lookup("#dutyTabs").tryQuery().isPresent());
    }

    /** The texts of a table's cells as drawn. */
    private List<String> cells(String table) {
        return robot.lookup(table).lookup(".table-cell").queryAll().stream()
                .map(n -> ((Labeled) n).getText())
                .filter(t -> t != null && !t.isEmpty())
                .toList();
    }

    @Test
    void aPersonAddedOnThePeoplePageIsListedWithIdNumberAndPhoneMasked() throws Exception {
        demo(false);
        openDuty();
        TableView<?> table = robot.lookup("#peopleTable").queryAs(TableView.class);
        waitUntil(() -> robot.lookup("#addPerson").query().isVisible());

        robot.clickOn("#addPerson");
        waitUntil(() -> robot.lookup("#personDialog").tryQuery().isPresent());
        Button save = robot.lookup("#personSave").queryAs(Button.class);
        assertThat(save.isDisabled()).as("nothing filled in yet").isTrue();
        robot.interact(
                () -> {
                    robot.lookup("#personName").queryAs(TextField.class).setText("柳青");
                    @SuppressWarnings("unchecked")
                    ComboBox<PersonKind> kind = robot.lookup("#personKind").queryAs(ComboBox.class);
                    kind.setValue(PersonKind.VOLUNTEER);
                });
        robot.clickOn("#personIdNumber").write(ID.substring(0, 17) + "8");
        Labeled idMessage = robot.lookup("#personIdMessage").queryAs(Labeled.class);
        waitUntil(() -> idMessage.isVisible());
        assertThat(save.isDisabled()).as("a wrong check character").isTrue();
        robot.interact(() -> robot.lookup("#personIdNumber").queryAs(TextField.class).clear());
        robot.clickOn("#personIdNumber").write(ID);
        robot.clickOn("#personPhone").write(PHONE);
        robot.interact(
                () -> robot.lookup("#personTags").queryAs(TextField.class).setText("医护背景，志愿者"));
        waitUntil(() -> !save.isDisabled());
        robot.clickOn(save);

        waitUntil(() -> table.getItems().size() == 1);
        waitUntil(() -> cells("#peopleTable").contains("柳青"));
        List<String> shown = cells("#peopleTable");
        assertThat(shown).contains("990101********1230", "139****5678", "居民志愿者", "医护背景、志愿者", "在册");
        assertThat(shown).noneMatch(t -> t.contains(ID) || t.contains(PHONE));
        assertThat(robot.lookup("#peopleSummary").queryAs(Labeled.class).getText())
                .startsWith("找到 1 人（在册共 ");

        closeWindow();
        try (Services s = signInAfterwards()) {
            assertThat(s.stats().counts()).containsEntry("people", before.get("people") + 1);
        }
    }

    @Test
    void aTeamFormedOnTheTeamsPageIsListed() throws Exception {
        UUID communityId = demo(true);
        openDuty();
        TabPane tabs = robot.lookup("#dutyTabs").queryAs(TabPane.class);
        robot.interact(
                () ->
                        tabs.getSelectionModel()
                                .select(
                                        tabs.getTabs().stream()
                                                .filter(t -> "dutyTeams".equals(t.getId()))
                                                .findFirst()
                                                .orElseThrow()));
        TableView<?> table = robot.lookup("#teamsTable").queryAs(TableView.class);
        waitUntil(() -> robot.lookup("#addTeam").query().isVisible());

        robot.clickOn("#addTeam");
        waitUntil(() -> robot.lookup("#teamDialog").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<Candidate> candidates = robot.lookup("#teamCandidates").queryAs(ListView.class);
        @SuppressWarnings("unchecked")
        ListView<Candidate> chosen = robot.lookup("#teamChosen").queryAs(ListView.class);
        robot.interact(
                () -> {
                    @SuppressWarnings("unchecked")
                    ComboBox<TeamKind> kind = robot.lookup("#teamKind").queryAs(ComboBox.class);
                    kind.setValue(TeamKind.VOLUNTEER);
                    robot.lookup("#teamName").queryAs(TextField.class).setText("卡点值守队");
                    @SuppressWarnings("unchecked")
                    ComboBox<Community> community =
                            robot.lookup("#teamCommunity").queryAs(ComboBox.class);
                    community.setValue(
                            community.getItems().stream()
                                    .filter(c -> c.id().equals(communityId))
                                    .findFirst()
                                    .orElseThrow());
                });
        waitUntil(() -> !candidates.getItems().isEmpty());
        String member = candidates.getItems().get(0).name();
        robot.interact(() -> candidates.getSelectionModel().select(0));
        robot.clickOn("#teamPick");
        robot.interact(() -> robot.lookup("#teamSearch").queryAs(TextField.class).setText("柳青"));
        waitUntil(() -> candidates.getItems().size() == 1);
        Node volunteer =
                robot.from(candidates).lookup(".list-cell").queryAll().stream()
                        .filter(
                                n ->
                                        ((Labeled) n).getText() != null
                                                && ((Labeled) n).getText().startsWith("柳青"))
                        .findFirst()
                        .orElseThrow();
        robot.doubleClickOn(volunteer);
        waitUntil(() -> chosen.getItems().size() == 2);
        robot.interact(
                () -> {
                    @SuppressWarnings("unchecked")
                    ComboBox<Candidate> leader =
                            robot.lookup("#teamLeader").queryAs(ComboBox.class);
                    leader.setValue(chosen.getItems().get(0));
                });
        Button save = robot.lookup("#teamSave").queryAs(Button.class);
        waitUntil(() -> !save.isDisabled());
        robot.clickOn(save);

        waitUntil(() -> table.getItems().size() == 1);
        waitUntil(() -> cells("#teamsTable").contains("卡点值守队"));
        assertThat(cells("#teamsTable")).contains("卡点值守队", "志愿服务队", "全社区", member, "2", "在编");
        assertThat(robot.lookup("#teamMembers").queryAs(Labeled.class).getText())
                .isEqualTo("卡点值守队　队员 2 人：" + member + "（队长）、柳青");
        assertThat(Set.copyOf(cells("#teamsTable"))).doesNotContain(ID);

        closeWindow();
        try (Services s = signInAfterwards()) {
            assertThat(s.stats().counts()).containsEntry("teams", before.get("teams") + 1);
        }
    }

    private void closeWindow() throws Exception {
        robot.interact(stage::hide);
        waitUntil(() -> closed);
    }
}
