package org.branchdesk.ui.care;

import java.io.File;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.branchdesk.service.care.CommendationService.HonoreeLine;
import org.branchdesk.service.care.CommendationService.Line;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.duty.RosterPrinting;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The commendations page (表彰奖励): the decisions, newest first, with their level, awarding body,
 * number, day and how many they honour; the honorees of the decision chosen under them; the buttons
 * that record a decision and list an honoree (hidden from supervisors) and the menu that prints the
 * street's decision. What may be done comes from {@link CommendationsViewModel}.
 */
public final class CommendationsView {
    private final CommendationsViewModel viewModel;
    private final BorderPane root = new BorderPane();

    public CommendationsView(CommendationsViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("commendationsPage");
        TableView<Line> table =
                CareControls.table(
                        "commendationsTable",
                        viewModel.rows(),
                        viewModel.placeholderProperty(),
                        viewModel.selectedProperty());
        table.getColumns()
                .addAll(
                        List.of(
                                CareControls.column(
                                        "care.commendations.col.title",
                                        200,
                                        l -> l.commendation().title()),
                                CareControls.column(
                                        "care.commendations.col.level",
                                        70,
                                        CommendationsViewModel::levelText),
                                CareControls.column(
                                        "care.commendations.col.body",
                                        200,
                                        l -> l.commendation().awardingBody()),
                                CareControls.column(
                                        "care.commendations.col.number",
                                        170,
                                        CommendationsViewModel::numberText),
                                CareControls.column(
                                        "care.commendations.col.on",
                                        100,
                                        l -> l.commendation().decidedOn().toString()),
                                CareControls.column(
                                        "care.commendations.col.count",
                                        80,
                                        CommendationsViewModel::countText)));

        SplitPane split = new SplitPane(table, honorees());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);

        Label summary = new Label();
        summary.setId("commendationsSummary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(viewModel.summaryProperty());
        Label hint = new Label();
        hint.setId("commendationPrintHint");
        hint.getStyleClass().add("text-muted");
        hint.textProperty().bind(viewModel.printHintProperty());
        HBox bottom = new HBox(24, summary, hint);
        bottom.setPadding(new Insets(6, 10, 6, 10));

        root.setTop(toolBar());
        root.setCenter(split);
        root.setBottom(bottom);
        Dialogs.showNotices(viewModel.noticeProperty(), viewModel::clearNotice, root);
    }

    public Parent root() {
        return root;
    }

    private ToolBar toolBar() {
        Button add =
                CareControls.button(
                        "addCommendation", "care.commendation.add", "mdal-add_circle_outline");
        add.setOnAction(e -> CommendationDialogs.decision(window(), viewModel.newDecision()));
        Button honor = CareControls.button("addHonoree", "care.honoree.add", "mdmz-person_add");
        honor.disableProperty().bind(viewModel.mayHonorSelectedProperty().not());
        honor.setOnAction(
                e -> {
                    Line l = viewModel.selectedProperty().get();
                    if (l != null) {
                        CommendationDialogs.honoree(window(), viewModel.honor(l));
                    }
                });
        CareControls.editActions(viewModel.mayEdit(), add, honor);
        MenuButton print =
                new MenuButton(
                        I18n.text(
                                viewModel.issues()
                                        ? "care.commendation.print"
                                        : "care.commendation.printDraft"),
                        new FontIcon("mdmz-print"));
        print.setId("printCommendation");
        print.disableProperty().bind(viewModel.mayPrintSelectedProperty().not());
        MenuItem toPrinter = new MenuItem(I18n.text("roster.print.print"));
        toPrinter.setOnAction(e -> viewModel.print(RosterPrinting.Action.PRINT, null));
        MenuItem save = new MenuItem(I18n.text("roster.print.save"));
        save.setOnAction(e -> save());
        MenuItem open = new MenuItem(I18n.text("roster.print.open"));
        open.setOnAction(e -> viewModel.print(RosterPrinting.Action.OPEN, null));
        print.getItems().addAll(toPrinter, save, open);
        return new ToolBar(add, honor, print);
    }

    private VBox honorees() {
        Label title = new Label(I18n.text("care.honorees.title"));
        TableView<HonoreeLine> list = new TableView<>(viewModel.honorees());
        list.setId("commendationHonorees");
        list.getColumns()
                .addAll(
                        List.of(
                                CareControls.column(
                                        "care.honorees.col.name",
                                        150,
                                        h -> h.honoree().who().name()),
                                CareControls.column(
                                        "care.honorees.col.kind",
                                        50,
                                        CommendationsViewModel::kindText),
                                CareControls.column(
                                        "care.honorees.col.affiliation",
                                        150,
                                        HonoreeLine::affiliation),
                                CareControls.column(
                                        "care.honorees.col.form",
                                        70,
                                        CommendationsViewModel::formText),
                                CareControls.column(
                                        "care.honorees.col.payment",
                                        90,
                                        h -> h.paymentCode() == null ? "" : h.paymentCode()),
                                CareControls.money(
                                        "care.honorees.col.amount",
                                        100,
                                        h ->
                                                h.amount() == null
                                                        ? null
                                                        : new java.math.BigDecimal(h.amount())),
                                CareControls.column(
                                        "care.honorees.col.deeds", 420, h -> h.honoree().deeds())));
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        list.setPlaceholder(new Label(I18n.text("care.honorees.none")));
        VBox box = new VBox(4, title, list);
        box.setPadding(new Insets(6, 10, 0, 10));
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.text("roster.print.save"));
        chooser.setInitialFileName(viewModel.fileName() + ".pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            viewModel.print(RosterPrinting.Action.SAVE, file.toPath());
        }
    }

    private Window window() {
        return root.getScene().getWindow();
    }
}
