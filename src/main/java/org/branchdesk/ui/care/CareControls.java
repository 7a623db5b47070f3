package org.branchdesk.ui.care;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Small controls and helpers the care pages share: toolbar buttons that only clerks see, text and
 * money columns, a field's message, a domain rule's refusal as a form's message.
 */
final class CareControls {
    private static final PseudoClass ENDED = PseudoClass.getPseudoClass("ended");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private CareControls() {}

    /** A toolbar button with an id (for tests), its bundle text and an icon. */
    static Button button(String id, String key, String icon) {
        Button b = new Button(I18n.text(key), new FontIcon(icon));
        b.setId(id);
        return b;
    }

    /**
     * Marks nodes that change a register: hidden from an account that may not edit (the shell's
     * read-only mode hides them too, by the style class).
     */
    static void editActions(boolean mayEdit, Node... nodes) {
        for (Node n : nodes) {
            n.getStyleClass().add("edit-action");
            n.setVisible(mayEdit);
            n.setManaged(mayEdit);
        }
    }

    /** A column of text, titled from the bundle. */
    static <R> TableColumn<R, String> column(String key, double width, Function<R, String> text) {
        TableColumn<R, String> c = new TableColumn<>(I18n.text(key));
        c.setPrefWidth(width);
        Tables.text(c, text);
        return c;
    }

    /**
     * A column that never shrinks below {@code width}: codes and dates cut to "2020-0…" tell a
     * clerk nothing, so the wider text columns give way instead.
     */
    static <R, T> TableColumn<R, T> atLeast(TableColumn<R, T> c, double width) {
        c.setMinWidth(width);
        return c;
    }

    /** A column of money, right-aligned, with two places and thousands separators. */
    static <R> TableColumn<R, String> money(
            String key, double width, Function<R, BigDecimal> amount) {
        TableColumn<R, String> c =
                column(
                        key,
                        width,
                        r -> {
                            BigDecimal a = amount.apply(r);
                            return a == null ? "" : Yuan.figures(a);
                        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    /**
     * Shows rows in a table with what it says when empty, and keeps the row chosen and the model's
     * choice the same, either way round.
     */
    static <R> TableView<R> table(
            String id,
            ObservableList<R> rows,
            ObservableStringValue placeholder,
            ObjectProperty<R> chosen) {
        TableView<R> table = new TableView<>(rows);
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.setWrapText(true);
        empty.setMaxWidth(520);
        empty.textProperty().bind(placeholder);
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> chosen.set(r));
        chosen.addListener(
                (o, a, r) -> {
                    if (table.getSelectionModel().getSelectedItem() != r) {
                        table.getSelectionModel().select(r);
                    }
                    if (r != null) {
                        table.scrollTo(r);
                    }
                });
        return table;
    }

    /** Greys the rows that count nowhere (cancelled) and marks the ones to look at (red). */
    static <R> void marked(TableView<R> table, Predicate<R> grey, Predicate<R> warn) {
        table.setRowFactory(
                t ->
                        new TableRow<>() {
                            @Override
                            protected void updateItem(R item, boolean empty) {
                                super.updateItem(item, empty);
                                boolean shown = !empty && item != null;
                                pseudoClassStateChanged(ENDED, shown && grey.test(item));
                                pseudoClassStateChanged(WARNING, shown && warn.test(item));
                            }
                        });
    }

    /** A line under a form's field that says what is wrong, shown only when there is something. */
    static Label message(String id, ObservableStringValue text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMaxWidth(360);
        l.getStyleClass().add("field-message");
        l.textProperty().bind(text);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /** A line of a form that is a note (blue), not an error: the capitals, the balance after. */
    static Label note(String id, ObservableStringValue text) {
        Label l = message(id, text);
        l.getStyleClass().setAll("label", "field-note");
        return l;
    }

    /** What is still to fill in, muted. */
    static Label missing(String id, ObservableStringValue text) {
        Label l = message(id, text);
        l.getStyleClass().setAll("label", "text-muted");
        return l;
    }

    /** The label of a form's field, on the field's first line (messages open under the field). */
    static Label fieldLabel(String key) {
        Label l = new Label(I18n.text(key));
        l.setPadding(new Insets(4, 0, 0, 0));
        GridPane.setValignment(l, VPos.TOP);
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
     * A filter's choice: {@code source} with a first empty choice ({@code null}, shown by {@code
     * text} as 全部…); the value stays the model's when the list is read again.
     */
    static <T> ComboBox<T> filter(
            String id,
            ObservableList<T> source,
            ObjectProperty<T> value,
            Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setConverter(Tables.converter(text));
        box.setButtonCell(cell(box.getConverter()));
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
        return box;
    }

    /**
     * What a domain rule says about a field: empty when the check passes, else the refusal in
     * Chinese (a form's message under the field).
     */
    static String reason(Runnable check) {
        try {
            check.run();
            return "";
        } catch (ValidationError e) {
            return e.reason();
        } catch (UserError e) {
            return e.getMessage();
        }
    }
}
