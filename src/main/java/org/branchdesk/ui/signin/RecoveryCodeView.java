package org.branchdesk.ui.signin;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.branchdesk.ui.common.Fxml;

/**
 * Shows the recovery code once, after the administrator was set up or recovered: the clerk writes
 * it down and confirms before going on. It is never shown again, and deliberately not offered for
 * copying: the clipboard (and Windows' clipboard history) is on this PC.
 */
public final class RecoveryCodeView {
    private final Parent root;
    private final Runnable done;

    @FXML private Label recoveryCodeText;
    @FXML private Label converted;
    @FXML private CheckBox noted;
    @FXML private Button proceed;

    public RecoveryCodeView(String code, String convertedText, Runnable done) {
        this.done = done;
        this.root = Fxml.load(this, "RecoveryCode.fxml");
        recoveryCodeText.setText(code);
        converted.setText(convertedText);
        converted.setManaged(!convertedText.isEmpty());
        converted.setVisible(!convertedText.isEmpty());
        proceed.disableProperty().bind(noted.selectedProperty().not());
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void proceed() {
        if (noted.isSelected()) {
            done.run();
        }
    }
}
