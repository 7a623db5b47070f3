package org.branchdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.branchdesk.ui.CommitteeWindow.waitUntil;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.branchdesk.domain.care.PaymentKind;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.service.Services;
import org.branchdesk.service.care.FundService;
import org.branchdesk.service.care.PaymentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The payments page in the real window, headless (Monocle), on the demo street: a solicitude
 * payment recorded through its form (the amount's capitals shown as typed), then 审批 disabled with
 * the four-eyes reason for the account that recorded it; a month's living subsidy previewed and
 * saved through the batch wizard. The store refuses the JavaFX thread.
 */
class PaymentsWindowTest {
    @TempDir Path dir;
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private volatile boolean closed;
    private Map<String, Integer> before;
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

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    private void chooseFund(String id, String name) {
        ComboBox<FundService.Line> fund = combo(id);
        robot.interact(
                () ->
                        fund.setValue(
                                fund.getItems().stream()
                                        .filter(l -> l.fund().name().equals(name))
                                        .findFirst()
                                        .orElseThrow()));
    }

    @Test
    void aPaymentIsRecordedAndItsRecorderMayNotApproveIt() throws Exception {
        try (Services s = CareWindow.setUp(dir)) {
            before = s.stats().counts();
            member =
                    s.payments().candidates().stream()
                            .filter(c -> c.kind() == RecipientKind.MEMBER)
                            .findFirst()
                            .orElseThrow()
                            .name();
        }
        stage = FxToolkit.registerPrimaryStage();
        CareWindow.open(robot, stage, dir, () -> closed = true, "carePayments");
        waitUntil(() -> robot.lookup("#paymentsTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<PaymentService.Line> table =
                robot.lookup("#paymentsTable").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());

        robot.clickOn("#addPayment");
        waitUntil(() -> robot.lookup("#paymentDialog").tryQuery().isPresent());
        Button save = robot.lookup("#paymentSave").queryAs(Button.class);
        assertThat(save.isDisabled()).isTrue();
        robot.interact(
                () -> this.<PaymentKind>combo("#paymentKind").setValue(PaymentKind.SOLICITUDE));
        @SuppressWarnings("unchecked")
        ListView<PaymentService.Candidate> recipients =
                robot.lookup("#paymentRecipients").queryAs(ListView.class);
        waitUntil(() -> !recipients.getItems().isEmpty());
        robot.clickOn("#paymentRecipientSearch").write(member);
        waitUntil(() -> recipients.getItems().stream().allMatch(c -> c.name().contains(member)));
        Node first =
                robot.from(recipients).lookup(".list-cell").queryAll().stream()
                        .filter(
                                n ->
                                        ((Labeled) n).getText() != null
                                                && ((Labeled) n).getText().startsWith(member))
                        .findFirst()
                        .orElseThrow();
        robot.clickOn(first);
        chooseFund("#paymentFund", "2020年上级下拨专项党费");
        robot.clickOn("#paymentAmount").write("1680.32");
        waitUntil(
                () ->
                        robot.lookup("#paymentCapitals")
                                .queryAs(Labeled.class)
                                .getText()
                                .contains("壹仟陆佰捌拾元零叁角贰分"));
        robot.clickOn("#paymentReason").write("走访慰问");
        waitUntil(() -> !save.isDisabled());
        robot.clickOn(save);
        waitUntil(() -> robot.lookup("#paymentDialog").tryQuery().isEmpty());
        waitUntil(CareWindow::newsShown);
        assertThat(CareWindow.closeNews(robot)).anyMatch(t -> t.startsWith("已登记：慰问金，" + member));
        waitUntil(
                () ->
                        table.getSelectionModel().getSelectedItem() != null
                                && table.getSelectionModel()
                                        .getSelectedItem()
                                        .payment()
                                        .amount()
                                        .figures()
                                        .equals("1,680.32"));
        assertThat(robot.lookup("#approvePayment").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#paymentsWhyNot").queryAs(Labeled.class).getText())
                .isEqualTo("登记这笔款项的人不能审批它（经办与审批须为两人）");
        assertThat(CareWindow.cells(robot, "#paymentsTable")).contains("1,680.32");

        // a month's living subsidy through the batch wizard
        MenuButton batch = robot.lookup("#paymentBatch").queryAs(MenuButton.class);
        Platform.runLater(() -> batch.getItems().get(0).fire());
        waitUntil(() -> robot.lookup("#batchDialog").tryQuery().isPresent());
        Button saveBatch = robot.lookup("#batchSave").queryAs(Button.class);
        assertThat(saveBatch.isDisabled()).isTrue();
        robot.interact(
                () -> robot.lookup("#batchMonth").queryAs(TextField.class).setText("2020-04"));
        chooseFund("#batchFund", "青槐街道社区工作经费");
        robot.clickOn("#batchRate").write("800");
        Button preview = robot.lookup("#batchPreview").queryAs(Button.class);
        waitUntil(() -> !preview.isDisabled());
        robot.clickOn(preview);
        waitUntil(() -> !saveBatch.isDisabled());
        assertThat(robot.lookup("#batchTotal").queryAs(Labeled.class).getText()).contains("人民币");
        int rows = robot.lookup("#batchRows").queryAs(TableView.class).getItems().size();
        robot.clickOn(saveBatch);
        waitUntil(() -> robot.lookup("#batchDialog").tryQuery().isEmpty());
        waitUntil(CareWindow::newsShown);
        assertThat(CareWindow.closeNews(robot)).anyMatch(t -> t.startsWith("已保存批次 B"));

        robot.interact(stage::hide);
        waitUntil(() -> closed);
        try (Services s = CareWindow.signIn(dir)) {
            assertThat(s.stats().counts().get("payments"))
                    .isEqualTo(before.get("payments") + 1 + rows);
        }
    }
}
