package org.branchdesk.ui.orgs;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.service.orgs.PartyOrgService.ChartNode;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;

/** The dialogs of the organizations screen: set up, correct, dissolve, move. */
final class OrgDialogs {
    private OrgDialogs() {
    }

    /** The form for an organization set up under {@code parent}. */
    static Optional<OrgsViewModel.NewOrg> create(Window owner, OrgsViewModel viewModel, ChartNode parent,
            java.time.LocalDate today) {
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialog =
                Dialogs.localized(new javafx.scene.control.Dialog<>());
        dialog.setTitle(I18n.text("orgs.create"));
        dialog.setHeaderText(I18n.text("orgs.create.header", parent.org().name()));
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        javafx.scene.control.ChoiceBox<org.branchdesk.domain.orgs.OrgType> type = new javafx.scene.control.ChoiceBox<>();
        for (org.branchdesk.domain.orgs.OrgType t : org.branchdesk.domain.orgs.OrgType.values()) {
            if (t != org.branchdesk.domain.orgs.OrgType.STREET_WORKING_COMMITTEE) {
                type.getItems().add(t);
            }
        }
        type.setValue(org.branchdesk.domain.orgs.OrgType.COMPOUND_BRANCH);
        type.setConverter(Tables.converter((org.branchdesk.domain.orgs.OrgType t) -> t == null ? "" : I18n.text("orgType." + t.name())));
        javafx.scene.control.TextField name = new javafx.scene.control.TextField();
        name.setPrefColumnCount(24);
        javafx.scene.control.ListView<org.branchdesk.domain.places.Compound> compounds =
                new javafx.scene.control.ListView<>(viewModel.compoundChoices());
        compounds.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        compounds.setPrefHeight(140);
        compounds.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(org.branchdesk.domain.places.Compound c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.name());
            }
        });
        javafx.scene.control.DatePicker established = new javafx.scene.control.DatePicker(today);
        javafx.scene.control.TextField requestTitle = new javafx.scene.control.TextField();
        javafx.scene.control.TextField requestNo = new javafx.scene.control.TextField();
        javafx.scene.control.TextField approvalTitle = new javafx.scene.control.TextField();
        javafx.scene.control.TextField approvalNo = new javafx.scene.control.TextField();
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
        java.util.Set<java.util.UUID> chosen = new java.util.LinkedHashSet<>();
        compounds.getSelectionModel().getSelectedItems().forEach(c -> chosen.add(c.id()));
        return Optional.of(new OrgsViewModel.NewOrg(type.getValue(), name.getText(), chosen,
                established.getValue(), requestTitle.getText(), requestNo.getText(), approvalTitle.getText(),
                approvalNo.getText()));
    }

    /** The form that corrects an organization's names, dates, request and approval. */
    static Optional<org.branchdesk.service.orgs.PartyOrgService.Facts> facts(Window owner, ChartNode node) {
        PartyOrg o = node.org();
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialog =
                Dialogs.localized(new javafx.scene.control.Dialog<>());
        dialog.setTitle(I18n.text("orgs.edit"));
        dialog.setHeaderText(I18n.text("orgs.edit.header", o.name()));
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        javafx.scene.control.TextField name = new javafx.scene.control.TextField(o.name());
        name.setPrefColumnCount(26);
        javafx.scene.control.TextField fullName = new javafx.scene.control.TextField(o.fullName());
        javafx.scene.control.DatePicker established = new javafx.scene.control.DatePicker(o.establishedOn());
        javafx.scene.control.TextField requestTitle = new javafx.scene.control.TextField(text(o.requestTitle()));
        javafx.scene.control.TextField requestNo = new javafx.scene.control.TextField(text(o.requestNo()));
        javafx.scene.control.TextField approvalTitle = new javafx.scene.control.TextField(text(o.approvalTitle()));
        javafx.scene.control.TextField approvalNo = new javafx.scene.control.TextField(text(o.approvalNo()));
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
        return Optional.of(new org.branchdesk.service.orgs.PartyOrgService.Facts(name.getText(),
                fullName.getText(), established.getValue(), requestTitle.getText(), requestNo.getText(),
                approvalTitle.getText(), approvalNo.getText()));
    }

    /** Asks on which day the decision to dissolve took effect. */
    static Optional<java.time.LocalDate> dissolve(Window owner, ChartNode node, java.time.LocalDate today) {
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialog =
                Dialogs.localized(new javafx.scene.control.Dialog<>());
        dialog.setTitle(I18n.text("app.name"));
        dialog.setHeaderText(I18n.text("orgs.dissolve"));
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        Label body = new Label(I18n.text("orgs.dissolve.body", node.org().name()));
        body.setWrapText(true);
        body.setMaxWidth(420);
        javafx.scene.control.DatePicker on = new javafx.scene.control.DatePicker(today);
        GridPane grid = Dialogs.form();
        grid.add(body, 0, 0, 2, 1);
        grid.addRow(1, new Label(I18n.text("field.org.dissolvedOn")), on);
        dialog.getDialogPane().setContent(grid);
        dialog.initOwner(owner);
        return Dialogs.confirmed(dialog.showAndWait()) ? Optional.ofNullable(on.getValue()) : Optional.empty();
    }

    /** Asks under which organization the selected one moves. */
    static Optional<PartyOrg> move(Window owner, PartyOrg moving, List<PartyOrg> targets) {
        ChoiceDialog<PartyOrg> dialog = Dialogs.localized(new ChoiceDialog<>(targets.get(0), targets));
        dialog.setTitle(I18n.text("orgs.move"));
        dialog.setHeaderText(I18n.text("orgs.move.header", moving.name()));
        dialog.setContentText(I18n.text("field.org.parent"));
        dialog.initOwner(owner);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<PartyOrg> combo =
                (javafx.scene.control.ComboBox<PartyOrg>) dialog.getDialogPane().lookup(".combo-box");
        if (combo != null) {
            combo.setConverter(Tables.converter((PartyOrg o) -> o == null ? "" : o.name()));
        }
        return dialog.showAndWait();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
