package org.branchdesk.ui.care;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.branchdesk.domain.care.DevelopmentStep;
import org.branchdesk.service.care.DevelopmentService.Line;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;

/**
 * The development board (发展党员): the cases grouped by stage, each with its applicant (ID number
 * masked), branch, front-line mark, the day the stage was reached, what is due next and by when
 * (overdue in red), materials still missing; a stage filter; the button that records the chosen
 * case's next step (hidden from supervisors). What may be done comes from {@link
 * DevelopmentViewModel}.
 */
public final class DevelopmentView {
    private final DevelopmentViewModel viewModel;
    private final BorderPane root = new BorderPane();

    public DevelopmentView(DevelopmentViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("developmentPage");
        TableView<Line> table =
                CareControls.table(
                        "developmentTable",
                        viewModel.rows(),
                        viewModel.placeholderProperty(),
                        viewModel.selectedProperty());
        table.getColumns()
                .addAll(
                        List.of(
                                CareControls.column(
                                        "care.development.col.stage",
                                        170,
                                        DevelopmentViewModel::stageText),
                                CareControls.column(
                                        "care.development.col.applicant", 90, Line::applicant),
                                CareControls.column("care.development.col.id", 160, Line::maskedId),
                                CareControls.column(
                                        "care.development.col.branch", 140, Line::branch),
                                CareControls.column(
                                        "care.development.col.frontLine",
                                        50,
                                        DevelopmentViewModel::frontLineText),
                                CareControls.column(
                                        "care.development.col.stageOn",
                                        100,
                                        DevelopmentViewModel::stageOnText),
                                CareControls.column(
                                        "care.development.col.next",
                                        300,
                                        DevelopmentViewModel::nextText),
                                CareControls.column(
                                        "care.development.col.missing",
                                        90,
                                        DevelopmentViewModel::missingText)));
        CareControls.marked(table, l -> l.due() == null, Line::overdue);
        table.setOnMouseClicked(
                e -> {
                    if (e.getClickCount() == 2 && viewModel.mayStepSelectedProperty().get()) {
                        openStep();
                    }
                });

        Label summary = new Label();
        summary.setId("developmentSummary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(viewModel.summaryProperty());
        HBox bottom = new HBox(summary);
        bottom.setPadding(new Insets(6, 10, 6, 10));

        root.setTop(toolBar());
        root.setCenter(table);
        root.setBottom(bottom);
        Dialogs.showNotices(viewModel.noticeProperty(), viewModel::clearNotice, root);
    }

    public Parent root() {
        return root;
    }

    private ToolBar toolBar() {
        ComboBox<DevelopmentStep> stage =
                CareControls.filter(
                        "developmentStage",
                        viewModel.stages(),
                        viewModel.stageProperty(),
                        DevelopmentViewModel::stageChoice);
        Button step =
                CareControls.button(
                        "recordDevelopmentStep",
                        "care.development.recordStep",
                        "mdmz-playlist_add_check");
        step.disableProperty().bind(viewModel.mayStepSelectedProperty().not());
        step.setOnAction(e -> openStep());
        CareControls.editActions(viewModel.mayEdit(), step);
        Label rule = new Label(I18n.text("care.development.rule"));
        rule.getStyleClass().add("text-muted");
        return new ToolBar(stage, step, rule);
    }

    private void openStep() {
        Line l = viewModel.selectedProperty().get();
        if (l != null && l.due() != null) {
            DevelopmentDialogs.step(window(), viewModel.stepForm(l));
        }
    }

    private Window window() {
        return root.getScene().getWindow();
    }
}
