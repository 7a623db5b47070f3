package org.branchdesk.ui.members;

import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import org.branchdesk.domain.common.Phones;
import org.branchdesk.domain.common.Text;
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
        Dialog<ButtonType> dialog = Dialogs.localized(new Dialog<>());
        dialog.setTitle(I18n.text(m == null ? "members.add" : "members.edit"));
        dialog.setHeaderText(
                m == null
                        ? I18n.text("members.add.header")
                        : I18n.text("members.edit.header", m.name()));
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        TextField name = new TextField(m == null ? "" : m.name());
        TextField id = new TextField(m == null ? "" : m.citizenId().masked());
        id.setPrefColumnCount(20);
        id.setDisable(m != null);
        // the phone is entered, never shown back in clear: an empty field keeps the recorded one
        TextField phone = new TextField();
        if (m != null && m.phone() != null) {
            phone.setPromptText(I18n.text("households.phone.keep", Phones.mask(m.phone())));
        }
        DatePicker joined = new DatePicker(m == null ? null : m.joinedOn());
        DatePicker full = new DatePicker(m == null ? null : m.fullOn());
        ComboBox<Standing> standing =
                enumBox(Standing.class, "standing.", m == null ? Standing.FULL : m.standing());
        ComboBox<Registration> registration =
                enumBox(
                        Registration.class,
                        "registration.",
                        m == null ? Registration.COMMUNITY : m.registration());
        ComboBox<Presence> presence =
                enumBox(Presence.class, "presence.", m == null ? Presence.RESIDENT : m.presence());
        ComboBox<MemberService.Choice> compound =
                choiceBox(choices.compounds(), m == null ? null : m.compoundId());
        ComboBox<MemberService.Choice> branch =
                choiceBox(choices.branches(), m == null ? null : m.orgId());
        TextField building = new TextField(m == null || m.building() == null ? "" : m.building());
        TextField unit = new TextField(m == null || m.unit() == null ? "" : m.unit());
        TextField room = new TextField(m == null || m.room() == null ? "" : m.room());
        TextField workplace =
                new TextField(m == null || m.workplace() == null ? "" : m.workplace());
        TextField ethnic =
                new TextField(m == null || m.ethnicGroup() == null ? "" : m.ethnicGroup());
        TextField education =
                new TextField(m == null || m.education() == null ? "" : m.education());
        TextField note = new TextField(m == null || m.note() == null ? "" : m.note());
        TextField tags = new TextField(m == null || m.tags() == null ? "" : m.tags());
        tags.setPromptText(I18n.text("members.tags.prompt"));
        GridPane grid = Dialogs.form();
        int r = 0;
        grid.addRow(r++, new Label(I18n.text("field.member.name")), name);
        HBox idBox = new HBox(8, id);
        if (m != null && m.citizenId().convertedFrom15()) {
            Label converted = new Label(I18n.text("members.id.converted"));
            converted.getStyleClass().add("text-muted");
            idBox.getChildren().add(converted);
        }
        grid.addRow(r++, new Label(I18n.text("field.member.idNumber")), idBox);
        grid.addRow(r++, new Label(I18n.text("field.member.phone")), phone);
        grid.addRow(r++, new Label(I18n.text("field.member.joinedOn")), joined);
        grid.addRow(r++, new Label(I18n.text("field.member.fullOn")), full);
        grid.addRow(r++, new Label(I18n.text("field.member.standing")), standing);
        grid.addRow(r++, new Label(I18n.text("field.member.registration")), registration);
        grid.addRow(r++, new Label(I18n.text("field.member.presence")), presence);
        grid.addRow(r++, new Label(I18n.text("field.member.compound")), compound);
        grid.addRow(r++, new Label(I18n.text("field.member.org")), branch);
        grid.addRow(r++, new Label(I18n.text("field.member.building")), building);
        grid.addRow(r++, new Label(I18n.text("field.member.unit")), unit);
        grid.addRow(r++, new Label(I18n.text("field.member.room")), room);
        grid.addRow(r++, new Label(I18n.text("field.member.workplace")), workplace);
        grid.addRow(r++, new Label(I18n.text("field.member.ethnicGroup")), ethnic);
        grid.addRow(r++, new Label(I18n.text("field.member.education")), education);
        grid.addRow(r++, new Label(I18n.text("field.member.note")), note);
        grid.addRow(r, new Label(I18n.text("field.member.tags")), tags);
        dialog.getDialogPane().setContent(grid);
        dialog.initOwner(root.getScene().getWindow());
        if (!Dialogs.confirmed(dialog.showAndWait())) {
            return Optional.empty();
        }
        String phoneValue =
                m != null && Text.emptyToNull(phone.getText()) == null
                        ? m.phone()
                        : phone.getText();
        return Optional.of(
                new MemberService.NewMember(
                        name.getText(),
                        m == null ? id.getText() : null,
                        phoneValue,
                        joined.getValue(),
                        full.getValue(),
                        standing.getValue(),
                        registration.getValue(),
                        presence.getValue(),
                        compound.getValue() == null ? null : compound.getValue().id(),
                        branch.getValue() == null ? null : branch.getValue().id(),
                        building.getText(),
                        unit.getText(),
                        room.getText(),
                        workplace.getText(),
                        ethnic.getText(),
                        education.getText(),
                        note.getText(),
                        tags.getText()));
    }

    private static <E extends Enum<E>> ComboBox<E> enumBox(Class<E> type, String prefix, E value) {
        ComboBox<E> box = new ComboBox<>();
        Tables.enumChoice(box, type, prefix, "value.none");
        box.getItems().remove(null);
        box.setValue(value);
        return box;
    }

    private static ComboBox<MemberService.Choice> choiceBox(
            List<MemberService.Choice> items, UUID selected) {
        ComboBox<MemberService.Choice> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(items);
        items.stream().filter(c -> c.id().equals(selected)).findFirst().ifPresent(box::setValue);
        box.setVisibleRowCount(15);
        box.setConverter(
                Tables.converter(
                        (MemberService.Choice c) ->
                                c == null ? I18n.text("value.none") : c.label()));
        return box;
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
