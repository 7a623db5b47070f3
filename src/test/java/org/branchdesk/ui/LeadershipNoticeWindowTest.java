package org.branchdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.branchdesk.ui.CommitteeWindow.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
    private static final String ADMIN = CommitteeWindow.ADMIN;
    private static final String PASSWORD = CommitteeWindow.PASSWORD;
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
        CommitteeWindow.open(robot, stage, dir, () -> closed = true);
        CommitteeWindow.committeeOf(robot, branchId);
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
}
