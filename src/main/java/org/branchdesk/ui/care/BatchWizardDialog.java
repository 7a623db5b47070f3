package org.branchdesk.ui.care;

import java.util.List;
import javafx.event.ActionEvent;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchdesk.domain.care.PaymentKind;
import org.branchdesk.service.care.FundService;
import org.branchdesk.service.care.PaymentBatches;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The batch wizard's dialog: the period, fund and standard; 预览 works the batch out; the preview
 * table with who is left out and why, the total in figures and capitals, and what would refuse it;
 * 保存 saves exactly what is shown.
 */
final class BatchWizardDialog {
    private static final ButtonType SAVE =
            new ButtonType(I18n.text("care.batch.save"), ButtonBar.ButtonData.OK_DONE);

    private BatchWizardDialog() {}

    static void show(Window owner, BatchWizardViewModel vm) {
        Dialog<Object> dialog = Dialogs.localized(new Dialog<>());
        dialog.setTitle(I18n.text("care.batch.title." + vm.kind().name()));
        dialog.setHeaderText(I18n.text("care.batch.header." + vm.kind().name()));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("batchDialog");
        dialog.getDialogPane().getButtonTypes().setAll(SAVE, Dialogs.CANCEL);
        dialog.getDialogPane().setPrefSize(960, 600);

        Button previewButton =
                CareControls.button("batchPreview", "care.batch.preview", "mdmz-preview");
        previewButton.disableProperty().bind(vm.canPreviewProperty().not());
        previewButton.setOnAction(e -> vm.preview());
        VBox content = new VBox(8, inputs(vm, previewButton), preview(vm));
        VBox.setVgrow(content.getChildren().get(1), Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);

        Button save = (Button) dialog.getDialogPane().lookupButton(SAVE);
        save.setId("batchSave");
        save.disableProperty().bind(vm.canSaveProperty().not());
        save.addEventFilter(
                ActionEvent.ACTION,
                e -> {
                    e.consume();
                    vm.save();
                });
        Dialogs.showNotices(vm.noticeProperty(), vm::clearNotice, content);
        vm.savedProperty()
                .addListener(
                        (o, a, b) -> {
                            if (b != null) {
                                dialog.setResult(b);
                                dialog.close();
                            }
                        });
        dialog.setResultConverter(b -> null);
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            }
        }
        dialog.showAndWait();
    }

    private static Node inputs(BatchWizardViewModel vm, Button previewButton) {
        Node period;
        if (vm.kind() == PaymentKind.LIVING_SUBSIDY) {
            TextField month = new TextField();
            month.setId("batchMonth");
            month.setPrefColumnCount(8);
            month.setPromptText("2020-03");
            month.textProperty().bindBidirectional(vm.monthTextProperty());
            period =
                    new VBox(
                            2,
                            month,
                            CareControls.message("batchPeriodMessage", vm.periodMessageProperty()));
        } else {
            DatePicker from = new DatePicker();
            from.setId("batchFrom");
            from.setPrefWidth(140);
            from.valueProperty().bindBidirectional(vm.fromProperty());
            DatePicker to = new DatePicker();
            to.setId("batchTo");
            to.setPrefWidth(140);
            to.valueProperty().bindBidirectional(vm.toProperty());
            period =
                    new VBox(
                            2,
                            new HBox(6, from, new Label("—"), to),
                            CareControls.message("batchPeriodMessage", vm.periodMessageProperty()));
        }
        ComboBox<FundService.Line> fund = new ComboBox<>(vm.funds());
        fund.setId("batchFund");
        fund.setConverter(Tables.converter(PaymentFormViewModel::fundText));
        fund.setButtonCell(CareControls.cell(fund.getConverter()));
        fund.setPromptText(I18n.text("care.payment.form.fundPrompt"));
        fund.valueProperty().bindBidirectional(vm.fundProperty());
        TextField rate = new TextField();
        rate.setId("batchRate");
        rate.setPrefColumnCount(10);
        rate.setPromptText(I18n.text("care.amount.prompt"));
        rate.textProperty().bindBidirectional(vm.rate().textProperty());
        Label capitals = CareControls.note("batchRateCapitals", vm.rate().capitalsProperty());
        capitals.getStyleClass().add("care-capitals");

        GridPane grid = Dialogs.form();
        grid.addRow(0, CareControls.fieldLabel("care.batch.period." + vm.kind().name()), period);
        grid.addRow(1, CareControls.fieldLabel("field.payment.fund"), fund);
        grid.addRow(
                2,
                CareControls.fieldLabel("care.batch.rate." + vm.kind().name()),
                new VBox(
                        2,
                        new HBox(12, rate, previewButton),
                        CareControls.message("batchRateMessage", vm.rate().messageProperty()),
                        capitals,
                        CareControls.missing("batchMissing", vm.missingProperty())));
        return grid;
    }

    private static Node preview(BatchWizardViewModel vm) {
        TableView<PaymentBatches.Row> rows = new TableView<>(vm.rows());
        rows.setId("batchRows");
        rows.getColumns()
                .addAll(
                        List.of(
                                CareControls.column(
                                        "care.batch.col.number",
                                        50,
                                        r -> Integer.toString(vm.rows().indexOf(r) + 1)),
                                CareControls.column(
                                        "care.batch.col.name", 90, PaymentBatches.Row::name),
                                CareControls.column(
                                        "care.batch.col.id", 170, PaymentBatches.Row::maskedId),
                                CareControls.column(
                                        "care.batch.col.where", 220, PaymentBatches.Row::where),
                                CareControls.column("care.batch.col.basis", 140, vm::basisText),
                                CareControls.money(
                                        "care.batch.col.amount", 110, r -> r.amount().value())));
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rows.setPlaceholder(new Label(I18n.text("care.batch.notYet")));

        TableView<PaymentBatches.Skipped> skipped = new TableView<>(vm.skipped());
        skipped.setId("batchSkipped");
        skipped.getColumns()
                .addAll(
                        List.of(
                                CareControls.column(
                                        "care.batch.col.name", 90, PaymentBatches.Skipped::name),
                                CareControls.column(
                                        "care.batch.col.id", 170, PaymentBatches.Skipped::maskedId),
                                CareControls.column(
                                        "care.batch.col.skippedWhy",
                                        400,
                                        PaymentBatches.Skipped::reason)));
        skipped.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        skipped.setPlaceholder(new Label(I18n.text("care.batch.noneSkipped")));
        Label skippedTitle = new Label();
        skippedTitle.textProperty().bind(vm.skippedTitleProperty());
        VBox skippedBox = new VBox(4, skippedTitle, skipped);
        VBox.setVgrow(skipped, Priority.ALWAYS);

        SplitPane split = new SplitPane(rows, skippedBox);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.72);
        VBox.setVgrow(split, Priority.ALWAYS);

        Label total = new Label();
        total.setId("batchTotal");
        total.setWrapText(true);
        total.getStyleClass().add("care-capitals");
        total.textProperty().bind(vm.totalProperty());
        Label refusals = CareControls.message("batchRefusals", vm.refusalsProperty());
        refusals.setMaxWidth(900);
        Label busy = new Label(I18n.text("care.batch.busy"), new FontIcon("mdal-hourglass_empty"));
        busy.visibleProperty().bind(vm.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        Label stale = new Label(I18n.text("care.batch.exactly"));
        stale.getStyleClass().add("text-muted");
        return new VBox(6, split, total, refusals, busy, stale);
    }
}
