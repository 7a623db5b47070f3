package org.branchdesk.ui.leadership;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;

/**
 * The overview's card 换届提醒: counts and the list; a double-click or the button opens the
 * organization on the organizations screen.
 */
public final class RenewalWatchView {
    private final VBox root = new VBox(8);

    public RenewalWatchView(RenewalWatchViewModel vm) {
        root.setId("renewalWatch");
        root.getStyleClass().add("chart-card");
        Label title = new Label(I18n.text("watch.title"));
        title.getStyleClass().add("title-4");
        Label counts = new Label();
        counts.setId("renewalCounts");
        counts.textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () ->
                                        I18n.text(
                                                "watch.counts",
                                                vm.dueProperty().get(),
                                                vm.overdueProperty().get(),
                                                vm.noSecretaryProperty().get()),
                                vm.dueProperty(),
                                vm.overdueProperty(),
                                vm.noSecretaryProperty()));
        TableView<RenewalWatchViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("renewalTable");
        table.setPrefHeight(220);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.text("watch.none")));
        table.getColumns().add(column("field.holding.org", RenewalWatchViewModel.Row::org));
        table.getColumns().add(column("watch.col.what", RenewalWatchViewModel.Row::what));
        table.getColumns().add(column("watch.col.lastDay", RenewalWatchViewModel.Row::lastDay));
        table.setRowFactory(
                t -> {
                    TableRow<RenewalWatchViewModel.Row> row = new TableRow<>();
                    row.setOnMouseClicked(
                            e -> {
                                if (e.getButton() == MouseButton.PRIMARY
                                        && e.getClickCount() == 2
                                        && !row.isEmpty()) {
                                    vm.open(row.getItem());
                                }
                            });
                    return row;
                });
        Button open = new Button(I18n.text("watch.open"));
        open.setId("openRenewalOrg");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> vm.open(table.getSelectionModel().getSelectedItem()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        root.getChildren().addAll(new HBox(8, title, gap, open), counts, table);
    }

    public Node root() {
        return root;
    }

    private static TableColumn<RenewalWatchViewModel.Row, String> column(
            String key, java.util.function.Function<RenewalWatchViewModel.Row, String> text) {
        TableColumn<RenewalWatchViewModel.Row, String> c = new TableColumn<>(I18n.text(key));
        Tables.text(c, text::apply);
        return c;
    }
}
