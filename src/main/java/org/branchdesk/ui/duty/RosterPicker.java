package org.branchdesk.ui.duty;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;
import org.branchdesk.ui.duty.RosterViewModel.Choice;

/**
 * The searchable picker of the week grid: the keyboard's and the menu's way to do what a drag from
 * the side list does. Type part of a name (or the last digits of an ID number), arrow down, Enter.
 */
final class RosterPicker {
    private RosterPicker() {}

    /**
     * Asks whom to put on a shift (with the community's teams when {@code withTeams}); empty when
     * the clerk cancels.
     */
    static Optional<Choice> pick(
            Window owner, String title, String header, RosterViewModel vm, boolean withTeams) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setResizable(true);
        dialog.getDialogPane().setId("rosterPicker");
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);

        TextField search = new TextField();
        search.setId("rosterPickerSearch");
        search.setPromptText(I18n.text("roster.side.search"));
        ListView<Choice> list = new ListView<>();
        list.setId("rosterPickerList");
        list.getItems().setAll(vm.choices("", withTeams));
        list.setCellFactory(l -> DutyControls.cell(Tables.converter(RosterViewModel::choiceText)));
        Label none = new Label(I18n.text("teams.form.noneFound"));
        list.setPlaceholder(none);
        search.textProperty()
                .addListener(
                        (o, a, typed) -> {
                            list.getItems().setAll(vm.choices(typed, withTeams));
                            list.getSelectionModel().selectFirst();
                        });
        Button ok = (Button) dialog.getDialogPane().lookupButton(Dialogs.OK);
        ok.setId("rosterPickerOk");
        ok.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        search.setOnKeyPressed(
                e -> {
                    if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                        list.requestFocus();
                        if (list.getSelectionModel().isEmpty()) {
                            list.getSelectionModel().selectFirst();
                        }
                        e.consume();
                    }
                });
        list.setOnMouseClicked(
                e -> {
                    if (e.getClickCount() == 2 && !list.getSelectionModel().isEmpty()) {
                        ok.fire();
                    }
                });
        Label hint = new Label(I18n.text("roster.picker.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        VBox content = new VBox(8, search, list, hint);
        VBox.setVgrow(list, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefSize(480, 520);
        dialog.setResultConverter(
                b -> b == Dialogs.OK ? list.getSelectionModel().getSelectedItem() : null);
        DutyDialogs.styled(dialog, owner);
        dialog.setOnShown(e -> search.requestFocus());
        return dialog.showAndWait();
    }
}
