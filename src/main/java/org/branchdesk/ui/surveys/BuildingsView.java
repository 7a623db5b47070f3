package org.branchdesk.ui.surveys;

import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import org.branchdesk.domain.common.Choice;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.households.Household;
import org.branchdesk.service.households.HouseholdService.BuildingLine;
import org.branchdesk.service.households.HouseholdService.HouseholdLine;
import org.branchdesk.service.sheets.Cells;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.Fxml;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;

/** The 楼栋与住户 tab of the compounds screen. */
public final class BuildingsView {
    private final BuildingsViewModel viewModel;
    private final Parent root;

    @FXML private Button addBuildingButton;
    @FXML private Button editBuildingButton;
    @FXML private Button fillButton;
    @FXML private TableView<BuildingLine> buildingTable;
    @FXML private TableColumn<BuildingLine, String> buildingNameCol;
    @FXML private TableColumn<BuildingLine, String> unitsCol;
    @FXML private TableColumn<BuildingLine, String> householdsCol;
    @FXML private TableColumn<BuildingLine, String> membersCol;
    @FXML private TableColumn<BuildingLine, String> groupsCol;
    @FXML private Button addContactButton;
    @FXML private Button addAssistedButton;
    @FXML private Button editHouseholdButton;
    @FXML private Button removeHouseholdButton;
    @FXML private TableView<HouseholdLine> householdTable;
    @FXML private TableColumn<HouseholdLine, String> kindCol;
    @FXML private TableColumn<HouseholdLine, String> headCol;
    @FXML private TableColumn<HouseholdLine, String> addressCol;
    @FXML private TableColumn<HouseholdLine, String> phoneCol;
    @FXML private TableColumn<HouseholdLine, String> centralCol;
    @FXML private TableColumn<HouseholdLine, String> needsCol;

    public BuildingsView(BuildingsViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Fxml.load(this, "Buildings.fxml");
        Tables.text(buildingNameCol, l -> l.building().name());
        Tables.text(unitsCol, l -> number(l.building().units()));
        Tables.text(householdsCol, l -> number(l.building().households()));
        Tables.text(membersCol, l -> l.members() == 0 ? "" : Integer.toString(l.members()));
        Tables.text(groupsCol, l -> String.join(I18n.text("list.separator"), l.groups()));
        buildingTable.setItems(viewModel.buildings());
        buildingTable.setPlaceholder(new Label(I18n.text("buildings.empty")));
        Tables.text(kindCol, l -> I18n.text("householdKind." + l.household().kind().name()));
        Tables.text(headCol, l -> l.household().headName());
        Tables.text(addressCol, HouseholdLine::address);
        Tables.text(phoneCol, l -> l.maskedPhone() == null ? "" : l.maskedPhone());
        Tables.text(centralCol, l -> l.centralHousehold() == null ? "" : l.centralHousehold());
        // what an assisted resident needs is often a health detail: the list says only that it is
        // recorded
        Tables.text(
                needsCol,
                l -> l.household().needs() == null ? "" : I18n.text("households.needs.recorded"));
        householdTable.setItems(viewModel.households());
        householdTable.setPlaceholder(new Label(I18n.text("households.empty")));
        var noCompound = viewModel.compoundProperty().isNull();
        addBuildingButton.disableProperty().bind(noCompound);
        fillButton.disableProperty().bind(noCompound);
        addAssistedButton.disableProperty().bind(noCompound);
        addContactButton
                .disableProperty()
                .bind(
                        noCompound.or(
                                Bindings.createBooleanBinding(
                                        () ->
                                                viewModel
                                                        .choicesProperty()
                                                        .get()
                                                        .centralHouseholds()
                                                        .isEmpty(),
                                        viewModel.choicesProperty())));
        editBuildingButton
                .disableProperty()
                .bind(buildingTable.getSelectionModel().selectedItemProperty().isNull());
        var noHousehold = householdTable.getSelectionModel().selectedItemProperty().isNull();
        editHouseholdButton.disableProperty().bind(noHousehold);
        removeHouseholdButton.disableProperty().bind(noHousehold);
        fillButton.setTooltip(new Tooltip(I18n.text("buildings.fill.tip")));
        addContactButton.setTooltip(new Tooltip(I18n.text("households.addContact.tip")));
        Dialogs.showNotices(viewModel.noticeProperty(), viewModel::clearNotice, root);
    }

    public Parent root() {
        return root;
    }

    private static String number(Integer n) {
        return n == null ? "" : n.toString();
    }

    @FXML
    private void addBuilding() {
        buildingForm(null);
    }

    @FXML
    private void editBuilding() {
        BuildingLine line = buildingTable.getSelectionModel().getSelectedItem();
        if (line != null) {
            buildingForm(line);
        }
    }

    private void buildingForm(BuildingLine line) {
        Dialog<ButtonType> dialog = Dialogs.localized(new Dialog<>());
        dialog.setTitle(I18n.text(line == null ? "buildings.add" : "buildings.edit"));
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        TextField name = new TextField(line == null ? "" : line.building().name());
        name.setPromptText(I18n.text("buildings.name.prompt"));
        TextField units = new TextField(line == null ? "" : number(line.building().units()));
        TextField households =
                new TextField(line == null ? "" : number(line.building().households()));
        GridPane grid = Dialogs.form();
        grid.addRow(0, new Label(I18n.text("field.building.name")), name);
        grid.addRow(1, new Label(I18n.text("field.building.units")), units);
        grid.addRow(2, new Label(I18n.text("field.building.households")), households);
        dialog.getDialogPane().setContent(grid);
        dialog.initOwner(root.getScene().getWindow());
        if (!Dialogs.confirmed(dialog.showAndWait())) {
            return;
        }
        try {
            Integer u = Cells.count("field.building.units", Text.emptyToNull(units.getText()));
            Integer h =
                    Cells.count(
                            "field.building.households", Text.emptyToNull(households.getText()));
            if (line == null) {
                viewModel.addBuilding(name.getText(), u, h);
            } else {
                viewModel.updateBuilding(line.building().id(), name.getText(), u, h);
            }
        } catch (ValidationError e) {
            Dialogs.showError(root.getScene().getWindow(), e, null);
        }
    }

    @FXML
    private void fill() {
        viewModel.fillFromResidences();
    }

    @FXML
    private void addContact() {
        householdForm(Household.Kind.CONTACT, null);
    }

    @FXML
    private void addAssisted() {
        householdForm(Household.Kind.ASSISTED, null);
    }

    @FXML
    private void editHousehold() {
        HouseholdLine line = householdTable.getSelectionModel().getSelectedItem();
        if (line != null) {
            householdForm(line.household().kind(), line);
        }
    }

    @FXML
    private void removeHousehold() {
        HouseholdLine line = householdTable.getSelectionModel().getSelectedItem();
        if (line == null) {
            return;
        }
        Alert confirm =
                new Alert(
                        Alert.AlertType.CONFIRMATION,
                        I18n.text("households.remove.confirm", line.household().headName()),
                        Dialogs.OK,
                        Dialogs.CANCEL);
        confirm.setHeaderText(null);
        confirm.setTitle(I18n.text("households.remove"));
        confirm.initOwner(root.getScene().getWindow());
        if (Dialogs.confirmed(confirm.showAndWait())) {
            viewModel.removeHousehold(line);
        }
    }

    private void householdForm(Household.Kind kind, HouseholdLine line) {
        Household h = line == null ? null : line.household();
        Dialog<ButtonType> dialog = Dialogs.localized(new Dialog<>());
        dialog.setTitle(
                I18n.text(
                        line != null
                                ? "households.edit"
                                : kind == Household.Kind.CONTACT
                                        ? "households.addContact"
                                        : "households.addAssisted"));
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        var choices = viewModel.choicesProperty().get();
        TextField head = new TextField(h == null ? "" : h.headName());
        ChoiceBox<Choice> building =
                choice(choices.buildings(), h == null ? null : h.buildingId(), true);
        TextField unit = new TextField(h == null || h.unitNo() == null ? "" : h.unitNo());
        unit.setPrefColumnCount(4);
        TextField room = new TextField(h == null || h.room() == null ? "" : h.room());
        room.setPrefColumnCount(6);
        // the phone is entered, never shown back in clear: an empty field keeps the recorded one
        TextField phone = new TextField();
        phone.setPromptText(
                h == null || h.phone() == null
                        ? ""
                        : I18n.text("households.phone.keep", line.maskedPhone()));
        GridPane grid = Dialogs.form();
        int row = 0;
        grid.addRow(row++, new Label(I18n.text("field.household.head")), head);
        grid.addRow(row++, new Label(I18n.text("field.member.building")), building);
        grid.addRow(row++, new Label(I18n.text("field.member.unit")), unit);
        grid.addRow(row++, new Label(I18n.text("field.member.room")), room);
        grid.addRow(row++, new Label(I18n.text("field.household.phone")), phone);
        ChoiceBox<Choice> central = null;
        TextField needs = null;
        if (kind == Household.Kind.CONTACT) {
            central = choice(choices.centralHouseholds(), h == null ? null : h.groupId(), false);
            grid.addRow(row, new Label(I18n.text("field.household.group")), central);
        } else {
            needs = new TextField(h == null || h.needs() == null ? "" : h.needs());
            needs.setPrefColumnCount(24);
            needs.setPromptText(I18n.text("households.needs.prompt"));
            grid.addRow(row, new Label(I18n.text("field.household.needs")), needs);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.initOwner(root.getScene().getWindow());
        if (!Dialogs.confirmed(dialog.showAndWait())) {
            return;
        }
        UUID b = building.getValue() == null ? null : building.getValue().id();
        UUID g = central == null || central.getValue() == null ? null : central.getValue().id();
        String n = needs == null ? null : needs.getText();
        String p =
                Text.emptyToNull(phone.getText()) == null && h != null
                        ? h.phone()
                        : phone.getText();
        if (line == null) {
            viewModel.addHousehold(
                    kind, b, unit.getText(), room.getText(), head.getText(), p, g, n);
        } else {
            viewModel.updateHousehold(
                    line, b, unit.getText(), room.getText(), head.getText(), p, g, n);
        }
    }

    private static ChoiceBox<Choice> choice(
            List<Choice> options, UUID selected, boolean allowNone) {
        ChoiceBox<Choice> box = new ChoiceBox<>();
        if (allowNone) {
            box.getItems().add(null);
        }
        box.getItems().addAll(options);
        box.setConverter(
                Tables.converter((Choice c) -> c == null ? I18n.text("value.none") : c.label()));
        box.setValue(
                options.stream()
                        .filter(c -> c.id().equals(selected))
                        .findFirst()
                        .orElse(allowNone || options.isEmpty() ? null : options.get(0)));
        return box;
    }
}
