package org.branchdesk.ui.members;

import java.io.File;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import org.branchdesk.domain.members.Departure;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.members.Presence;
import org.branchdesk.domain.members.Registration;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.service.importing.ImportPlan;
import org.branchdesk.service.members.MemberService;
import org.branchdesk.service.members.MemberService.Row;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.Fxml;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;
import org.branchdesk.ui.importing.ImportPreviewDialog;

/** The members table with search, filters, import and export. */
public final class MembersView {
    private final MembersViewModel viewModel;
    private final Parent root;

    @FXML private TextField searchField;
    @FXML private ComboBox<Standing> standingBox;
    @FXML private ComboBox<Registration> registrationBox;
    @FXML private ComboBox<Presence> presenceBox;
    @FXML private CheckBox departedBox;
    @FXML private TableView<Row> table;
    @FXML private TableColumn<Row, String> nameCol;
    @FXML private TableColumn<Row, String> sexCol;
    @FXML private TableColumn<Row, String> idCol;
    @FXML private TableColumn<Row, String> phoneCol;
    @FXML private TableColumn<Row, String> standingCol;
    @FXML private TableColumn<Row, String> registrationCol;
    @FXML private TableColumn<Row, String> presenceCol;
    @FXML private TableColumn<Row, String> communityCol;
    @FXML private TableColumn<Row, String> compoundCol;
    @FXML private TableColumn<Row, String> orgCol;
    @FXML private TableColumn<Row, String> yearsCol;
    @FXML private Label summaryLabel;
    @FXML private Button leaveButton;
    @FXML private Button temporaryButton;
    @FXML private Button editButton;

    @FXML private MenuItem exportFullItem;

    public MembersView(MembersViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Fxml.load(this, "Members.fxml");
        exportFullItem.setVisible(viewModel.mayExportFull());
        searchField.textProperty().bindBidirectional(viewModel.textProperty());
        Tables.enumChoice(standingBox, Standing.class, "standing.", "filter.any.standing");
        Tables.enumChoice(
                registrationBox, Registration.class, "registration.", "filter.any.registration");
        Tables.enumChoice(presenceBox, Presence.class, "presence.", "filter.any.presence");
        standingBox.valueProperty().bindBidirectional(viewModel.standingProperty());
        registrationBox.valueProperty().bindBidirectional(viewModel.registrationProperty());
        presenceBox.valueProperty().bindBidirectional(viewModel.presenceProperty());
        departedBox.selectedProperty().bindBidirectional(viewModel.includeDepartedProperty());
        Tables.text(nameCol, Row::name);
        Tables.text(sexCol, Row::sex);
        Tables.text(idCol, Row::maskedId);
        Tables.text(phoneCol, Row::maskedPhone);
        Tables.text(standingCol, r -> I18n.text("standing." + r.standing().name()));
        Tables.text(registrationCol, r -> I18n.text("registration." + r.registration().name()));
        Tables.text(
                presenceCol,
                r ->
                        r.departure() != null
                                ? I18n.text("departure." + r.departure().name())
                                : I18n.text("presence." + r.presence().name()));
        Tables.text(communityCol, Row::community);
        Tables.text(compoundCol, Row::compound);
        Tables.text(orgCol, Row::org);
        Tables.text(yearsCol, r -> r.partyYears() == null ? "" : r.partyYears().toString());
        table.setItems(viewModel.rows());
        table.setPlaceholder(new Label(I18n.text("members.empty")));
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        viewModel.editingProperty().addListener((o, a, member) -> openEdit(member));
        editButton
                .disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.setRowFactory(
                t -> {
                    TableRow<Row> row = new TableRow<>();
                    row.setOnMouseClicked(
                            e -> {
                                if (e.getClickCount() == 2 && !row.isEmpty()) {
                                    viewModel.edit(row.getItem());
                                }
                            });
                    return row;
                });
        leaveButton
                .disableProperty()
                .bind(
                        Bindings.createBooleanBinding(
                                () -> {
                                    Row r = table.getSelectionModel().getSelectedItem();
                                    return r == null || r.departure() != null;
                                },
                                table.getSelectionModel().selectedItemProperty()));
        temporaryButton
                .disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        temporaryButton.setTooltip(new Tooltip(I18n.text("members.temporary.tip")));
        viewModel
                .pendingImportProperty()
                .addListener(
                        (o, a, plan) -> {
                            if (plan != null) {
                                confirmImport(plan);
                            }
                        });
        Dialogs.showNotices(viewModel.noticeProperty(), viewModel::clearNotice, root);
    }

    public Parent root() {
        return root;
    }

    private void confirmImport(ImportPlan plan) {
        switch (ImportPreviewDialog.show(
                root.getScene().getWindow(), I18n.text("members.import.title"), plan)) {
            case IMPORT -> viewModel.confirmImport(false);
            case VALID_ONLY -> viewModel.confirmImport(true);
            default -> viewModel.cancelImport();
        }
    }

    @FXML
    private void importFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.text("members.import.title"));
        chooser.getExtensionFilters()
                .add(
                        new FileChooser.ExtensionFilter(
                                I18n.text("file.filter.sheets"), "*.xlsx", "*.xls", "*.csv"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            viewModel.previewImport(file.toPath());
        }
    }

    @FXML
    private void leave() {
        Row row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        Dialog<ButtonType> dialog = Dialogs.localized(new Dialog<>());
        dialog.setTitle(I18n.text("members.leave"));
        dialog.setHeaderText(I18n.text("members.leave.header", row.name()));
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        ComboBox<Departure> how = new ComboBox<>();
        Tables.enumChoice(how, Departure.class, "departure.", "value.none");
        how.getItems().remove(null);
        how.setValue(Departure.TRANSFERRED_OUT);
        DatePicker on = new DatePicker(viewModel.today());
        GridPane grid = Dialogs.form();
        grid.addRow(0, new Label(I18n.text("members.leave.how")), how);
        grid.addRow(1, new Label(I18n.text("field.member.departedOn")), on);
        dialog.getDialogPane().setContent(grid);
        dialog.initOwner(root.getScene().getWindow());
        if (Dialogs.confirmed(dialog.showAndWait())) {
            viewModel.leave(row, how.getValue(), on.getValue());
        }
    }

    @FXML
    private void temporary() {
        Row row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        viewModel.loadParticipations(row);
        Dialog<ButtonType> dialog = Dialogs.localized(new Dialog<>());
        dialog.setTitle(I18n.text("members.temporary.title"));
        dialog.setHeaderText(I18n.text("members.temporary.header", row.name()));
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK);
        ListView<MemberService.Participation> list = new ListView<>(viewModel.participations());
        list.setPrefHeight(120);
        list.setPlaceholder(new Label(I18n.text("members.temporary.empty")));
        list.setCellFactory(
                l ->
                        new ListCell<>() {
                            @Override
                            protected void updateItem(
                                    MemberService.Participation p, boolean empty) {
                                super.updateItem(p, empty);
                                setText(
                                        empty || p == null
                                                ? null
                                                : p.isCurrent()
                                                        ? I18n.text(
                                                                "members.temporary.current",
                                                                p.branch(),
                                                                date(p.joinedOn()))
                                                        : I18n.text(
                                                                "members.temporary.ended",
                                                                p.branch(),
                                                                date(p.joinedOn()),
                                                                date(p.leftOn())));
                            }
                        });
        ComboBox<MemberService.Choice> branch = new ComboBox<>(viewModel.temporaryBranches());
        branch.setConverter(
                Tables.converter((MemberService.Choice c) -> c == null ? "" : c.label()));
        branch.setPromptText(I18n.text("members.temporary.noBranch"));
        viewModel
                .temporaryBranches()
                .addListener(
                        (ListChangeListener<MemberService.Choice>)
                                c -> {
                                    if (branch.getValue() == null
                                            && !viewModel.temporaryBranches().isEmpty()) {
                                        branch.setPromptText(I18n.text("members.temporary.branch"));
                                    }
                                });
        DatePicker on = new DatePicker(viewModel.today());
        DatePicker leftOn = new DatePicker(viewModel.today());
        Button join = new Button(I18n.text("members.temporary.join"));
        join.disableProperty().bind(branch.valueProperty().isNull());
        join.setOnAction(e -> viewModel.joinTemporaryBranch(branch.getValue(), on.getValue()));
        Button leave = new Button(I18n.text("members.temporary.leave"));
        leave.disableProperty()
                .bind(
                        Bindings.createBooleanBinding(
                                () -> {
                                    MemberService.Participation p =
                                            list.getSelectionModel().getSelectedItem();
                                    return p == null || !p.isCurrent();
                                },
                                list.getSelectionModel().selectedItemProperty()));
        leave.setOnAction(
                e ->
                        viewModel.leaveTemporaryBranch(
                                list.getSelectionModel().getSelectedItem(), leftOn.getValue()));
        GridPane grid = Dialogs.form();
        grid.add(list, 0, 0, 3, 1);
        grid.addRow(1, new Label(I18n.text("members.temporary.branch")), branch);
        grid.addRow(2, new Label(I18n.text("field.participation.joinedOn")), on, join);
        grid.addRow(3, new Label(I18n.text("field.participation.leftOn")), leftOn, leave);
        dialog.getDialogPane().setContent(grid);
        dialog.initOwner(root.getScene().getWindow());
        dialog.showAndWait();
    }

    private static String date(LocalDate d) {
        return d == null ? I18n.text("value.none") : d.toString();
    }

    @FXML
    private void addMember() {
        MemberService.Choices choices = viewModel.choicesProperty().get();
        if (choices == null) {
            viewModel.loadChoices();
            return;
        }
        memberForm(null, choices).ifPresent(viewModel::addMember);
    }

    @FXML
    private void editMember() {
        Row row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.edit(row); // the form opens once the member is loaded
        }
    }

    private void openEdit(Member member) {
        MemberService.Choices choices = viewModel.choicesProperty().get();
        if (member == null || choices == null) {
            return;
        }
        Optional<MemberService.NewMember> form = memberForm(member, choices);
        if (form.isPresent()) {
            viewModel.saveEdit(member.id(), form.get());
        } else {
            viewModel.cancelEdit();
        }
    }

    /**
     * The member form: empty to add one, filled to edit one (the ID number then shows masked and
     * stays).
     */
    private Optional<MemberService.NewMember> memberForm(Member m, MemberService.Choices choices) {
        return MemberForm.show(root.getScene().getWindow(), m, choices, null, null);
    }

    @FXML
    private void exportFullFile() {
        Dialogs.askText(
                        root.getScene().getWindow(),
                        I18n.text("members.exportFull"),
                        I18n.text("members.exportFull.reason"),
                        "")
                .ifPresent(
                        reason ->
                                Dialogs.chooseXlsx(
                                                root.getScene().getWindow(),
                                                I18n.text("members.exportFull"),
                                                I18n.text("nav.members") + ".xlsx")
                                        .ifPresent(path -> viewModel.exportFull(path, reason)));
    }

    @FXML
    private void exportFile() {
        Dialogs.chooseXlsx(
                        root.getScene().getWindow(),
                        I18n.text("members.export"),
                        I18n.text("nav.members") + ".xlsx")
                .ifPresent(viewModel::export);
    }
}
