package org.branchdesk.ui.duty;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchdesk.service.duty.RosterAutoFill;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;

/**
 * The 自动排班 dialog: the span, the trial's progress with a button that stops it, who would take which
 * place and why each shift left short stays so; 应用 writes what is shown. It runs a trial as soon as
 * it opens. What may be done comes from {@link AutoFillViewModel}.
 */
final class AutoFillDialog {
    private AutoFillDialog() {}

    static void show(Window owner, AutoFillViewModel vm, String community) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(I18n.text("autofill.ui.title"));
        dialog.setHeaderText(I18n.text("autofill.ui.header", community));
        dialog.getDialogPane().setId("autofillDialog");
        ButtonType applyType =
                new ButtonType(I18n.text("autofill.ui.apply"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(applyType, Dialogs.CANCEL);
        dialog.setResizable(true);

        DatePicker from = new DatePicker();
        from.setId("autofillFrom");
        from.setPrefWidth(140);
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("autofillTo");
        to.setPrefWidth(140);
        to.valueProperty().bindBidirectional(vm.toProperty());
        Button run = DutyControls.button("autofillPreview", "autofill.ui.preview", "mdmz-search");
        run.disableProperty().bind(vm.mayPreviewProperty().not());
        run.setOnAction(e -> vm.preview());
        Button stop = DutyControls.button("autofillStop", "autofill.ui.stop", "mdmz-stop");
        stop.visibleProperty().bind(vm.runningProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        stop.setOnAction(e -> vm.stop());
        HBox span =
                new HBox(
                        8,
                        DutyControls.fieldLabel("field.roster.from"),
                        from,
                        DutyControls.fieldLabel("field.roster.to"),
                        to,
                        run,
                        stop);
        span.setAlignment(Pos.CENTER_LEFT);
        Label spanMessage = DutyControls.message("autofillSpanMessage", vm.spanMessageProperty());

        ProgressBar bar = new ProgressBar();
        bar.setId("autofillProgress");
        bar.setPrefWidth(240);
        bar.progressProperty().bind(vm.progressProperty());
        Label progress = new Label();
        progress.textProperty().bind(vm.progressTextProperty());
        HBox running = new HBox(8, bar, progress);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(vm.runningProperty());
        running.managedProperty().bind(running.visibleProperty());

        Label summary = new Label();
        summary.setId("autofillSummary");
        summary.setWrapText(true);
        summary.textProperty()
                .bind(
                        javafx.beans.binding.Bindings.when(vm.summaryProperty().isEmpty())
                                .then(vm.statusProperty())
                                .otherwise(vm.summaryProperty()));
        Label note = new Label(I18n.text("autofill.ui.note"));
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");

        ListView<RosterAutoFill.Placed> filled = new ListView<>(vm.filled());
        filled.setId("autofillFilled");
        filled.setPlaceholder(new Label(I18n.text("autofill.ui.noneFilled")));
        filled.setCellFactory(
                l ->
                        new ListCell<>() {
                            @Override
                            protected void updateItem(RosterAutoFill.Placed p, boolean empty) {
                                super.updateItem(p, empty);
                                setText(
                                        empty || p == null
                                                ? null
                                                : AutoFillViewModel.filledText(p));
                            }
                        });
        ListView<RosterAutoFill.Open> unfilled = new ListView<>(vm.unfilled());
        unfilled.setId("autofillUnfilled");
        unfilled.setPlaceholder(new Label(I18n.text("autofill.ui.noneUnfilled")));
        unfilled.setCellFactory(l -> new WhyCell(l));
        VBox lists =
                new VBox(
                        6,
                        new Label(I18n.text("autofill.ui.filledTitle")),
                        filled,
                        new Label(I18n.text("autofill.ui.unfilledTitle")),
                        unfilled);
        VBox.setVgrow(filled, Priority.ALWAYS);
        VBox.setVgrow(unfilled, Priority.ALWAYS);
        VBox content = new VBox(8, span, spanMessage, running, summary, note, lists);
        VBox.setVgrow(lists, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefSize(820, 600);

        Button apply = (Button) dialog.getDialogPane().lookupButton(applyType);
        apply.setId("autofillApply");
        apply.disableProperty().bind(vm.mayApplyProperty().not());
        apply.addEventFilter(
                ActionEvent.ACTION,
                e -> {
                    e.consume();
                    vm.apply();
                });
        Dialogs.showNotices(vm.noticeProperty(), vm::clearNotice, content);
        vm.appliedProperty()
                .addListener(
                        (o, a, r) -> {
                            if (r != null) {
                                Platform.runLater(dialog::close);
                            }
                        });
        dialog.setOnHidden(e -> vm.stop()); // closing the dialog stops a trial still running
        dialog.setResultConverter(b -> b);
        DutyDialogs.styled(dialog, owner);
        Platform.runLater(vm::preview);
        dialog.showAndWait();
    }

    /** A shift left short on two lines: where and how many, then why, wrapped. */
    private static final class WhyCell extends ListCell<RosterAutoFill.Open> {
        private final ListView<RosterAutoFill.Open> list;

        WhyCell(ListView<RosterAutoFill.Open> list) {
            this.list = list;
        }

        @Override
        protected void updateItem(RosterAutoFill.Open o, boolean empty) {
            super.updateItem(o, empty);
            setText(null);
            if (empty || o == null) {
                setGraphic(null);
                return;
            }
            String[] lines = AutoFillViewModel.unfilledText(o).split("\n", 2);
            Label where = new Label(lines[0]);
            where.getStyleClass().add("roster-side-name");
            Label why = new Label(lines.length > 1 ? lines[1] : "");
            why.setWrapText(true);
            why.getStyleClass().add("text-muted");
            why.maxWidthProperty().bind(list.widthProperty().subtract(40));
            setGraphic(new VBox(2, where, why));
        }
    }
}
