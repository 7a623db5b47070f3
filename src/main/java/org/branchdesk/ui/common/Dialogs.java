package org.branchdesk.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.branchdesk.domain.common.UserError;

/** The dialogs every screen uses, all in Chinese. */
public final class Dialogs {
    private Dialogs() {}

    /** OK and Cancel in Chinese, whatever the JVM's locale; same button data as JavaFX's own. */
    public static final ButtonType OK =
            new ButtonType(I18n.text("action.ok"), ButtonBar.ButtonData.OK_DONE);

    public static final ButtonType CANCEL =
            new ButtonType(I18n.text("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);

    /** Replaces JavaFX's OK/Cancel buttons of a dialog with the Chinese ones. */
    public static <D extends Dialog<?>> D localized(D dialog) {
        dialog.getDialogPane()
                .getButtonTypes()
                .replaceAll(b -> b == ButtonType.OK ? OK : b == ButtonType.CANCEL ? CANCEL : b);
        return dialog;
    }

    /** Whether a dialog was confirmed (its OK button, in any language). */
    public static boolean confirmed(Optional<ButtonType> answer) {
        return answer.map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }

    /** A refused input or a known problem: the message alone, no technical detail. */
    public static void showError(Window owner, Throwable error, Path logFile) {
        Throwable root = error;
        while (!(root instanceof UserError) && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        Alert alert;
        if (root instanceof UserError ue) {
            showRefusal(owner, ue.getMessage());
            return;
        } else {
            alert = localized(new Alert(Alert.AlertType.ERROR));
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

    /** A short piece of news for the clerk (an export written, an import done). */
    public static void showInfo(Window owner, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, OK);
        alert.setHeaderText(null);
        alert.setTitle(I18n.text("app.name"));
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
    }

    /**
     * Shows every notice a ViewModel puts in {@code notice} as a small dialog over {@code anchor}'s
     * window, by its kind: a success as news, a failure under 操作未执行. Then lets the ViewModel clear
     * it.
     */
    public static void showNotices(ObservableValue<Notice> notice, Runnable clear, Node anchor) {
        notice.addListener(
                (o, a, now) -> {
                    if (now != null && !now.isEmpty()) {
                        Window owner =
                                anchor.getScene() == null ? null : anchor.getScene().getWindow();
                        if (now.kind() == Notice.Kind.FAILURE) {
                            showRefusal(owner, now.text());
                        } else {
                            showInfo(owner, now.text());
                        }
                        clear.run();
                    }
                });
    }

    /** Something the clerk asked for was not done: why, under the header 操作未执行. */
    public static void showRefusal(Window owner, String text) {
        Alert alert = new Alert(Alert.AlertType.WARNING, text, OK);
        alert.setHeaderText(I18n.text("dialog.refused.header"));
        alert.setTitle(I18n.text("app.name"));
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
    }

    /** Asks where to save an Excel workbook; empty when the clerk cancels. */
    public static Optional<Path> chooseXlsx(Window owner, String title, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(I18n.text("file.filter.xlsx"), "*.xlsx"));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** Asks for one line of text, e.g. a name; empty when the clerk cancels. */
    public static Optional<String> askText(
            Window owner, String title, String label, String initial) {
        TextInputDialog dialog = localized(new TextInputDialog(initial == null ? "" : initial));
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

    /** The grid of a form dialog: labels in the first column, fields in the second. */
    public static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        return grid;
    }
}
