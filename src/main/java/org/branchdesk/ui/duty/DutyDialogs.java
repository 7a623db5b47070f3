package org.branchdesk.ui.duty;

import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;

/** Small dialogs the duty pages share. */
final class DutyDialogs {
    private DutyDialogs() {}

    /**
     * Asks for the day something ends (a person taken off the register, a team stood down); empty
     * when the clerk cancels. The service checks the day.
     */
    static Optional<LocalDate> askDate(
            Window owner, String title, String header, String label, LocalDate initial) {
        Dialog<ButtonType> dialog = Dialogs.localized(new Dialog<>());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId("dutyDateDialog");
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        DatePicker on = new DatePicker(initial);
        on.setId("dutyDate");
        GridPane grid = Dialogs.form();
        grid.addRow(0, new Label(label), on);
        Label kept = new Label(I18n.text("duty.recordKept"));
        kept.getStyleClass().add("text-muted");
        grid.add(kept, 0, 1, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.initOwner(owner);
        return Dialogs.confirmed(dialog.showAndWait())
                ? Optional.ofNullable(on.getValue())
                : Optional.empty();
    }

    /**
     * Lets a form dialog grow and shrink with the messages under its fields, so that a message
     * never pushes the buttons out of sight.
     */
    static void fitToMessages(Dialog<?> dialog, Label... messages) {
        for (Label m : messages) {
            m.textProperty()
                    .addListener(
                            (o, a, b) ->
                                    Platform.runLater(
                                            () -> {
                                                Window w =
                                                        dialog.getDialogPane().getScene() == null
                                                                ? null
                                                                : dialog.getDialogPane()
                                                                        .getScene()
                                                                        .getWindow();
                                                if (w != null) {
                                                    w.sizeToScene();
                                                }
                                            }));
        }
    }

    /** Gives a dialog the window's own styles (a conflict in red, a note in blue) and its owner. */
    static void styled(Dialog<?> dialog, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            }
        }
    }
}
