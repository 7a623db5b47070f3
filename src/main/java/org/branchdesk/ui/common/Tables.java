package org.branchdesk.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.util.StringConverter;

/** Small helpers for tables and choice boxes of read-only rows. */
public final class Tables {
    private Tables() {}

    /** A read-only converter: how a choice box or combo box shows its items. */
    public static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return text.apply(item);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** A column showing {@code text(row)}. */
    public static <R> void text(TableColumn<R, String> column, Function<R, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.apply(c.getValue())));
    }

    /**
     * A combo box of enum values, shown by their bundle texts ({@code prefix + NAME}); the empty
     * choice reads {@code anyKey} (e.g. 全部党员类别).
     */
    public static <E extends Enum<E>> void enumChoice(
            ComboBox<E> box, Class<E> type, String prefix, String anyKey) {
        box.getItems().add(null);
        box.getItems().addAll(type.getEnumConstants());
        StringConverter<E> converter =
                converter((E e) -> e == null ? I18n.text(anyKey) : I18n.text(prefix + e.name()));
        box.setConverter(converter);
        box.setButtonCell(
                new ListCell<>() {
                    @Override
                    protected void updateItem(E item, boolean empty) {
                        super.updateItem(item, empty);
                        setText(empty ? null : converter.toString(item));
                    }
                });
    }
}
