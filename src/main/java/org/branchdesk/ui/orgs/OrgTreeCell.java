package org.branchdesk.ui.orgs;

import java.util.Map;
import java.util.UUID;
import javafx.scene.control.TreeCell;
import javafx.scene.input.DataFormat;
import javafx.scene.input.TransferMode;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.service.orgs.PartyOrgService.ChartNode;
import org.branchdesk.ui.common.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A tree row: icon by level, name, members, and a mark where the rules call for action. An active
 * organization can be dragged onto another (not a branch) to move it under that one; the service
 * refuses a move into its own subtree.
 */
final class OrgTreeCell extends TreeCell<ChartNode> {
    private static final DataFormat ORG = new DataFormat("application/x-branchdesk-org");

    OrgTreeCell(OrgsViewModel viewModel) {
        setOnDragDetected(
                e -> {
                    ChartNode n = getItem();
                    if (n != null && n.org().isActive() && n.org().parentId() != null) {
                        var board = startDragAndDrop(TransferMode.MOVE);
                        board.setContent(Map.of(ORG, n.org().id().toString()));
                        e.consume();
                    }
                });
        setOnDragOver(
                e -> {
                    ChartNode n = getItem();
                    if (e.getDragboard().hasContent(ORG)
                            && n != null
                            && viewModel.canMoveUnder(
                                    UUID.fromString((String) e.getDragboard().getContent(ORG)),
                                    n.org().id())) {
                        e.acceptTransferModes(TransferMode.MOVE);
                    }
                    e.consume();
                });
        setOnDragDropped(
                e -> {
                    ChartNode n = getItem();
                    boolean done = n != null && e.getDragboard().hasContent(ORG);
                    if (done) {
                        viewModel.move(
                                UUID.fromString((String) e.getDragboard().getContent(ORG)),
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
        setGraphic(
                new FontIcon(
                        n.org().type().isBranchLevel() ? "mdmz-people" : "mdmz-outlined_flag"));
        String text =
                n.org().type() == OrgType.TEMPORARY_BRANCH
                        ? I18n.text("orgs.node.temporary", n.org().name(), n.participants())
                        : n.org().type().isBranchLevel()
                                ? I18n.text("orgs.node.branch", n.org().name(), n.members())
                                : I18n.text(
                                        "orgs.node.committee", n.org().name(), n.totalMembers());
        if (!n.org().isActive()) {
            text = I18n.text("orgs.node.dissolved", text);
            getStyleClass().add("dissolved");
        } else if (n.shouldSplit() || n.needsCommittee()) {
            getStyleClass().add("needs-action");
        }
        setText(text);
    }
}
