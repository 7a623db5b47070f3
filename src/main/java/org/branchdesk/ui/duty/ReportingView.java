package org.branchdesk.ui.duty;

import java.io.File;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.branchdesk.service.duty.ReportingService.Line;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The reporting members' page (报到党员): in-service members reporting to the communities, with their
 * unit and its party organization, the posts they claimed and the hours they served; the buttons
 * that record a reporting, end one, claim a post, drop a claim and record hours (hidden from
 * supervisors), and the feedback sheet to the unit's party organization. What may be done comes
 * from {@link ReportingViewModel}.
 */
public final class ReportingView {
    private final ReportingViewModel viewModel;
    private final BorderPane root = new BorderPane();

    public ReportingView(ReportingViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("reportingPage");

        Button add = edit("addReporting", "reporting.add", "mdmz-person_add");
        add.setOnAction(e -> ReportingDialogs.report(window(), viewModel.newReporting()));
        Button claim = edit("claimPost", "reporting.claim", "mdal-assignment_ind");
        claim.disableProperty().bind(viewModel.mayChangeProperty().not());
        claim.setOnAction(e -> ReportingDialogs.claim(window(), viewModel.claimForm()));
        Button drop = edit("dropClaim", "reporting.drop", "mdal-assignment_return");
        drop.disableProperty().bind(viewModel.mayDropProperty().not());
        drop.setOnAction(e -> drop());
        Button hours = edit("recordHours", "reporting.hours", "mdal-access_time");
        hours.disableProperty().bind(viewModel.mayChangeProperty().not());
        hours.setOnAction(e -> ReportingDialogs.hours(window(), viewModel.hoursForm()));
        Button end = edit("endReporting", "reporting.end", "mdal-archive");
        end.disableProperty().bind(viewModel.mayChangeProperty().not());
        end.setOnAction(e -> end());
        MenuButton feedback =
                new MenuButton(I18n.text("reporting.feedback"), new FontIcon("mdmz-print"));
        feedback.setId("reportingFeedback");
        feedback.disableProperty().bind(viewModel.selectedProperty().isNull());
        MenuItem print = new MenuItem(I18n.text("roster.print.print"));
        print.setOnAction(e -> viewModel.feedback(RosterPrinting.Action.PRINT, null));
        MenuItem save = new MenuItem(I18n.text("roster.print.save"));
        save.setOnAction(e -> save());
        MenuItem open = new MenuItem(I18n.text("roster.print.open"));
        open.setOnAction(e -> viewModel.feedback(RosterPrinting.Action.OPEN, null));
        feedback.getItems().addAll(print, save, open);
        if (!viewModel.feedbackIssued()) {
            feedback.setText(I18n.text("reporting.feedback.draftButton"));
        }

        ToolBar toolBar =
                new ToolBar(
                        PageParts.search(
                                "reportingSearch",
                                "reporting.search.prompt",
                                viewModel.textProperty()),
                        PageParts.communityFilter(
                                "reportingFilterCommunity",
                                viewModel.communities(),
                                viewModel.communityProperty()),
                        PageParts.check(
                                "reportingIdleOnly",
                                "reporting.idleOnly",
                                viewModel.idleOnlyProperty()),
                        PageParts.check(
                                "reportingIncludeEnded",
                                "reporting.includeEnded",
                                viewModel.includeEndedProperty()),
                        DutyControls.editSeparator(),
                        add);
        // what is done to the reporting chosen, under the list, beside what it says of it
        // (a box, not a tool bar: a tool bar would hide what does not fit in its overflow menu)
        HBox chosen = new HBox(6, feedback, DutyControls.editSeparator(), claim, drop, hours, end);
        chosen.setId("reportingActions");
        chosen.setAlignment(Pos.CENTER_LEFT);
        chosen.setPadding(new Insets(6, 10, 0, 10));

        TableView<Line> table =
                PageParts.table(
                        "reportingTable",
                        viewModel.rows(),
                        viewModel.selectedProperty(),
                        viewModel.placeholderProperty());
        table.getColumns()
                .addAll(
                        List.of(
                                DutyControls.column("reporting.col.member", 80, Line::member),
                                DutyControls.column("reporting.col.phone", 100, Line::maskedPhone),
                                DutyControls.column(
                                        "reporting.col.place", 150, ReportingViewModel::placeText),
                                DutyControls.column("reporting.col.unit", 150, Line::unit),
                                DutyControls.column(
                                        "reporting.col.unitOrg", 190, ReportingViewModel::orgText),
                                DutyControls.column(
                                        "reporting.col.reportedOn",
                                        90,
                                        l -> l.reportedOn().toString()),
                                DutyControls.column(
                                        "reporting.col.posts", 130, ReportingViewModel::postsText),
                                DutyControls.column(
                                        "reporting.col.hours", 70, ReportingViewModel::hoursText),
                                DutyControls.column(
                                        "reporting.col.status", 100, viewModel::statusText)));
        DutyControls.greyWhen(table, l -> !l.isOpen());

        Label claims = new Label();
        claims.setId("reportingClaims");
        claims.setWrapText(true);
        claims.textProperty().bind(viewModel.claimsTextProperty());
        claims.visibleProperty().bind(claims.textProperty().isNotEmpty());
        claims.managedProperty().bind(claims.visibleProperty());
        VBox text =
                new VBox(
                        4,
                        claims,
                        PageParts.muted("reportingSummary", viewModel.summaryProperty()));
        text.setPadding(new Insets(6, 10, 6, 10));
        VBox bottom = new VBox(chosen, text);

        root.setTop(toolBar);
        root.setCenter(table);
        root.setBottom(bottom);
        Dialogs.showNotices(viewModel.noticeProperty(), viewModel::clearNotice, root);
    }

    public Parent root() {
        return root;
    }

    private static Button edit(String id, String key, String icon) {
        Button b = DutyControls.button(id, key, icon);
        b.getStyleClass().add("edit-action");
        return b;
    }

    private javafx.stage.Window window() {
        return root.getScene().getWindow();
    }

    private void end() {
        Line line = viewModel.selectedProperty().get();
        if (line == null) {
            return;
        }
        DutyDialogs.askDate(
                        window(),
                        I18n.text("reporting.end"),
                        I18n.text("reporting.end.header", line.member(), line.reportedOn()),
                        I18n.text("field.reporting.endedOn"),
                        viewModel.today())
                .ifPresent(on -> viewModel.end(line, on));
    }

    private void drop() {
        Line line = viewModel.selectedProperty().get();
        if (line == null || viewModel.claims().isEmpty()) {
            return;
        }
        ReportingDialogs.drop(window(), line.member(), List.copyOf(viewModel.claims()))
                .ifPresent(viewModel::drop);
    }

    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.text("roster.print.save"));
        chooser.setInitialFileName(viewModel.feedbackFileName() + ".pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            viewModel.feedback(RosterPrinting.Action.SAVE, file.toPath());
        }
    }
}
