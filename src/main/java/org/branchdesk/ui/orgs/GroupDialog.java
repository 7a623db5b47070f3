package org.branchdesk.ui.orgs;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.branchdesk.domain.common.Choice;
import org.branchdesk.domain.orgs.BranchGroup;
import org.branchdesk.service.orgs.PartyOrgService;
import org.branchdesk.service.orgs.PartyOrgService.ChartNode;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;

/** The dialogs for a branch's party groups and central households: which one, and its form. */
final class GroupDialog {
    private GroupDialog() {}

    /** Asks which of the branch's groups to change. */
    static Optional<BranchGroup> choose(Window owner, ChartNode node) {
        List<BranchGroup> groups = node.groups();
        ChoiceDialog<BranchGroup> dialog =
                Dialogs.localized(new ChoiceDialog<>(groups.get(0), groups));
        dialog.setTitle(I18n.text("orgs.group.edit"));
        dialog.setHeaderText(I18n.text("orgs.group.edit.header", node.org().name()));
        dialog.setContentText(I18n.text("orgs.group.which"));
        dialog.initOwner(owner);
        @SuppressWarnings("unchecked")
        ComboBox<BranchGroup> combo =
                (ComboBox<BranchGroup>) dialog.getDialogPane().lookup(".combo-box");
        if (combo != null) {
            combo.setConverter(
                    Tables.converter(
                            (BranchGroup g) ->
                                    g == null
                                            ? ""
                                            : I18n.text(
                                                    "orgs.node.group",
                                                    g.name(),
                                                    I18n.text("groupKind." + g.kind().name()))));
        }
        return dialog.showAndWait();
    }

    /** The form for a new group ({@code group == null}) or for changing one. */
    static Optional<OrgsViewModel.GroupForm> show(
            Window owner, OrgsViewModel viewModel, ChartNode node, BranchGroup group) {
        Dialog<ButtonType> dialog = Dialogs.localized(new Dialog<>());
        dialog.setTitle(I18n.text(group == null ? "orgs.group.add" : "orgs.group.edit"));
        dialog.setHeaderText(I18n.text("orgs.group.header", node.org().name()));
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        ChoiceBox<BranchGroup.Kind> kind = new ChoiceBox<>();
        kind.getItems().setAll(BranchGroup.Kind.values());
        kind.setValue(group == null ? BranchGroup.Kind.BUILDING_PARTY_GROUP : group.kind());
        kind.setConverter(
                Tables.converter(
                        (BranchGroup.Kind k) ->
                                k == null ? "" : I18n.text("groupKind." + k.name())));
        kind.setDisable(group != null);
        TextField name = new TextField(group == null ? "" : group.name());
        name.setPrefColumnCount(20);
        name.setPromptText(I18n.text("orgs.group.name.prompt"));
        name.setDisable(group != null);
        ChoiceBox<Choice> building = new ChoiceBox<>();
        building.getItems().add(null);
        building.getItems().addAll(viewModel.buildingChoices());
        building.setConverter(
                Tables.converter((Choice c) -> c == null ? I18n.text("value.none") : c.label()));
        building.setValue(
                group == null
                        ? null
                        : viewModel.buildingChoices().stream()
                                .filter(c -> c.id().equals(group.buildingId()))
                                .findFirst()
                                .orElse(null));
        ComboBox<PartyOrgService.LeaderChoice> leader = new ComboBox<>();
        leader.getItems().add(null);
        leader.getItems().addAll(viewModel.leaderChoices());
        leader.setConverter(
                Tables.converter(
                        (PartyOrgService.LeaderChoice c) ->
                                c == null
                                        ? I18n.text("value.none")
                                        : c.building() == null
                                                ? c.name()
                                                : I18n.text(
                                                        "format.withName",
                                                        c.name(),
                                                        c.building())));
        leader.setVisibleRowCount(12);
        if (group != null) {
            leader.setValue(
                    viewModel.leaderChoices().stream()
                            .filter(c -> c.memberId().equals(group.leaderMemberId()))
                            .findFirst()
                            .orElse(null));
        }
        TextField contacts =
                new TextField(
                        group == null || group.contactHouseholds() == null
                                ? ""
                                : group.contactHouseholds());
        contacts.setPrefColumnCount(24);
        contacts.setPromptText(I18n.text("orgs.group.contacts.prompt"));
        Label unlinked =
                new Label(
                        group != null
                                        && group.leaderName() != null
                                        && group.leaderMemberId() == null
                                ? I18n.text("orgs.group.unlinked", group.leaderName())
                                : "");
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
        return Optional.of(
                new OrgsViewModel.GroupForm(
                        kind.getValue(),
                        name.getText(),
                        building.getValue() == null ? null : building.getValue().id(),
                        leader.getValue() == null ? null : leader.getValue().memberId(),
                        contacts.getText()));
    }
}
