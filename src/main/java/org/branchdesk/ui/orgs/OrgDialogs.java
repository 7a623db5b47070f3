package org.branchdesk.ui.orgs;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.service.orgs.PartyOrgService;
import org.branchdesk.service.orgs.PartyOrgService.ChartNode;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;

/** The dialogs of the organizations screen: set up, correct, dissolve, move. */
final class OrgDialogs {
    private OrgDialogs() {}

    /** The form for an organization set up under {@code parent}. */
    static Optional<OrgsViewModel.NewOrg> create(
            Window owner, OrgsViewModel viewModel, ChartNode parent, LocalDate today) {
        Dialog<ButtonType> dialog = Dialogs.localized(new Dialog<>());
        dialog.setTitle(I18n.text("orgs.create"));
        dialog.setHeaderText(I18n.text("orgs.create.header", parent.org().name()));
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        ChoiceBox<OrgType> type = new ChoiceBox<>();
        for (OrgType t : OrgType.values()) {
            if (t != OrgType.STREET_WORKING_COMMITTEE) {
                type.getItems().add(t);
            }
        }
        type.setValue(OrgType.COMPOUND_BRANCH);
        type.setConverter(
                Tables.converter((OrgType t) -> t == null ? "" : I18n.text("orgType." + t.name())));
        TextField name = new TextField();
        name.setPrefColumnCount(24);
        ListView<Compound> compounds = new ListView<>(viewModel.compoundChoices());
        compounds.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        compounds.setPrefHeight(140);
        compounds.setCellFactory(
                l ->
                        new ListCell<>() {
                            @Override
                            protected void updateItem(Compound c, boolean empty) {
                                super.updateItem(c, empty);
                                setText(empty || c == null ? null : c.name());
                            }
                        });
        DatePicker established = new DatePicker(today);
        TextField requestTitle = new TextField();
        TextField requestNo = new TextField();
        TextField approvalTitle = new TextField();
        TextField approvalNo = new TextField();
        GridPane grid = Dialogs.form();
        grid.addRow(0, new Label(I18n.text("field.org.type")), type);
        grid.addRow(1, new Label(I18n.text("field.org.name")), name);
        grid.addRow(2, new Label(I18n.text("field.org.compounds")), compounds);
        grid.addRow(3, new Label(I18n.text("field.org.establishedOn")), established);
        grid.addRow(4, new Label(I18n.text("field.org.requestTitle")), requestTitle);
        grid.addRow(5, new Label(I18n.text("field.org.requestNo")), requestNo);
        grid.addRow(6, new Label(I18n.text("field.org.approvalTitle")), approvalTitle);
        grid.addRow(7, new Label(I18n.text("field.org.approvalNo")), approvalNo);
        dialog.getDialogPane().setContent(grid);
        dialog.initOwner(owner);
        if (!Dialogs.confirmed(dialog.showAndWait())) {
            return Optional.empty();
        }
        Set<UUID> chosen = new LinkedHashSet<>();
        compounds.getSelectionModel().getSelectedItems().forEach(c -> chosen.add(c.id()));
        return Optional.of(
                new OrgsViewModel.NewOrg(
                        type.getValue(),
                        name.getText(),
                        chosen,
                        established.getValue(),
                        requestTitle.getText(),
                        requestNo.getText(),
                        approvalTitle.getText(),
                        approvalNo.getText()));
    }

    /** The form that corrects an organization's names, dates, request and approval. */
    static Optional<PartyOrgService.Facts> facts(Window owner, ChartNode node) {
        PartyOrg o = node.org();
        Dialog<ButtonType> dialog = Dialogs.localized(new Dialog<>());
        dialog.setTitle(I18n.text("orgs.edit"));
        dialog.setHeaderText(I18n.text("orgs.edit.header", o.name()));
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        TextField name = new TextField(o.name());
        name.setPrefColumnCount(26);
        TextField fullName = new TextField(o.fullName());
        DatePicker established = new DatePicker(o.establishedOn());
        TextField requestTitle = new TextField(text(o.requestTitle()));
        TextField requestNo = new TextField(text(o.requestNo()));
        TextField approvalTitle = new TextField(text(o.approvalTitle()));
        TextField approvalNo = new TextField(text(o.approvalNo()));
        GridPane grid = Dialogs.form();
        int r = 0;
        grid.addRow(r++, new Label(I18n.text("field.org.name")), name);
        grid.addRow(r++, new Label(I18n.text("field.org.fullName")), fullName);
        grid.addRow(r++, new Label(I18n.text("field.org.establishedOn")), established);
        grid.addRow(r++, new Label(I18n.text("field.org.requestTitle")), requestTitle);
        grid.addRow(r++, new Label(I18n.text("field.org.requestNo")), requestNo);
        grid.addRow(r++, new Label(I18n.text("field.org.approvalTitle")), approvalTitle);
        grid.addRow(r, new Label(I18n.text("field.org.approvalNo")), approvalNo);
        dialog.getDialogPane().setContent(grid);
        dialog.initOwner(owner);
        if (!Dialogs.confirmed(dialog.showAndWait())) {
            return Optional.empty();
        }
        return Optional.of(
                new PartyOrgService.Facts(
                        name.getText(),
                        fullName.getText(),
                        established.getValue(),
                        requestTitle.getText(),
                        requestNo.getText(),
                        approvalTitle.getText(),
                        approvalNo.getText()));
    }

    /** Asks on which day the decision to dissolve took effect. */
    static Optional<LocalDate> dissolve(Window owner, ChartNode node, LocalDate today) {
        Dialog<ButtonType> dialog = Dialogs.localized(new Dialog<>());
        dialog.setTitle(I18n.text("app.name"));
        dialog.setHeaderText(I18n.text("orgs.dissolve"));
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        Label body = new Label(I18n.text("orgs.dissolve.body", node.org().name()));
        body.setWrapText(true);
        body.setMaxWidth(420);
        DatePicker on = new DatePicker(today);
        GridPane grid = Dialogs.form();
        grid.add(body, 0, 0, 2, 1);
        grid.addRow(1, new Label(I18n.text("field.org.dissolvedOn")), on);
        dialog.getDialogPane().setContent(grid);
        dialog.initOwner(owner);
        return Dialogs.confirmed(dialog.showAndWait())
                ? Optional.ofNullable(on.getValue())
                : Optional.empty();
    }

    /** Asks under which organization the selected one moves. */
    static Optional<PartyOrg> move(Window owner, PartyOrg moving, List<PartyOrg> targets) {
        ChoiceDialog<PartyOrg> dialog =
                Dialogs.localized(new ChoiceDialog<>(targets.get(0), targets));
        dialog.setTitle(I18n.text("orgs.move"));
        dialog.setHeaderText(I18n.text("orgs.move.header", moving.name()));
        dialog.setContentText(I18n.text("field.org.parent"));
        dialog.initOwner(owner);
        @SuppressWarnings("unchecked")
        ComboBox<PartyOrg> combo = (ComboBox<PartyOrg>) dialog.getDialogPane().lookup(".combo-box");
        if (combo != null) {
            combo.setConverter(Tables.converter((PartyOrg o) -> o == null ? "" : o.name()));
        }
        return dialog.showAndWait();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
