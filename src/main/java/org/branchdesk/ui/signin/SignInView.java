package org.branchdesk.ui.signin;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import org.branchdesk.ui.common.Fxml;
import org.branchdesk.ui.common.I18n;

/**
 * The sign-in form, the administrator's set-up form and the recovery form: one card, three modes.
 */
public final class SignInView {
    private final SignInViewModel viewModel;
    private final Parent root;

    @FXML private Label title;
    @FXML private Label intro;
    @FXML private TextField name;
    @FXML private PasswordField password;
    @FXML private Label confirmLabel;
    @FXML private PasswordField confirm;
    @FXML private Label codeLabel;
    @FXML private TextField recoveryCode;
    @FXML private Label errorLabel;
    @FXML private Button submit;
    @FXML private Hyperlink forgot;
    @FXML private Hyperlink back;
    @FXML private ProgressIndicator working;

    public SignInView(SignInViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Fxml.load(this, "SignIn.fxml");
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        confirm.textProperty().bindBidirectional(viewModel.confirmProperty());
        recoveryCode.textProperty().bindBidirectional(viewModel.recoveryCodeProperty());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        errorLabel.managedProperty().bind(errorLabel.textProperty().isNotEmpty());
        submit.disableProperty().bind(viewModel.canSubmitBinding().not());
        working.visibleProperty().bind(viewModel.busyProperty());
        for (Node n : new Node[] {name, password, confirm, recoveryCode}) {
            n.disableProperty().bind(viewModel.busyProperty());
        }
        viewModel.modeProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.modeProperty().get());
    }

    private void show(SignInViewModel.Mode mode) {
        String key =
                switch (mode) {
                    case SIGN_IN -> "signIn";
                    case SET_UP -> viewModel.converting() ? "convert" : "setUp";
                    case RECOVER -> "recover";
                };
        title.setText(I18n.text(key + ".title"));
        intro.setText(I18n.text(key + ".intro"));
        submit.setText(I18n.text(key + ".submit"));
        password.setPromptText(
                I18n.text(
                        mode == SignInViewModel.Mode.SIGN_IN
                                ? "signIn.password.prompt"
                                : "signIn.newPassword.prompt"));
        name.setPromptText(
                I18n.text(
                        mode == SignInViewModel.Mode.SIGN_IN
                                ? "signIn.name.prompt"
                                : mode == SignInViewModel.Mode.RECOVER
                                        ? "signIn.adminName.prompt"
                                        : "signIn.newName.prompt"));
        boolean newPassword = mode != SignInViewModel.Mode.SIGN_IN;
        visible(confirmLabel, newPassword);
        visible(confirm, newPassword);
        visible(codeLabel, mode == SignInViewModel.Mode.RECOVER);
        visible(recoveryCode, mode == SignInViewModel.Mode.RECOVER);
        visible(forgot, mode == SignInViewModel.Mode.SIGN_IN);
        visible(back, mode == SignInViewModel.Mode.RECOVER);
        focus();
    }

    private static void visible(Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }

    public Parent root() {
        return root;
    }

    /** Puts the cursor where the clerk starts typing. */
    public void focus() {
        if (viewModel.modeProperty().get() == SignInViewModel.Mode.RECOVER) {
            recoveryCode.requestFocus();
        } else if (!name.getText().isBlank()) {
            password.requestFocus();
        } else {
            name.requestFocus();
        }
    }

    @FXML
    private void submit() {
        viewModel.submit();
    }

    @FXML
    private void forgot() {
        viewModel.forgotPassword();
    }

    @FXML
    private void back() {
        viewModel.backToSignIn();
    }
}
