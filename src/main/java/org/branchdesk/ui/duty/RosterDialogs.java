package org.branchdesk.ui.duty;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchdesk.service.duty.RosterService;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;

/**
 * The week grid's dialogs: a change that breaks rules or is a swap (every broken rule listed, the
 * reasons asked for), what copying a week did, each person's totals, and a confirmation.
 */
final class RosterDialogs {
    private RosterDialogs() {}

    /**
     * Shows a waiting change: what will happen, every rule it breaks, and the reasons it needs;
     * whether the clerk went ahead.
     */
    static boolean showChange(Window owner, RosterChangeViewModel change) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(
                I18n.text(
                        change.needsReason() ? "roster.change.swapTitle" : "roster.change.title"));
        dialog.setHeaderText(change.header());
        dialog.getDialogPane().setId("rosterChangeDialog");
        ButtonType go =
                new ButtonType(
                        I18n.text(
                                change.needsOverride()
                                        ? "roster.change.override"
                                        : "roster.change.swapNow"),
                        ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(go, Dialogs.CANCEL);

        VBox content = new VBox(8);
        content.setPadding(new Insets(10, 14, 4, 14));
        if (change.needsOverride()) {
            Label intro = new Label(I18n.text("roster.change.broken"));
            intro.getStyleClass().add("roster-broken-title");
            VBox rules = new VBox(4);
            rules.setId("rosterBrokenRules");
            for (String rule : change.broken()) {
                Label l = new Label(I18n.text("roster.grid.rule", rule));
                l.setWrapText(true);
                l.setMaxWidth(520);
                l.getStyleClass().add("roster-broken");
                rules.getChildren().add(l);
            }
            content.getChildren().addAll(intro, rules);
        }
        for (String s : change.skipped()) {
            Label l = new Label(I18n.text("roster.change.skipped", s));
            l.setWrapText(true);
            l.getStyleClass().add("text-muted");
            content.getChildren().add(l);
        }
        GridPane form = Dialogs.form();
        int r = 0;
        Label[] messages = new Label[3];
        if (change.needsReason()) {
            TextField reason = new TextField();
            reason.setId("rosterSwapReason");
            reason.setPrefColumnCount(28);
            reason.textProperty().bindBidirectional(change.reasonProperty());
            messages[0] =
                    DutyControls.message("rosterSwapReasonMessage", change.reasonMessageProperty());
            form.addRow(
                    r++,
                    DutyControls.fieldLabel("field.roster.reason"),
                    new VBox(2, reason, messages[0]));
        }
        if (change.needsOverride()) {
            TextField override = new TextField();
            override.setId("rosterOverrideReason");
            override.setPrefColumnCount(28);
            override.setPromptText(I18n.text("roster.change.overridePrompt"));
            override.textProperty().bindBidirectional(change.overrideProperty());
            messages[1] =
                    DutyControls.message("rosterOverrideMessage", change.overrideMessageProperty());
            form.addRow(
                    r++,
                    DutyControls.fieldLabel("field.roster.override"),
                    new VBox(2, override, messages[1]));
        }
        messages[2] = DutyControls.message("rosterChangeMissing", change.missingProperty());
        messages[2].getStyleClass().setAll("label", "text-muted");
        form.add(messages[2], 1, r);
        content.getChildren().add(form);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(600);
        DutyDialogs.fitToMessages(
                dialog,
                java.util.Arrays.stream(messages)
                        .filter(java.util.Objects::nonNull)
                        .toArray(Label[]::new));

        Button ok = (Button) dialog.getDialogPane().lookupButton(go);
        ok.setId("rosterChangeConfirm");
        ok.disableProperty().bind(change.canConfirmProperty().not());
        DutyDialogs.styled(dialog, owner);
        dialog.setOnShown(
                e ->
                        form.getChildren().stream()
                                .filter(VBox.class::isInstance)
                                .findFirst()
                                .ifPresent(
                                        box -> ((VBox) box).getChildren().get(0).requestFocus()));
        return dialog.showAndWait().map(b -> b == go).orElse(false)
                && change.canConfirmProperty().get();
    }

    /** What copying the week before did: how many were copied, and who was left out and why. */
    static void showCopied(Window owner, RosterService.Copied copied) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(I18n.text("roster.copy"));
        dialog.setHeaderText(
                I18n.text(
                        "roster.copied",
                        RosterViewModel.weekTitle(copied.monday()),
                        copied.copied(),
                        copied.shiftsMade(),
                        copied.alreadyThere()));
        dialog.getDialogPane().setId("rosterCopiedDialog");
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK);
        if (copied.skipped().isEmpty()) {
            dialog.getDialogPane().setContent(new Label(I18n.text("roster.copied.all")));
        } else {
            ListView<String> skipped = new ListView<>();
            skipped.setId("rosterSkipped");
            skipped.getItems()
                    .setAll(
                            copied.skipped().stream()
                                    .map(
                                            s ->
                                                    I18n.text(
                                                            "roster.copied.skipped",
                                                            s.name(),
                                                            s.why(),
                                                            s.where()))
                                    .toList());
            VBox box =
                    new VBox(
                            6,
                            new Label(
                                    I18n.text(
                                            "roster.copied.skippedTitle", copied.skipped().size())),
                            skipped);
            VBox.setVgrow(skipped, Priority.ALWAYS);
            dialog.getDialogPane().setContent(box);
            dialog.getDialogPane().setPrefSize(720, 420);
            dialog.setResizable(true);
        }
        DutyDialogs.styled(dialog, owner);
        dialog.showAndWait();
    }

    /** Each person's shifts and hours over the week. */
    static void showTotals(Window owner, String week, List<RosterService.Totals> totals) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(I18n.text("roster.totals"));
        dialog.setHeaderText(I18n.text("roster.totals.header", week, totals.size()));
        dialog.getDialogPane().setId("rosterTotalsDialog");
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK);
        dialog.setResizable(true);
        TableView<RosterService.Totals> table = new TableView<>();
        table.setId("rosterTotalsTable");
        table.getColumns()
                .addAll(
                        List.of(
                                DutyControls.column(
                                        "roster.totals.col.name", 100, RosterService.Totals::name),
                                DutyControls.column(
                                        "roster.totals.col.shifts", 80, t -> "" + t.shifts()),
                                DutyControls.column(
                                        "roster.totals.col.hours",
                                        80,
                                        t -> RosterService.hours(t.hours())),
                                DutyControls.column(
                                        "roster.totals.col.present", 60, t -> "" + t.present()),
                                DutyControls.column(
                                        "roster.totals.col.absent", 60, t -> "" + t.absent()),
                                DutyControls.column(
                                        "roster.totals.col.substituted",
                                        80,
                                        t -> "" + t.substituted()),
                                DutyControls.column(
                                        "roster.totals.col.substituting",
                                        80,
                                        t -> "" + t.substituting()),
                                DutyControls.column(
                                        "roster.totals.col.served",
                                        110,
                                        t -> RosterService.hours(t.servedHours()))));
        table.getColumns().forEach(c -> c.setMinWidth(c.getPrefWidth()));
        table.setPrefWidth(700);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getItems().setAll(totals);
        table.setPlaceholder(new Label(I18n.text("roster.totals.none")));
        Label note = new Label(I18n.text("roster.totals.note"));
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");
        VBox box = new VBox(6, table, note);
        VBox.setVgrow(table, Priority.ALWAYS);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setPrefSize(760, 500);
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        DutyDialogs.styled(dialog, owner);
        dialog.showAndWait();
    }

    /** Asks before a step that cannot simply be taken back. */
    static boolean confirm(Window owner, String title, String header, String text) {
        Alert alert = Dialogs.localized(new Alert(Alert.AlertType.CONFIRMATION, text));
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setId("rosterConfirm");
        Label body = new Label(text);
        body.setWrapText(true);
        body.setMaxWidth(480);
        alert.getDialogPane().setContent(body);
        DutyDialogs.styled(alert, owner);
        return Dialogs.confirmed(alert.showAndWait());
    }
}
