package org.branchdesk.ui.surveys;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.domain.places.OwnerlessRule;
import org.branchdesk.domain.surveys.SurveyItem;
import org.branchdesk.service.sheets.Cells;
import org.branchdesk.service.surveys.SurveyService.CompoundRow;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.Fxml;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;

/** Compounds with their survey: the four clears and the ledger of gaps and hazards. */
public final class CompoundsView {
    private final CompoundsViewModel viewModel;
    private final Parent root;

    @FXML private TextField searchField;
    @FXML private CheckBox ownerlessBox;
    @FXML private CheckBox unclearBox;
    @FXML private TableView<CompoundRow> table;
    @FXML private TableColumn<CompoundRow, String> communityCol;
    @FXML private TableColumn<CompoundRow, String> compoundCol;
    @FXML private TableColumn<CompoundRow, String> householdsCol;
    @FXML private TableColumn<CompoundRow, String> residentsCol;
    @FXML private TableColumn<CompoundRow, String> buildingsCol;
    @FXML private TableColumn<CompoundRow, String> companyCol;
    @FXML private TableColumn<CompoundRow, String> ownerlessCol;
    @FXML private TableColumn<CompoundRow, String> surveyedCol;
    @FXML private TableColumn<CompoundRow, String> clearCol;
    @FXML private TableColumn<CompoundRow, String> openCol;
    @FXML private DatePicker surveyedOnPicker;
    @FXML private TextArea basicFactsArea;
    @FXML private TextArea residentsArea;
    @FXML private TextArea gapsArea;
    @FXML private TextArea hazardsArea;
    @FXML private Button saveSurveyButton;
    @FXML private TableView<SurveyItem> itemsTable;
    @FXML private TableColumn<SurveyItem, String> kindCol;
    @FXML private TableColumn<SurveyItem, String> descriptionCol;
    @FXML private TableColumn<SurveyItem, String> responsibleCol;
    @FXML private TableColumn<SurveyItem, String> deadlineCol;
    @FXML private TableColumn<SurveyItem, String> statusCol;
    @FXML private TableColumn<SurveyItem, String> closedOnCol;
    @FXML private Button closeItemButton;
    @FXML private Button editItemButton;
    @FXML private Label summaryLabel;
    @FXML private Button editFactsButton;
    @FXML private Tab buildingsTab;
    @FXML private ComboBox<OwnerlessRule> ruleBox;

    private final BuildingsViewModel buildings;

    @FXML private ToolBar toolBar;

    /** Adds a toolbar item after the screen's own (the import menu). */
    public void addTool(Node node) {
        toolBar.getItems().add(node);
    }

    public CompoundsView(CompoundsViewModel viewModel, BuildingsViewModel buildings) {
        this.viewModel = viewModel;
        this.buildings = buildings;
        this.root = Fxml.load(this, "Compounds.fxml");
        buildingsTab.setContent(new BuildingsView(buildings).root());
        ruleBox.getItems().setAll(OwnerlessRule.values());
        ruleBox.setConverter(
                Tables.converter(
                        (OwnerlessRule r) ->
                                r == null ? "" : I18n.text("ownerlessRule." + r.name())));
        ruleBox.valueProperty().bindBidirectional(viewModel.ownerlessRuleProperty());
        ruleBox.setTooltip(new Tooltip(I18n.text("compounds.ownerlessRule.tip")));
        viewModel
                .selectedProperty()
                .addListener(
                        (o, a, row) ->
                                buildings
                                        .compoundProperty()
                                        .set(row == null ? null : row.compoundId()));
        searchField.textProperty().bindBidirectional(viewModel.filterProperty());
        ownerlessBox.selectedProperty().bindBidirectional(viewModel.ownerlessOnlyProperty());
        unclearBox.selectedProperty().bindBidirectional(viewModel.notFourClearOnlyProperty());
        Tables.text(communityCol, CompoundRow::community);
        Tables.text(compoundCol, CompoundRow::compound);
        Tables.text(householdsCol, r -> number(r.households()));
        Tables.text(residentsCol, r -> number(r.residents()));
        Tables.text(buildingsCol, r -> number(r.buildings()));
        Tables.text(companyCol, r -> r.propertyCompany() == null ? "" : r.propertyCompany());
        Tables.text(ownerlessCol, r -> r.ownerless() ? I18n.text("value.yes") : "");
        Tables.text(surveyedCol, r -> r.surveyedOn() == null ? "" : r.surveyedOn().toString());
        Tables.text(
                clearCol,
                r ->
                        r.fourClear()
                                ? I18n.text("value.check")
                                : I18n.text("compounds.points", r.pointsRecorded()));
        Tables.text(openCol, r -> r.openItems() == 0 ? "" : Integer.toString(r.openItems()));
        table.setItems(viewModel.rows());
        table.getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (o, a, row) -> {
                            if (row != null) {
                                viewModel.selectedProperty().set(row);
                            }
                        });
        viewModel
                .selectedProperty()
                .addListener(
                        (o, a, row) -> {
                            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                                table.getSelectionModel().select(row);
                                table.scrollTo(
                                        Math.max(
                                                0,
                                                table.getSelectionModel().getSelectedIndex() - 3));
                            }
                        });
        saveSurveyButton.disableProperty().bind(viewModel.loadedProperty().not());
        editFactsButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        viewModel
                .editingProperty()
                .addListener(
                        (o, a, c) -> {
                            if (c != null) {
                                openFacts(c);
                            }
                        });
        surveyedOnPicker.valueProperty().bindBidirectional(viewModel.surveyedOnProperty());
        basicFactsArea.textProperty().bindBidirectional(viewModel.basicFactsProperty());
        residentsArea.textProperty().bindBidirectional(viewModel.residentsProperty());
        gapsArea.textProperty().bindBidirectional(viewModel.gapsProperty());
        hazardsArea.textProperty().bindBidirectional(viewModel.hazardsProperty());
        Tables.text(kindCol, i -> I18n.text("itemKind." + i.kind().name()));
        Tables.text(descriptionCol, SurveyItem::description);
        Tables.text(responsibleCol, i -> i.responsible() == null ? "" : i.responsible());
        Tables.text(deadlineCol, i -> i.deadline() == null ? "" : i.deadline().toString());
        Tables.text(statusCol, i -> I18n.text("itemStatus." + i.status().name()));
        Tables.text(closedOnCol, i -> i.closedOn() == null ? "" : i.closedOn().toString());
        itemsTable.setItems(viewModel.items());
        itemsTable.setPlaceholder(new Label(I18n.text("compounds.items.empty")));
        closeItemButton
                .disableProperty()
                .bind(itemsTable.getSelectionModel().selectedItemProperty().isNull());
        editItemButton
                .disableProperty()
                .bind(itemsTable.getSelectionModel().selectedItemProperty().isNull());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        Dialogs.showNotices(viewModel.noticeProperty(), viewModel::clearNotice, root);
    }

    public Parent root() {
        return root;
    }

    private static String number(Integer n) {
        return n == null ? "" : n.toString();
    }

    @FXML
    private void export() {
        Dialogs.chooseXlsx(
                        root.getScene().getWindow(),
                        I18n.text("compounds.export"),
                        I18n.text("nav.compounds") + ".xlsx")
                .ifPresent(viewModel::export);
    }

    @FXML
    private void exportHouseholds() {
        Dialogs.chooseXlsx(
                        root.getScene().getWindow(),
                        I18n.text("compounds.exportHouseholds"),
                        I18n.text("compounds.tab.buildings") + ".xlsx")
                .ifPresent(buildings::export);
    }

    @FXML
    private void editFacts() {
        viewModel.editFacts(); // the form opens once the compound is loaded
    }

    private void openFacts(Compound c) {
        Dialog<ButtonType> dialog = Dialogs.localized(new Dialog<>());
        dialog.setTitle(I18n.text("compounds.editFacts"));
        dialog.setHeaderText(I18n.text("compounds.editFacts.header", c.name()));
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        TextField address = new TextField(c.address() == null ? "" : c.address());
        address.setPrefColumnCount(26);
        TextField households = new TextField(number(c.households()));
        TextField residents = new TextField(number(c.residents()));
        TextField buildings = new TextField(number(c.buildings()));
        TextField company = new TextField(c.propertyCompany() == null ? "" : c.propertyCompany());
        ChoiceBox<Boolean> unit = yesNo(c.hasCompetentUnit());
        ChoiceBox<Boolean> service = yesNo(c.hasPropertyService());
        ChoiceBox<Boolean> security = yesNo(c.hasSecurity());
        GridPane grid = Dialogs.form();
        grid.addRow(0, new Label(I18n.text("field.compound.address")), address);
        grid.addRow(1, new Label(I18n.text("field.compound.households")), households);
        grid.addRow(2, new Label(I18n.text("field.compound.residents")), residents);
        grid.addRow(3, new Label(I18n.text("field.compound.buildings")), buildings);
        grid.addRow(4, new Label(I18n.text("field.compound.propertyCompany")), company);
        grid.addRow(5, new Label(I18n.text("field.compound.hasCompetentUnit")), unit);
        grid.addRow(6, new Label(I18n.text("field.compound.hasPropertyService")), service);
        grid.addRow(7, new Label(I18n.text("field.compound.hasSecurity")), security);
        dialog.getDialogPane().setContent(grid);
        dialog.initOwner(root.getScene().getWindow());
        if (!Dialogs.confirmed(dialog.showAndWait())) {
            viewModel.cancelEdit();
            return;
        }
        try {
            viewModel.saveFacts(
                    c.id(),
                    new CompoundsViewModel.Facts(
                            address.getText(),
                            count("field.compound.households", households.getText()),
                            count("field.compound.residents", residents.getText()),
                            count("field.compound.buildings", buildings.getText()),
                            company.getText(),
                            unit.getValue(),
                            service.getValue(),
                            security.getValue()));
        } catch (ValidationError e) {
            viewModel.cancelEdit();
            Dialogs.showError(root.getScene().getWindow(), e, null);
        }
    }

    private static Integer count(String field, String text) {
        return Cells.count(field, Text.emptyToNull(text));
    }

    /** 有 / 无 / 未排查 (null). */
    private static ChoiceBox<Boolean> yesNo(Boolean value) {
        ChoiceBox<Boolean> box = new ChoiceBox<>();
        box.getItems().addAll(Boolean.TRUE, Boolean.FALSE, null);
        box.setValue(value);
        box.setConverter(
                Tables.converter(
                        (Boolean b) ->
                                b == null
                                        ? I18n.text("value.unknown")
                                        : I18n.text(b ? "value.has" : "value.hasNot")));
        return box;
    }

    @FXML
    private void saveSurvey() {
        viewModel.saveSurvey();
    }

    @FXML
    private void closeItem() {
        SurveyItem item = itemsTable.getSelectionModel().getSelectedItem();
        if (item != null) {
            viewModel.closeItem(item);
        }
    }

    @FXML
    private void editItem() {
        SurveyItem item = itemsTable.getSelectionModel().getSelectedItem();
        if (item == null) {
            return;
        }
        Dialog<ButtonType> dialog = Dialogs.localized(new Dialog<>());
        dialog.setTitle(I18n.text("compounds.item.edit"));
        dialog.setHeaderText(I18n.text("itemKind." + item.kind().name()));
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        TextField description = new TextField(item.description());
        description.setPrefColumnCount(28);
        TextField responsible = new TextField(item.responsible() == null ? "" : item.responsible());
        DatePicker deadline = new DatePicker(item.deadline());
        ChoiceBox<SurveyItem.Status> status = new ChoiceBox<>();
        status.getItems().setAll(SurveyItem.Status.values());
        status.setValue(item.status());
        status.setConverter(
                Tables.converter(
                        (SurveyItem.Status st) ->
                                st == null ? "" : I18n.text("itemStatus." + st.name())));
        DatePicker closedOn =
                new DatePicker(item.closedOn() != null ? item.closedOn() : viewModel.today());
        closedOn.disableProperty()
                .bind(status.valueProperty().isNotEqualTo(SurveyItem.Status.CLOSED));
        GridPane grid = Dialogs.form();
        grid.addRow(0, new Label(I18n.text("field.item.description")), description);
        grid.addRow(1, new Label(I18n.text("field.item.responsible")), responsible);
        grid.addRow(2, new Label(I18n.text("field.item.deadline")), deadline);
        grid.addRow(3, new Label(I18n.text("field.item.status")), status);
        grid.addRow(4, new Label(I18n.text("field.item.closedOn")), closedOn);
        dialog.getDialogPane().setContent(grid);
        dialog.initOwner(root.getScene().getWindow());
        if (Dialogs.confirmed(dialog.showAndWait())) {
            viewModel.editItem(
                    item,
                    description.getText(),
                    responsible.getText(),
                    deadline.getValue(),
                    status.getValue(),
                    closedOn.getValue());
        }
    }

    @FXML
    private void addItem() {
        Dialog<ButtonType> dialog = Dialogs.localized(new Dialog<>());
        dialog.setTitle(I18n.text("compounds.item.add"));
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        ChoiceBox<SurveyItem.Kind> kind = new ChoiceBox<>();
        kind.getItems().setAll(SurveyItem.Kind.values());
        kind.setValue(SurveyItem.Kind.HAZARD);
        kind.setConverter(
                Tables.converter(
                        (SurveyItem.Kind k) -> k == null ? "" : I18n.text("itemKind." + k.name())));
        TextField description = new TextField();
        description.setPrefColumnCount(28);
        TextField responsible = new TextField();
        DatePicker deadline = new DatePicker(viewModel.today().plusDays(14));
        GridPane grid = Dialogs.form();
        grid.addRow(0, new Label(I18n.text("field.item.kind")), kind);
        grid.addRow(1, new Label(I18n.text("field.item.description")), description);
        grid.addRow(2, new Label(I18n.text("field.item.responsible")), responsible);
        grid.addRow(3, new Label(I18n.text("field.item.deadline")), deadline);
        dialog.getDialogPane().setContent(grid);
        dialog.initOwner(root.getScene().getWindow());
        if (Dialogs.confirmed(dialog.showAndWait())) {
            viewModel.addItem(
                    kind.getValue(),
                    description.getText(),
                    responsible.getText(),
                    deadline.getValue());
        }
    }
}
