package org.branchdesk.ui.leadership;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;

/** Small controls the leadership dialogs share: whole-number fields, enum boxes, control cells. */
final class LeadershipControls {
    private LeadershipControls() {}

    /**
     * A field for a whole number, kept in step with {@code value} as the clerk types (empty is
     * {@code null}), so that the hints bound to it follow every keystroke.
     */
    static TextField intField(ObjectProperty<Integer> value) {
        TextField field = new TextField(value.get() == null ? "" : value.get().toString());
        field.setPrefColumnCount(6);
        field.setTextFormatter(
                new TextFormatter<String>(
                        change -> change.getControlNewText().matches("\\d{0,6}") ? change : null));
        field.textProperty()
                .addListener(
                        (o, a, text) -> {
                            Integer parsed = text.isEmpty() ? null : Integer.valueOf(text);
                            if (!java.util.Objects.equals(parsed, value.get())) {
                                value.set(parsed);
                            }
                        });
        value.addListener(
                (o, a, now) -> {
                    String text = now == null ? "" : now.toString();
                    if (!text.equals(field.getText())) {
                        field.setText(text);
                    }
                });
        return field;
    }

    /** A combo box of enum values shown by their bundle texts, bound both ways to {@code value}. */
    static <E extends Enum<E>> ComboBox<E> enumBox(
            Class<E> type, String prefix, ObjectProperty<E> value) {
        ComboBox<E> box = new ComboBox<>();
        Tables.enumChoice(box, type, prefix, "value.none");
        box.getItems().remove(null);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    /**
     * A column whose cells hold a control made for their row once (never again while the row stays,
     * so typing in it keeps its focus when the row's values change).
     */
    static <R> TableColumn<R, R> controlColumn(String key, Function<R, Node> make) {
        TableColumn<R, R> column = new TableColumn<>(I18n.text(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setSortable(false);
        column.setCellFactory(
                c ->
                        new TableCell<>() {
                            private R shown;

                            @Override
                            protected void updateItem(R item, boolean empty) {
                                super.updateItem(item, empty);
                                if (empty || item == null) {
                                    shown = null;
                                    setGraphic(null);
                                } else if (item != shown || getGraphic() == null) {
                                    shown = item;
                                    setGraphic(make.apply(item));
                                }
                                setText(null);
                            }
                        });
        return column;
    }

    /** A label for a hint, with an id for tests. */
    static Label hint(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMaxWidth(560);
        l.getStyleClass().add("text-muted");
        return l;
    }
}
