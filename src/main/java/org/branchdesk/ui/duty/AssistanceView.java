package org.branchdesk.ui.duty;

import java.io.File;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.branchdesk.domain.places.Community;
import org.branchdesk.service.duty.AssistanceService.PairingLine;
import org.branchdesk.service.duty.AssistanceService.Resident;
import org.branchdesk.service.duty.AssistanceService.ServiceLine;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The assistance page (结对帮扶): a community's pairings of a member with a resident under assistance,
 * the chosen pairing's service log under them, and on the right the residents nobody is paired
 * with. A clerk pairs (from the button, or by double click or Enter on an unpaired resident), ends
 * a pairing, logs a service; everyone who may print prints the assistance ledger. What may be done
 * comes from {@link AssistanceViewModel}.
 */
public final class AssistanceView {
    private final AssistanceViewModel viewModel;
    private final BorderPane root = new BorderPane();

    public AssistanceView(AssistanceViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("assistancePage");
        root.setTop(toolBar());

        SplitPane center = new SplitPane(pairingsTable(), logPane());
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.62);
        root.setCenter(center);
        root.setRight(unpairedPane());

        Label summary = new Label();
        summary.setId("assistanceSummary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(viewModel.summaryProperty());
        Label status = new Label();
        status.setId("assistanceStatus");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        VBox bottom = new VBox(4, status, summary);
        bottom.setPadding(new Insets(6, 10, 6, 10));
        root.setBottom(bottom);
        Dialogs.showNotices(viewModel.noticeProperty(), viewModel::clearNotice, root);
    }

    public Parent root() {
        return root;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private ToolBar toolBar() {
        ComboBox<Community> community = new ComboBox<>();
        community.setId("assistanceCommunity");
        community.setConverter(
                Tables.converter(
                        (Community c) -> c == null ? I18n.text("filter.any.community") : c.name()));
        community.setButtonCell(DutyControls.cell(community.getConverter()));
        DutyControls.itemsWithNone(
                community, viewModel.communities(), viewModel.communityProperty());
        ComboBox<AssistanceViewModel.Shown> shown = new ComboBox<>();
        shown.setId("assistanceShown");
        shown.getItems().setAll(AssistanceViewModel.Shown.values());
        shown.setConverter(
                Tables.converter(
                        (AssistanceViewModel.Shown s) ->
                                s == null ? "" : I18n.text("assistance.shown." + s.name())));
        shown.setButtonCell(DutyControls.cell(shown.getConverter()));
        shown.valueProperty().bindBidirectional(viewModel.shownProperty());
        TextField search = new TextField();
        search.setId("assistanceSearch");
        search.setPromptText(I18n.text("assistance.search.prompt"));
        search.setPrefColumnCount(12);
        search.textProperty().bindBidirectional(viewModel.textProperty());

        Button pair = DutyControls.button("addPairing", "assistance.pair", "mdal-link");
        pair.disableProperty().bind(viewModel.canPairProperty().not());
        pair.setOnAction(e -> pair());
        Button end = DutyControls.button("endPairing", "assistance.end", "mdal-link_off");
        end.disableProperty().bind(viewModel.canEndProperty().not());
        end.setOnAction(e -> end());
        Button log =
                DutyControls.button("logService", "assistance.logService", "mdmz-playlist_add");
        log.disableProperty().bind(viewModel.canLogProperty().not());
        log.setOnAction(e -> logService());
        Separator editSeparator = DutyControls.editSeparator();
        for (Node n : List.of(pair, end, log, editSeparator)) {
            n.getStyleClass().add("edit-action");
            if (!viewModel.mayEdit()) {
                n.setVisible(false);
                n.setManaged(false);
            }
        }

        MenuButton print =
                new MenuButton(I18n.text("assistance.print"), new FontIcon("mdmz-print"));
        print.setId("assistancePrint");
        MenuItem printIt = new MenuItem(I18n.text("assistance.print.print"));
        printIt.setId("assistancePrintPrint");
        printIt.setOnAction(e -> viewModel.print(LedgerPrinting.Action.PRINT, null));
        MenuItem saveIt = new MenuItem(I18n.text("assistance.print.save"));
        saveIt.setId("assistancePrintSave");
        saveIt.setOnAction(e -> saveLedger());
        MenuItem openIt = new MenuItem(I18n.text("assistance.print.open"));
        openIt.setId("assistancePrintOpen");
        openIt.setOnAction(e -> viewModel.print(LedgerPrinting.Action.OPEN, null));
        print.getItems().addAll(printIt, saveIt, openIt);

        return new ToolBar(
                community,
                shown,
                search,
                editSeparator,
                pair,
                end,
                log,
                new Separator(Orientation.VERTICAL),
                print);
    }

    private TableView<PairingLine> pairingsTable() {
        TableView<PairingLine> table = new TableView<>();
        table.setId("pairingsTable");
        table.getColumns()
                .addAll(
                        List.of(
                                DutyControls.column(
                                        "assistance.col.member",
                                        80,
                                        AssistanceViewModel::memberText),
                                DutyControls.column(
                                        "assistance.col.resident",
                                        80,
                                        AssistanceViewModel::residentText),
                                DutyControls.column(
                                        "assistance.col.category",
                                        80,
                                        AssistanceViewModel::categoryText),
                                DutyControls.column(
                                        "assistance.col.address",
                                        200,
                                        AssistanceViewModel::addressText),
                                DutyControls.column(
                                        "assistance.col.phone",
                                        100,
                                        AssistanceViewModel::phoneText),
                                DutyControls.column(
                                        "assistance.col.startedOn",
                                        95,
                                        l -> l.startedOn().toString()),
                                DutyControls.column(
                                        "assistance.col.status",
                                        110,
                                        AssistanceViewModel::statusText),
                                DutyControls.column(
                                        "assistance.col.services",
                                        70,
                                        AssistanceViewModel::servicesText),
                                DutyControls.column(
                                        "assistance.col.lastService",
                                        95,
                                        AssistanceViewModel::lastServiceText)));
        // phone, dates and status stay readable; the address gives way on a narrow screen
        for (int i : new int[] {4, 5, 6, 8}) {
            table.getColumns().get(i).setMinWidth(i == 6 ? 112 : 100);
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        DutyControls.greyWhen(table, l -> !l.isOpen());
        table.setItems(viewModel.rows());
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(520);
        placeholder.textProperty().bind(viewModel.placeholderProperty());
        table.setPlaceholder(placeholder);
        DutyControls.syncSelection(table.getSelectionModel(), viewModel.selectedProperty());
        return table;
    }

    private VBox logPane() {
        Label title = new Label();
        title.setId("serviceLogTitle");
        title.getStyleClass().add("roster-side-name");
        title.textProperty().bind(viewModel.logTitleProperty());
        TableView<ServiceLine> table = new TableView<>(viewModel.log());
        table.setId("serviceLogTable");
        table.getColumns()
                .addAll(
                        List.of(
                                DutyControls.column(
                                        "assistance.log.col.day", 90, l -> l.day().toString()),
                                DutyControls.column(
                                        "assistance.log.col.kind",
                                        80,
                                        AssistanceViewModel::kindText),
                                DutyControls.column(
                                        "assistance.log.col.health",
                                        200,
                                        AssistanceViewModel::healthText),
                                DutyControls.column(
                                        "assistance.log.col.note",
                                        220,
                                        AssistanceViewModel::noteText)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.text("assistance.log.empty")));
        VBox box = new VBox(4, title, table);
        box.setPadding(new Insets(6, 0, 0, 0));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private VBox unpairedPane() {
        Label title = new Label();
        title.setId("unpairedTitle");
        title.getStyleClass().add("roster-side-name");
        title.textProperty().bind(viewModel.unpairedTitleProperty());
        ListView<Resident> list = new ListView<>(viewModel.unpaired());
        list.setId("unpairedList");
        list.setCellFactory(l -> DutyControls.twoLineCell(AssistanceViewModel::unpairedText));
        Label none = new Label(I18n.text("assistance.unpaired.none"));
        none.setWrapText(true);
        none.setPadding(new Insets(0, 8, 0, 8));
        list.setPlaceholder(none);
        DutyControls.syncSelection(list.getSelectionModel(), viewModel.selectedResidentProperty());
        if (viewModel.mayEdit()) {
            list.setOnMouseClicked(
                    e -> {
                        if (e.getClickCount() == 2 && viewModel.canPairProperty().get()) {
                            pair();
                        }
                    });
            list.setOnKeyPressed(
                    e -> {
                        if (e.getCode() == KeyCode.ENTER && viewModel.canPairProperty().get()) {
                            pair();
                            e.consume();
                        }
                    });
        }
        Label hint = new Label(I18n.text("assistance.unpaired.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll("text-muted", "edit-action");
        hint.setVisible(viewModel.mayEdit());
        hint.setManaged(viewModel.mayEdit());
        VBox box = new VBox(6, title, list, hint);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(6, 8, 6, 8));
        box.setPrefWidth(265);
        box.setMinWidth(200);
        return box;
    }

    private void pair() {
        AssistanceDialogs.pair(window(), viewModel.newPairing());
    }

    private void logService() {
        ServiceFormViewModel form = viewModel.newService();
        if (form != null) {
            AssistanceDialogs.service(window(), form);
        }
    }

    private void end() {
        PairingLine line = viewModel.selectedProperty().get();
        if (line == null || !viewModel.canEndProperty().get()) {
            return;
        }
        DutyDialogs.askDate(
                        window(),
                        I18n.text("assistance.end"),
                        I18n.text(
                                "assistance.end.header",
                                AssistanceViewModel.memberText(line),
                                AssistanceViewModel.residentText(line)),
                        I18n.text("field.pairing.endedOn"),
                        viewModel.today())
                .ifPresent(on -> viewModel.end(line, on));
    }

    private void saveLedger() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.text("assistance.print.save"));
        chooser.setInitialFileName(viewModel.printFileName() + ".pdf");
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(I18n.text("file.filter.pdf"), "*.pdf"));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            viewModel.print(LedgerPrinting.Action.SAVE, file.toPath());
        }
    }
}
