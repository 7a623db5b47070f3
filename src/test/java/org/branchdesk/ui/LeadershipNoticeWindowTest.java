package org.branchdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.branchdesk.domain.leadership.Election;
import org.branchdesk.service.Services;
import org.branchdesk.service.accounts.OfficeAccess;
import org.branchdesk.service.documents.DispatchRegister;
import org.branchdesk.service.orgs.PartyOrgService.ChartNode;
import org.branchdesk.store.FxThreadGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Leadership's notices in the real window, headless (Monocle): the reply approving the demo's
 * approved renewal is issued from the committee tab and saved as a PDF. The store refuses the
 * JavaFX thread, so a database call made there would fail this test.
 */
class LeadershipNoticeWindowTest {
    private static final String ADMIN = "管理员";
    private static final String PASSWORD = "Qinghuai-2026";
    @TempDir Path dir;
    @TempDir Path out;
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
    void theReplyToTheDemosApprovedRenewalIsIssuedFromTheCommitteeTabAndSavedAsAPdf()
            throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        UUID branchId;
        UUID electionId;
        try (Services s =
                new OfficeAccess(dir, Clock.systemDefaultZone(), FxThreadGuard.NONE, () -> {})
                        .setUp(ADMIN, PASSWORD.toCharArray())
                        .services()) {
            s.demo().load(0, false);
            Election approved = approved(s, s.orgs().chart(false));
            branchId = approved.orgId();
            electionId = approved.id();
        }
        BranchDeskWindow window =
                new BranchDeskWindow(
                        dir,
                        dir.resolve("logs/branchdesk.log"),
                        new OfficeAccess(
                                dir,
                                Clock.systemDefaultZone(),
                                FxThreadGuard.refusing("JavaFX Application Thread"),
                                () -> {}),
                        WindowGeometry.DEFAULT,
                        () -> {},
                        () -> closed = true);
        FxToolkit.setupFixture(() -> window.show(stage));
        waitUntil(() -> robot.lookup("#password").tryQuery().isPresent());
        robot.interact(
                () -> {
                    robot.lookup("#name").queryAs(TextField.class).setText(ADMIN);
                    robot.lookup("#password").queryAs(TextField.class).setText(PASSWORD);
                });
        robot.clickOn("#submit");
        waitUntil(
                () ->
                        robot.lookup("#navOrgs").tryQuery().isPresent()
                                && robot.lookup("#orgTree").tryQuery().isPresent());
        robot.interact(robot.lookup("#navOrgs").queryAs(ToggleButton.class)::fire);
        waitUntil(() -> robot.lookup("#detailTabs").tryQuery().isPresent());

        // 党组织: the branch with the approved renewal, 领导班子
        @SuppressWarnings("unchecked")
        TreeView<ChartNode> tree = robot.lookup("#orgTree").queryAs(TreeView.class);
        waitUntil(() -> tree.getRoot() != null && find(tree.getRoot(), branchId) != null);
        robot.interact(
                () -> {
                    TreeItem<ChartNode> item = find(tree.getRoot(), branchId);
                    for (TreeItem<ChartNode> p = item.getParent(); p != null; p = p.getParent()) {
                        p.setExpanded(true);
                    }
                    tree.getSelectionModel().select(item);
                });
        TabPane tabs = robot.lookup("#detailTabs").queryAs(TabPane.class);
        robot.interact(
                () ->
                        tabs.getSelectionModel()
                                .select(
                                        tabs.getTabs().stream()
                                                .filter(t -> t.getText().equals("领导班子"))
                                                .findFirst()
                                                .orElseThrow()));
        @SuppressWarnings("unchecked")
        ComboBox<Election> renewal = robot.lookup("#noticeRenewal").queryAs(ComboBox.class);
        waitUntil(() -> renewal.getItems().stream().anyMatch(e -> e.id().equals(electionId)));
        robot.interact(
                () ->
                        renewal.setValue(
                                renewal.getItems().stream()
                                        .filter(e -> e.id().equals(electionId))
                                        .findFirst()
                                        .orElseThrow()));
        Button reply = robot.lookup("#electionResultButton").queryAs(Button.class);
        waitUntil(() -> !reply.isDisabled());
        robot.clickOn(reply);

        // the dialog: 签发, then save to a file in a temporary folder
        waitUntil(() -> robot.lookup("#leaderNoticeDialog").tryQuery().isPresent());
        Button issue = robot.lookup("#noticeIssue").queryAs(Button.class);
        waitUntil(() -> !issue.isDisabled());
        robot.clickOn(issue);
        Label shown = robot.lookup("#noticeLabel").queryAs(Label.class);
        waitUntil(() -> shown.getText().startsWith("文号"));
        Path target = out.resolve("选举结果批复.pdf");
        robot.interact(
                () ->
                        robot.lookup("#noticeSaveTo")
                                .queryAs(TextField.class)
                                .setText(target.toString()));
        Button save = robot.lookup("#noticeSave").queryAs(Button.class);
        waitUntil(() -> !save.isDisabled());
        robot.clickOn(save);
        waitUntil(() -> Files.isRegularFile(target) && Files.size(target) > 0);
        assertThat(Files.readAllBytes(target)).startsWith("%PDF".getBytes());
        waitUntil(
                () ->
                        robot.lookup("#noticeStatus")
                                .queryAs(Label.class)
                                .getText()
                                .startsWith("已保存"));
        String label = shown.getText();

        robot.interact(stage::hide);
        waitUntil(() -> closed);
        try (Services s =
                new OfficeAccess(dir, Clock.systemDefaultZone(), FxThreadGuard.NONE, () -> {})
                        .signIn(ADMIN, PASSWORD.toCharArray())) {
            List<DispatchRegister.Entry> notices = s.documents().register("NOTICE", 10);
            assertThat(notices).hasSize(1);
            assertThat(notices.get(0).title()).contains("选举结果的批复");
            assertThat(label).contains(notices.get(0).number());
        }
    }

    private static Election approved(Services s, List<ChartNode> nodes) {
        for (ChartNode n : nodes) {
            for (Election e : s.elections().ofOrg(n.org().id())) {
                if (e.stage() == Election.Stage.APPROVED) {
                    return e;
                }
            }
            Election below = approved(s, n.children());
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    private static TreeItem<ChartNode> find(TreeItem<ChartNode> item, UUID id) {
        if (item.getValue() != null && item.getValue().org().id().equals(id)) {
            return item;
        }
        for (TreeItem<ChartNode> c : item.getChildren()) {
            TreeItem<ChartNode> hit = find(c, id);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
