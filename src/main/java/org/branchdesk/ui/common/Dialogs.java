package org.branchdesk.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.branchdesk.domain.UserError;

/** The dialogs every screen uses, all in Chinese. */
public final class Dialogs {
    private Dialogs() {
    }

    /** A refused input or a known problem: the message alone, no technical detail. */
    public static void showError(Window owner, Throwable error, Path logFile) {
        Throwable root = error;
        while (!(root instanceof UserError) && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        Alert alert;
        if (root instanceof UserError ue) {
            alert = new Alert(Alert.AlertType.WARNING, ue.getMessage(), ButtonType.OK);
            alert.setHeaderText(I18n.text("dialog.refused.header"));
        } else {
            alert = new Alert(Alert.AlertType.ERROR);
            alert.setHeaderText(I18n.text("dialog.internal.header"));
            alert.setContentText(I18n.text("dialog.internal.body", logFile));
            TextArea path = new TextArea(logFile.toString());
            path.setEditable(false);
            path.setPrefRowCount(1);
            alert.getDialogPane().setExpandableContent(path);
        }
        alert.setTitle(I18n.text("app.name"));
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
    }

    /** Asks for one line of text, e.g. a name; empty when the clerk cancels. */
    public static Optional<String> askText(Window owner, String title, String label, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial == null ? "" : initial);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(label);
        dialog.getEditor().setId("textInput");
        dialog.getEditor().setPrefColumnCount(24);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog.showAndWait();
    }
}
