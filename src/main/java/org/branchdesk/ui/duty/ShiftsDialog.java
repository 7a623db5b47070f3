package org.branchdesk.ui.duty;

import java.time.LocalDate;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchdesk.domain.duty.ShiftPattern;
import org.branchdesk.service.duty.RosterService;
import org.branchdesk.service.duty.RosterService.PostLine;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;

/**
 * The small dialog that generates shifts from patterns over a date range (生成班次). What is wrong with
 * a field is said under it as the clerk types, from {@link ShiftsFormViewModel}.
 */
final class ShiftsDialog {
    private ShiftsDialog() {}

    static void show(Window owner, ShiftsFormViewModel vm, LocalDate monday) {
        Dialog<RosterService.Generated> dialog = new Dialog<>();
        dialog.setTitle(I18n.text("roster.generate.title"));
        dialog.setHeaderText(
                I18n.text("roster.generate.header", RosterViewModel.weekTitle(monday)));
        dialog.getDialogPane().setId("shiftsDialog");
        ButtonType go =
                new ButtonType(I18n.text("roster.generate.go"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(go, Dialogs.CANCEL);

        DatePicker from = new DatePicker();
        from.setId("shiftsFrom");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("shiftsTo");
        to.valueProperty().bindBidirectional(vm.toProperty());
        ComboBox<PostLine> post = new ComboBox<>();
        post.setId("shiftsPost");
        post.setConverter(Tables.converter(ShiftsFormViewModel::postText));
        post.setButtonCell(DutyControls.cell(post.getConverter()));
        DutyControls.itemsWithNone(post, vm.posts(), vm.postProperty());
        TextField patterns = new TextField();
        patterns.setId("shiftsPatterns");
        patterns.setPrefColumnCount(30);
        patterns.setPromptText(
                String.join(
                        ",", ShiftPattern.DEFAULT.stream().map(ShiftPattern::toString).toList()));
        patterns.textProperty().bindBidirectional(vm.patternsProperty());

        Label toMessage = DutyControls.message("shiftsToMessage", vm.toMessageProperty());
        Label patternsMessage =
                DutyControls.message("shiftsPatternsMessage", vm.patternsMessageProperty());
        Label patternsNote = DutyControls.message("shiftsPatternsNote", vm.patternsNoteProperty());
        patternsNote.getStyleClass().setAll("label", "field-note");
        patternsNote.setMaxWidth(460);
        Label missing = DutyControls.message("shiftsMissing", vm.missingProperty());
        missing.getStyleClass().setAll("label", "text-muted");
        GridPane grid = Dialogs.form();
        int r = 0;
        grid.addRow(r++, DutyControls.fieldLabel("field.roster.from"), from);
        grid.addRow(r++, DutyControls.fieldLabel("field.roster.to"), new VBox(2, to, toMessage));
        grid.addRow(r++, DutyControls.fieldLabel("roster.generate.posts"), post);
        grid.addRow(
                r++,
                DutyControls.fieldLabel("field.roster.patterns"),
                new VBox(2, patterns, patternsMessage, patternsNote));
        Label kept = new Label(I18n.text("roster.generate.kept"));
        kept.setWrapText(true);
        kept.setMaxWidth(380);
        kept.getStyleClass().add("text-muted");
        grid.add(kept, 1, r++);
        grid.add(missing, 1, r);
        DutyDialogs.fitToMessages(dialog, toMessage, patternsMessage, patternsNote, missing);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(560);

        Button ok = (Button) dialog.getDialogPane().lookupButton(go);
        ok.setId("shiftsGenerate");
        ok.disableProperty().bind(vm.canGenerateProperty().not());
        ok.addEventFilter(
                ActionEvent.ACTION,
                e -> {
                    e.consume();
                    vm.generate();
                });
        Dialogs.showNotices(vm.noticeProperty(), vm::clearNotice, grid);
        vm.doneProperty()
                .addListener(
                        (o, a, g) -> {
                            if (g != null) {
                                dialog.setResult(g);
                                dialog.close();
                            }
                        });
        dialog.setResultConverter(b -> null);
        DutyDialogs.styled(dialog, owner);
        vm.load();
        dialog.showAndWait();
    }
}
