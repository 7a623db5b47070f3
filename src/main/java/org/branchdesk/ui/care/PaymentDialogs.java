package org.branchdesk.ui.care;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchdesk.domain.care.Payment;
import org.branchdesk.domain.care.PaymentKind;
import org.branchdesk.domain.care.PaymentMethod;
import org.branchdesk.service.care.FundService;
import org.branchdesk.service.care.PaymentService.Candidate;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;

/** The payments page's forms: record or change a payment; approve, pay or reverse one. */
final class PaymentDialogs {
    private PaymentDialogs() {}

    static void record(Window owner, PaymentFormViewModel vm) {
        ComboBox<PaymentKind> kind = new ComboBox<>();
        kind.setId("paymentKind");
        kind.getItems().setAll(PaymentKind.values());
        kind.setConverter(Tables.converter((PaymentKind k) -> k == null ? "" : I18n.text(k.key())));
        kind.setPromptText(I18n.text("care.payment.form.kindPrompt"));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setDisable(vm.isEdit());

        ComboBox<FundService.Line> fund = new ComboBox<>(vm.funds());
        fund.setId("paymentFund");
        fund.setConverter(Tables.converter(PaymentFormViewModel::fundText));
        fund.setButtonCell(CareControls.cell(fund.getConverter()));
        fund.setPromptText(I18n.text("care.payment.form.fundPrompt"));
        fund.valueProperty().bindBidirectional(vm.fundProperty());
        fund.setDisable(vm.isEdit());

        TextField amount = new TextField();
        amount.setId("paymentAmount");
        amount.setPrefColumnCount(14);
        amount.setPromptText(I18n.text("care.amount.prompt"));
        amount.textProperty().bindBidirectional(vm.amount().textProperty());
        Label capitals = CareControls.note("paymentCapitals", vm.amount().capitalsProperty());
        capitals.getStyleClass().add("care-capitals");

        DatePicker from = new DatePicker();
        from.setId("paymentFrom");
        from.setPrefWidth(140);
        from.valueProperty().bindBidirectional(vm.periodFromProperty());
        DatePicker to = new DatePicker();
        to.setId("paymentTo");
        to.setPrefWidth(140);
        to.valueProperty().bindBidirectional(vm.periodToProperty());
        from.setDisable(vm.isEdit());
        to.setDisable(vm.isEdit());
        HBox period = new HBox(6, from, new Label("—"), to);

        TextField reason = new TextField();
        reason.setId("paymentReason");
        reason.setPrefColumnCount(28);
        reason.setPromptText(I18n.text("care.payment.form.reasonPrompt"));
        reason.textProperty().bindBidirectional(vm.reasonProperty());

        GridPane grid = Dialogs.form();
        int row = 0;
        grid.addRow(row++, CareControls.fieldLabel("field.payment.kind"), kind);
        grid.addRow(row++, CareControls.fieldLabel("field.payment.recipient"), recipient(vm));
        grid.addRow(
                row++,
                CareControls.fieldLabel("field.payment.fund"),
                new VBox(
                        2,
                        fund,
                        CareControls.message("paymentFundMessage", vm.fundMessageProperty())));
        grid.addRow(
                row++,
                CareControls.fieldLabel("field.payment.amount"),
                new VBox(
                        2,
                        amount,
                        CareControls.message("paymentAmountMessage", vm.amountMessageProperty()),
                        capitals,
                        CareControls.note("paymentBalanceNote", vm.balanceNoteProperty())));
        grid.addRow(
                row++,
                CareControls.fieldLabel("field.payment.period"),
                new VBox(
                        2,
                        period,
                        CareControls.message("paymentPeriodMessage", vm.periodMessageProperty())));
        grid.addRow(
                row++,
                CareControls.fieldLabel("field.payment.reason"),
                new VBox(
                        2,
                        reason,
                        CareControls.message("paymentReasonMessage", vm.reasonMessageProperty())));
        grid.add(CareControls.missing("paymentMissing", vm.missingProperty()), 0, row, 2, 1);
        CareDialogs.show(
                owner,
                "paymentDialog",
                I18n.text(vm.isEdit() ? "care.payment.edit" : "care.payment.add"),
                I18n.text(
                        vm.isEdit() ? "care.payment.form.editHeader" : "care.payment.form.header"),
                "paymentSave",
                grid,
                vm.canSaveProperty(),
                vm::save,
                vm.form(),
                vm.isEdit() ? amount : kind);
    }

    /** The recipient: a search over members, people and organizations; fixed when changing. */
    private static Node recipient(PaymentFormViewModel vm) {
        if (vm.isEdit()) {
            return new Label(PaymentFormViewModel.candidateText(vm.recipientProperty().get()));
        }
        TextField find = new TextField();
        find.setId("paymentRecipientSearch");
        find.setPromptText(I18n.text("care.payment.form.searchPrompt"));
        find.textProperty().bindBidirectional(vm.searchProperty());
        ListView<Candidate> list = new ListView<>(vm.candidates());
        list.setId("paymentRecipients");
        list.setPrefHeight(130);
        list.setCellFactory(
                l -> CareControls.cell(Tables.converter(PaymentFormViewModel::candidateText)));
        Label none = new Label();
        none.setWrapText(true);
        none.textProperty().bind(vm.candidatesPlaceholderProperty());
        list.setPlaceholder(none);
        list.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, a, c) -> vm.recipientProperty().set(c));
        find.setOnKeyPressed(
                e -> {
                    if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                        list.requestFocus();
                        list.getSelectionModel().selectFirst();
                        e.consume();
                    }
                });
        Label chosen = new Label();
        chosen.setId("paymentRecipientChosen");
        chosen.getStyleClass().add("text-muted");
        chosen.textProperty()
                .bind(
                        javafx.beans.binding.Bindings.createStringBinding(
                                () ->
                                        vm.recipientProperty().get() == null
                                                ? I18n.text("care.payment.form.nobody")
                                                : I18n.text(
                                                        "care.payment.form.chosen",
                                                        PaymentFormViewModel.candidateText(
                                                                vm.recipientProperty().get())),
                                vm.recipientProperty()));
        return new VBox(4, find, list, chosen);
    }

    static void step(Window owner, PaymentStepViewModel vm) {
        DatePicker on = new DatePicker();
        on.setId("stepOn");
        on.valueProperty().bindBidirectional(vm.onProperty());
        GridPane grid = Dialogs.form();
        int row = 0;
        Node focus = on;
        switch (vm.step()) {
            case APPROVE -> {
                TextField name =
                        text(
                                "approverName",
                                vm.approverNameProperty(),
                                "care.step.approverNamePrompt");
                TextField post =
                        text(
                                "approverPost",
                                vm.approverPostProperty(),
                                "care.step.approverPostPrompt");
                grid.addRow(row++, CareControls.fieldLabel("field.payment.approverName"), name);
                grid.addRow(row++, CareControls.fieldLabel("field.payment.approverPost"), post);
                grid.addRow(
                        row++,
                        CareControls.fieldLabel("field.payment.approvedOn"),
                        dayField(on, vm));
                focus = name;
            }
            case PAY -> {
                ComboBox<PaymentMethod> method = new ComboBox<>();
                method.setId("payMethod");
                method.getItems().setAll(PaymentMethod.values());
                method.setConverter(
                        Tables.converter((PaymentMethod m) -> m == null ? "" : I18n.text(m.key())));
                method.valueProperty().bindBidirectional(vm.methodProperty());
                TextField collected =
                        text(
                                "collectedBy",
                                vm.collectedByProperty(),
                                "care.step.collectedByPrompt");
                grid.addRow(
                        row++, CareControls.fieldLabel("field.payment.paidOn"), dayField(on, vm));
                grid.addRow(row++, CareControls.fieldLabel("field.payment.method"), method);
                grid.addRow(row++, CareControls.fieldLabel("care.step.collectedBy"), collected);
            }
            case REVERSE -> {
                TextField reason =
                        text(
                                "reversalReason",
                                vm.reasonProperty(),
                                "care.step.reversalReasonPrompt");
                grid.addRow(row++, CareControls.fieldLabel("field.reversal.on"), dayField(on, vm));
                grid.addRow(row++, CareControls.fieldLabel("field.reversal.reason"), reason);
                Label kept = new Label(I18n.text("care.step.reversalKept"));
                kept.setWrapText(true);
                kept.setMaxWidth(420);
                kept.getStyleClass().add("text-muted");
                grid.add(kept, 0, row++, 2, 1);
                focus = reason;
            }
            case CANCEL -> {
                TextField reason =
                        text("cancelReason", vm.reasonProperty(), "care.step.cancelReasonPrompt");
                grid.addRow(row++, CareControls.fieldLabel("field.payment.cancelReason"), reason);
                Label kept = new Label(I18n.text("care.step.cancelKept"));
                kept.setWrapText(true);
                kept.setMaxWidth(420);
                kept.getStyleClass().add("text-muted");
                grid.add(kept, 0, row++, 2, 1);
                focus = reason;
            }
        }
        grid.add(CareControls.missing("stepMissing", vm.missingProperty()), 0, row, 2, 1);
        Payment p = vm.payment();
        CareDialogs.show(
                owner,
                "paymentStepDialog",
                I18n.text("care.payment." + vm.step().name().toLowerCase(java.util.Locale.ROOT)),
                I18n.text(
                        "care.step.header",
                        I18n.text(p.kind().key()),
                        p.recipient().name(),
                        p.amount().withSign(),
                        p.amount().capitals()),
                "stepSave",
                grid,
                vm.canSaveProperty(),
                vm::save,
                vm.form(),
                focus);
    }

    private static VBox dayField(DatePicker on, PaymentStepViewModel vm) {
        return new VBox(2, on, CareControls.message("stepOnMessage", vm.onMessageProperty()));
    }

    private static TextField text(
            String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefColumnCount(20);
        t.setPromptText(I18n.text(prompt));
        t.textProperty().bindBidirectional(value);
        return t;
    }
}
