package org.branchdesk.ui.duty;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.branchdesk.domain.duty.Attendance;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.service.duty.RosterWeek;
import org.branchdesk.service.duty.TeamService;
import org.branchdesk.service.duty.TeamService.Candidate;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;
import org.branchdesk.ui.duty.RosterViewModel.CellState;
import org.branchdesk.ui.duty.RosterViewModel.Choice;
import org.branchdesk.ui.duty.RosterViewModel.Slot;

/**
 * The week grid's page (排班): the community, compound and week chosen above, the grid of days and
 * shifts in the middle, the community's members, people and teams on the right to drag onto a cell.
 * Every drag has a keyboard and menu equivalent: choose a cell (click or arrow keys) and press 指派…
 * (or Enter, or the cell's menu). A cell is red when someone on it breaks a rule, amber while it
 * lacks people; its tooltip names every rule. What may be done comes from {@link RosterViewModel};
 * the buttons that change the roster are hidden from supervisors.
 */
public final class RosterView {
    private static final PseudoClass DROP = PseudoClass.getPseudoClass("drop-target");
    private static final PseudoClass TODAY = PseudoClass.getPseudoClass("today");
    private static final PseudoClass PUBLISHED = PseudoClass.getPseudoClass("published");

    private final RosterViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final TableView<RosterWeek.Row> grid = new TableView<>();
    private final List<TableColumn<RosterWeek.Row, RosterWeek.Cell>> days = new ArrayList<>();

    /** Who (or which team) is being dragged from the side list, or {@code null}. */
    private Choice dragged;

    public RosterView(RosterViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("rosterPage");
        root.setTop(new VBox(filterBar(), actionBar()));
        root.setCenter(grid());
        root.setRight(sideList());
        root.setBottom(bottomBar());
        Dialogs.showNotices(viewModel.noticeProperty(), viewModel::clearNotice, root);
        viewModel
                .changeProperty()
                .addListener(
                        (o, a, change) -> {
                            if (change != null) {
                                Platform.runLater(() -> showChange(change));
                            }
                        });
        viewModel
                .copiedProperty()
                .addListener(
                        (o, a, copied) -> {
                            if (copied != null) {
                                Platform.runLater(
                                        () -> {
                                            RosterDialogs.showCopied(window(), copied);
                                            viewModel.clearCopied();
                                        });
                            }
                        });
        viewModel
                .totalsProperty()
                .addListener(
                        (o, a, totals) -> {
                            if (totals != null) {
                                Platform.runLater(
                                        () -> {
                                            RosterDialogs.showTotals(
                                                    window(),
                                                    viewModel.titleProperty().get(),
                                                    totals);
                                            viewModel.clearTotals();
                                        });
                            }
                        });
    }

    public Parent root() {
        return root;
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    // --- above the grid --------------------------------------------------------------------------

    private ToolBar filterBar() {
        ComboBox<Community> community = new ComboBox<>(viewModel.communities());
        community.setId("rosterCommunity");
        community.setPromptText(I18n.text("teams.form.chooseCommunity"));
        community.setConverter(Tables.converter((Community c) -> c == null ? "" : c.name()));
        community.valueProperty().bindBidirectional(viewModel.communityProperty());
        ComboBox<Compound> compound = new ComboBox<>();
        compound.setId("rosterCompound");
        compound.setConverter(
                Tables.converter(
                        (Compound c) ->
                                c == null ? I18n.text("roster.grid.wholeCommunity") : c.name()));
        compound.setButtonCell(DutyControls.cell(compound.getConverter()));
        DutyControls.itemsWithNone(compound, viewModel.compounds(), viewModel.compoundProperty());
        compound.setVisibleRowCount(15);

        Button previous =
                DutyControls.button("rosterPrevious", "roster.previous", "mdal-chevron_left");
        previous.setOnAction(e -> viewModel.previousWeek());
        Button thisWeek = DutyControls.button("rosterThisWeek", "roster.thisWeek", "mdmz-today");
        thisWeek.setOnAction(e -> viewModel.thisWeek());
        Button next = DutyControls.button("rosterNext", "roster.next", "mdal-chevron_right");
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        next.setOnAction(e -> viewModel.nextWeek());
        DatePicker day = new DatePicker();
        day.setId("rosterDay");
        day.setPrefWidth(150);
        day.setTooltip(new Tooltip(I18n.text("roster.day.tip")));
        day.valueProperty().bindBidirectional(viewModel.dayProperty());

        Label title = new Label();
        title.setId("rosterWeekTitle");
        title.getStyleClass().add("roster-title");
        title.textProperty().bind(viewModel.titleProperty());
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label published = new Label();
        published.setId("rosterPublished");
        published.getStyleClass().add("roster-badge");
        published.setMinWidth(Region.USE_PREF_SIZE);
        published.textProperty().bind(viewModel.publishedTextProperty());
        published.visibleProperty().bind(published.textProperty().isNotEmpty());
        viewModel
                .publishedProperty()
                .addListener((o, a, b) -> published.pseudoClassStateChanged(PUBLISHED, b));

        return new ToolBar(
                community,
                compound,
                new javafx.scene.control.Separator(Orientation.VERTICAL),
                previous,
                thisWeek,
                next,
                day,
                title,
                published);
    }

    private ToolBar actionBar() {
        Button assign = DutyControls.button("rosterAssign", "roster.assign", "mdal-assignment_ind");
        assign.disableProperty().bind(viewModel.mayAssignProperty().not());
        assign.setTooltip(new Tooltip(I18n.text("roster.assign.tip")));
        assign.setOnAction(e -> assignSelected());
        Button generate =
                DutyControls.button("rosterGenerate", "roster.generate", "mdmz-playlist_add");
        generate.disableProperty().bind(viewModel.weekProperty().isNull());
        generate.setOnAction(
                e -> ShiftsDialog.show(window(), viewModel.newShifts(), viewModel.monday()));
        Button copy = DutyControls.button("rosterCopy", "roster.copy", "mdal-content_copy");
        copy.disableProperty().bind(viewModel.mayChangeWeekProperty().not());
        copy.setTooltip(new Tooltip(I18n.text("roster.copy.tip")));
        copy.setOnAction(e -> viewModel.copyPreviousWeek());
        Button autofill =
                DutyControls.button("rosterAutofill", "autofill.ui.button", "mdal-event_available");
        autofill.disableProperty().bind(viewModel.mayAutofillProperty().not());
        autofill.setTooltip(new Tooltip(I18n.text("autofill.ui.button.tip")));
        autofill.setOnAction(
                e ->
                        AutoFillDialog.show(
                                window(),
                                viewModel.newAutoFill(Platform::runLater),
                                viewModel.communityProperty().get().name()));
        Button publish = DutyControls.button("rosterPublish", "roster.publish", "mdmz-publish");
        publish.disableProperty().bind(viewModel.mayPublishProperty().not());
        publish.setOnAction(e -> publish());
        List<Node> edits = List.of(assign, generate, copy, autofill, publish);
        for (Node n : edits) {
            n.getStyleClass().add("edit-action");
            if (!viewModel.mayEdit()) {
                n.setVisible(false);
                n.setManaged(false);
            }
        }

        MenuButton print =
                new MenuButton(
                        I18n.text("roster.print"),
                        new org.kordamp.ikonli.javafx.FontIcon("mdmz-print"));
        print.setId("rosterPrint");
        print.disableProperty().bind(viewModel.weekProperty().isNull());
        MenuItem printIt = new MenuItem(I18n.text("roster.print.print"));
        printIt.setOnAction(e -> viewModel.print(RosterPrinting.Action.PRINT, null));
        MenuItem save = new MenuItem(I18n.text("roster.print.save"));
        save.setOnAction(
                e -> saveAs("roster.print", f -> viewModel.print(RosterPrinting.Action.SAVE, f)));
        MenuItem open = new MenuItem(I18n.text("roster.print.open"));
        open.setOnAction(e -> viewModel.print(RosterPrinting.Action.OPEN, null));
        print.getItems().addAll(printIt, save, open);
        MenuButton notice =
                new MenuButton(
                        I18n.text("roster.notice"),
                        new org.kordamp.ikonli.javafx.FontIcon("mdal-campaign"));
        notice.setId("rosterNotice");
        notice.setTooltip(new javafx.scene.control.Tooltip(I18n.text("roster.notice.tip")));
        notice.disableProperty().bind(viewModel.publishedProperty().not());
        MenuItem noticePrint = new MenuItem(I18n.text("roster.print.print"));
        noticePrint.setOnAction(e -> viewModel.printNotice(RosterPrinting.Action.PRINT, null));
        MenuItem noticeSave = new MenuItem(I18n.text("roster.print.save"));
        noticeSave.setOnAction(
                e ->
                        saveAs(
                                "roster.notice",
                                f -> viewModel.printNotice(RosterPrinting.Action.SAVE, f)));
        MenuItem noticeOpen = new MenuItem(I18n.text("roster.print.open"));
        noticeOpen.setOnAction(e -> viewModel.printNotice(RosterPrinting.Action.OPEN, null));
        notice.getItems().addAll(noticePrint, noticeSave, noticeOpen);
        Button totals = DutyControls.button("rosterTotals", "roster.totals", "mdal-bar_chart");
        totals.disableProperty().bind(viewModel.weekProperty().isNull());
        totals.setOnAction(e -> viewModel.loadTotals());

        ToolBar bar =
                new ToolBar(
                        assign, DutyControls.editSeparator(), generate, copy, autofill, publish);
        if (!viewModel.mayEdit()) {
            bar.getItems().get(1).setVisible(false);
            bar.getItems().get(1).setManaged(false);
        }
        bar.getItems()
                .addAll(
                        new javafx.scene.control.Separator(Orientation.VERTICAL),
                        print,
                        notice,
                        totals);
        return bar;
    }

    /** Asks where to save a paper of the week shown ({@code what}: its bundle key), then saves. */
    private void saveAs(String what, java.util.function.Consumer<java.nio.file.Path> then) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.text(what));
        chooser.setInitialFileName(
                I18n.text(what + ".fileName", viewModel.titleProperty().get()) + ".pdf");
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(I18n.text("file.filter.pdf"), "*.pdf"));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            then.accept(file.toPath());
        }
    }

    private void publish() {
        if (RosterDialogs.confirm(
                window(),
                I18n.text("roster.publish"),
                I18n.text("roster.publish.header"),
                viewModel.publishQuestion())) {
            viewModel.publish();
        }
    }

    // --- the grid --------------------------------------------------------------------------------

    private TableView<RosterWeek.Row> grid() {
        grid.setId("rosterGrid");
        grid.getStyleClass().add("roster-grid");
        grid.getSelectionModel().setCellSelectionEnabled(true);
        grid.setItems(viewModel.rows());
        TableColumn<RosterWeek.Row, RosterWeek.Row> post =
                new TableColumn<>(I18n.text("roster.grid.col.post"));
        post.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        post.setCellFactory(
                c ->
                        new TableCell<>() {
                            @Override
                            protected void updateItem(RosterWeek.Row r, boolean empty) {
                                super.updateItem(r, empty);
                                setText(null);
                                if (empty || r == null) {
                                    setGraphic(null);
                                    return;
                                }
                                String[] lines = viewModel.rowText(r).split("\n");
                                VBox box = new VBox();
                                for (int i = 0; i < lines.length; i++) {
                                    Label l = new Label(lines[i]);
                                    l.getStyleClass()
                                            .add(
                                                    i == 0
                                                            ? "roster-post-name"
                                                            : i == 1
                                                                    ? "roster-post-hours"
                                                                    : "roster-post-place");
                                    box.getChildren().add(l);
                                }
                                setGraphic(box);
                            }
                        });
        post.getStyleClass().add("roster-post");
        post.setPrefWidth(150);
        post.setMinWidth(120);
        post.setSortable(false);
        post.setReorderable(false);
        grid.getColumns().add(post);
        for (int i = 0; i < 7; i++) {
            int d = i;
            TableColumn<RosterWeek.Row, RosterWeek.Cell> col = new TableColumn<>();
            col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cells().get(d)));
            col.setCellFactory(c -> new DayCell(d));
            col.setMinWidth(92);
            col.setPrefWidth(110);
            col.setSortable(false);
            col.setReorderable(false);
            days.add(col);
            grid.getColumns().add(col);
        }
        grid.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        headers();
        viewModel.dayProperty().addListener((o, a, b) -> headers());
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(520);
        placeholder.textProperty().bind(viewModel.placeholderProperty());
        grid.setPlaceholder(placeholder);

        grid.getSelectionModel()
                .getSelectedCells()
                .addListener((ListChangeListener<TablePosition>) c -> selectionToModel());
        viewModel.selectedProperty().addListener((o, a, s) -> selectionFromModel(s));
        if (viewModel.mayEdit()) {
            ContextMenu menu = new ContextMenu();
            menu.setId("rosterCellMenu");
            // a context menu without items is never shown: it is filled again as it opens
            menu.getItems().add(new MenuItem(I18n.text("roster.assign")));
            menu.setOnShowing(e -> fillMenu(menu));
            grid.setContextMenu(menu);
            grid.setOnKeyPressed(
                    e -> {
                        if (e.getCode() == KeyCode.ENTER) {
                            assignSelected();
                            e.consume();
                        } else if (e.getCode() == KeyCode.CONTEXT_MENU
                                || e.isShiftDown() && e.getCode() == KeyCode.F10) {
                            showMenuAtSelection(menu);
                            e.consume();
                        }
                    });
        }
        return grid;
    }

    /** The day columns' headings: weekday and date, today's marked. */
    private void headers() {
        java.time.LocalDate monday = viewModel.monday();
        for (int i = 0; i < 7; i++) {
            java.time.LocalDate d = monday.plusDays(i);
            Label l = new Label(RosterViewModel.dayHeader(d));
            l.getStyleClass().add("roster-day");
            l.setAlignment(Pos.CENTER);
            l.pseudoClassStateChanged(TODAY, viewModel.isToday(d));
            days.get(i).setText("");
            days.get(i).setGraphic(l);
        }
    }

    private void selectionToModel() {
        List<TablePosition> cells = grid.getSelectionModel().getSelectedCells();
        if (cells.isEmpty()) {
            viewModel.selectedProperty().set(null);
            return;
        }
        TablePosition<?, ?> p = cells.get(0);
        int day = days.indexOf(p.getTableColumn());
        if (day < 0 || p.getRow() < 0 || p.getRow() >= grid.getItems().size()) {
            viewModel.selectedProperty().set(null);
            return;
        }
        Slot now = viewModel.selectedProperty().get();
        RosterWeek.Row row = grid.getItems().get(p.getRow());
        if (now == null || now.row() != row || now.day() != day) {
            viewModel.selectedProperty().set(new Slot(row, day));
        }
    }

    private void selectionFromModel(Slot s) {
        if (s == null) {
            return;
        }
        int row = grid.getItems().indexOf(s.row());
        if (row < 0) {
            return;
        }
        List<TablePosition> cells = grid.getSelectionModel().getSelectedCells();
        if (cells.isEmpty()
                || cells.get(0).getRow() != row
                || cells.get(0).getTableColumn() != days.get(s.day())) {
            grid.getSelectionModel().clearAndSelect(row, days.get(s.day()));
        }
    }

    /** The picker: the keyboard's and the menu's way to drag someone onto the cell chosen. */
    private void assignSelected() {
        Slot slot = viewModel.selectedProperty().get();
        if (!viewModel.mayPlace(slot)) {
            return;
        }
        boolean published = viewModel.publishedProperty().get();
        RosterPicker.pick(
                        window(),
                        I18n.text("roster.assign.title"),
                        I18n.text(
                                published
                                        ? "roster.assign.headerPublished"
                                        : "roster.assign.header",
                                RosterViewModel.where(slot)),
                        viewModel,
                        !published)
                .ifPresent(choice -> viewModel.place(slot, choice));
    }

    private void fillMenu(ContextMenu menu) {
        menu.getItems().clear();
        Slot slot = viewModel.selectedProperty().get();
        if (slot == null || !slot.cell().hasShift()) {
            MenuItem none = new MenuItem(I18n.text("roster.menu.noShift"));
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        MenuItem assign = new MenuItem(I18n.text("roster.assign"));
        assign.setId("rosterMenuAssign");
        assign.setDisable(!viewModel.mayPlace(slot));
        assign.setOnAction(e -> assignSelected());
        menu.getItems().add(assign);
        for (RosterWeek.OnDuty o : slot.cell().people()) {
            Menu m = new Menu(o.label());
            if (viewModel.mayRemove(slot, o)) {
                MenuItem remove = new MenuItem(I18n.text("roster.menu.remove"));
                remove.setOnAction(e -> viewModel.unassign(slot, o));
                m.getItems().add(remove);
            }
            if (viewModel.maySwap(slot, o)) {
                MenuItem swap = new MenuItem(I18n.text("roster.menu.swap"));
                swap.setOnAction(
                        e ->
                                pickPerson(
                                        I18n.text("roster.menu.swap"),
                                        I18n.text(
                                                "roster.swap.header",
                                                o.name(),
                                                RosterViewModel.where(slot)),
                                        in -> viewModel.swap(slot, o, in)));
                MenuItem off = new MenuItem(I18n.text("roster.menu.swapOff"));
                off.setOnAction(e -> viewModel.swap(slot, o, null));
                m.getItems().addAll(swap, off);
            }
            if (viewModel.mayAttend(slot)) {
                if (!m.getItems().isEmpty()) {
                    m.getItems().add(new SeparatorMenuItem());
                }
                for (Attendance how : List.of(Attendance.PRESENT, Attendance.ABSENT)) {
                    MenuItem item = new MenuItem(I18n.text("roster.menu." + how.name()));
                    item.setOnAction(e -> viewModel.attend(slot, o, how, null));
                    m.getItems().add(item);
                }
                MenuItem by = new MenuItem(I18n.text("roster.menu.SUBSTITUTED"));
                by.setOnAction(
                        e ->
                                pickPerson(
                                        I18n.text("roster.menu.SUBSTITUTED"),
                                        I18n.text(
                                                "roster.substitute.header",
                                                o.name(),
                                                RosterViewModel.where(slot)),
                                        sub ->
                                                viewModel.attend(
                                                        slot, o, Attendance.SUBSTITUTED, sub)));
                m.getItems().add(by);
            }
            if (m.getItems().isEmpty()) {
                MenuItem nothing = new MenuItem(I18n.text("roster.menu.nothing"));
                nothing.setDisable(true);
                m.getItems().add(nothing);
            }
            menu.getItems().add(m);
        }
    }

    private void pickPerson(String title, String header, Consumer<Candidate> then) {
        RosterPicker.pick(window(), title, header, viewModel, false)
                .filter(c -> !c.isTeam())
                .ifPresent(c -> then.accept(c.person()));
    }

    private void showMenuAtSelection(ContextMenu menu) {
        Node cell =
                grid.lookupAll(".roster-cell").stream()
                        .filter(n -> n instanceof DayCell d && d.isSelected())
                        .findFirst()
                        .orElse(grid);
        Bounds b = cell.localToScreen(cell.getBoundsInLocal());
        menu.show(cell, b.getMinX() + 8, b.getMaxY() - 4);
    }

    private void showChange(RosterChangeViewModel change) {
        if (RosterDialogs.showChange(window(), change)) {
            change.confirm();
        } else {
            viewModel.dropChange();
        }
    }

    /** One day of a row: who serves, the places open, coloured by what is wrong; a drop target. */
    private final class DayCell extends TableCell<RosterWeek.Row, RosterWeek.Cell> {
        private final int day;

        DayCell(int day) {
            this.day = day;
            getStyleClass().add("roster-cell");
            setOnDragOver(
                    e -> {
                        if (dragged != null && viewModel.mayPlace(slot())) {
                            e.acceptTransferModes(TransferMode.COPY);
                        }
                        e.consume();
                    });
            setOnDragEntered(
                    e ->
                            pseudoClassStateChanged(
                                    DROP, dragged != null && viewModel.mayPlace(slot())));
            setOnDragExited(e -> pseudoClassStateChanged(DROP, false));
            setOnDragDropped(
                    e -> {
                        Slot s = slot();
                        Choice what = dragged;
                        boolean ok = what != null && viewModel.mayPlace(s);
                        if (ok) {
                            viewModel.selectedProperty().set(s);
                            viewModel.place(s, what);
                        }
                        e.setDropCompleted(ok);
                        e.consume();
                    });
            setOnMousePressed(
                    e -> {
                        if (e.getButton() == MouseButton.SECONDARY && !isEmpty()) {
                            getTableView()
                                    .getSelectionModel()
                                    .clearAndSelect(getIndex(), getTableColumn());
                        }
                    });
            setOnMouseClicked(
                    e -> {
                        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                            assignSelected();
                        }
                    });
        }

        private Slot slot() {
            RosterWeek.Row r = getTableRow() == null ? null : getTableRow().getItem();
            return r == null || isEmpty() ? null : new Slot(r, day);
        }

        @Override
        protected void updateItem(RosterWeek.Cell cell, boolean empty) {
            super.updateItem(cell, empty);
            for (CellState s : CellState.values()) {
                pseudoClassStateChanged(state(s), false);
            }
            setText(null);
            if (empty || cell == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            CellState state = RosterViewModel.state(cell);
            pseudoClassStateChanged(state(state), true);
            VBox box = new VBox(1);
            if (!cell.hasShift()) {
                Label none = new Label(I18n.text("roster.grid.noShift"));
                none.getStyleClass().add("roster-none");
                box.getChildren().add(none);
            }
            for (RosterWeek.OnDuty o : cell.people()) {
                Label name = new Label(o.label());
                name.getStyleClass().add("roster-name");
                name.setMinWidth(0);
                if (o.attendance() == Attendance.ABSENT) {
                    name.getStyleClass().add("roster-absent");
                }
                if (RosterViewModel.breaksRule(cell, o)) {
                    name.getStyleClass().add("roster-breaking");
                }
                box.getChildren().add(name);
            }
            String open = RosterViewModel.openText(cell);
            if (!open.isEmpty()) {
                Label l = new Label(open);
                l.getStyleClass().add("roster-open");
                box.getChildren().add(l);
            }
            setGraphic(box);
            String details = RosterViewModel.details(cell);
            if (details.isEmpty()) {
                setTooltip(null);
            } else {
                Tooltip t = new Tooltip(details);
                t.setShowDelay(Duration.millis(300));
                t.setShowDuration(Duration.seconds(30));
                t.setWrapText(true);
                t.setMaxWidth(460);
                setTooltip(t);
            }
        }

        private PseudoClass state(CellState s) {
            return PseudoClass.getPseudoClass(
                    s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
    }

    // --- the side list ---------------------------------------------------------------------------

    private VBox sideList() {
        TextField search = new TextField();
        search.setId("rosterSearch");
        search.setPromptText(I18n.text("roster.side.search"));
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        ListView<Candidate> people = new ListView<>(viewModel.shownCandidates());
        people.setId("rosterCandidates");
        Label nobody = new Label(I18n.text("roster.side.nobody"));
        nobody.setWrapText(true);
        people.setPlaceholder(nobody);
        people.setCellFactory(
                l ->
                        new SideCell<Candidate>(
                                Choice::of,
                                c ->
                                        viewModel.candidateName(c)
                                                + "\n"
                                                + RosterViewModel.candidateWhat(c)));
        ListView<TeamService.Line> teams = new ListView<>(viewModel.shownTeams());
        teams.setId("rosterTeams");
        teams.setPrefHeight(130);
        teams.setMinHeight(70);
        Label noTeam = new Label();
        noTeam.textProperty().bind(viewModel.teamsPlaceholderProperty());
        noTeam.setWrapText(true);
        teams.setPlaceholder(noTeam);
        teams.setCellFactory(
                l -> new SideCell<TeamService.Line>(Choice::of, RosterViewModel::teamText));
        people.setOnKeyPressed(
                e -> {
                    if (e.getCode() == KeyCode.ENTER) {
                        placeOnSelected(Choice.of(people.getSelectionModel().getSelectedItem()));
                        e.consume();
                    }
                });
        teams.setOnKeyPressed(
                e -> {
                    if (e.getCode() == KeyCode.ENTER) {
                        placeOnSelected(Choice.of(teams.getSelectionModel().getSelectedItem()));
                        e.consume();
                    }
                });
        Label peopleTitle = new Label(I18n.text("roster.side.people"));
        peopleTitle.getStyleClass().add("roster-side-title");
        Label teamsTitle = new Label(I18n.text("roster.side.teams"));
        teamsTitle.getStyleClass().add("roster-side-title");
        Label hint = new Label(I18n.text("roster.side.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("text-muted");
        hint.setVisible(viewModel.mayEdit());
        hint.setManaged(viewModel.mayEdit());
        VBox side = new VBox(6, search, peopleTitle, people, teamsTitle, teams, hint);
        VBox.setVgrow(people, Priority.ALWAYS);
        side.setPadding(new Insets(6, 8, 6, 8));
        side.setPrefWidth(230);
        side.setMinWidth(200);
        side.getStyleClass().add("roster-side");
        return side;
    }

    /** Enter on someone in the side list puts them on the cell chosen. */
    private void placeOnSelected(Choice choice) {
        Slot slot = viewModel.selectedProperty().get();
        if (choice != null && (choice.person() != null || choice.team() != null)) {
            viewModel.place(slot, choice);
        }
    }

    /** A row of a side list that can be dragged onto a cell (by clerks). */
    private final class SideCell<T> extends ListCell<T> {
        private final Function<T, String> text;

        SideCell(Function<T, Choice> choice, Function<T, String> text) {
            this.text = text;
            if (!viewModel.mayEdit()) {
                return;
            }
            setOnDragDetected(
                    e -> {
                        T item = getItem();
                        if (item == null || isEmpty()) {
                            return;
                        }
                        dragged = choice.apply(item);
                        Dragboard db = startDragAndDrop(TransferMode.COPY);
                        db.setDragView(snapshot(null, null));
                        ClipboardContent content = new ClipboardContent();
                        content.putString(dragged.name());
                        db.setContent(content);
                        e.consume();
                    });
            setOnDragDone(e -> dragged = null);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            DutyControls.twoLines(this, empty || item == null ? null : text.apply(item));
        }
    }

    // --- below the grid --------------------------------------------------------------------------

    private VBox bottomBar() {
        Label summary = new Label();
        summary.setId("rosterSummary");
        summary.setMinWidth(Region.USE_PREF_SIZE);
        summary.textProperty().bind(viewModel.summaryProperty());
        Label conflict = new Label(I18n.text("roster.legend.conflict"));
        conflict.getStyleClass().addAll("roster-legend", "roster-legend-conflict");
        conflict.setMinWidth(Region.USE_PREF_SIZE);
        Label lacking = new Label(I18n.text("roster.legend.lacking"));
        lacking.getStyleClass().addAll("roster-legend", "roster-legend-lacking");
        lacking.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(12, summary, conflict, lacking);
        line.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("rosterStatus");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(viewModel.statusProperty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        VBox bottom = new VBox(2, line, status);
        bottom.setPadding(new Insets(4, 10, 4, 10));
        return bottom;
    }
}
