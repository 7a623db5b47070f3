package org.branchdesk.ui.dashboard;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.branchdesk.ui.common.I18n;

/**
 * The overview's card 关怀激励: the funds' balances (highlighted when one runs low), this month's
 * payments with those waiting for approval, and the development steps due where there is a source
 * of them; each tile opens its care page.
 */
final class CareOverviewView {
    private static final PseudoClass LOW = PseudoClass.getPseudoClass("low");

    private final VBox root = new VBox(8);

    CareOverviewView(CareOverviewViewModel vm) {
        root.setId("careOverview");
        root.getStyleClass().add("chart-card");
        Label title = new Label(I18n.text("dashboard.care.title"));
        title.getStyleClass().add("title-4");
        Node balances =
                DutyOverviewView.tile("careBalances", "dashboard.care.funds.title", vm.balances());
        balances.pseudoClassStateChanged(LOW, vm.lowProperty().get());
        vm.lowProperty().addListener((o, a, low) -> balances.pseudoClassStateChanged(LOW, low));
        HBox tiles =
                new HBox(
                        12,
                        balances,
                        DutyOverviewView.tile(
                                "carePayments", "dashboard.care.payments.title", vm.thisMonth()));
        if (vm.due() != null) {
            tiles.getChildren()
                    .add(DutyOverviewView.tile("careDue", "dashboard.care.due.title", vm.due()));
        }
        root.getChildren().addAll(title, tiles);
    }

    Node root() {
        return root;
    }
}
