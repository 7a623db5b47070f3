package org.branchdesk.ui.importing;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchdesk.domain.common.Choice;
import org.branchdesk.service.importing.ImportPlan;
import org.branchdesk.service.importing.ImportPlan.RowOutcome;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;

/**
 * The preview of an import: every row's fate (new, update, unchanged, refused with field and
 * reason) in a table, the communities and compounds the import would create, and the choice to
 * import, import only the valid rows, or cancel.
 */
public final class ImportPreviewDialog {
    /** What the clerk chose. */
    public enum Choice {
        IMPORT,
        VALID_ONLY,
        CANCEL
    }

    private ImportPreviewDialog() {}

    public static Choice show(Window owner, String title, ImportPlan plan) {
        Dialog<ButtonType> dialog = Dialogs.localized(new Dialog<>());
        dialog.setTitle(title);
        dialog.setHeaderText(I18n.text("import.preview.header", plan.source()));
        boolean refused = plan.count(ImportPlan.Fate.REFUSED) > 0;
        ButtonType all =
                new ButtonType(I18n.text("import.preview.import"), ButtonBar.ButtonData.OK_DONE);
        ButtonType validOnly =
                new ButtonType(I18n.text("members.import.skipInvalid"), ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().setAll(refused ? validOnly : all, Dialogs.CANCEL);

        Label summary = new Label(ImportTexts.counts(plan));
        summary.setWrapText(true);
        TableView<RowOutcome> table = new TableView<>();
        TableColumn<RowOutcome, String> row = new TableColumn<>(I18n.text("import.preview.row"));
        TableColumn<RowOutcome, String> fate = new TableColumn<>(I18n.text("import.preview.fate"));
        TableColumn<RowOutcome, String> label =
                new TableColumn<>(I18n.text("import.preview.label"));
        TableColumn<RowOutcome, String> field =
                new TableColumn<>(I18n.text("import.preview.field"));
        TableColumn<RowOutcome, String> reason =
                new TableColumn<>(I18n.text("import.preview.reason"));
        Tables.text(row, r -> Integer.toString(r.row()));
        Tables.text(fate, r -> I18n.text("import.fate." + r.fate().name()));
        Tables.text(label, r -> r.label() == null ? "" : r.label());
        Tables.text(field, r -> r.field() == null ? "" : r.field());
        Tables.text(reason, r -> r.reason() == null ? "" : r.reason());
        row.setPrefWidth(60);
        fate.setPrefWidth(70);
        label.setPrefWidth(160);
        field.setPrefWidth(110);
        reason.setPrefWidth(300);
        table.getColumns().setAll(List.of(row, fate, label, field, reason));
        table.getItems().setAll(plan.rows());
        table.setPrefSize(720, 320);
        VBox box = new VBox(8, summary, table);
        if (!plan.newCommunities().isEmpty() || !plan.newCompounds().isEmpty()) {
            Label places = new Label(ImportTexts.places(plan));
            places.setWrapText(true);
            box.getChildren().add(places);
        }
        plan.notes()
                .forEach(
                        n -> {
                            Label note = new Label(n);
                            note.setWrapText(true);
                            box.getChildren().add(note);
                        });
        dialog.getDialogPane().setContent(box);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() == Dialogs.CANCEL) {
            return Choice.CANCEL;
        }
        return answer.get() == validOnly ? Choice.VALID_ONLY : Choice.IMPORT;
    }
}
