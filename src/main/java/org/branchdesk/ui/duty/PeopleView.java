package org.branchdesk.ui.duty;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.service.duty.PeopleService.Line;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;

/**
 * The people register's page (人员): the table with search and filters, and the buttons that add a
 * person, correct one (also by double-click), take one off the register, export and import. What
 * may be done comes from {@link PeopleViewModel}; the buttons that change the register are hidden
 * from supervisors.
 */
public final class PeopleView {
    private final PeopleViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final ToolBar toolBar = new ToolBar();
    private final TableView<Line> table = new TableView<>();

    public PeopleView(PeopleViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("peoplePage");

        TextField search = new TextField();
        search.setId("peopleSearch");
        search.setPromptText(I18n.text("people.search.prompt"));
        search.setPrefColumnCount(19);
        search.textProperty().bindBidirectional(viewModel.textProperty());
        ComboBox<PersonKind> kind = new ComboBox<>();
        kind.setId("peopleKind");
        Tables.enumChoice(kind, PersonKind.class, "personKind.", "filter.any.personKind");
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        CheckBox left = new CheckBox(I18n.text("people.includeLeft"));
        left.setId("peopleIncludeLeft");
        left.selectedProperty().bindBidirectional(viewModel.includeLeftProperty());

        Button add = DutyControls.button("addPerson", "people.add", "mdmz-person_add");
        add.getStyleClass().add("edit-action");
        add.setOnAction(e -> PersonDialog.show(root.getScene().getWindow(), viewModel.newPerson()));
        Button edit = DutyControls.button("editPerson", "people.edit", "mdal-edit");
        edit.getStyleClass().add("edit-action");
        edit.disableProperty()
                .bind(
                        Bindings.createBooleanBinding(
                                () ->
                                        !viewModel.mayEdit(
                                                table.getSelectionModel().getSelectedItem()),
                                table.getSelectionModel().selectedItemProperty()));
        edit.setOnAction(e -> edit(table.getSelectionModel().getSelectedItem()));
        Button leave = DutyControls.button("leavePerson", "people.leave", "mdmz-person_remove");
        leave.getStyleClass().add("edit-action");
        leave.disableProperty()
                .bind(
                        Bindings.createBooleanBinding(
                                () ->
                                        !viewModel.mayLeave(
                                                table.getSelectionModel().getSelectedItem()),
                                table.getSelectionModel().selectedItemProperty()));
        leave.setOnAction(e -> leave());
        Button export = DutyControls.button("exportPeople", "people.export", "mdmz-save_alt");
        export.setOnAction(
                e ->
                        Dialogs.chooseXlsx(
                                        root.getScene().getWindow(),
                                        I18n.text("people.export"),
                                        I18n.text("sheet.people") + ".xlsx")
                                .ifPresent(viewModel::export));
        toolBar.getItems()
                .addAll(
                        search,
                        kind,
                        left,
                        new Separator(Orientation.VERTICAL),
                        export,
                        DutyControls.editSeparator(),
                        add,
                        edit,
                        leave);

        table.setId("peopleTable");
        table.getColumns()
                .addAll(
                        List.of(
                                DutyControls.column("people.col.name", 90, l -> l.person().name()),
                                DutyControls.column(
                                        "people.col.kind", 130, PeopleViewModel::kindText),
                                DutyControls.column("people.col.id", 170, Line::maskedId),
                                DutyControls.column("people.col.phone", 115, Line::maskedPhone),
                                DutyControls.column(
                                        "people.col.member", 100, PeopleViewModel::memberText),
                                DutyControls.column(
                                        "people.col.tags", 130, PeopleViewModel::tagsText),
                                DutyControls.column(
                                        "people.col.status", 120, PeopleViewModel::statusText),
                                DutyControls.column(
                                        "people.col.note",
                                        240,
                                        l -> l.person().note() == null ? "" : l.person().note())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        DutyControls.greyWhen(table, l -> !l.person().isActive(), this::edit);
        table.setItems(viewModel.rows());
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(520);
        placeholder.textProperty().bind(viewModel.placeholderProperty());
        table.setPlaceholder(placeholder);

        Label summary = new Label();
        summary.setId("peopleSummary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(viewModel.summaryProperty());
        HBox bottom = new HBox(summary);
        bottom.setPadding(new Insets(4, 10, 4, 10));

        root.setTop(toolBar);
        root.setCenter(table);
        root.setBottom(bottom);
        Dialogs.showNotices(viewModel.noticeProperty(), viewModel::clearNotice, root);
    }

    public Parent root() {
        return root;
    }

    /** Adds a tool at the end of the toolbar (the import menu). */
    public void addTool(Node node) {
        toolBar.getItems().add(node);
    }

    /** Opens the form that corrects a person, when the account may. */
    private void edit(Line line) {
        PersonFormViewModel form = viewModel.editPerson(line);
        if (form != null) {
            PersonDialog.show(root.getScene().getWindow(), form);
        }
    }

    private void leave() {
        Line line = table.getSelectionModel().getSelectedItem();
        if (!viewModel.mayLeave(line)) {
            return;
        }
        DutyDialogs.askDate(
                        root.getScene().getWindow(),
                        I18n.text("people.leave"),
                        I18n.text("people.leave.header", line.person().name()),
                        I18n.text("field.person.leftOn"),
                        viewModel.today())
                .ifPresent(on -> viewModel.leave(line, on));
    }
}
