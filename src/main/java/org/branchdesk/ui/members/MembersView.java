package org.branchdesk.ui.members;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import org.branchdesk.domain.Presence;
import org.branchdesk.domain.Registration;
import org.branchdesk.domain.Standing;
import org.branchdesk.service.ImportPlan;
import org.branchdesk.service.MemberService.Row;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.Fxml;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.ImportTexts;
import org.branchdesk.ui.common.Tables;

/** The members table with search, filters, import and export. */
public final class MembersView {
    private final MembersViewModel viewModel;
    private final Parent root;

    @FXML
    private TextField searchField;
    @FXML
    private ComboBox<Standing> standingBox;
    @FXML
    private ComboBox<Registration> registrationBox;
    @FXML
    private ComboBox<Presence> presenceBox;
    @FXML
    private CheckBox departedBox;
    @FXML
    private TableView<Row> table;
    @FXML
    private TableColumn<Row, String> nameCol;
    @FXML
    private TableColumn<Row, String> sexCol;
    @FXML
    private TableColumn<Row, String> idCol;
    @FXML
    private TableColumn<Row, String> phoneCol;
    @FXML
    private TableColumn<Row, String> standingCol;
    @FXML
    private TableColumn<Row, String> registrationCol;
    @FXML
    private TableColumn<Row, String> presenceCol;
    @FXML
    private TableColumn<Row, String> communityCol;
    @FXML
    private TableColumn<Row, String> compoundCol;
    @FXML
    private TableColumn<Row, String> orgCol;
    @FXML
    private TableColumn<Row, String> yearsCol;
    @FXML
    private Label summaryLabel;

    public MembersView(MembersViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Fxml.load(this, "Members.fxml");
        searchField.textProperty().bindBidirectional(viewModel.textProperty());
        Tables.enumChoice(standingBox, Standing.class, "standing.", "filter.any.standing");
        Tables.enumChoice(registrationBox, Registration.class, "registration.", "filter.any.registration");
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
        Tables.text(presenceCol, r -> r.departure() != null ? I18n.text("departure." + r.departure().name())
                : I18n.text("presence." + r.presence().name()));
        Tables.text(communityCol, Row::community);
        Tables.text(compoundCol, Row::compound);
        Tables.text(orgCol, Row::org);
        Tables.text(yearsCol, r -> r.partyYears() == null ? "" : r.partyYears().toString());
        table.setItems(viewModel.rows());
        table.setPlaceholder(new Label(I18n.text("members.empty")));
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        viewModel.pendingImportProperty().addListener((o, a, plan) -> {
            if (plan != null) {
                confirmImport(plan);
            }
        });
        Dialogs.showMessages(viewModel.messageProperty(), viewModel::clearMessage, root);
    }

    public Parent root() {
        return root;
    }

    private void confirmImport(ImportPlan plan) {
        ButtonType all = new ButtonType(I18n.text("action.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType validOnly = new ButtonType(I18n.text("members.import.skipInvalid"), ButtonBar.ButtonData.OTHER);
        boolean refused = plan.count(ImportPlan.Fate.REFUSED) > 0;
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, ImportTexts.summary(plan));
        confirm.getButtonTypes().setAll(refused ? validOnly : all, Dialogs.CANCEL);
        confirm.setTitle(I18n.text("members.import.title"));
        confirm.setHeaderText(I18n.text("members.import.header", plan.source()));
        confirm.initOwner(root.getScene().getWindow());
        confirm.getDialogPane().setPrefWidth(560);
        ButtonType answer = confirm.showAndWait().orElse(Dialogs.CANCEL);
        if (answer == all) {
            viewModel.confirmImport(false);
        } else if (answer == validOnly) {
            viewModel.confirmImport(true);
        } else {
            viewModel.cancelImport();
        }
    }

    @FXML
    private void importFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.text("members.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.text("file.filter.sheets"),
                "*.xlsx", "*.xls", "*.csv"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            viewModel.previewImport(file.toPath());
        }
    }

    @FXML
    private void exportFullFile() {
        Dialogs.askText(root.getScene().getWindow(), I18n.text("members.exportFull"),
                I18n.text("members.exportFull.reason"), "").ifPresent(reason ->
                Dialogs.chooseXlsx(root.getScene().getWindow(), I18n.text("members.exportFull"),
                        I18n.text("nav.members") + ".xlsx").ifPresent(path -> viewModel.exportFull(path, reason)));
    }

    @FXML
    private void exportFile() {
        Dialogs.chooseXlsx(root.getScene().getWindow(), I18n.text("members.export"), I18n.text("nav.members") + ".xlsx")
                .ifPresent(viewModel::export);
    }
}
