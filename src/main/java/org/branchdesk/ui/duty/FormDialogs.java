package org.branchdesk.ui.duty;

import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.service.units.UnitService;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.Tables;

/**
 * The parts the reporting members' and cadres' forms share: a dialog that saves through its
 * ViewModel and closes once saved, a searchable list to pick someone from, the community and
 * compound, and the unit picked from the register or typed.
 */
final class FormDialogs {
    private FormDialogs() {}

    /** A form's dialog with 确定 and 取消, titled from the bundle. */
    static <T> Dialog<T> dialog(String id, String title, String header) {
        Dialog<T> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setResizable(true);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        return dialog;
    }

    /** What a form's ViewModel gives its dialog to save with. */
    record Saving<T>(
            BooleanBinding canSave,
            Runnable save,
            ObservableValue<Notice> notice,
            Runnable clearNotice,
            ObservableValue<T> saved) {}

    /**
     * Shows the form: 确定 is enabled when the ViewModel says so and saves through it (the dialog
     * stays open on a refusal, shown over {@code content}), closing once saved.
     */
    static <T> void show(
            Dialog<T> dialog, String okId, Node content, Saving<T> vm, Window owner, Node focus) {
        dialog.getDialogPane().setContent(content);
        Button ok = (Button) dialog.getDialogPane().lookupButton(Dialogs.OK);
        ok.setId(okId);
        ok.disableProperty().bind(vm.canSave().not());
        ok.addEventFilter(
                ActionEvent.ACTION,
                e -> {
                    e.consume();
                    vm.save().run();
                });
        Dialogs.showNotices(vm.notice(), vm.clearNotice(), content);
        vm.saved()
                .addListener(
                        (o, a, t) -> {
                            if (t != null) {
                                dialog.setResult(t);
                                dialog.close();
                            }
                        });
        dialog.setResultConverter(b -> null);
        DutyDialogs.styled(dialog, owner);
        if (focus != null) {
            dialog.setOnShown(e -> focus.requestFocus());
        }
        dialog.showAndWait();
    }

    /** A field with its messages under it. */
    static VBox field(Node input, Label... messages) {
        VBox box = new VBox(2, input);
        box.getChildren().addAll(messages);
        return box;
    }

    /** A line of a form that is a note (blue), not an error. */
    static Label note(String id, StringBinding text) {
        Label l = DutyControls.message(id, text);
        l.getStyleClass().setAll("label", "field-note");
        return l;
    }

    /** What is still to fill in, muted. */
    static Label missing(String id, StringBinding text) {
        Label l = DutyControls.message(id, text);
        l.getStyleClass().setAll("label", "text-muted");
        return l;
    }

    /**
     * A search field over a list to pick one from: typing filters the list (the ViewModel's), arrow
     * down goes into it, and the row chosen is the ViewModel's value.
     */
    static <T> VBox picker(
            String id,
            StringProperty search,
            ObservableList<T> items,
            ObjectProperty<T> value,
            Function<T, String> text,
            StringBinding empty) {
        TextField find = new TextField();
        find.setId(id + "Search");
        find.setPromptText(I18n.text("teams.form.searchPrompt"));
        find.textProperty().bindBidirectional(search);
        ListView<T> list = new ListView<>(items);
        list.setId(id + "List");
        list.setPrefHeight(150);
        list.setCellFactory(l -> DutyControls.cell(Tables.converter(text)));
        Label none = new Label();
        none.setWrapText(true);
        none.setPadding(new Insets(0, 12, 0, 12));
        none.textProperty().bind(empty);
        list.setPlaceholder(none);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> value.set(t));
        value.addListener(
                (o, a, t) -> {
                    if (t == null) {
                        list.getSelectionModel().clearSelection();
                    }
                });
        find.setOnKeyPressed(
                e -> {
                    if (e.getCode() == KeyCode.DOWN && !items.isEmpty()) {
                        list.requestFocus();
                        list.getSelectionModel().selectFirst();
                        e.consume();
                    }
                });
        return new VBox(4, find, list);
    }

    /** A choice of community for a form. */
    static ComboBox<Community> community(
            String id, ObservableList<Community> items, ObjectProperty<Community> value) {
        ComboBox<Community> box = new ComboBox<>(items);
        box.setId(id);
        box.setPromptText(I18n.text("teams.form.chooseCommunity"));
        box.setConverter(Tables.converter((Community c) -> c == null ? "" : c.name()));
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    /** A choice of compound within the community, or 全社区. */
    static ComboBox<Compound> compound(
            String id, ObservableList<Compound> items, ObjectProperty<Compound> value) {
        ComboBox<Compound> box = new ComboBox<>();
        box.setId(id);
        box.setConverter(
                Tables.converter(
                        (Compound c) -> c == null ? I18n.text("teams.wholeCommunity") : c.name()));
        box.setButtonCell(DutyControls.cell(box.getConverter()));
        DutyControls.itemsWithNone(box, items, value);
        box.setVisibleRowCount(15);
        return box;
    }

    /**
     * The unit: a unit of the register, or (the first choice) typed by name in the field under it,
     * which is enabled only then.
     */
    static VBox unit(
            String id,
            ObservableList<UnitService.Row> units,
            ObjectProperty<UnitService.Row> value,
            StringProperty name,
            Label... messages) {
        ComboBox<UnitService.Row> box = new ComboBox<>();
        box.setId(id);
        box.setConverter(Tables.converter(UnitFields::rowText));
        box.setButtonCell(DutyControls.cell(box.getConverter()));
        box.setMaxWidth(360);
        DutyControls.itemsWithNone(box, units, value);
        TextField typed = new TextField();
        typed.setId(id + "Name");
        typed.setPromptText(I18n.text("reporting.unit.namePrompt"));
        typed.textProperty().bindBidirectional(name);
        typed.disableProperty().bind(value.isNotNull());
        VBox box2 = new VBox(4, box, typed);
        box2.getChildren().addAll(messages);
        return box2;
    }

    /** A grid of a form's fields. */
    static GridPane grid() {
        return Dialogs.form();
    }
}
