package org.branchdesk.ui.accounts;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.common.Masking;
import org.branchdesk.service.accounts.AccountService.AccountLine;
import org.branchdesk.service.office.PrivacyService;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.Fxml;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;

/** The 账户与隐私 screen. */
public final class AccountsView {
    private static final DateTimeFormatter PATTERN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final DateTimeFormatter time;

    private final AccountsViewModel viewModel;
    private final Parent root;

    @FXML private Label meLabel;
    @FXML private Label mustChange;
    @FXML private Button changePassword;
    @FXML private TabPane tabs;
    @FXML private Tab accountsTab;
    @FXML private TableView<AccountLine> accountTable;
    @FXML private TableColumn<AccountLine, String> nameCol;
    @FXML private TableColumn<AccountLine, String> roleCol;
    @FXML private TableColumn<AccountLine, String> stateCol;
    @FXML private TableColumn<AccountLine, String> createdCol;
    @FXML private Button reset;
    @FXML private Button role;
    @FXML private Button disable;
    @FXML private Button unlock;
    @FXML private TableView<PrivacyService.Item> inventoryTable;
    @FXML private TableColumn<PrivacyService.Item, String> placeCol;
    @FXML private TableColumn<PrivacyService.Item, String> whatCol;
    @FXML private TableColumn<PrivacyService.Item, String> countCol;
    @FXML private ChoiceBox<Masking> maskingChoice;
    @FXML private Spinner<Integer> retention;
    @FXML private Button saveSettings;
    @FXML private Label purgeLabel;
    @FXML private Button purge;
    @FXML private Label backupFolder;
    @FXML private Button restore;
    @FXML private TableView<AccountsViewModel.BackupLine> backupTable;
    @FXML private TableColumn<AccountsViewModel.BackupLine, String> fileCol;
    @FXML private TableColumn<AccountsViewModel.BackupLine, String> madeCol;
    @FXML private TableColumn<AccountsViewModel.BackupLine, String> sizeCol;

    public AccountsView(AccountsViewModel viewModel) {
        this.viewModel = viewModel;
        this.time = PATTERN.withZone(viewModel.zone());
        this.root = Fxml.load(this, "Accounts.fxml");
        meLabel.setText(
                I18n.text("status.account", viewModel.me().name(), viewModel.me().role().label()));
        mustChange.visibleProperty().bind(viewModel.mustChangePasswordProperty());
        mustChange.managedProperty().bind(viewModel.mustChangePasswordProperty());
        boolean admin = viewModel.administrator();
        if (!admin) {
            tabs.getTabs().remove(accountsTab);
        }
        accountTable.setItems(viewModel.accounts());
        Tables.text(nameCol, AccountLine::name);
        Tables.text(roleCol, a -> a.role().label());
        Tables.text(stateCol, this::state);
        Tables.text(createdCol, a -> a.createdAt() == null ? "" : time.format(a.createdAt()));
        accountTable.setPlaceholder(new Label(I18n.text("accounts.none")));
        var selected = accountTable.getSelectionModel().selectedItemProperty();
        for (Button b : new Button[] {reset, role, disable, unlock}) {
            b.disableProperty().bind(selected.isNull());
        }
        selected.addListener(
                (obs, old, now) ->
                        disable.setText(
                                I18n.text(
                                        now != null && now.disabled()
                                                ? "accounts.enable"
                                                : "accounts.disable")));

        inventoryTable.setItems(viewModel.inventory());
        Tables.text(placeCol, PrivacyService.Item::place);
        Tables.text(whatCol, PrivacyService.Item::what);
        Tables.text(countCol, i -> Integer.toString(i.count()));
        maskingChoice.getItems().setAll(Masking.values());
        maskingChoice.setConverter(Tables.converter(Masking::label));
        maskingChoice.valueProperty().bindBidirectional(viewModel.maskingProperty());
        retention.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 120, 24));
        retention
                .getValueFactory()
                .valueProperty()
                .bindBidirectional(viewModel.retentionMonthsProperty());
        for (Node n : new Node[] {maskingChoice, retention, saveSettings, purge}) {
            n.setDisable(!admin);
        }
        viewModel
                .purgeableProperty()
                .addListener(
                        (obs, old, p) -> {
                            purgeLabel.setText(
                                    p == null
                                            ? ""
                                            : I18n.text(
                                                    "privacy.purgeable",
                                                    p.households(),
                                                    p.cutoff(),
                                                    p.serviceLogs(),
                                                    p.injuryCases()));
                            purge.setDisable(!admin || p == null || p.healthDetails() == 0);
                        });

        backupFolder.setText(I18n.text("backup.folder", viewModel.backupFolder()));
        backupTable.setItems(viewModel.backups());
        backupTable.setPlaceholder(new Label(I18n.text("backup.none")));
        Tables.text(fileCol, b -> b.file().getFileName().toString());
        Tables.text(madeCol, b -> b.madeAt() == null ? "" : time.format(b.madeAt()));
        Tables.text(
                sizeCol,
                b -> b.bytes() < 0 ? "" : I18n.text("format.kilobytes", (b.bytes() + 1023) / 1024));

        restore.setVisible(viewModel.mayRestore());
        restore.setManaged(viewModel.mayRestore());
        restore.disableProperty()
                .bind(backupTable.getSelectionModel().selectedItemProperty().isNull());
        Dialogs.showNotices(viewModel.noticeProperty(), viewModel::clearNotice, root);
        viewModel
                .newRecoveryCodeProperty()
                .addListener(
                        (obs, old, code) -> {
                            if (code != null && !code.isEmpty()) {
                                showRecoveryCode(code);
                            }
                        });
    }

    String state(AccountLine a) {
        if (a.disabled()) {
            return I18n.text("accounts.state.disabled");
        }
        if (a.lockedUntil() != null) {
            return I18n.text("accounts.state.locked", time.format(a.lockedUntil()));
        }
        return I18n.text(
                a.mustChangePassword() ? "accounts.state.mustChange" : "accounts.state.active");
    }

    public Parent root() {
        return root;
    }

    private Optional<AccountLine> chosen() {
        return Optional.ofNullable(accountTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void changeOwnPassword() {
        PasswordField current = new PasswordField();
        PasswordField next = new PasswordField();
        PasswordField confirm = new PasswordField();
        next.setPromptText(I18n.text("signIn.newPassword.prompt"));
        GridPane grid = Dialogs.form();
        grid.addRow(0, new Label(I18n.text("accounts.currentPassword")), current);
        grid.addRow(1, new Label(I18n.text("accounts.newPassword")), next);
        grid.addRow(2, new Label(I18n.text("signIn.confirm")), confirm);
        if (ask(I18n.text("accounts.changeOwn"), grid)) {
            viewModel.changeOwnPassword(current.getText(), next.getText(), confirm.getText(), null);
        }
    }

    @FXML
    private void add() {
        TextField name = new TextField();
        ChoiceBox<Role> roles = roleChoice(Role.CLERK);
        PasswordField password = new PasswordField();
        PasswordField confirm = new PasswordField();
        password.setPromptText(I18n.text("signIn.newPassword.prompt"));
        GridPane grid = Dialogs.form();
        grid.addRow(0, new Label(I18n.text("signIn.name")), name);
        grid.addRow(1, new Label(I18n.text("accounts.col.role")), roles);
        grid.addRow(2, new Label(I18n.text("accounts.firstPassword")), password);
        grid.addRow(3, new Label(I18n.text("signIn.confirm")), confirm);
        grid.add(new Label(I18n.text("accounts.firstPassword.help")), 1, 4);
        if (ask(I18n.text("accounts.add"), grid)) {
            viewModel.add(name.getText(), roles.getValue(), password.getText(), confirm.getText());
        }
    }

    @FXML
    private void resetPassword() {
        chosen().ifPresent(
                        a -> {
                            PasswordField password = new PasswordField();
                            PasswordField confirm = new PasswordField();
                            password.setPromptText(I18n.text("signIn.newPassword.prompt"));
                            GridPane grid = Dialogs.form();
                            grid.addRow(0, new Label(I18n.text("accounts.newPassword")), password);
                            grid.addRow(1, new Label(I18n.text("signIn.confirm")), confirm);
                            grid.add(new Label(I18n.text("accounts.reset.help")), 1, 2);
                            if (ask(I18n.text("accounts.resetPassword.title", a.name()), grid)) {
                                viewModel.resetPassword(
                                        a.name(), password.getText(), confirm.getText());
                            }
                        });
    }

    @FXML
    private void changeRole() {
        chosen().ifPresent(
                        a -> {
                            ChoiceBox<Role> roles = roleChoice(a.role());
                            GridPane grid = Dialogs.form();
                            grid.addRow(0, new Label(I18n.text("accounts.col.role")), roles);
                            if (ask(I18n.text("accounts.changeRole.title", a.name()), grid)
                                    && roles.getValue() != a.role()) {
                                viewModel.setRole(a.name(), roles.getValue());
                            }
                        });
    }

    @FXML
    private void toggleDisabled() {
        chosen().ifPresent(a -> viewModel.setDisabled(a.name(), !a.disabled()));
    }

    @FXML
    private void unlock() {
        chosen().ifPresent(a -> viewModel.unlock(a.name()));
    }

    @FXML
    private void newRecoveryCode() {
        var confirm =
                Dialogs.localized(
                        new Alert(
                                Alert.AlertType.CONFIRMATION,
                                I18n.text("accounts.newRecoveryCode.confirm"),
                                Dialogs.OK,
                                Dialogs.CANCEL));
        confirm.setHeaderText(null);
        confirm.setTitle(I18n.text("accounts.newRecoveryCode"));
        confirm.initOwner(root.getScene().getWindow());
        if (Dialogs.confirmed(confirm.showAndWait())) {
            viewModel.makeRecoveryCode();
        }
    }

    private void showRecoveryCode(String code) {
        Dialog<ButtonType> dialog = Dialogs.localized(new Dialog<>());
        dialog.setTitle(I18n.text("recoveryCode.title"));
        VBox box = new VBox(12);
        Label intro = new Label(I18n.text("recoveryCode.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(480);
        Label c = new Label(code);
        c.getStyleClass().add("recovery-code");
        box.getChildren().addAll(intro, c, new Label(I18n.text("recoveryCode.keep")));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK);
        dialog.initOwner(root.getScene().getWindow());
        dialog.showAndWait();
        viewModel.recoveryCodeShown();
    }

    @FXML
    private void saveSettings() {
        retention.increment(0); // takes a typed value
        viewModel.saveSettings();
    }

    @FXML
    private void purge() {
        PrivacyService.Purge p = viewModel.purgeableProperty().get();
        if (p == null) {
            return;
        }
        var confirm =
                Dialogs.localized(
                        new Alert(
                                Alert.AlertType.CONFIRMATION,
                                I18n.text(
                                        "privacy.purge.confirm",
                                        p.households(),
                                        p.cutoff(),
                                        p.serviceLogs(),
                                        p.injuryCases()),
                                Dialogs.OK,
                                Dialogs.CANCEL));
        confirm.setHeaderText(null);
        confirm.setTitle(I18n.text("privacy.purge"));
        confirm.initOwner(root.getScene().getWindow());
        if (Dialogs.confirmed(confirm.showAndWait())) {
            viewModel.purge();
        }
    }

    @FXML
    private void restore() {
        AccountsViewModel.BackupLine chosen = backupTable.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        PasswordField password = new PasswordField();
        Label text = new Label(I18n.text("backup.restore.confirm", chosen.file().getFileName()));
        text.setWrapText(true);
        text.setMaxWidth(460);
        GridPane grid = Dialogs.form();
        grid.add(text, 0, 0, 2, 1);
        grid.addRow(1, new Label(I18n.text("signIn.password")), password);
        if (ask(I18n.text("backup.restore"), grid)) {
            viewModel.restore(chosen.file(), password.getText());
        }
    }

    @FXML
    private void backUpNow() {
        viewModel.backUpNow();
    }

    private ChoiceBox<Role> roleChoice(Role initial) {
        ChoiceBox<Role> roles = new ChoiceBox<>();
        roles.getItems().setAll(Role.values());
        roles.setConverter(Tables.converter(Role::label));
        roles.setValue(initial);
        return roles;
    }

    private boolean ask(String title, GridPane content) {
        for (Node n : content.getChildren()) {
            if (n instanceof TextField field) {
                field.setPrefColumnCount(22); // room for the password rule's prompt
            }
        }
        Dialog<ButtonType> dialog = Dialogs.localized(new Dialog<>());
        dialog.setTitle(title);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        dialog.initOwner(root.getScene().getWindow());
        return Dialogs.confirmed(dialog.showAndWait());
    }
}
