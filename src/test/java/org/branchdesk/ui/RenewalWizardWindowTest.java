package org.branchdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.branchdesk.ui.CommitteeWindow.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.branchdesk.domain.leadership.Holding;
import org.branchdesk.domain.leadership.Position;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.service.Services;
import org.branchdesk.service.accounts.OfficeAccess;
import org.branchdesk.service.orgs.PartyOrgService.ChartNode;
import org.branchdesk.store.FxThreadGuard;
import org.branchdesk.ui.leadership.CommitteeViewModel;
import org.branchdesk.ui.leadership.RenewalWizardViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The renewal wizard in the real window, headless (Monocle): a compound branch of seven full
 * members or more renews its committee through the five steps, and the committee shows in its tab.
 * The store refuses the JavaFX thread, so a database call made there would fail this test.
 */
class RenewalWizardWindowTest {
    private static final String ADMIN = CommitteeWindow.ADMIN;
    private static final String PASSWORD = CommitteeWindow.PASSWORD;
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

    @Test
    void aBranchRenewsItsCommitteeThroughTheFiveStepsAndTheTabShowsIt() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        UUID branchId;
        int full;
        try (Services s =
                new OfficeAccess(dir, Clock.systemDefaultZone(), FxThreadGuard.NONE, () -> {})
                        .setUp(ADMIN, PASSWORD.toCharArray())
                        .services()) {
            s.demo().load(0, false);
            ChartNode branch = bigBranch(s.orgs().chart(false));
            branchId = branch.org().id();
            full = branch.fullMembers();
        }
        CommitteeWindow.open(robot, stage, dir, () -> closed = true);
        CommitteeWindow.committeeOf(robot, branchId);
        Button renew = robot.lookup("#renewButton").queryAs(Button.class);
        waitUntil(() -> !renew.isDisabled());
        robot.clickOn(renew);

        // 1 请示
        waitUntil(() -> robot.lookup("#requestDoc").tryQuery().isPresent());
        Button next = robot.lookup("#wizardNext").queryAs(Button.class);
        Button finish = robot.lookup("#wizardFinish").queryAs(Button.class);
        waitUntil(() -> !robot.lookup("#wizardSave").queryAs(Button.class).isDisabled());
        assertThat(robot.lookup("#seats").queryAs(TextField.class).getText()).isEqualTo("3");
        assertThat(next.isDisabled()).as("the request needs its number").isTrue();
        setText("#requestDoc", "青槐街党工〔2026〕11号");
        robot.clickOn(next);
        // 2 批复
        setText("#replyDoc", "青槐街党工〔2026〕12号");
        robot.clickOn(next);
        // 3 选举大会
        TextField entitled = robot.lookup("#entitled").queryAs(TextField.class);
        assertThat(entitled.getText()).as("prefilled with the full members").isEqualTo("" + full);
        setText("#present", "" + (full * 4 / 5));
        Label quorum = robot.lookup("#quorumHint").queryAs(Label.class);
        assertThat(quorum.getText()).contains("无效");
        setText("#present", "" + full);
        assertThat(quorum.getText()).contains("有效").doesNotContain("无效");
        @SuppressWarnings("unchecked")
        ComboBox<Object> picker = robot.lookup("#candidatePicker").queryAs(ComboBox.class);
        for (int i = 0; i < 4; i++) {
            int index = i;
            robot.interact(() -> picker.setValue(picker.getItems().get(index)));
            robot.clickOn("#addCandidate");
        }
        @SuppressWarnings("unchecked")
        TableView<RenewalWizardViewModel.Candidate> candidates =
                robot.lookup("#candidateTable").queryAs(TableView.class);
        waitUntil(() -> candidates.getItems().size() == 4);
        assertThat(robot.lookup("#candidatesHint").queryAs(Label.class).getText())
                .contains("至少 4 名");
        waitUntil(() -> rows(candidates).size() == 4);
        robot.interact(
                () -> {
                    for (TableRow<RenewalWizardViewModel.Candidate> row : rows(candidates)) {
                        boolean elected = row.getIndex() < 3;
                        ((TextField) row.lookup(".votes-field")).setText(elected ? "" + full : "1");
                        ((CheckBox) row.lookup(".elected-box")).setSelected(elected);
                    }
                });
        assertThat(robot.lookup("#majorityHint").queryAs(Label.class).getText())
                .startsWith("得票须超过");
        robot.clickOn(next);
        // 4 报告选举结果
        setText("#reportDoc", "青槐街党工〔2026〕13号");
        robot.clickOn(next);
        // 5 审批
        setText("#approvalDoc", "青槐街党工〔2026〕14号");
        @SuppressWarnings("unchecked")
        TableView<RenewalWizardViewModel.Candidate> positions =
                robot.lookup("#positionTable").queryAs(TableView.class);
        waitUntil(() -> rows(positions).size() == 3);
        Position[] seats = {Position.SECRETARY, Position.ORGANIZATION, Position.PUBLICITY};
        robot.interact(
                () -> {
                    for (TableRow<RenewalWizardViewModel.Candidate> row : rows(positions)) {
                        @SuppressWarnings("unchecked")
                        ComboBox<Position> box = (ComboBox<Position>) row.lookup(".position-box");
                        box.setValue(seats[row.getIndex()]);
                        if (row.getIndex() == 0) {
                            ((TextField) row.lookup(".exception-field")).setText("经街道党工委研究同意");
                        }
                    }
                });
        waitUntil(() -> !finish.isDisabled());
        robot.clickOn(finish);

        // the tab shows the committee
        @SuppressWarnings("unchecked")
        TableView<CommitteeViewModel.Row> current =
                robot.lookup("#currentPositions").queryAs(TableView.class);
        waitUntil(() -> current.getItems().size() == 3);
        assertThat(current.getItems())
                .extracting(CommitteeViewModel.Row::position)
                .containsExactlyInAnyOrder("书记", "组织委员", "宣传委员");
        assertThat(robot.lookup("#currentTermLabel").queryAs(Label.class).getText())
                .contains("选举产生")
                .contains("青槐街党工〔2026〕14号");
        assertThat(robot.lookup("#renewalWizard").tryQuery()).as("the wizard closed").isEmpty();
        robot.interact(stage::hide);
        waitUntil(() -> closed);
        try (Services s =
                new OfficeAccess(dir, Clock.systemDefaultZone(), FxThreadGuard.NONE, () -> {})
                        .signIn(ADMIN, PASSWORD.toCharArray())) {
            assertThat(s.leadership().ofOrg(branchId)).filteredOn(Holding::isServing).hasSize(3);
        }
    }

    private static ChartNode bigBranch(List<ChartNode> nodes) {
        for (ChartNode n : nodes) {
            if (n.org().type() == OrgType.COMPOUND_BRANCH
                    && n.org().isActive()
                    && n.fullMembers() >= 7) {
                return n;
            }
            ChartNode below = bigBranch(n.children());
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    /** The table's rows that show a candidate. */
    @SuppressWarnings("unchecked")
    private static List<TableRow<RenewalWizardViewModel.Candidate>> rows(
            TableView<RenewalWizardViewModel.Candidate> table) {
        return table.lookupAll(".table-row-cell").stream()
                .map(n -> (TableRow<RenewalWizardViewModel.Candidate>) n)
                .filter(r -> !r.isEmpty() && r.getItem() != null)
                .toList();
    }

    private void setText(String id, String text) throws Exception {
        waitUntil(() -> robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false));
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }
}
