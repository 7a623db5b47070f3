package org.branchdesk.ui.care;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchdesk.domain.care.SupplyCategory;
import org.branchdesk.domain.care.SupplySource;
import org.branchdesk.service.care.PaymentService.Candidate;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;

/** The supplies page's forms: a new item, and what came in or went out of one. */
final class SupplyDialogs {
    private SupplyDialogs() {}

    static void item(Window owner, SupplyItemFormViewModel vm) {
        TextField name = text("supplyItemName", 20, vm.nameProperty());
        name.setPromptText(I18n.text("care.supplies.item.namePrompt"));
        ComboBox<SupplyCategory> category = new ComboBox<>();
        category.setId("supplyCategory");
        category.getItems().setAll(SupplyCategory.values());
        category.setConverter(
                Tables.converter((SupplyCategory c) -> c == null ? "" : I18n.text(c.key())));
        category.valueProperty().bindBidirectional(vm.categoryProperty());
        TextField unit = text("supplyUnit", 4, vm.unitProperty());
        unit.setPromptText(I18n.text("care.supplies.item.unitPrompt"));
        GridPane grid = Dialogs.form();
        grid.addRow(
                0,
                CareControls.fieldLabel("field.supply.item"),
                new VBox(2, name, CareControls.message("supplyItemMessage", vm.messageProperty())));
        grid.addRow(1, CareControls.fieldLabel("field.supply.category"), category);
        grid.addRow(2, CareControls.fieldLabel("field.supply.unit"), unit);
        grid.add(CareControls.missing("supplyItemMissing", vm.missingProperty()), 0, 3, 2, 1);
        CareDialogs.show(
                owner,
                "supplyItemDialog",
                I18n.text("care.supplies.addItem"),
                I18n.text("care.supplies.item.header"),
                "supplyItemSave",
                grid,
                vm.canSaveProperty(),
                vm::save,
                vm.form(),
                name);
    }

    static void move(Window owner, SupplyMovementFormViewModel vm) {
        TextField quantity = text("supplyQuantity", 10, vm.quantityProperty());
        DatePicker on = new DatePicker();
        on.setId("supplyOn");
        on.valueProperty().bindBidirectional(vm.onProperty());
        GridPane grid = Dialogs.form();
        int row = 0;
        grid.addRow(
                row++,
                CareControls.fieldLabel("field.supply.quantity"),
                new VBox(
                        2,
                        quantity,
                        CareControls.message("supplyQuantityMessage", vm.quantityMessageProperty()),
                        CareControls.note("supplyStockNote", vm.stockNoteProperty())));
        grid.addRow(
                row++,
                CareControls.fieldLabel("field.supply.on"),
                new VBox(2, on, CareControls.message("supplyOnMessage", vm.onMessageProperty())));
        if (vm.isReceipt()) {
            ComboBox<SupplySource> source = new ComboBox<>();
            source.setId("supplySource");
            source.getItems().setAll(SupplySource.values());
            source.setConverter(
                    Tables.converter((SupplySource s) -> s == null ? "" : I18n.text(s.key())));
            source.valueProperty().bindBidirectional(vm.sourceProperty());
            TextField from = text("supplyFrom", 24, vm.fromWhomProperty());
            from.setPromptText(I18n.text("care.supplies.receipt.fromPrompt"));
            TextField doc = text("supplyDocument", 24, vm.documentNumberProperty());
            grid.addRow(row++, CareControls.fieldLabel("field.supply.source"), source);
            grid.addRow(row++, CareControls.fieldLabel("field.supply.fromWhom"), from);
            grid.addRow(row++, CareControls.fieldLabel("field.supply.document"), doc);
        } else {
            TextField search = text("supplyRecipientSearch", 24, vm.searchProperty());
            search.setPromptText(I18n.text("care.supplies.issue.searchPrompt"));
            ListView<Candidate> list = new ListView<>(vm.recipients());
            list.setId("supplyRecipients");
            list.setPrefHeight(150);
            list.setPrefWidth(460);
            list.setCellFactory(
                    l -> CareControls.cell(Tables.converter(PaymentFormViewModel::candidateText)));
            list.getSelectionModel()
                    .selectedItemProperty()
                    .addListener((o, a, r) -> vm.recipientProperty().set(r));
            TextField by = text("supplyIssuedBy", 12, vm.issuedByProperty());
            by.setPromptText(I18n.text("care.supplies.issue.byPrompt"));
            TextField purpose = text("supplyPurpose", 24, vm.purposeProperty());
            grid.addRow(
                    row++, CareControls.fieldLabel("field.supply.to"), new VBox(4, search, list));
            grid.addRow(row++, CareControls.fieldLabel("field.supply.issuedBy"), by);
            grid.addRow(row++, CareControls.fieldLabel("field.supply.purpose"), purpose);
        }
        grid.add(CareControls.missing("supplyMissing", vm.missingProperty()), 0, row, 2, 1);
        CareDialogs.show(
                owner,
                vm.isReceipt() ? "supplyReceiptDialog" : "supplyIssueDialog",
                I18n.text(vm.isReceipt() ? "care.supplies.receive" : "care.supplies.issue"),
                vm.header(),
                "supplySave",
                grid,
                vm.canSaveProperty(),
                vm::save,
                vm.form(),
                quantity);
    }

    private static TextField text(
            String id, int columns, javafx.beans.property.StringProperty value) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefColumnCount(columns);
        t.textProperty().bindBidirectional(value);
        return t;
    }
}
