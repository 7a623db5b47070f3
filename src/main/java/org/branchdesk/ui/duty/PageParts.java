package org.branchdesk.ui.duty;

import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.branchdesk.domain.places.Community;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;

/** The parts the reporting members' and cadres' pages share: filters, the table, the summary. */
final class PageParts {
    private PageParts() {}

    /** A search field bound to the ViewModel's text. */
    static TextField search(
            String id, String promptKey, javafx.beans.property.StringProperty text) {
        TextField search = new TextField();
        search.setId(id);
        search.setPromptText(I18n.text(promptKey));
        search.setPrefColumnCount(14);
        search.textProperty().bindBidirectional(text);
        return search;
    }

    /** The community to list, or 全部社区. */
    static ComboBox<Community> communityFilter(
            String id, ObservableList<Community> items, ObjectProperty<Community> value) {
        ComboBox<Community> box = new ComboBox<>();
        box.setId(id);
        box.setConverter(
                Tables.converter(
                        (Community c) -> c == null ? I18n.text("filter.any.community") : c.name()));
        box.setButtonCell(DutyControls.cell(box.getConverter()));
        DutyControls.itemsWithNone(box, items, value);
        return box;
    }

    static CheckBox check(String id, String key, javafx.beans.property.BooleanProperty value) {
        CheckBox c = new CheckBox(I18n.text(key));
        c.setId(id);
        c.selectedProperty().bindBidirectional(value);
        return c;
    }

    /**
     * The list: its rows, what it says when empty, and the row chosen kept as the ViewModel's (both
     * ways: a list read again chooses the same record).
     */
    static <R> TableView<R> table(
            String id,
            ObservableList<R> rows,
            ObjectProperty<R> selected,
            ObservableStringValue placeholder) {
        TableView<R> table = new TableView<>();
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        DutyControls.listed(table, rows, placeholder, selected);
        selected.addListener(
                (o, a, r) -> {
                    if (r != null) {
                        table.scrollTo(r);
                    }
                });
        return table;
    }

    /** A muted line under the list. */
    static Label muted(String id, ObservableStringValue text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add("text-muted");
        l.textProperty().bind(text);
        return l;
    }
}
