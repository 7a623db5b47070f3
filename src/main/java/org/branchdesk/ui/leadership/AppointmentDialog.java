package org.branchdesk.ui.leadership;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.branchdesk.domain.leadership.Chosen;
import org.branchdesk.domain.leadership.Holding;
import org.branchdesk.domain.leadership.Position;
import org.branchdesk.domain.leadership.Source;
import org.branchdesk.service.leadership.LeadershipService.Proposal;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;
import org.branchdesk.ui.members.MemberForm;

/**
 * The appointment (任命) or designation (指定) of a position: the people proposed in the policy's order
 * with why each fits or not (those who do not are greyed and cannot be chosen), and the position's
 * facts. Whether a person may be chosen, and whether the standing exception is needed, is the
 * ViewModel's.
 */
final class AppointmentDialog {
    private AppointmentDialog() {}

    /** Shows the dialog; the position recorded, or empty. */
    static Optional<Holding> show(Window owner, AppointmentViewModel vm) {
        Dialog<Holding> dialog = new Dialog<>();
        dialog.setTitle(I18n.text("appointment.title"));
        dialog.setHeaderText(I18n.text("appointment.header", vm.org().name()));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("appointmentDialog");
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);

        ComboBox<Position> position =
                LeadershipControls.enumBox(Position.class, "position.", vm.positionProperty());
        position.setId("appointPosition");
        ComboBox<Chosen> method = new ComboBox<>(vm.methods());
        method.setId("appointMethod");
        method.setConverter(
                Tables.converter((Chosen c) -> c == null ? "" : I18n.text("chosen." + c.name())));
        method.valueProperty().bindBidirectional(vm.chosenProperty());

        TableView<Proposal> proposals = new TableView<>(vm.proposals());
        proposals.setId("proposalTable");
        proposals.setPrefSize(760, 260);
        proposals.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        proposals.setPlaceholder(new Label(I18n.text("appointment.noProposals")));
        proposals.getColumns().add(column("committee.col.member", Proposal::name));
        proposals.getColumns().add(column("committee.col.id", Proposal::maskedId));
        proposals.getColumns().add(column("appointment.col.compound", Proposal::compound));
        proposals.getColumns().add(column("appointment.col.why", Proposal::why));
        proposals.setRowFactory(
                t ->
                        new TableRow<>() {
                            @Override
                            protected void updateItem(Proposal p, boolean empty) {
                                super.updateItem(p, empty);
                                boolean unfit = !empty && p != null && !vm.selectable(p);
                                pseudoClassStateChanged(
                                        javafx.css.PseudoClass.getPseudoClass("unfit"), unfit);
                                setStyle(unfit ? "-fx-opacity: 0.55;" : "");
                            }
                        });
        proposals
                .getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (o, a, p) -> {
                            if (p != null && !vm.selectable(p)) {
                                // not selectable: go back to what was chosen and say why
                                proposals.getSelectionModel().select(vm.selectedProperty().get());
                            }
                            vm.select(p);
                        });
        Button register = new Button(I18n.text("appointment.register"));
        register.setId("registerElsewhere");
        register.setOnAction(e -> vm.loadChoices()); // the form opens once they are read
        vm.choicesProperty()
                .addListener(
                        (o, a, choices) -> {
                            if (choices != null) {
                                MemberForm.show(
                                                dialog.getDialogPane().getScene().getWindow(),
                                                null,
                                                choices,
                                                vm.registrationForNewcomer(),
                                                vm.compoundForNewcomer())
                                        .ifPresent(vm::register);
                            }
                        });

        ComboBox<Source> source =
                LeadershipControls.enumBox(Source.class, "source.", vm.sourceProperty());
        source.setId("appointSource");
        DatePicker from = new DatePicker();
        from.setId("appointFrom");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        TextField doc = new TextField();
        doc.setId("appointDoc");
        doc.textProperty().bindBidirectional(vm.docNumberProperty());
        DatePicker docDate = new DatePicker();
        docDate.valueProperty().bindBidirectional(vm.docDateProperty());
        TextField duty = new TextField();
        duty.setPromptText(I18n.text("renewal.dutyPrompt"));
        duty.textProperty().bindBidirectional(vm.concurrentDutyProperty());
        TextField exception = new TextField();
        exception.setId("appointException");
        exception.setPromptText(I18n.text("renewal.exceptionPrompt"));
        exception.textProperty().bindBidirectional(vm.standingExceptionProperty());
        Label exceptionLabel = new Label(I18n.text("field.holding.standingException"));
        Label exceptionHint = LeadershipControls.hint("exceptionHint");
        exceptionHint.setText(I18n.text("rule.leadership.exceptionNeeded"));
        exceptionHint.visibleProperty().bind(vm.exceptionNeededProperty());
        exceptionHint.setStyle("-fx-text-fill: -color-danger-fg;");

        GridPane grid = Dialogs.form();
        int r = 0;
        grid.addRow(r++, new Label(I18n.text("field.holding.position")), position);
        grid.addRow(r++, new Label(I18n.text("field.holding.chosen")), method);
        grid.add(
                new HBox(8, new Label(I18n.text("appointment.proposals")), register), 0, r++, 2, 1);
        grid.add(proposals, 0, r++, 2, 1);
        grid.addRow(r++, new Label(I18n.text("committee.col.source")), source);
        grid.addRow(r++, new Label(I18n.text("field.holding.from")), from);
        grid.addRow(r++, new Label(I18n.text("field.holding.docNumber")), doc);
        grid.addRow(r++, new Label(I18n.text("appointment.docDate")), docDate);
        grid.addRow(r++, new Label(I18n.text("field.holding.concurrentDuty")), duty);
        grid.addRow(r++, exceptionLabel, exception);
        grid.add(exceptionHint, 1, r);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(820);
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);

        Button ok = (Button) dialog.getDialogPane().lookupButton(Dialogs.OK);
        ok.setId("appointSave");
        ok.disableProperty().bind(vm.canSaveProperty().not());
        ok.addEventFilter(
                ActionEvent.ACTION,
                e -> {
                    e.consume();
                    vm.save();
                });
        Dialogs.showNotices(vm.noticeProperty(), vm::clearNotice, grid);
        vm.savedProperty()
                .addListener(
                        (o, a, h) -> {
                            if (h != null) {
                                dialog.setResult(h);
                                dialog.close();
                            }
                        });
        dialog.setResultConverter(b -> null);
        dialog.initOwner(owner);
        vm.loadProposals();
        return dialog.showAndWait();
    }

    private static TableColumn<Proposal, String> column(
            String key, java.util.function.Function<Proposal, String> text) {
        TableColumn<Proposal, String> c = new TableColumn<>(I18n.text(key));
        Tables.text(c, text::apply);
        c.setSortable(false);
        return c;
    }
}
