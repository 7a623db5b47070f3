package org.branchdesk.ui.duty;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.Separator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small controls the duty pages share: toolbar buttons, text columns, a field's message. */
final class DutyControls {
    private DutyControls() {}

    /** A toolbar button with an id (for tests), its bundle text and an icon. */
    static Button button(String id, String key, String icon) {
        Button b = new Button(I18n.text(key), new FontIcon(icon));
        b.setId(id);
        return b;
    }

    /** A column of text, titled from the bundle. */
    static <R> TableColumn<R, String> column(String key, double width, Function<R, String> text) {
        TableColumn<R, String> c = new TableColumn<>(I18n.text(key));
        c.setPrefWidth(width);
        Tables.text(c, text);
        return c;
    }

    /** A line under a form's field that says what is wrong, shown only when there is something. */
    static Label message(String id, ObservableStringValue text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMaxWidth(320);
        l.getStyleClass().add("field-message");
        l.textProperty().bind(text);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /** A cell that shows an item by a converter (a combo box's button, a list's rows). */
    static <T> ListCell<T> cell(StringConverter<T> converter) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : converter.toString(item));
            }
        };
    }

    /**
     * Keeps a combo box's items as {@code source} with a first empty choice ({@code null}, shown by
     * the converter as 全部 or 全社区). The value stays what the model says: a combo box would otherwise
     * move its selection onto whatever item takes the empty choice's place.
     */
    static <T> void itemsWithNone(
            ComboBox<T> box, ObservableList<T> source, ObjectProperty<T> value) {
        Runnable fill =
                () -> {
                    T keep = value.get();
                    List<T> items = new ArrayList<>();
                    items.add(null);
                    items.addAll(source);
                    box.getItems().setAll(items);
                    box.setValue(keep);
                    value.set(keep);
                };
        fill.run();
        source.addListener((ListChangeListener<T>) c -> fill.run());
        box.valueProperty().bindBidirectional(value);
    }

    /**
     * The label of a form's field, on the field's first line (a message may open under the field).
     */
    static Label fieldLabel(String key) {
        Label l = new Label(I18n.text(key));
        l.setPadding(new Insets(6, 0, 0, 0));
        GridPane.setValignment(l, VPos.TOP);
        return l;
    }

    private static final PseudoClass ENDED = PseudoClass.getPseudoClass("ended");

    /** Greys the rows of a table that are off the register (left, stood down): still listed. */
    static <R> void greyWhen(TableView<R> table, Predicate<R> ended) {
        greyWhen(table, ended, null);
    }

    /**
     * Greys the rows off the register, and opens a row with a double-click ({@code open}, or
     * nothing when {@code null}).
     */
    static <R> void greyWhen(TableView<R> table, Predicate<R> ended, Consumer<R> open) {
        table.setRowFactory(
                t -> {
                    TableRow<R> row =
                            new TableRow<>() {
                                @Override
                                protected void updateItem(R item, boolean empty) {
                                    super.updateItem(item, empty);
                                    pseudoClassStateChanged(
                                            ENDED, !empty && item != null && ended.test(item));
                                }
                            };
                    if (open != null) {
                        row.setOnMouseClicked(
                                e -> {
                                    if (e.getClickCount() == 2 && !row.isEmpty()) {
                                        open.accept(row.getItem());
                                    }
                                });
                    }
                    return row;
                });
    }

    /**
     * Shows a model's rows in a table, with what the table says when empty, and keeps the row
     * chosen in the table and the model's choice the same both ways.
     */
    static <R> void listed(
            TableView<R> table,
            ObservableList<R> rows,
            ObservableStringValue placeholder,
            ObjectProperty<R> selected) {
        table.setItems(rows);
        Label empty = new Label();
        empty.setWrapText(true);
        empty.setMaxWidth(520);
        empty.textProperty().bind(placeholder);
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> selected.set(r));
        selected.addListener(
                (o, a, r) -> {
                    if (table.getSelectionModel().getSelectedItem() != r) {
                        table.getSelectionModel().select(r);
                    }
                });
    }

    /** A toolbar's separator before the buttons that change a register (hidden with them). */
    static Separator editSeparator() {
        Separator s = new Separator(Orientation.VERTICAL);
        s.getStyleClass().add("edit-action");
        return s;
    }

    /**
     * Shows a list's item on two lines, the second muted: {@code text} gives both, split by a line
     * break ({@code 张伟　本周 2 班} over {@code 党员 · 青槐小区}).
     */
    static void twoLines(ListCell<?> cell, String text) {
        cell.setText(null);
        if (text == null) {
            cell.setGraphic(null);
            return;
        }
        String[] lines = text.split("\n", 2);
        Label first = new Label(lines[0]);
        first.getStyleClass().add("roster-side-name");
        VBox box = new VBox(first);
        if (lines.length > 1) {
            Label second = new Label(lines[1]);
            second.getStyleClass().add("text-muted");
            box.getChildren().add(second);
        }
        cell.setGraphic(box);
    }

    /** A list's row on two lines (see {@link #twoLines}). */
    static <T> ListCell<T> twoLineCell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                twoLines(this, empty || item == null ? null : text.apply(item));
            }
        };
    }

    /**
     * Keeps a list's or table's selection and a model's chosen item the same, either way round (the
     * model may choose one itself, say the record just saved).
     */
    static <T> void syncSelection(MultipleSelectionModel<T> selection, ObjectProperty<T> chosen) {
        selection.selectedItemProperty().addListener((o, a, item) -> chosen.set(item));
        chosen.addListener(
                (o, a, item) -> {
                    if (selection.getSelectedItem() != item) {
                        selection.select(item);
                    }
                });
    }
}
