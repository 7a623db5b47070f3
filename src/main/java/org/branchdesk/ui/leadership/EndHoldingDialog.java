package org.branchdesk.ui.leadership;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.branchdesk.domain.leadership.EndReason;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;

/** Asks when and why a position ends (免职/结束任职), and for confirmation. */
final class EndHoldingDialog {
    /** What the clerk confirmed. */
    record Answer(LocalDate on, EndReason reason) {}

    private EndHoldingDialog() {}

    static Optional<Answer> show(
            Window owner, CommitteeViewModel.Row row, LocalDate today, List<EndReason> reasons) {
        Dialog<ButtonType> dialog = Dialogs.localized(new Dialog<>());
        dialog.setTitle(I18n.text("committee.end"));
        dialog.setHeaderText(I18n.text("committee.end.confirm", row.member(), row.position()));
        dialog.getDialogPane().setId("endHoldingDialog");
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        DatePicker on = new DatePicker(today);
        on.setId("endOn");
        ComboBox<EndReason> reason = new ComboBox<>();
        reason.setId("endReason");
        reason.getItems().setAll(reasons);
        reason.setConverter(
                Tables.converter(
                        (EndReason r) -> r == null ? "" : I18n.text("endReason." + r.name())));
        reason.setValue(reasons.get(0));
        Label body = new Label(I18n.text("committee.end.body"));
        body.setWrapText(true);
        body.setMaxWidth(420);
        GridPane grid = Dialogs.form();
        grid.add(body, 0, 0, 2, 1);
        grid.addRow(1, new Label(I18n.text("field.holding.endedOn")), on);
        grid.addRow(2, new Label(I18n.text("committee.endReason")), reason);
        dialog.getDialogPane().setContent(grid);
        Button ok = (Button) dialog.getDialogPane().lookupButton(Dialogs.OK);
        ok.disableProperty().bind(on.valueProperty().isNull().or(reason.valueProperty().isNull()));
        dialog.initOwner(owner);
        return Dialogs.confirmed(dialog.showAndWait())
                ? Optional.of(new Answer(on.getValue(), reason.getValue()))
                : Optional.empty();
    }
}
