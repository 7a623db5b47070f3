package org.branchdesk.ui.orgs;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.branchdesk.domain.orgs.BranchGroup;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.service.orgs.PartyOrgService.ChartNode;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.Fxml;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.leadership.CommitteeView;

/** The party organizations tree with its detail panel and commands. */
public final class OrgsView {
    private final OrgsViewModel viewModel;
    private final Parent root;
    private boolean updating;

    @FXML private TreeView<ChartNode> orgTree;
    @FXML private CheckBox dissolvedBox;
    @FXML private Label detailTitle;
    @FXML private GridPane factsGrid;
    @FXML private Button dissolveButton;
    @FXML private Button convertButton;
    @FXML private Button createButton;
    @FXML private Button moveButton;
    @FXML private Button editButton;
    @FXML private Button undoMoveButton;
    @FXML private MenuButton groupMenu;
    @FXML private MenuItem addGroupItem;
    @FXML private MenuItem editGroupItem;

    @FXML private ToolBar toolBar;
    @FXML private TabPane detailTabs;
    @FXML private Tab factsTab;
    @FXML private Tab committeeTab;

    /** Adds a toolbar item after the screen's own (the import menu). */
    public void addTool(Node node) {
        toolBar.getItems().add(node);
    }

    public OrgsView(OrgsViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Fxml.load(this, "Orgs.fxml");
        dissolvedBox.selectedProperty().bindBidirectional(viewModel.includeDissolvedProperty());
        orgTree.setShowRoot(false);
        orgTree.setCellFactory(t -> new OrgTreeCell(viewModel));
        undoMoveButton.disableProperty().bind(viewModel.lastMoveProperty().isNull());
        viewModel.chartProperty().addListener((o, a, nodes) -> show(nodes));
        orgTree.getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (o, a, item) -> {
                            if (!updating && item != null) {
                                viewModel.selectedProperty().set(item.getValue());
                            }
                        });
        viewModel
                .selectedProperty()
                .addListener(
                        (o, a, node) -> {
                            showFacts(node);
                            select(node);
                        });
        Dialogs.showNotices(viewModel.noticeProperty(), viewModel::clearNotice, root);
        dissolveButton.disableProperty().bind(viewModel.canDissolveProperty().not());
        createButton.disableProperty().bind(viewModel.canCreateUnderProperty().not());
        moveButton.disableProperty().bind(viewModel.canMoveProperty().not());
        editButton.disableProperty().bind(viewModel.canEditProperty().not());
        convertButton.disableProperty().bind(viewModel.canConvertProperty().not());
        groupMenu.disableProperty().bind(viewModel.canAddGroupProperty().not());
        addGroupItem.disableProperty().bind(viewModel.canAddGroupProperty().not());
        editGroupItem.disableProperty().bind(viewModel.canEditGroupProperty().not());
        if (viewModel.committee() != null) {
            committeeTab.setContent(new CommitteeView(viewModel.committee()).root());
        } else {
            detailTabs.getTabs().remove(committeeTab);
        }
        showTab(viewModel.detailTabProperty().get());
        viewModel.detailTabProperty().addListener((o, a, tab) -> showTab(tab));
        detailTabs
                .getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (o, a, tab) ->
                                viewModel
                                        .detailTabProperty()
                                        .set(
                                                tab == committeeTab
                                                        ? OrgsViewModel.DetailTab.COMMITTEE
                                                        : OrgsViewModel.DetailTab.FACTS));
        showFacts(null);
    }

    public Parent root() {
        return root;
    }

    private void showTab(OrgsViewModel.DetailTab tab) {
        Tab wanted = tab == OrgsViewModel.DetailTab.COMMITTEE ? committeeTab : factsTab;
        if (detailTabs.getTabs().contains(wanted)
                && detailTabs.getSelectionModel().getSelectedItem() != wanted) {
            detailTabs.getSelectionModel().select(wanted);
        }
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
    }

    @FXML
    private void undoMove() {
        viewModel.undoLastMove();
    }

    @FXML
    private void export() {
        Dialogs.chooseXlsx(
                        root.getScene().getWindow(),
                        I18n.text("orgs.export"),
                        I18n.text("nav.orgs") + ".xlsx")
                .ifPresent(viewModel::export);
    }

    @FXML
    private void addGroup() {
        groupForm(null);
    }

    @FXML
    private void editGroup() {
        ChartNode node = viewModel.selectedProperty().get();
        if (node != null && !node.groups().isEmpty()) {
            GroupDialog.choose(window(), node).ifPresent(this::groupForm);
        }
    }

    private void groupForm(BranchGroup group) {
        ChartNode node = viewModel.selectedProperty().get();
        if (node == null) {
            return;
        }
        GroupDialog.show(window(), viewModel, node, group)
                .ifPresent(
                        form -> {
                            if (group == null) {
                                viewModel.addGroupToSelected(form);
                            } else {
                                viewModel.updateGroup(group, form);
                            }
                        });
    }

    @FXML
    private void dissolve() {
        ChartNode node = viewModel.selectedProperty().get();
        if (node != null) {
            OrgDialogs.dissolve(window(), node, viewModel.today())
                    .ifPresent(viewModel::dissolveSelected);
        }
    }

    @FXML
    private void edit() {
        ChartNode node = viewModel.selectedProperty().get();
        if (node != null) {
            OrgDialogs.facts(window(), node).ifPresent(viewModel::updateSelected);
        }
    }

    @FXML
    private void create() {
        ChartNode parent = viewModel.selectedProperty().get();
        if (parent != null) {
            OrgDialogs.create(window(), viewModel, parent, viewModel.today())
                    .ifPresent(viewModel::createUnderSelected);
        }
    }

    @FXML
    private void move() {
        List<PartyOrg> targets = viewModel.moveTargets();
        if (!targets.isEmpty()) {
            OrgDialogs.move(window(), viewModel.selectedProperty().get().org(), targets)
                    .ifPresent(o -> viewModel.moveSelected(o.id()));
        }
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    @FXML
    private void convert() {
        ChartNode node = viewModel.selectedProperty().get();
        if (node == null) {
            return;
        }
        Dialogs.askText(
                        root.getScene().getWindow(),
                        I18n.text("orgs.convert"),
                        I18n.text("orgs.convert.newName"),
                        node.org().name().replace(I18n.text("orgs.temporaryWord"), ""))
                .ifPresent(viewModel::convertSelected);
    }

    @FXML
    private void refresh() {
        viewModel.reload();
    }
}
