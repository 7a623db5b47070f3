package org.branchdesk.ui.duty;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.branchdesk.domain.duty.TeamKind;
import org.branchdesk.domain.places.Community;
import org.branchdesk.service.duty.TeamService.Line;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;

/**
 * The teams' page (队伍): the teams of every community and compound with their kind, leader and
 * headcount, the members of the one chosen under the table, and the buttons that form a team and
 * stand one down (hidden from supervisors). What may be done comes from {@link TeamsViewModel}.
 */
public final class TeamsView {
    private final TeamsViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final TableView<Line> table = new TableView<>();

    public TeamsView(TeamsViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("teamsPage");

        TextField search = new TextField();
        search.setId("teamsSearch");
        search.setPromptText(I18n.text("teams.search.prompt"));
        search.setPrefColumnCount(14);
        search.textProperty().bindBidirectional(viewModel.textProperty());
        ComboBox<Community> community = new ComboBox<>();
        community.setId("teamsCommunity");
        community.setConverter(
                Tables.converter(
                        (Community c) -> c == null ? I18n.text("filter.any.community") : c.name()));
        community.setButtonCell(DutyControls.cell(community.getConverter()));
        DutyControls.itemsWithNone(
                community, viewModel.communities(), viewModel.communityProperty());
        ComboBox<TeamKind> kind = new ComboBox<>();
        kind.setId("teamsKind");
        Tables.enumChoice(kind, TeamKind.class, "teamKind.", "filter.any.teamKind");
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        CheckBox ended = new CheckBox(I18n.text("teams.includeEnded"));
        ended.setId("teamsIncludeEnded");
        ended.selectedProperty().bindBidirectional(viewModel.includeEndedProperty());

        Button add = DutyControls.button("addTeam", "teams.add", "mdal-group_add");
        add.getStyleClass().add("edit-action");
        add.setOnAction(e -> TeamDialog.show(root.getScene().getWindow(), viewModel.newTeam()));
        Button end = DutyControls.button("endTeam", "teams.end", "mdal-archive");
        end.getStyleClass().add("edit-action");
        end.disableProperty()
                .bind(
                        Bindings.createBooleanBinding(
                                () -> !viewModel.mayEnd(viewModel.selectedProperty().get()),
                                viewModel.selectedProperty()));
        end.setOnAction(e -> end());
        ToolBar toolBar =
                new ToolBar(search, community, kind, ended, DutyControls.editSeparator(), add, end);

        table.setId("teamsTable");
        table.getColumns()
                .addAll(
                        List.of(
                                DutyControls.column("teams.col.name", 150, l -> l.team().name()),
                                DutyControls.column(
                                        "teams.col.kind", 100, TeamsViewModel::kindText),
                                DutyControls.column("teams.col.community", 100, Line::community),
                                DutyControls.column(
                                        "teams.col.compound", 120, TeamsViewModel::compoundText),
                                DutyControls.column(
                                        "teams.col.leader", 80, TeamsViewModel::leaderText),
                                DutyControls.column(
                                        "teams.col.count", 60, TeamsViewModel::countText),
                                DutyControls.column(
                                        "teams.col.formedOn",
                                        100,
                                        l -> l.team().formedOn().toString()),
                                DutyControls.column(
                                        "teams.col.status", 130, TeamsViewModel::statusText)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        DutyControls.greyWhen(table, l -> !l.team().isActive());
        DutyControls.listed(
                table,
                viewModel.rows(),
                viewModel.placeholderProperty(),
                viewModel.selectedProperty());

        Label members = new Label();
        members.setId("teamMembers");
        members.setWrapText(true);
        members.textProperty().bind(viewModel.selectedMembersProperty());
        members.visibleProperty().bind(members.textProperty().isNotEmpty());
        members.managedProperty().bind(members.visibleProperty());
        Label summary = new Label();
        summary.setId("teamsSummary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(viewModel.summaryProperty());
        VBox bottom = new VBox(4, members, summary);
        bottom.setPadding(new Insets(6, 10, 6, 10));

        root.setTop(toolBar);
        root.setCenter(table);
        root.setBottom(bottom);
        Dialogs.showNotices(viewModel.noticeProperty(), viewModel::clearNotice, root);
    }

    public Parent root() {
        return root;
    }

    private void end() {
        Line line = viewModel.selectedProperty().get();
        if (!viewModel.mayEnd(line)) {
            return;
        }
        DutyDialogs.askDate(
                        root.getScene().getWindow(),
                        I18n.text("teams.end"),
                        I18n.text("teams.end.header", line.team().name()),
                        I18n.text("field.team.endedOn"),
                        viewModel.today())
                .ifPresent(on -> viewModel.end(line, on));
    }
}
