package org.branchdesk.ui.duty;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import org.branchdesk.service.duty.SentDownService.Line;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;

/**
 * The cadres sent down page (下沉干部): per community, who was sent down by which unit, where they
 * serve and for what period; the buttons that add one and end a sending (hidden from supervisors).
 * What may be done comes from {@link SentDownViewModel}.
 */
public final class SentDownView {
    private final SentDownViewModel viewModel;
    private final BorderPane root = new BorderPane();

    public SentDownView(SentDownViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("sentDownPage");

        Button add = DutyControls.button("addSentDown", "sentDown.add", "mdal-add_business");
        add.getStyleClass().add("edit-action");
        add.setOnAction(
                e -> SentDownDialog.show(root.getScene().getWindow(), viewModel.newSentDown()));
        Button end = DutyControls.button("endSentDown", "sentDown.end", "mdal-archive");
        end.getStyleClass().add("edit-action");
        end.disableProperty().bind(viewModel.mayEndProperty().not());
        end.setOnAction(e -> end());
        ToolBar toolBar =
                new ToolBar(
                        PageParts.search(
                                "sentDownSearch",
                                "sentDown.search.prompt",
                                viewModel.textProperty()),
                        PageParts.communityFilter(
                                "sentDownFilterCommunity",
                                viewModel.communities(),
                                viewModel.communityProperty()),
                        PageParts.check(
                                "sentDownIncludeEnded",
                                "sentDown.includeEnded",
                                viewModel.includeEndedProperty()),
                        DutyControls.editSeparator(),
                        add,
                        end);

        TableView<Line> table =
                PageParts.table(
                        "sentDownTable",
                        viewModel.rows(),
                        viewModel.selectedProperty(),
                        viewModel.placeholderProperty());
        table.getColumns()
                .addAll(
                        List.of(
                                DutyControls.column("sentDown.col.name", 80, Line::name),
                                DutyControls.column(
                                        "sentDown.col.who", 80, SentDownViewModel::whoText),
                                DutyControls.column("sentDown.col.phone", 100, Line::maskedPhone),
                                DutyControls.column("sentDown.col.unit", 190, Line::unit),
                                DutyControls.column(
                                        "sentDown.col.place", 160, SentDownViewModel::placeText),
                                DutyControls.column(
                                        "sentDown.col.period", 190, SentDownViewModel::periodText),
                                DutyControls.column(
                                        "sentDown.col.status",
                                        110,
                                        SentDownViewModel::statusText)));
        DutyControls.greyWhen(table, l -> !l.isServing());
        var summary = PageParts.muted("sentDownSummary", viewModel.summaryProperty());
        BorderPane.setMargin(summary, new Insets(6, 10, 6, 10));

        root.setTop(toolBar);
        root.setCenter(table);
        root.setBottom(summary);
        Dialogs.showNotices(viewModel.noticeProperty(), viewModel::clearNotice, root);
    }

    public Parent root() {
        return root;
    }

    private void end() {
        Line line = viewModel.selectedProperty().get();
        if (line == null) {
            return;
        }
        DutyDialogs.askDate(
                        root.getScene().getWindow(),
                        I18n.text("sentDown.end"),
                        I18n.text("sentDown.end.header", line.name(), line.from()),
                        I18n.text("field.sentDown.to"),
                        viewModel.today())
                .ifPresent(on -> viewModel.end(line, on));
    }
}
