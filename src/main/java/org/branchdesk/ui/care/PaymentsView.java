package org.branchdesk.ui.care;

import java.time.YearMonth;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchdesk.domain.care.Fund;
import org.branchdesk.domain.care.PaymentKind;
import org.branchdesk.domain.care.PaymentState;
import org.branchdesk.service.care.PaymentService.Line;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The payments page (款项): filters by kind, fund, state and month; the payments with their
 * recipients (names and register, no ID numbers), amounts, funds, states, approvers and how they
 * were paid, a reversal under the payment it corrects, negative and in red; the buttons of each
 * step, disabled with the reason when the step may not be taken now. What may be done, and why not,
 * comes from {@link PaymentsViewModel}.
 */
public final class PaymentsView {
    private final PaymentsViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final HBox tools = new HBox();

    public PaymentsView(PaymentsViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("paymentsPage");
        TableView<Line> table =
                CareControls.table(
                        "paymentsTable",
                        viewModel.rows(),
                        viewModel.placeholderProperty(),
                        viewModel.selectedProperty());
        table.getColumns()
                .addAll(
                        List.of(
                                CareControls.column("care.payments.col.code", 90, Line::code),
                                CareControls.column(
                                        "care.payments.col.kind",
                                        90,
                                        l -> I18n.text(l.payment().kind().key())),
                                CareControls.column(
                                        "care.payments.col.recipient",
                                        150,
                                        PaymentsViewModel::recipientText),
                                CareControls.money(
                                        "care.payments.col.amount", 100, Line::signedAmount),
                                CareControls.column("care.payments.col.fund", 150, Line::fund),
                                CareControls.column(
                                        "care.payments.col.period",
                                        90,
                                        l -> PaymentsViewModel.periodText(l.payment())),
                                CareControls.column("care.payments.col.reason", 130, Line::reason),
                                CareControls.column(
                                        "care.payments.col.state", 100, viewModel::stateText),
                                CareControls.column(
                                        "care.payments.col.on",
                                        90,
                                        l -> l.on() == null ? "" : l.on().toString()),
                                CareControls.column(
                                        "care.payments.col.approver",
                                        140,
                                        PaymentsViewModel::approverText),
                                CareControls.column(
                                        "care.payments.col.paid",
                                        110,
                                        PaymentsViewModel::paidText)));
        CareControls.marked(
                table,
                l -> !l.reversal() && l.payment().state() == PaymentState.CANCELLED,
                Line::reversal);

        Label summary = new Label();
        summary.setId("paymentsSummary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(viewModel.summaryProperty());
        Label why = new Label();
        why.setId("paymentsWhyNot");
        why.getStyleClass().add("field-note");
        why.setWrapText(true);
        why.textProperty().bind(viewModel.nextStepBlockedProperty());
        HBox bottom = new HBox(16, summary, why);
        bottom.setPadding(new Insets(6, 10, 6, 10));

        root.setTop(new VBox(filters(), actions()));
        root.setCenter(table);
        root.setBottom(bottom);
        Dialogs.showNotices(viewModel.noticeProperty(), viewModel::clearNotice, root);
    }

    public Parent root() {
        return root;
    }

    /**
     * Adds a tool to the page's actions (the batch wizards, the ledger): placed after the step
     * buttons.
     */
    public void addTool(Node tool) {
        tools.getChildren().add(tool);
    }

    private ToolBar filters() {
        ComboBox<PaymentKind> kind =
                CareControls.filter(
                        "paymentsKind",
                        javafx.collections.FXCollections.observableArrayList(PaymentKind.values()),
                        viewModel.kindProperty(),
                        k -> k == null ? I18n.text("care.payments.anyKind") : I18n.text(k.key()));
        ComboBox<Fund> fund =
                CareControls.filter(
                        "paymentsFund",
                        viewModel.fundChoices(),
                        viewModel.fundProperty(),
                        f -> f == null ? I18n.text("care.payments.anyFund") : f.name());
        ComboBox<PaymentState> state =
                CareControls.filter(
                        "paymentsState",
                        javafx.collections.FXCollections.observableArrayList(PaymentState.values()),
                        viewModel.stateProperty(),
                        s -> s == null ? I18n.text("care.payments.anyState") : I18n.text(s.key()));
        ComboBox<YearMonth> month =
                CareControls.filter(
                        "paymentsMonth",
                        viewModel.months(),
                        viewModel.monthProperty(),
                        PaymentsViewModel::monthText);
        return new ToolBar(kind, fund, state, month);
    }

    private FlowPane actions() {
        Button add =
                CareControls.button("addPayment", "care.payment.add", "mdal-add_circle_outline");
        add.setOnAction(e -> PaymentDialogs.record(window(), viewModel.newPayment()));
        Button edit = CareControls.button("editPayment", "care.payment.edit", "mdal-edit");
        step(edit, viewModel.mayEditSelectedProperty(), viewModel.editBlockedProperty());
        edit.setOnAction(
                e -> {
                    Line l = viewModel.selectedProperty().get();
                    if (viewModel.mayEdit(l)) {
                        PaymentDialogs.record(window(), viewModel.edit(l));
                    }
                });
        CareControls.editActions(viewModel.mayEdit(), add, edit);

        Button approve =
                stepButton(
                        "approvePayment",
                        "care.payment.approve",
                        "mdal-check_circle_outline",
                        PaymentStepViewModel.Step.APPROVE,
                        viewModel.mayApproveSelectedProperty(),
                        viewModel.approveBlockedProperty());
        Button pay =
                stepButton(
                        "payPayment",
                        "care.payment.pay",
                        "mdmz-payments",
                        PaymentStepViewModel.Step.PAY,
                        viewModel.mayPaySelectedProperty(),
                        viewModel.payBlockedProperty());
        Button reverse =
                stepButton(
                        "reversePayment",
                        "care.payment.reverse",
                        "mdmz-undo",
                        PaymentStepViewModel.Step.REVERSE,
                        viewModel.mayReverseSelectedProperty(),
                        viewModel.reverseBlockedProperty());
        Button cancel =
                stepButton(
                        "cancelPayment",
                        "care.payment.cancel",
                        "mdal-block",
                        PaymentStepViewModel.Step.CANCEL,
                        viewModel.mayCancelSelectedProperty(),
                        viewModel.cancelBlockedProperty());
        MenuButton batch =
                new MenuButton(I18n.text("care.batch.menu"), new FontIcon("mdal-group_add"));
        batch.setId("paymentBatch");
        for (PaymentKind k : List.of(PaymentKind.LIVING_SUBSIDY, PaymentKind.WORK_ALLOWANCE)) {
            MenuItem item = new MenuItem(I18n.text("care.batch.title." + k.name()));
            item.setId("paymentBatch" + (k == PaymentKind.LIVING_SUBSIDY ? "Living" : "Allowance"));
            item.setOnAction(e -> BatchWizardDialog.show(window(), viewModel.batch(k)));
            batch.getItems().add(item);
        }
        CareControls.editActions(viewModel.mayEdit(), batch);
        tools.setSpacing(6);
        tools.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(tools, Priority.NEVER);
        Separator sep = new Separator(Orientation.VERTICAL);
        CareControls.editActions(viewModel.mayEdit(), sep);
        FlowPane bar =
                new FlowPane(
                        6,
                        4,
                        add,
                        batch,
                        edit,
                        cancel,
                        sep,
                        approve,
                        pay,
                        reverse,
                        new Separator(Orientation.VERTICAL),
                        tools);
        bar.getStyleClass().add("tool-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        return bar;
    }

    private Button stepButton(
            String id,
            String key,
            String icon,
            PaymentStepViewModel.Step step,
            BooleanBinding may,
            StringBinding why) {
        Button b = CareControls.button(id, key, icon);
        step(b, may, why);
        b.setOnAction(
                e -> {
                    Line l = viewModel.selectedProperty().get();
                    if (may.get()) {
                        PaymentDialogs.step(window(), viewModel.step(step, l));
                    }
                });
        return b;
    }

    /** A step's button: enabled when the model allows, its tooltip saying why not. */
    private static void step(Button b, BooleanBinding may, StringBinding why) {
        b.disableProperty().bind(may.not());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(why);
        b.setTooltip(tip);
    }

    private Window window() {
        return root.getScene().getWindow();
    }
}
