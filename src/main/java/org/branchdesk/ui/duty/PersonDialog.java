package org.branchdesk.ui.duty;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;

/**
 * The dialog that puts a person on the people register or corrects one: each field with the message
 * its ViewModel gives as the clerk types, and what the ID number means (linked to a member, or
 * refused). It closes once the service has saved the person.
 */
final class PersonDialog {
    private PersonDialog() {}

    static void show(Window owner, PersonFormViewModel vm) {
        Dialog<Person> dialog = new Dialog<>();
        dialog.setTitle(vm.title());
        dialog.setHeaderText(vm.header());
        dialog.getDialogPane().setId("personDialog");
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);

        TextField name = new TextField();
        name.setId("personName");
        name.textProperty().bindBidirectional(vm.nameProperty());
        ComboBox<PersonKind> kind = new ComboBox<>();
        kind.setId("personKind");
        Tables.enumChoice(kind, PersonKind.class, "personKind.", "people.form.chooseKind");
        kind.getItems().remove(null);
        kind.setPromptText(I18n.text("people.form.chooseKind"));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        TextField id = new TextField();
        id.setId("personIdNumber");
        id.setPrefColumnCount(20);
        id.setPromptText(vm.idNumberPrompt());
        id.textProperty().bindBidirectional(vm.idNumberProperty());
        TextField phone = new TextField();
        phone.setId("personPhone");
        phone.setPromptText(vm.phonePrompt());
        phone.textProperty().bindBidirectional(vm.phoneProperty());
        TextField note = new TextField();
        note.setId("personNote");
        note.setPrefColumnCount(24);
        note.textProperty().bindBidirectional(vm.noteProperty());
        TextField tags = new TextField();
        tags.setId("personTags");
        tags.setPrefColumnCount(24);
        tags.setPromptText(I18n.text("people.form.tagsPrompt"));
        tags.textProperty().bindBidirectional(vm.tagsProperty());

        Label link = DutyControls.message("personLink", vm.linkMessageProperty());
        link.getStyleClass().remove("field-message");
        link.getStyleClass().add("field-note");
        vm.refusalProperty()
                .addListener(
                        (o, a, r) -> {
                            link.getStyleClass().removeAll("field-message", "field-note");
                            link.getStyleClass().add(r == null ? "field-note" : "field-message");
                        });
        Label nameMessage = DutyControls.message("personNameMessage", vm.nameMessageProperty());
        Label idMessage = DutyControls.message("personIdMessage", vm.idNumberMessageProperty());
        Label phoneMessage = DutyControls.message("personPhoneMessage", vm.phoneMessageProperty());
        Label noteMessage = DutyControls.message("personNoteMessage", vm.noteMessageProperty());
        Label tagsMessage = DutyControls.message("personTagsMessage", vm.tagsMessageProperty());
        Label missing = DutyControls.message("personMissing", vm.missingProperty());
        missing.getStyleClass().setAll("label", "text-muted");
        GridPane grid = Dialogs.form();
        int r = 0;
        grid.addRow(r++, DutyControls.fieldLabel("field.person.name"), field(name, nameMessage));
        grid.addRow(r++, DutyControls.fieldLabel("field.person.kind"), kind);
        grid.addRow(
                r++, DutyControls.fieldLabel("field.person.idNumber"), field(id, idMessage, link));
        grid.addRow(r++, DutyControls.fieldLabel("field.person.phone"), field(phone, phoneMessage));
        grid.addRow(r++, DutyControls.fieldLabel("field.person.tags"), field(tags, tagsMessage));
        grid.addRow(r++, DutyControls.fieldLabel("field.person.note"), field(note, noteMessage));
        grid.add(missing, 1, r);
        DutyDialogs.fitToMessages(
                dialog,
                nameMessage,
                idMessage,
                link,
                phoneMessage,
                tagsMessage,
                noteMessage,
                missing);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(520);

        Button ok = (Button) dialog.getDialogPane().lookupButton(Dialogs.OK);
        ok.setId("personSave");
        ok.disableProperty().bind(vm.canSaveProperty().not());
        ok.addEventFilter(
                ActionEvent.ACTION,
                e -> {
                    e.consume();
                    vm.save();
                });
        Dialogs.showNotices(vm.noticeProperty(), vm::clearNotice, grid);
        vm.savedProperty()
                .addListener(
                        (o, a, p) -> {
                            if (p != null) {
                                dialog.setResult(p);
                                dialog.close();
                            }
                        });
        dialog.setResultConverter(b -> null);
        dialog.initOwner(owner);
        dialog.setOnShown(e -> name.requestFocus());
        dialog.showAndWait();
    }

    /** A field with its messages under it. */
    private static VBox field(javafx.scene.Node input, Label... messages) {
        VBox box = new VBox(2, input);
        box.getChildren().addAll(messages);
        return box;
    }
}
