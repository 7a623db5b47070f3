package org.branchdesk.ui.orgs;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.GridPane;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.service.orgs.PartyOrgService.ChartNode;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.Fxml;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;
import org.kordamp.ikonli.javafx.FontIcon;

/** The party organizations tree with its detail panel and commands. */
public final class OrgsView {
    private final OrgsViewModel viewModel;
    private final Parent root;
    private boolean updating;

    @FXML
    private TreeView<ChartNode> orgTree;
    @FXML
    private CheckBox dissolvedBox;
    @FXML
    private Label detailTitle;
    @FXML
    private GridPane factsGrid;
    @FXML
    private Button dissolveButton;
    @FXML
    private Button convertButton;
    @FXML
    private Button createButton;
    @FXML
    private Button moveButton;
    @FXML
    private Button editButton;
    @FXML
    private Button undoMoveButton;
    @FXML
    private Button addGroupButton;
    @FXML
    private Button editGroupButton;

    @FXML
    private javafx.scene.control.ToolBar toolBar;

    /** Adds a toolbar item after the screen's own (the import menu). */
    public void addTool(javafx.scene.Node node) {
        toolBar.getItems().add(node);
    }

    public OrgsView(OrgsViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Fxml.load(this, "Orgs.fxml");
        dissolvedBox.selectedProperty().bindBidirectional(viewModel.includeDissolvedProperty());
        orgTree.setShowRoot(false);
        orgTree.setCellFactory(t -> new NodeCell(viewModel));
        undoMoveButton.disableProperty().bind(viewModel.lastMoveProperty().isNull());
        viewModel.chartProperty().addListener((o, a, nodes) -> show(nodes));
        orgTree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!updating && item != null) {
                viewModel.selectedProperty().set(item.getValue());
            }
        });
        viewModel.selectedProperty().addListener((o, a, node) -> {
            showFacts(node);
            select(node);
        });
        viewModel.messageProperty().addListener((o, a, text) -> {
            if (text != null && !text.isEmpty()) {
                Dialogs.showError(root.getScene().getWindow(), new org.branchdesk.domain.common.UserError("text.verbatim", text),
                        null);
                viewModel.clearMessage();
            }
        });
        showFacts(null);
    }

    public Parent root() {
        return root;
    }

    private void show(List<ChartNode> nodes) {
        updating = true;
        try {
            TreeItem<ChartNode> top = new TreeItem<>();
            for (ChartNode n : nodes) {
                top.getChildren().add(item(n, 0));
            }
            orgTree.setRoot(top);
        } finally {
            updating = false;
        }
        select(viewModel.selectedProperty().get());
    }

    private static TreeItem<ChartNode> item(ChartNode n, int depth) {
        TreeItem<ChartNode> item = new TreeItem<>(n);
        item.setExpanded(depth < 1);
        for (ChartNode child : n.children()) {
            item.getChildren().add(item(child, depth + 1));
        }
        return item;
    }

    private void select(ChartNode node) {
        if (node == null || orgTree.getRoot() == null) {
            return;
        }
        TreeItem<ChartNode> hit = find(orgTree.getRoot(), node);
        if (hit != null && orgTree.getSelectionModel().getSelectedItem() != hit) {
            updating = true;
            try {
                for (TreeItem<ChartNode> p = hit.getParent(); p != null; p = p.getParent()) {
                    p.setExpanded(true);
                }
                orgTree.getSelectionModel().select(hit);
            } finally {
                updating = false;
            }
        }
    }

    private static TreeItem<ChartNode> find(TreeItem<ChartNode> item, ChartNode wanted) {
        if (item.getValue() != null && item.getValue().org().id().equals(wanted.org().id())) {
            return item;
        }
        for (TreeItem<ChartNode> c : item.getChildren()) {
            TreeItem<ChartNode> hit = find(c, wanted);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    private void showFacts(ChartNode node) {
        factsGrid.getChildren().clear();
        detailTitle.setText(node == null ? I18n.text("orgTree.noSelection") : node.org().name());
        int row = 0;
        for (OrgsViewModel.Fact f : viewModel.facts()) {
            Label label = new Label(f.label());
            label.getStyleClass().add("fact-label");
            Label value = new Label(f.value());
            value.setWrapText(true);
            value.setMaxWidth(420);
            factsGrid.addRow(row++, label, value);
        }
        boolean active = node != null && node.org().isActive();
        dissolveButton.setDisable(!active);
        createButton.setDisable(!active || node.org().type().isBranchLevel());
        moveButton.setDisable(!active || node.org().parentId() == null);
        editButton.setDisable(node == null);
        convertButton.setDisable(!viewModel.canConvert());
        addGroupButton.setDisable(!viewModel.canAddGroup());
        editGroupButton.setDisable(!viewModel.canAddGroup() || node.groups().isEmpty());
    }

    @FXML
    private void undoMove() {
        viewModel.undoLastMove();
    }

    @FXML
    private void export() {
        Dialogs.chooseXlsx(root.getScene().getWindow(), I18n.text("orgs.export"), I18n.text("nav.orgs") + ".xlsx")
                .ifPresent(viewModel::export);
    }

    @FXML
    private void addGroup() {
        groupForm(null);
    }

    @FXML
    private void editGroup() {
        ChartNode node = viewModel.selectedProperty().get();
        if (node == null || node.groups().isEmpty()) {
            return;
        }
        List<org.branchdesk.domain.orgs.BranchGroup> groups = node.groups();
        ChoiceDialog<org.branchdesk.domain.orgs.BranchGroup> dialog = Dialogs.localized(
                new ChoiceDialog<>(groups.get(0), groups));
        dialog.setTitle(I18n.text("orgs.group.edit"));
        dialog.setHeaderText(I18n.text("orgs.group.edit.header", node.org().name()));
        dialog.setContentText(I18n.text("orgs.group.which"));
        dialog.initOwner(root.getScene().getWindow());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<org.branchdesk.domain.orgs.BranchGroup> combo =
                (javafx.scene.control.ComboBox<org.branchdesk.domain.orgs.BranchGroup>) dialog.getDialogPane()
                        .lookup(".combo-box");
        if (combo != null) {
            combo.setConverter(Tables.converter((org.branchdesk.domain.orgs.BranchGroup g) -> g == null ? ""
                    : I18n.text("orgs.node.group", g.name(), I18n.text("groupKind." + g.kind().name()))));
        }
        dialog.showAndWait().ifPresent(this::groupForm);
    }

    /** The form for a new group ({@code group == null}) or for changing one. */
    private void groupForm(org.branchdesk.domain.orgs.BranchGroup group) {
        ChartNode node = viewModel.selectedProperty().get();
        if (node == null) {
            return;
        }
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
        dialog.initOwner(root.getScene().getWindow());
        if (!Dialogs.confirmed(dialog.showAndWait())) {
            return;
        }
        OrgsViewModel.GroupForm form = new OrgsViewModel.GroupForm(kind.getValue(), name.getText(),
                building.getValue() == null ? null : building.getValue().id(),
                leader.getValue() == null ? null : leader.getValue().memberId(), contacts.getText());
        if (group == null) {
            viewModel.addGroupToSelected(form);
        } else {
            viewModel.updateGroup(group, form);
        }
    }

    @FXML
    private void dissolve() {
        ChartNode node = viewModel.selectedProperty().get();
        if (node == null) {
            return;
        }
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialog =
                Dialogs.localized(new javafx.scene.control.Dialog<>());
        dialog.setTitle(I18n.text("app.name"));
        dialog.setHeaderText(I18n.text("orgs.dissolve"));
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        Label body = new Label(I18n.text("orgs.dissolve.body", node.org().name()));
        body.setWrapText(true);
        body.setMaxWidth(420);
        javafx.scene.control.DatePicker on = new javafx.scene.control.DatePicker(java.time.LocalDate.now());
        GridPane grid = Dialogs.form();
        grid.add(body, 0, 0, 2, 1);
        grid.addRow(1, new Label(I18n.text("field.org.dissolvedOn")), on);
        dialog.getDialogPane().setContent(grid);
        dialog.initOwner(root.getScene().getWindow());
        if (Dialogs.confirmed(dialog.showAndWait())) {
            viewModel.dissolveSelected(on.getValue());
        }
    }

    @FXML
    private void edit() {
        ChartNode node = viewModel.selectedProperty().get();
        if (node == null) {
            return;
        }
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
        dialog.initOwner(root.getScene().getWindow());
        if (Dialogs.confirmed(dialog.showAndWait())) {
            viewModel.updateSelected(new org.branchdesk.service.orgs.PartyOrgService.Facts(name.getText(),
                    fullName.getText(), established.getValue(), requestTitle.getText(), requestNo.getText(),
                    approvalTitle.getText(), approvalNo.getText()));
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    @FXML
    private void create() {
        ChartNode parent = viewModel.selectedProperty().get();
        if (parent == null) {
            return;
        }
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
        javafx.scene.control.DatePicker established = new javafx.scene.control.DatePicker(java.time.LocalDate.now());
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
        dialog.initOwner(root.getScene().getWindow());
        if (Dialogs.confirmed(dialog.showAndWait())) {
            java.util.Set<java.util.UUID> chosen = new java.util.LinkedHashSet<>();
            compounds.getSelectionModel().getSelectedItems().forEach(c -> chosen.add(c.id()));
            viewModel.createUnderSelected(new OrgsViewModel.NewOrg(type.getValue(), name.getText(), chosen,
                    established.getValue(), requestTitle.getText(), requestNo.getText(), approvalTitle.getText(),
                    approvalNo.getText()));
        }
    }

    @FXML
    private void convert() {
        ChartNode node = viewModel.selectedProperty().get();
        if (node == null) {
            return;
        }
        Dialogs.askText(root.getScene().getWindow(), I18n.text("orgs.convert"), I18n.text("orgs.convert.newName"),
                node.org().name().replace(I18n.text("orgs.temporaryWord"), "")).ifPresent(viewModel::convertSelected);
    }

    @FXML
    private void move() {
        List<PartyOrg> targets = viewModel.moveTargets();
        if (targets.isEmpty()) {
            return;
        }
        ChoiceDialog<PartyOrg> dialog = Dialogs.localized(new ChoiceDialog<>(targets.get(0), targets));
        dialog.setTitle(I18n.text("orgs.move"));
        dialog.setHeaderText(I18n.text("orgs.move.header", viewModel.selectedProperty().get().org().name()));
        dialog.setContentText(I18n.text("field.org.parent"));
        dialog.initOwner(root.getScene().getWindow());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<PartyOrg> combo =
                (javafx.scene.control.ComboBox<PartyOrg>) dialog.getDialogPane().lookup(".combo-box");
        if (combo != null) {
            combo.setConverter(Tables.converter((PartyOrg o) -> o == null ? "" : o.name()));
        }
        dialog.showAndWait().ifPresent(o -> viewModel.moveSelected(o.id()));
    }

    @FXML
    private void refresh() {
        viewModel.reload();
    }

    /** A row: icon by level, name, members, and a mark where the rules call for action. */
    /**
     * A tree row. An active organization can be dragged onto another (not a branch) to move it
     * under that one; the service refuses a move into its own subtree.
     */
    private static final class NodeCell extends TreeCell<ChartNode> {
        private static final javafx.scene.input.DataFormat ORG =
                new javafx.scene.input.DataFormat("application/x-branchdesk-org");

        NodeCell(OrgsViewModel viewModel) {
            setOnDragDetected(e -> {
                ChartNode n = getItem();
                if (n != null && n.org().isActive() && n.org().parentId() != null) {
                    var board = startDragAndDrop(javafx.scene.input.TransferMode.MOVE);
                    board.setContent(java.util.Map.of(ORG, n.org().id().toString()));
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                ChartNode n = getItem();
                if (e.getDragboard().hasContent(ORG) && n != null && n.org().isActive()
                        && !n.org().type().isBranchLevel()
                        && !n.org().id().toString().equals(e.getDragboard().getContent(ORG))) {
                    e.acceptTransferModes(javafx.scene.input.TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                ChartNode n = getItem();
                boolean done = n != null && e.getDragboard().hasContent(ORG);
                if (done) {
                    viewModel.move(java.util.UUID.fromString((String) e.getDragboard().getContent(ORG)),
                            n.org().id());
                }
                e.setDropCompleted(done);
                e.consume();
            });
        }

        @Override
        protected void updateItem(ChartNode n, boolean empty) {
            super.updateItem(n, empty);
            getStyleClass().removeAll("dissolved", "needs-action");
            if (empty || n == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setGraphic(new FontIcon(n.org().type().isBranchLevel() ? "mdmz-people" : "mdmz-outlined_flag"));
            String text = n.org().type() == org.branchdesk.domain.orgs.OrgType.TEMPORARY_BRANCH
                    ? I18n.text("orgs.node.temporary", n.org().name(), n.participants())
                    : n.org().type().isBranchLevel()
                    ? I18n.text("orgs.node.branch", n.org().name(), n.members())
                    : I18n.text("orgs.node.committee", n.org().name(), n.totalMembers());
            if (!n.org().isActive()) {
                text = I18n.text("orgs.node.dissolved", text);
                getStyleClass().add("dissolved");
            } else if (n.shouldSplit() || n.needsCommittee()) {
                getStyleClass().add("needs-action");
            }
            setText(text);
        }
    }
}
