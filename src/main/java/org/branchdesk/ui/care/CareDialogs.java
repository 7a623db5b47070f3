package org.branchdesk.ui.care;

import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.branchdesk.ui.common.Dialogs;

/** The dialogs of the care pages' forms: 确定 saves through the form's ViewModel. */
final class CareDialogs {
    private CareDialogs() {}

    /**
     * Shows a form: 确定 ({@code okId}) is enabled when the ViewModel says so and saves through it;
     * the dialog stays open on a refusal (shown over it) and closes once saved.
     */
    static void show(
            Window owner,
            String id,
            String title,
            String header,
            String okId,
            Node content,
            BooleanBinding canSave,
            Runnable save,
            CareForm<?> form,
            Node focus) {
        Dialog<Object> dialog = Dialogs.localized(new Dialog<>());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setResizable(true);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        dialog.getDialogPane().setContent(content);
        Button ok = (Button) dialog.getDialogPane().lookupButton(Dialogs.OK);
        ok.setId(okId);
        ok.disableProperty().bind(canSave.not());
        ok.addEventFilter(
                ActionEvent.ACTION,
                e -> {
                    e.consume();
                    save.run();
                });
        Dialogs.showNotices(form.noticeProperty(), form::clearNotice, content);
        form.savedProperty()
                .addListener(
                        (o, a, saved) -> {
                            if (saved != null) {
                                dialog.setResult(saved);
                                dialog.close();
                            }
                        });
        dialog.setResultConverter(b -> null);
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            }
        }
        if (focus != null) {
            dialog.setOnShown(e -> focus.requestFocus());
        }
        fitToMessages(dialog, content);
        dialog.showAndWait();
    }

    /** Lets the dialog grow and shrink with the messages that open under its fields. */
    private static void fitToMessages(Dialog<?> dialog, Node content) {
        dialog.setOnShowing(
                e -> {
                    for (Node n : content.lookupAll(".label")) {
                        n.visibleProperty()
                                .addListener((o, a, b) -> Platform.runLater(() -> resize(dialog)));
                    }
                });
    }

    private static void resize(Dialog<?> dialog) {
        if (dialog.getDialogPane().getScene() != null
                && dialog.getDialogPane().getScene().getWindow() != null) {
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        }
    }
}
