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

/** The dialogs for a branch's party groups and central households: which one, and its form. */
final class GroupDialog {
    private GroupDialog() {
    }

    /** Asks which of the branch's groups to change. */
    static Optional<org.branchdesk.domain.orgs.BranchGroup> choose(Window owner, ChartNode node) {
        List<org.branchdesk.domain.orgs.BranchGroup> groups = node.groups();
        ChoiceDialog<org.branchdesk.domain.orgs.BranchGroup> dialog = Dialogs.localized(
                new ChoiceDialog<>(groups.get(0), groups));
        dialog.setTitle(I18n.text("orgs.group.edit"));
        dialog.setHeaderText(I18n.text("orgs.group.edit.header", node.org().name()));
        dialog.setContentText(I18n.text("orgs.group.which"));
        dialog.initOwner(owner);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<org.branchdesk.domain.orgs.BranchGroup> combo =
                (javafx.scene.control.ComboBox<org.branchdesk.domain.orgs.BranchGroup>) dialog.getDialogPane()
                        .lookup(".combo-box");
        if (combo != null) {
            combo.setConverter(Tables.converter((org.branchdesk.domain.orgs.BranchGroup g) -> g == null ? ""
                    : I18n.text("orgs.node.group", g.name(), I18n.text("groupKind." + g.kind().name()))));
        }
        return dialog.showAndWait();
    }

    /** The form for a new group ({@code group == null}) or for changing one. */
    static Optional<OrgsViewModel.GroupForm> show(Window owner, OrgsViewModel viewModel, ChartNode node,
            org.branchdesk.domain.orgs.BranchGroup group) {
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialog =
                Dialogs.localized(new javafx.scene.control.Dialog<>());
        dialog.setTitle(I18n.text(group == null ? "orgs.group.add" : "orgs.group.edit"));
        dialog.setHeaderText(I18n.text("orgs.group.header", node.org().name()));
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        javafx.scene.control.ChoiceBox<org.branchdesk.domain.orgs.BranchGroup.Kind> kind =
                new javafx.scene.control.ChoiceBox<>();
        kind.getItems().setAll(org.branchdesk.domain.orgs.BranchGroup.Kind.values());
        kind.setValue(group == null ? org.branchdesk.domain.orgs.BranchGroup.Kind.BUILDING_PARTY_GROUP : group.kind());
        kind.setConverter(Tables.converter((org.branchdesk.domain.orgs.BranchGroup.Kind k) -> k == null ? ""
                : I18n.text("groupKind." + k.name())));
        kind.setDisable(group != null);
        javafx.scene.control.TextField name = new javafx.scene.control.TextField(group == null ? "" : group.name());
        name.setPrefColumnCount(20);
        name.setPromptText(I18n.text("orgs.group.name.prompt"));
        name.setDisable(group != null);
        javafx.scene.control.ChoiceBox<org.branchdesk.domain.common.Choice> building =
                new javafx.scene.control.ChoiceBox<>();
        building.getItems().add(null);
        building.getItems().addAll(viewModel.buildingChoices());
        building.setConverter(Tables.converter((org.branchdesk.domain.common.Choice c) -> c == null
                ? I18n.text("value.none") : c.label()));
        building.setValue(group == null ? null : viewModel.buildingChoices().stream()
                .filter(c -> c.id().equals(group.buildingId())).findFirst().orElse(null));
        javafx.scene.control.ComboBox<org.branchdesk.service.orgs.PartyOrgService.LeaderChoice> leader =
                new javafx.scene.control.ComboBox<>();
        leader.getItems().add(null);
        leader.getItems().addAll(viewModel.leaderChoices());
        leader.setConverter(Tables.converter((org.branchdesk.service.orgs.PartyOrgService.LeaderChoice c) -> c == null
                ? I18n.text("value.none") : c.building() == null ? c.name()
                : I18n.text("format.withName", c.name(), c.building())));
        leader.setVisibleRowCount(12);
        if (group != null) {
            leader.setValue(viewModel.leaderChoices().stream()
                    .filter(c -> c.memberId().equals(group.leaderMemberId())).findFirst().orElse(null));
        }
        javafx.scene.control.TextField contacts = new javafx.scene.control.TextField(
                group == null || group.contactHouseholds() == null ? "" : group.contactHouseholds());
        contacts.setPrefColumnCount(24);
        contacts.setPromptText(I18n.text("orgs.group.contacts.prompt"));
        Label unlinked = new Label(group != null && group.leaderName() != null && group.leaderMemberId() == null
                ? I18n.text("orgs.group.unlinked", group.leaderName()) : "");
        unlinked.getStyleClass().add("text-muted");
        unlinked.setWrapText(true);
        unlinked.setMaxWidth(380);
        GridPane grid = Dialogs.form();
        grid.addRow(0, new Label(I18n.text("field.group.kind")), kind);
        grid.addRow(1, new Label(I18n.text("field.org.name")), name);
        grid.addRow(2, new Label(I18n.text("field.group.building")), building);
        grid.addRow(3, new Label(I18n.text("field.group.leaderMember")), leader);
        grid.addRow(4, new Label(I18n.text("field.group.contacts")), contacts);
        grid.add(unlinked, 1, 5);
        dialog.getDialogPane().setContent(grid);
        dialog.initOwner(owner);
        if (!Dialogs.confirmed(dialog.showAndWait())) {
            return Optional.empty();
        }
        return Optional.of(new OrgsViewModel.GroupForm(kind.getValue(), name.getText(),
                building.getValue() == null ? null : building.getValue().id(),
                leader.getValue() == null ? null : leader.getValue().memberId(), contacts.getText()));
    }
}
