package org.branchdesk.ui.care;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchdesk.service.care.SupplyService.Movement;
import org.branchdesk.service.care.SupplyService.Stock;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;

/**
 * The supplies page (防疫物资): the stock of every item (items without stock in red), the chosen item's
 * movements with the stock after each, and the buttons that add an item and record what came in or
 * went out (hidden from supervisors). What may be done comes from {@link SuppliesViewModel}.
 */
public final class SuppliesView {
    private final SuppliesViewModel viewModel;
    private final BorderPane root = new BorderPane();

    public SuppliesView(SuppliesViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("suppliesPage");
        TableView<Stock> table =
                CareControls.table(
                        "suppliesTable",
                        viewModel.rows(),
                        viewModel.placeholderProperty(),
                        viewModel.selectedProperty());
        table.getColumns()
                .addAll(
                        List.of(
                                CareControls.column(
                                        "care.supplies.col.name", 220, s -> s.item().name()),
                                CareControls.column(
                                        "care.supplies.col.category",
                                        100,
                                        SuppliesViewModel::categoryText),
                                CareControls.column(
                                        "care.supplies.col.unit", 60, s -> s.item().unit()),
                                quantity("care.supplies.col.in", Stock::in),
                                quantity("care.supplies.col.out", Stock::out),
                                quantity("care.supplies.col.stock", Stock::stock)));
        CareControls.marked(table, s -> false, SuppliesViewModel::outOfStock);

        SplitPane split = new SplitPane(table, movements());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);

        Label summary = new Label();
        summary.setId("suppliesSummary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(viewModel.summaryProperty());
        HBox bottom = new HBox(summary);
        bottom.setPadding(new Insets(6, 10, 6, 10));

        root.setTop(toolBar());
        root.setCenter(split);
        root.setBottom(bottom);
        Dialogs.showNotices(viewModel.noticeProperty(), viewModel::clearNotice, root);
    }

    public Parent root() {
        return root;
    }

    private static <R> TableColumn<R, String> quantity(
            String key, java.util.function.Function<R, java.math.BigDecimal> q) {
        TableColumn<R, String> c =
                CareControls.column(key, 90, r -> SuppliesViewModel.quantityText(q.apply(r)));
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    private ToolBar toolBar() {
        Button add =
                CareControls.button(
                        "addSupplyItem", "care.supplies.addItem", "mdal-add_circle_outline");
        add.setOnAction(e -> SupplyDialogs.item(window(), viewModel.newItem()));
        Button receive =
                CareControls.button("receiveSupplies", "care.supplies.receive", "mdal-archive");
        Button issue =
                CareControls.button("issueSupplies", "care.supplies.issue", "mdmz-unarchive");
        receive.disableProperty().bind(viewModel.mayMoveSelectedProperty().not());
        issue.disableProperty().bind(viewModel.mayMoveSelectedProperty().not());
        receive.setOnAction(e -> move(true));
        issue.setOnAction(e -> move(false));
        CareControls.editActions(viewModel.mayEdit(), add, receive, issue);
        Label rule = new Label(I18n.text("care.supplies.rule"));
        rule.getStyleClass().add("text-muted");
        return new ToolBar(add, receive, issue, rule);
    }

    private void move(boolean in) {
        Stock s = viewModel.selectedProperty().get();
        if (s != null) {
            SupplyDialogs.move(window(), viewModel.move(s, in));
        }
    }

    private VBox movements() {
        Label title = new Label(I18n.text("care.supplies.movements"));
        TableView<Movement> list = new TableView<>(viewModel.movements());
        list.setId("supplyMovements");
        list.getColumns()
                .addAll(
                        List.of(
                                CareControls.column(
                                        "care.supplies.col.on", 100, m -> m.on().toString()),
                                CareControls.column(
                                        "care.supplies.col.direction",
                                        60,
                                        SuppliesViewModel::directionText),
                                quantity("care.supplies.col.quantity", Movement::quantity),
                                CareControls.column(
                                        "care.supplies.col.counterpart",
                                        320,
                                        Movement::counterpart),
                                quantity("care.supplies.col.after", Movement::stock),
                                CareControls.column(
                                        "care.supplies.col.detail", 300, Movement::detail)));
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        list.setPlaceholder(new Label(I18n.text("care.supplies.noMovements")));
        VBox box = new VBox(4, title, list);
        box.setPadding(new Insets(6, 10, 0, 10));
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    private Window window() {
        return root.getScene().getWindow();
    }
}
