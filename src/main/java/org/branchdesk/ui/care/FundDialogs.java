package org.branchdesk.ui.care;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchdesk.domain.care.FundSource;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;

/** The funds page's forms: a new fund, and money allocated to one. */
final class FundDialogs {
    private FundDialogs() {}

    static void add(Window owner, FundFormViewModel vm) {
        TextField name = new TextField();
        name.setId("fundName");
        name.setPrefColumnCount(24);
        name.setPromptText(I18n.text("care.fund.form.namePrompt"));
        name.textProperty().bindBidirectional(vm.nameProperty());
        ComboBox<FundSource> source = new ComboBox<>();
        source.setId("fundSource");
        source.getItems().setAll(FundSource.values());
        source.setConverter(
                Tables.converter((FundSource s) -> s == null ? "" : I18n.text(s.key())));
        source.setPromptText(I18n.text("care.fund.form.sourcePrompt"));
        source.valueProperty().bindBidirectional(vm.sourceProperty());
        GridPane grid = Dialogs.form();
        grid.addRow(
                0,
                CareControls.fieldLabel("field.fund.name"),
                new VBox(
                        2,
                        name,
                        CareControls.message("fundNameMessage", vm.nameMessageProperty())));
        grid.addRow(1, CareControls.fieldLabel("field.fund.source"), source);
        Label rule = new Label(I18n.text("care.fund.form.partyFees"));
        rule.setWrapText(true);
        rule.setMaxWidth(420);
        rule.getStyleClass().add("text-muted");
        grid.add(rule, 0, 2, 2, 1);
        grid.add(CareControls.missing("fundMissing", vm.missingProperty()), 0, 3, 2, 1);
        CareDialogs.show(
                owner,
                "fundDialog",
                I18n.text("care.fund.add"),
                I18n.text("care.fund.form.header"),
                "fundSave",
                grid,
                vm.canSaveProperty(),
                vm::save,
                vm.form(),
                name);
    }

    static void allocate(Window owner, AllocationFormViewModel vm) {
        TextField amount = new TextField();
        amount.setId("allocationAmount");
        amount.setPrefColumnCount(14);
        amount.setPromptText(I18n.text("care.amount.prompt"));
        amount.textProperty().bindBidirectional(vm.amount().textProperty());
        DatePicker on = new DatePicker();
        on.setId("allocationOn");
        on.valueProperty().bindBidirectional(vm.onProperty());
        TextField doc = new TextField();
        doc.setId("allocationDocument");
        doc.setPrefColumnCount(20);
        doc.setPromptText(I18n.text("care.allocation.documentPrompt"));
        doc.textProperty().bindBidirectional(vm.documentNumberProperty());
        Label capitals = CareControls.note("allocationCapitals", vm.amount().capitalsProperty());
        capitals.getStyleClass().add("care-capitals");
        GridPane grid = Dialogs.form();
        grid.addRow(
                0,
                CareControls.fieldLabel("field.allocation.amount"),
                new VBox(
                        2,
                        amount,
                        CareControls.message(
                                "allocationAmountMessage", vm.amount().messageProperty()),
                        capitals,
                        CareControls.note("allocationBalanceAfter", vm.balanceAfterProperty())));
        grid.addRow(
                1,
                CareControls.fieldLabel("field.allocation.on"),
                new VBox(
                        2,
                        on,
                        CareControls.message("allocationOnMessage", vm.onMessageProperty())));
        grid.addRow(2, CareControls.fieldLabel("field.allocation.documentNumber"), doc);
        grid.add(CareControls.missing("allocationMissing", vm.missingProperty()), 0, 3, 2, 1);
        CareDialogs.show(
                owner,
                "allocationDialog",
                I18n.text("care.allocation.add"),
                I18n.text(
                        "care.allocation.header",
                        vm.fund().fund().name(),
                        Yuan.withSign(vm.fund().balance())),
                "allocationSave",
                grid,
                vm.canSaveProperty(),
                vm::save,
                vm.form(),
                amount);
    }
}
