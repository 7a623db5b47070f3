package org.branchdesk.ui.places;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.DataFormat;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.Fxml;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;
import org.kordamp.ikonli.javafx.FontIcon;

/** The organization tree: toolbar with search and commands, the tree, the detail panel. */
public final class PlacesView {
    private final PlacesViewModel viewModel;
    private final Parent root;
    private boolean updatingSelection;

    @FXML private TextField searchField;
    @FXML private TreeView<PlaceNode> orgTree;
    @FXML private Label detailTitle;
    @FXML private GridPane factsGrid;
    @FXML private Label summaryLabel;
    @FXML private Button rename;
    @FXML private Button move;
    @FXML private Button moveUp;
    @FXML private Button moveDown;
    @FXML private Button addCompound;
    @FXML private Button undoMove;

    public PlacesView(PlacesViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Fxml.load(this, "Places.fxml");
        searchField.textProperty().bindBidirectional(viewModel.filterProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        orgTree.setCellFactory(tv -> new NodeCell(viewModel));
        undoMove.disableProperty().bind(viewModel.lastMoveProperty().isNull());
        viewModel.rootProperty().addListener((obs, old, now) -> showTree(now));
        orgTree.getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (!updatingSelection) {
                                viewModel
                                        .selectedProperty()
                                        .set(now == null ? null : now.getValue());
                            }
                        });
        viewModel
                .selectedProperty()
                .addListener(
                        (obs, old, now) -> {
                            showFacts(now);
                            updateButtons(now);
                            if (!updatingSelection) {
                                selectInTree(now);
                            }
                        });
        viewModel
                .errorProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (now != null && !now.isEmpty()) {
                                Dialogs.showError(
                                        window(), new UserError("text.verbatim", now), null);
                                viewModel.clearError();
                            }
                        });
        updateButtons(null);
    }

    public Parent root() {
        return root;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void showTree(PlaceNode node) {
        updatingSelection = true;
        try {
            if (node == null) {
                orgTree.setRoot(null);
                return;
            }
            boolean filtering = !viewModel.filterProperty().get().isBlank();
            TreeItem<PlaceNode> item = toItem(node, filtering);
            item.setExpanded(true);
            orgTree.setRoot(item);
        } finally {
            updatingSelection = false;
        }
        selectInTree(viewModel.selectedProperty().get());
    }

    /** Shows the ViewModel's selection in the tree: expanded, selected and scrolled into view. */
    private void selectInTree(PlaceNode selected) {
        TreeItem<PlaceNode> rootItem = orgTree.getRoot();
        if (selected == null || rootItem == null) {
            return;
        }
        TreeItem<PlaceNode> hit = findItem(rootItem, selected);
        if (hit == null) {
            return;
        }
        updatingSelection = true;
        try {
            for (TreeItem<PlaceNode> p = hit.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            orgTree.getSelectionModel().select(hit);
            int row = orgTree.getRow(hit);
            if (row >= 0) {
                orgTree.scrollTo(Math.max(0, row - 3));
            }
        } finally {
            updatingSelection = false;
        }
    }

    private static TreeItem<PlaceNode> toItem(PlaceNode node, boolean expand) {
        TreeItem<PlaceNode> item = new TreeItem<>(node);
        for (PlaceNode child : node.children()) {
            item.getChildren().add(toItem(child, expand));
        }
        item.setExpanded(expand);
        return item;
    }

    private static TreeItem<PlaceNode> findItem(TreeItem<PlaceNode> item, PlaceNode wanted) {
        if (item.getValue().id().equals(wanted.id())) {
            return item;
        }
        for (TreeItem<PlaceNode> child : item.getChildren()) {
            TreeItem<PlaceNode> hit = findItem(child, wanted);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    private void showFacts(PlaceNode node) {
        factsGrid.getChildren().clear();
        detailTitle.setText(node == null ? I18n.text("orgTree.noSelection") : node.name());
        int row = 0;
        for (PlacesViewModel.Fact fact : viewModel.facts()) {
            Label label = new Label(fact.label());
            label.getStyleClass().add("fact-label");
            Label value = new Label(fact.value());
            value.setWrapText(true);
            factsGrid.addRow(row++, label, value);
        }
    }

    private void updateButtons(PlaceNode node) {
        PlaceNode.Kind kind = node == null ? null : node.kind();
        rename.setDisable(kind == null || kind == PlaceNode.Kind.STREET);
        move.setDisable(kind != PlaceNode.Kind.COMPOUND);
        moveUp.setDisable(kind != PlaceNode.Kind.COMMUNITY);
        moveDown.setDisable(kind != PlaceNode.Kind.COMMUNITY);
        addCompound.setDisable(kind != PlaceNode.Kind.COMMUNITY && kind != PlaceNode.Kind.COMPOUND);
    }

    @FXML
    private void addCommunity() {
        Dialogs.askText(
                        window(),
                        I18n.text("orgTree.addCommunity"),
                        I18n.text("field.community.name"),
                        "")
                .ifPresent(viewModel::addCommunity);
    }

    @FXML
    private void addCompound() {
        Dialogs.askText(
                        window(),
                        I18n.text("orgTree.addCompound"),
                        I18n.text("field.compound.name"),
                        "")
                .ifPresent(viewModel::addCompound);
    }

    @FXML
    private void rename() {
        PlaceNode node = viewModel.selectedProperty().get();
        if (node == null) {
            return;
        }
        Dialogs.askText(
                        window(),
                        I18n.text("orgTree.rename"),
                        I18n.text("orgTree.newName"),
                        node.name())
                .ifPresent(viewModel::renameSelected);
    }

    @FXML
    private void move() {
        PlaceNode node = viewModel.selectedProperty().get();
        if (node == null || node.kind() != PlaceNode.Kind.COMPOUND) {
            return;
        }
        Compound compound = (Compound) node.source();
        List<Community> targets =
                viewModel.communities().stream()
                        .filter(c -> !c.id().equals(compound.communityId()))
                        .toList();
        if (targets.isEmpty()) {
            return;
        }
        ChoiceDialog<Community> dialog =
                Dialogs.localized(new ChoiceDialog<>(targets.get(0), targets));
        dialog.setTitle(I18n.text("orgTree.move"));
        dialog.setHeaderText(I18n.text("orgTree.move.header", compound.name()));
        dialog.setContentText(I18n.text("orgTree.move.target"));
        dialog.initOwner(window());
        @SuppressWarnings("unchecked")
        ComboBox<Community> combo =
                (ComboBox<Community>) dialog.getDialogPane().lookup(".combo-box");
        if (combo != null) {
            combo.setConverter(Tables.converter((Community c) -> c == null ? "" : c.name()));
        }
        Optional<Community> target = dialog.showAndWait();
        target.ifPresent(c -> viewModel.moveSelectedCompound(c.id()));
    }

    @FXML
    private void undoMove() {
        viewModel.undoLastMove();
    }

    @FXML
    private void moveUp() {
        viewModel.moveSelectedCommunity(-1);
    }

    @FXML
    private void moveDown() {
        viewModel.moveSelectedCommunity(+1);
    }

    @FXML
    private void refresh() {
        viewModel.reload();
    }

    /**
     * A tree row: icon by kind, name, counts. A compound can be dragged onto another community (or
     * one of its compounds) to move it there.
     */
    private static final class NodeCell extends TreeCell<PlaceNode> {
        private static final DataFormat COMPOUND =
                new DataFormat("application/x-branchdesk-compound");

        NodeCell(PlacesViewModel viewModel) {
            setOnDragDetected(
                    e -> {
                        PlaceNode n = getItem();
                        if (n != null && n.kind() == PlaceNode.Kind.COMPOUND) {
                            var board = startDragAndDrop(TransferMode.MOVE);
                            board.setContent(Map.of(COMPOUND, n.id().toString()));
                            e.consume();
                        }
                    });
            setOnDragOver(
                    e -> {
                        if (e.getDragboard().hasContent(COMPOUND) && target() != null) {
                            e.acceptTransferModes(TransferMode.MOVE);
                        }
                        e.consume();
                    });
            setOnDragDropped(
                    e -> {
                        UUID community = target();
                        boolean done = false;
                        if (community != null && e.getDragboard().hasContent(COMPOUND)) {
                            viewModel.moveCompound(
                                    UUID.fromString((String) e.getDragboard().getContent(COMPOUND)),
                                    community);
                            done = true;
                        }
                        e.setDropCompleted(done);
                        e.consume();
                    });
        }

        /** The community a drop on this row means: the row's community, or its compound's. */
        private UUID target() {
            PlaceNode n = getItem();
            if (n == null || n.kind() == PlaceNode.Kind.STREET) {
                return null;
            }
            return n.kind() == PlaceNode.Kind.COMMUNITY
                    ? n.id()
                    : ((Compound) n.source()).communityId();
        }

        @Override
        protected void updateItem(PlaceNode node, boolean empty) {
            super.updateItem(node, empty);
            if (empty || node == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            String icon =
                    switch (node.kind()) {
                        case STREET -> "mdal-location_city";
                        case COMMUNITY -> "mdal-apartment";
                        case COMPOUND -> "mdal-house";
                    };
            setGraphic(new FontIcon(icon));
            setText(
                    node.kind() == PlaceNode.Kind.COMPOUND
                            ? I18n.text("orgTree.node.compound", node.name(), node.memberCount())
                            : I18n.text(
                                    "orgTree.node.withCount",
                                    node.name(),
                                    node.compoundCount(),
                                    node.memberCount()));
        }
    }
}
