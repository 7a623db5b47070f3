package org.branchdesk.ui.duty;

import java.io.File;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.branchdesk.domain.duty.AreaContact;
import org.branchdesk.domain.places.Community;
import org.branchdesk.service.duty.AreaService.Line;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The cadres' areas page (包联): a community's areas with their cadre, what each covers, its period,
 * contacts and how long it has gone without one; a filter for the areas nobody contacted in the
 * last N days; the contacts of the area chosen under the table; the buttons that assign an area,
 * end one and log a contact (hidden from supervisors), and the areas ledger. What may be done comes
 * from {@link AreasViewModel}.
 */
public final class AreasView {
    private final AreasViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final TableView<Line> table = new TableView<>();

    public AreasView(AreasViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("areasPage");

        table.setId("areasTable");
        table.getColumns()
                .addAll(
                        List.of(
                                DutyControls.column("areas.col.cadre", 80, Line::name),
                                DutyControls.column(
                                        "areas.col.kind", 70, AreasViewModel::cadreKindText),
                                DutyControls.column("areas.col.phone", 100, Line::maskedPhone),
                                DutyControls.column("areas.col.community", 100, Line::community),
                                DutyControls.column(
                                        "areas.col.scope", 110, AreasViewModel::scopeText),
                                DutyControls.column("areas.col.from", 90, l -> l.from().toString()),
                                DutyControls.column("areas.col.to", 90, AreasViewModel::toText),
                                DutyControls.column(
                                        "areas.col.contacts",
                                        70,
                                        l -> Integer.toString(l.contacts())),
                                DutyControls.column(
                                        "areas.col.last", 100, AreasViewModel::lastContactText),
                                DutyControls.column(
                                        "areas.col.silence", 90, viewModel::silenceText)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        DutyControls.greyWhen(table, l -> !l.isOpen());
        DutyControls.listed(
                table,
                viewModel.rows(),
                viewModel.placeholderProperty(),
                viewModel.selectedProperty());

        Label summary = new Label();
        summary.setId("areasSummary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(viewModel.summaryProperty());
        HBox bottom = new HBox(summary);
        bottom.setPadding(new Insets(6, 10, 6, 10));

        SplitPane split = new SplitPane(table, contacts());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.64);

        root.setTop(toolBar());
        root.setCenter(split);
        root.setBottom(bottom);
        Dialogs.showNotices(viewModel.noticeProperty(), viewModel::clearNotice, root);
    }

    public Parent root() {
        return root;
    }

    private ToolBar toolBar() {
        ComboBox<Community> community = new ComboBox<>();
        community.setId("areasCommunity");
        community.setConverter(
                Tables.converter(
                        (Community c) -> c == null ? I18n.text("areas.allCommunities") : c.name()));
        community.setButtonCell(DutyControls.cell(community.getConverter()));
        DutyControls.itemsWithNone(
                community, viewModel.communities(), viewModel.communityProperty());
        CheckBox ended = new CheckBox(I18n.text("areas.includeEnded"));
        ended.setId("areasIncludeEnded");
        ended.selectedProperty().bindBidirectional(viewModel.includeEndedProperty());

        CheckBox quiet = new CheckBox(I18n.text("areas.quiet.before"));
        quiet.setId("areasQuietOnly");
        quiet.selectedProperty().bindBidirectional(viewModel.quietOnlyProperty());
        TextField days = new TextField();
        days.setId("areasQuietDays");
        days.setPrefColumnCount(3);
        days.textProperty().bindBidirectional(viewModel.quietDaysProperty());
        Label after = new Label(I18n.text("areas.quiet.after"));
        Label daysMessage =
                DutyControls.message("areasQuietDaysMessage", viewModel.quietDaysMessageProperty());
        HBox quietBox = new HBox(4, quiet, days, after, daysMessage);
        quietBox.setAlignment(Pos.CENTER_LEFT);

        Button add = DutyControls.button("addArea", "areas.add", "mdal-assignment_ind");
        add.setOnAction(e -> AreaDialogs.assign(window(), viewModel.newArea()));
        Button contact = DutyControls.button("logContact", "areas.contact", "mdal-contact_phone");
        contact.disableProperty().bind(viewModel.mayLogSelectedProperty().not());
        contact.setOnAction(
                e -> {
                    Line l = viewModel.selectedProperty().get();
                    if (viewModel.mayLogContact(l)) {
                        AreaDialogs.contact(window(), viewModel.newContact(l));
                    }
                });
        Button end = DutyControls.button("endArea", "areas.end", "mdal-archive");
        end.disableProperty().bind(viewModel.mayEndSelectedProperty().not());
        end.setOnAction(e -> end());
        Separator editSeparator = DutyControls.editSeparator();
        for (javafx.scene.Node n : List.of(add, contact, end, editSeparator)) {
            n.getStyleClass().add("edit-action");
            if (!viewModel.mayEdit()) {
                n.setVisible(false);
                n.setManaged(false);
            }
        }

        MenuButton print = new MenuButton(I18n.text("areas.print"), new FontIcon("mdmz-print"));
        print.setId("areasPrint");
        MenuItem printIt = new MenuItem(I18n.text("roster.print.print"));
        printIt.setOnAction(e -> viewModel.print(LedgerPrinting.Action.PRINT, null));
        MenuItem save = new MenuItem(I18n.text("roster.print.save"));
        save.setOnAction(e -> saveAs());
        MenuItem open = new MenuItem(I18n.text("roster.print.open"));
        open.setOnAction(e -> viewModel.print(LedgerPrinting.Action.OPEN, null));
        print.getItems().addAll(printIt, save, open);

        return new ToolBar(
                community,
                ended,
                new Separator(Orientation.VERTICAL),
                quietBox,
                editSeparator,
                add,
                contact,
                end,
                new Separator(Orientation.VERTICAL),
                print);
    }

    /** The contacts of the area chosen, newest first. */
    private VBox contacts() {
        Label title = new Label();
        title.setId("areaContactsTitle");
        title.textProperty().bind(viewModel.contactsTitleProperty());
        TableView<AreaContact> list = new TableView<>(viewModel.contacts());
        list.setId("areaContacts");
        list.getColumns()
                .addAll(
                        List.of(
                                DutyControls.column(
                                        "areas.contact.col.day", 100, c -> c.onDay().toString()),
                                DutyControls.column(
                                        "areas.contact.col.channel",
                                        90,
                                        AreasViewModel::channelText),
                                DutyControls.column(
                                        "areas.contact.col.note", 500, viewModel::noteText)));
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(viewModel.contactsPlaceholderProperty());
        list.setPlaceholder(empty);
        VBox box = new VBox(4, title, list);
        box.setPadding(new Insets(6, 10, 0, 10));
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    private void saveAs() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.text("roster.print.save"));
        chooser.setInitialFileName(viewModel.ledgerFileName() + ".pdf");
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(I18n.text("file.filter.pdf"), "*.pdf"));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            viewModel.print(LedgerPrinting.Action.SAVE, file.toPath());
        }
    }

    private void end() {
        Line line = viewModel.selectedProperty().get();
        if (!viewModel.mayEnd(line)) {
            return;
        }
        DutyDialogs.askDate(
                        window(),
                        I18n.text("areas.end"),
                        I18n.text("areas.end.header", line.name(), AreasViewModel.placeText(line)),
                        I18n.text("field.area.to"),
                        viewModel.today())
                .ifPresent(on -> viewModel.end(line, on));
    }
}
