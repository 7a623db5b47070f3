package org.branchdesk.ui.dashboard;

import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.branchdesk.ui.common.I18n;

/**
 * The overview's card 值班服务: three tiles (this week's open slots, unpaired residents, reporting
 * members without a post), each a count, a line and its first items; a click on a tile, or its
 * button, opens the duty page behind it where there is one.
 */
final class DutyOverviewView {
    private final VBox root = new VBox(8);

    DutyOverviewView(DutyOverviewViewModel vm) {
        root.setId("dutyOverview");
        root.getStyleClass().add("chart-card");
        Label title = new Label(I18n.text("dashboard.duty.title"));
        title.getStyleClass().add("title-4");
        Label week = new Label();
        week.getStyleClass().add("text-muted");
        week.textProperty().bind(vm.weekProperty());
        HBox head = new HBox(12, title, week);
        head.setAlignment(Pos.BASELINE_LEFT);
        HBox tiles =
                new HBox(
                        12,
                        tile("dutyOpenSlots", "dashboard.duty.open.title", vm.openSlots()),
                        tile("dutyUnpaired", "dashboard.duty.unpaired.title", vm.unpaired()),
                        tile(
                                "dutyWithoutPost",
                                "dashboard.duty.withoutPost.title",
                                vm.withoutPost()));
        root.getChildren().addAll(head, tiles);
    }

    Node root() {
        return root;
    }

    static Node tile(String id, String titleKey, DutyOverviewViewModel.Tile t) {
        Label title = new Label(I18n.text(titleKey));
        title.getStyleClass().add("text-bold");
        Label count = new Label();
        count.setId(id + "Count");
        count.getStyleClass().add("title-2");
        count.textProperty().bind(t.countProperty().asString());
        Label headline = new Label();
        headline.setId(id + "Headline");
        headline.setWrapText(true);
        headline.textProperty().bind(t.headlineProperty());
        ListView<String> lines = new ListView<>(t.lines());
        lines.setId(id + "Lines");
        lines.setPrefHeight(160);
        lines.setFocusTraversable(false);
        lines.setPlaceholder(new Label(I18n.text("dashboard.duty.nothing")));
        VBox box = new VBox(6, title, count, headline, lines);
        if (t.mayOpen()) {
            Button open = new Button(I18n.text("dashboard.duty.open.page." + t.page()));
            open.setId(id + "Open");
            open.setOnAction(e -> t.open());
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            box.getChildren().add(new HBox(gap, open));
            count.setCursor(Cursor.HAND);
            count.setOnMouseClicked(e -> t.open());
        }
        box.setId(id);
        box.getStyleClass().add("duty-tile");
        box.setMinWidth(0);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPrefWidth(300);
        return box;
    }
}
