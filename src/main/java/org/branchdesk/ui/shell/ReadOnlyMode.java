package org.branchdesk.ui.shell;

import javafx.scene.Node;
import javafx.scene.Parent;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.service.access.Actor;

/**
 * Hides what the signed-in account's role may not use: buttons that change the registers (style
 * class {@code edit-action}) for supervisors, and the office's settings (style class {@code
 * settings-action}) for all but administrators. The services refuse either way; this only keeps a
 * clerk from meeting buttons that can only say no.
 */
final class ReadOnlyMode {
    private ReadOnlyMode() {}

    static void apply(Actor actor, Parent... screens) {
        for (Parent screen : screens) {
            if (!actor.may(Permission.EDIT)) {
                hide(screen, ".edit-action");
            }
            if (!actor.may(Permission.SETTINGS)) {
                for (Node n : screen.lookupAll(".settings-action")) {
                    n.disableProperty().unbind();
                    n.setDisable(true);
                }
            }
        }
    }

    private static void hide(Parent screen, String selector) {
        for (Node n : screen.lookupAll(selector)) {
            n.visibleProperty().unbind();
            n.managedProperty().unbind();
            n.setVisible(false);
            n.setManaged(false);
        }
    }
}
