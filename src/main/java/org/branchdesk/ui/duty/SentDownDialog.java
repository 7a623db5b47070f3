package org.branchdesk.ui.duty;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchdesk.domain.duty.SentDown;
import org.branchdesk.domain.places.Community;
import org.branchdesk.ui.common.I18n;

/**
 * The dialog that records a cadre sent down: the community first (its members and the people
 * register's cadres are then offered), the cadre, the sending unit, the period. What may be saved
 * and what is wrong come from {@link SentDownFormViewModel}.
 */
final class SentDownDialog {
    private SentDownDialog() {}

    static void show(Window owner, SentDownFormViewModel vm) {
        Dialog<SentDown> dialog =
                FormDialogs.dialog(
                        "sentDownDialog",
                        I18n.text("sentDown.add.title"),
                        I18n.text("sentDown.add.header"));
        ComboBox<Community> community =
                FormDialogs.community(
                        "sentDownCommunity", vm.communities(), vm.communityProperty());
        VBox picker =
                FormDialogs.picker(
                        "sentDownCadre",
                        vm.searchProperty(),
                        vm.shown(),
                        vm.cadreProperty(),
                        SentDownFormViewModel::candidateText,
                        vm.candidatesNoteProperty());
        DatePicker from = new DatePicker();
        from.setId("sentDownFrom");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("sentDownTo");
        to.setPromptText(I18n.text("sentDown.form.toPrompt"));
        to.valueProperty().bindBidirectional(vm.toProperty());
        Label unitMessage =
                DutyControls.message("sentDownUnitMessage", vm.unitNameMessageProperty());
        Label link = FormDialogs.note("sentDownUnitLink", vm.unitLinkNoteProperty());
        Label fromMessage = DutyControls.message("sentDownFromMessage", vm.fromMessageProperty());
        Label toMessage = DutyControls.message("sentDownToMessage", vm.toMessageProperty());
        Label missing = FormDialogs.missing("sentDownMissing", vm.missingProperty());

        GridPane grid = FormDialogs.grid();
        int r = 0;
        grid.addRow(r++, DutyControls.fieldLabel("field.sentDown.community"), community);
        grid.addRow(
                r++,
                DutyControls.fieldLabel("field.sentDown.compound"),
                FormDialogs.compound("sentDownCompound", vm.compounds(), vm.compoundProperty()));
        grid.addRow(r++, DutyControls.fieldLabel("field.sentDown.cadre"), picker);
        grid.addRow(
                r++,
                DutyControls.fieldLabel("field.sentDown.unit"),
                FormDialogs.unit(
                        "sentDownUnit",
                        vm.units(),
                        vm.unitProperty(),
                        vm.unitNameProperty(),
                        unitMessage,
                        link));
        grid.addRow(
                r++,
                DutyControls.fieldLabel("field.sentDown.from"),
                FormDialogs.field(from, fromMessage));
        grid.addRow(
                r++,
                DutyControls.fieldLabel("field.sentDown.to"),
                FormDialogs.field(to, toMessage));
        grid.add(missing, 1, r);
        DutyDialogs.fitToMessages(dialog, unitMessage, link, fromMessage, toMessage, missing);
        dialog.getDialogPane().setPrefWidth(600);
        FormDialogs.show(
                dialog,
                "sentDownSave",
                grid,
                new FormDialogs.Saving<>(
                        vm.canSaveProperty(),
                        vm::save,
                        vm.noticeProperty(),
                        vm::clearNotice,
                        vm.savedProperty()),
                owner,
                community);
    }
}
