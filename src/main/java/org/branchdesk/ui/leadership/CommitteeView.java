package org.branchdesk.ui.leadership;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchdesk.domain.leadership.Election;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The committee tab (领导班子) of an organization: its term, the positions held now and before, and the
 * buttons that renew, appoint and end, and those that print leadership's notices. What may be done
 * comes from {@link CommitteeViewModel}.
 */
public final class CommitteeView {
    private final CommitteeViewModel viewModel;
    private final VBox root = new VBox(10);
    private boolean syncing;

    public CommitteeView(CommitteeViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("committeePane");
        root.getStyleClass().add("committee-pane");

        Label termTitle = new Label(I18n.text("committee.currentTerm"));
        termTitle.getStyleClass().add("title-4");
        Label term = new Label();
        term.setId("currentTermLabel");
        term.setWrapText(true);
        term.textProperty().bind(viewModel.currentTermProperty());
        Label underWay = new Label();
        underWay.setId("renewalUnderWay");
        underWay.getStyleClass().add("warning");
        underWay.textProperty().bind(viewModel.underWayProperty());
        underWay.visibleProperty().bind(viewModel.underWayProperty().isNotEmpty());
        underWay.managedProperty().bind(underWay.visibleProperty());

        TableView<CommitteeViewModel.Row> current = table(true);
        current.setId("currentPositions");
        current.setItems(viewModel.current());

        Button renew = button("renewButton", "committee.renew", "mdal-how_to_vote");
        renew.disableProperty().bind(viewModel.canRenewProperty().not());
        // a disabled button shows no tooltip of its own: a wrapper around it does
        Label renewWrapper = explained(renew, viewModel.renewBlockedProperty());
        renewWrapper.setId("renewWhy");
        renew.setOnAction(e -> renew());

        Button appoint = button("appointButton", "committee.appoint", "mdal-assignment_ind");
        appoint.disableProperty().bind(viewModel.canAppointProperty().not());
        Label appointWrapper = explained(appoint, viewModel.appointBlockedProperty());
        appoint.setOnAction(e -> appoint());

        Button end = button("endButton", "committee.end", "mdal-assignment_return");
        end.disableProperty().bind(viewModel.canEndProperty().not());
        end.setOnAction(e -> end());

        HBox buttons = new HBox(8, renewWrapper, appointWrapper, end);
        buttons.getStyleClass().add("edit-action");

        // notices are no edit: a supervisor may see their drafts (issuing is refused by the model)
        Button appointmentNotice =
                button("appointmentNoticeButton", "committee.notice.appointment", "mdmz-print");
        appointmentNotice.disableProperty().bind(viewModel.canAppointmentNoticeProperty().not());
        appointmentNotice.setOnAction(e -> notice(viewModel.appointmentNotice()));
        Button removalNotice =
                button("removalNoticeButton", "committee.notice.removal", "mdmz-print");
        removalNotice.disableProperty().bind(viewModel.canRemovalNoticeProperty().not());
        removalNotice.setOnAction(e -> notice(viewModel.removalNotice()));
        ComboBox<Election> renewal = new ComboBox<>(viewModel.renewals());
        renewal.setId("noticeRenewal");
        renewal.setConverter(Tables.converter(viewModel::renewalText));
        renewal.valueProperty().bindBidirectional(viewModel.renewalProperty());
        renewal.visibleProperty().bind(viewModel.severalRenewalsProperty());
        renewal.managedProperty().bind(viewModel.severalRenewalsProperty());
        Button electionResult =
                button("electionResultButton", "committee.notice.electionResult", "mdmz-print");
        electionResult.disableProperty().bind(viewModel.canElectionResultProperty().not());
        electionResult.setOnAction(e -> notice(viewModel.electionResultNotice()));
        HBox notices =
                new HBox(
                        8,
                        explained(appointmentNotice, viewModel.appointmentNoticeBlockedProperty()),
                        explained(removalNotice, viewModel.removalNoticeBlockedProperty()),
                        renewal,
                        explained(electionResult, viewModel.electionResultBlockedProperty()));
        notices.setAlignment(Pos.CENTER_LEFT);

        Label pastTitle = new Label(I18n.text("committee.past"));
        pastTitle.getStyleClass().add("title-4");
        ListView<String> terms = new ListView<>(viewModel.pastTerms());
        terms.setId("pastTerms");
        terms.setPrefHeight(80);
        TableView<CommitteeViewModel.Row> past = table(false);
        past.setId("pastPositions");
        past.setItems(viewModel.past());
        past.setPrefHeight(180);
        VBox.setVgrow(current, Priority.SOMETIMES);
        VBox.setVgrow(past, Priority.SOMETIMES);
        current.setPrefHeight(200);
        syncSelection(current, past);
        syncSelection(past, current);
        viewModel.selectedProperty().addListener((o, a, row) -> showSelected(row, current, past));

        root.getChildren()
                .addAll(
                        termTitle, term, underWay, current, buttons, notices, pastTitle, terms,
                        past);
        Dialogs.showNotices(viewModel.noticeProperty(), viewModel::clearNotice, root);
    }

    public Node root() {
        return root;
    }

    /** A row chosen in {@code table} is the selection; the other table then shows none. */
    private void syncSelection(
            TableView<CommitteeViewModel.Row> table, TableView<CommitteeViewModel.Row> other) {
        table.getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (o, a, row) -> {
                            if (syncing) {
                                return;
                            }
                            if (row != null) {
                                syncing = true;
                                other.getSelectionModel().clearSelection();
                                syncing = false;
                                viewModel.selectedProperty().set(row);
                            } else if (other.getSelectionModel().getSelectedItem() == null) {
                                viewModel.selectedProperty().set(null);
                            }
                        });
    }

    /** Shows the model's selection in whichever table lists it. */
    @SafeVarargs
    private void showSelected(
            CommitteeViewModel.Row row, TableView<CommitteeViewModel.Row>... tables) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            for (TableView<CommitteeViewModel.Row> t : tables) {
                if (row != null && t.getItems().contains(row)) {
                    if (t.getSelectionModel().getSelectedItem() != row) {
                        t.getSelectionModel().select(row);
                    }
                } else {
                    t.getSelectionModel().clearSelection();
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** A wrapper whose tooltip says why the button is disabled (none while it is enabled). */
    private static Label explained(Button button, ObservableStringValue why) {
        Label wrapper = new Label(null, button);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(why);
        wrapper.tooltipProperty()
                .bind(Bindings.when(Bindings.isEmpty(why)).then((Tooltip) null).otherwise(tip));
        return wrapper;
    }

    private static Button button(String id, String key, String icon) {
        Button b = new Button(I18n.text(key), new FontIcon(icon));
        b.setId(id);
        return b;
    }

    private static TableView<CommitteeViewModel.Row> table(boolean serving) {
        TableView<CommitteeViewModel.Row> t = new TableView<>();
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(
                new Label(I18n.text(serving ? "committee.noneServing" : "committee.noneEnded")));
        t.getColumns().add(column("committee.col.member", CommitteeViewModel.Row::member));
        t.getColumns().add(column("committee.col.id", CommitteeViewModel.Row::maskedId));
        t.getColumns().add(column("field.holding.position", CommitteeViewModel.Row::position));
        t.getColumns().add(column("field.holding.chosen", CommitteeViewModel.Row::chosen));
        t.getColumns().add(column("committee.col.source", CommitteeViewModel.Row::source));
        t.getColumns().add(column("field.holding.from", CommitteeViewModel.Row::since));
        t.getColumns().add(column("field.holding.docNumber", CommitteeViewModel.Row::doc));
        if (!serving) {
            t.getColumns().add(column("committee.col.ended", CommitteeViewModel.Row::ended));
        }
        return t;
    }

    private static TableColumn<CommitteeViewModel.Row, String> column(
            String key, Function<CommitteeViewModel.Row, String> text) {
        TableColumn<CommitteeViewModel.Row, String> c = new TableColumn<>(I18n.text(key));
        Tables.text(c, text::apply);
        return c;
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    private void notice(LeadershipNoticeViewModel notice) {
        LeadershipNoticeDialog.show(window(), notice);
    }

    private void renew() {
        if (viewModel.orgProperty().get() == null) {
            return;
        }
        RenewalWizard.show(window(), viewModel.renewal()).ifPresent(viewModel::renewed);
    }

    private void appoint() {
        if (viewModel.orgProperty().get() == null) {
            return;
        }
        AppointmentDialog.show(window(), viewModel.appointment())
                .ifPresent(h -> viewModel.changed());
    }

    private void end() {
        CommitteeViewModel.Row row = viewModel.selectedProperty().get();
        if (row != null) {
            EndHoldingDialog.show(window(), row, viewModel.today(), viewModel.endReasons())
                    .ifPresent(a -> viewModel.endSelected(a.on(), a.reason()));
        }
    }
}
