package org.branchdesk.ui.care;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchdesk.domain.care.Allocation;
import org.branchdesk.service.care.FundService.Line;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;

/**
 * The funds page (经费与余额): each fund with its source, allocated, paid out, reversed back and balance
 * (a fund running low in red); the allocations of the fund chosen under it; the buttons that open a
 * fund and allocate money (hidden from supervisors). What may be done comes from {@link
 * FundsViewModel}.
 */
public final class FundsView {
    private final FundsViewModel viewModel;
    private final BorderPane root = new BorderPane();

    public FundsView(FundsViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("fundsPage");
        TableView<Line> table =
                CareControls.table(
                        "fundsTable",
                        viewModel.rows(),
                        viewModel.placeholderProperty(),
                        viewModel.selectedProperty());
        table.getColumns()
                .addAll(
                        List.of(
                                CareControls.column(
                                        "care.funds.col.name", 220, l -> l.fund().name()),
                                CareControls.column(
                                        "care.funds.col.source", 110, FundsViewModel::sourceText),
                                CareControls.money(
                                        "care.funds.col.allocated", 120, Line::allocated),
                                CareControls.money("care.funds.col.paidOut", 120, Line::paidOut),
                                CareControls.money("care.funds.col.reversed", 110, Line::reversed),
                                CareControls.money("care.funds.col.balance", 120, Line::balance)));
        CareControls.marked(table, l -> false, FundsViewModel::runningLow);

        SplitPane split = new SplitPane(table, allocations());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);

        Label summary = new Label();
        summary.setId("fundsSummary");
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

    private ToolBar toolBar() {
        Button add = CareControls.button("addFund", "care.fund.add", "mdal-add_circle_outline");
        add.setOnAction(e -> FundDialogs.add(window(), viewModel.newFund()));
        Button allocate =
                CareControls.button("allocateFund", "care.allocation.add", "mdal-attach_money");
        allocate.disableProperty().bind(viewModel.mayAllocateSelectedProperty().not());
        allocate.setOnAction(
                e -> {
                    Line l = viewModel.selectedProperty().get();
                    if (l != null) {
                        FundDialogs.allocate(window(), viewModel.allocate(l));
                    }
                });
        CareControls.editActions(viewModel.mayEdit(), add, allocate);
        Label rule = new Label(I18n.text("care.funds.rule"));
        rule.getStyleClass().add("text-muted");
        return new ToolBar(add, allocate, rule);
    }

    private VBox allocations() {
        Label title = new Label(I18n.text("care.allocations.title"));
        TableView<Allocation> list = new TableView<>(viewModel.allocations());
        list.setId("fundAllocations");
        list.getColumns()
                .addAll(
                        List.of(
                                CareControls.column(
                                        "care.allocations.col.on", 110, a -> a.on().toString()),
                                CareControls.money(
                                        "care.allocations.col.amount",
                                        130,
                                        a -> a.amount().value()),
                                CareControls.column(
                                        "care.allocations.col.document",
                                        300,
                                        Allocation::documentNumber)));
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        list.setPlaceholder(new Label(I18n.text("care.allocations.none")));
        VBox box = new VBox(4, title, list);
        box.setPadding(new Insets(6, 10, 0, 10));
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    private Window window() {
        return root.getScene().getWindow();
    }
}
