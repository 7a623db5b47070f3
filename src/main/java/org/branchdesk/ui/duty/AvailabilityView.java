package org.branchdesk.ui.duty;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.branchdesk.domain.duty.Unavailability;
import org.branchdesk.domain.places.Community;
import org.branchdesk.service.duty.TeamService.Candidate;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;

/**
 * The availability page (可值班时间): a community's members and the people register on the left
 * (searchable), and for the one chosen their most shifts a week, least rest between shifts, and the
 * whole days or hours they cannot serve, with the form that adds one. What is wrong with a field is
 * said under it; what may be done comes from {@link AvailabilityViewModel}, and the controls that
 * change anything are hidden from supervisors.
 */
public final class AvailabilityView {
    private final AvailabilityViewModel viewModel;
    private final BorderPane root = new BorderPane();

    public AvailabilityView(AvailabilityViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("availabilityPage");
        root.setLeft(people());
        VBox details = details();
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        Label none = new Label(I18n.text("availability.chooseSomeone"));
        none.getStyleClass().add("text-muted");
        none.setPadding(new Insets(20));
        root.centerProperty()
                .bind(
                        Bindings.createObjectBinding(
                                () -> viewModel.lineProperty().get() == null ? none : scroll,
                                viewModel.lineProperty()));
        Dialogs.showNotices(viewModel.noticeProperty(), viewModel::clearNotice, root);
    }

    public Parent root() {
        return root;
    }

    private VBox people() {
        ComboBox<Community> community = new ComboBox<>();
        community.setId("availabilityCommunity");
        community.setConverter(
                Tables.converter(
                        (Community c) -> c == null ? I18n.text("filter.any.community") : c.name()));
        community.setButtonCell(DutyControls.cell(community.getConverter()));
        DutyControls.itemsWithNone(
                community, viewModel.communities(), viewModel.communityProperty());
        community.setMaxWidth(Double.MAX_VALUE);
        TextField search = new TextField();
        search.setId("availabilitySearch");
        search.setPromptText(I18n.text("teams.form.searchPrompt"));
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        CheckBox only = new CheckBox(I18n.text("availability.onlyRecorded"));
        only.setId("availabilityOnlyRecorded");
        only.selectedProperty().bindBidirectional(viewModel.onlyRecordedProperty());
        ListView<Candidate> list = new ListView<>(viewModel.shown());
        list.setId("availabilityPeople");
        list.setCellFactory(l -> DutyControls.twoLineCell(viewModel::candidateText));
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(viewModel.placeholderProperty());
        list.setPlaceholder(placeholder);
        list.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, a, c) -> viewModel.selectedProperty().set(c));
        viewModel
                .selectedProperty()
                .addListener(
                        (o, a, c) -> {
                            if (list.getSelectionModel().getSelectedItem() != c) {
                                list.getSelectionModel().select(c);
                            }
                        });
        VBox box = new VBox(6, community, search, only, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        box.setPrefWidth(330);
        box.setMinWidth(260);
        return box;
    }

    private VBox details() {
        Label name = new Label();
        name.setId("availabilityName");
        name.getStyleClass().add("roster-title");
        name.textProperty()
                .bind(
                        Bindings.createStringBinding(
                                () ->
                                        viewModel.selectedProperty().get() == null
                                                ? ""
                                                : TeamFormViewModel.chosenText(
                                                        viewModel.selectedProperty().get()),
                                viewModel.selectedProperty()));

        TextField max = new TextField();
        max.setId("availabilityMax");
        max.setPrefColumnCount(4);
        max.setMaxWidth(Region.USE_PREF_SIZE);
        max.textProperty().bindBidirectional(viewModel.maxProperty());
        TextField rest = new TextField();
        rest.setId("availabilityRest");
        rest.setPrefColumnCount(4);
        rest.setMaxWidth(Region.USE_PREF_SIZE);
        rest.textProperty().bindBidirectional(viewModel.restProperty());
        Label note = DutyControls.message("availabilityLimitNote", viewModel.limitNoteProperty());
        note.getStyleClass().setAll("label", "text-muted");
        note.setMaxWidth(480);
        Button save =
                DutyControls.button(
                        "availabilitySaveLimit", "availability.limit.save", "mdal-check");
        save.disableProperty().bind(viewModel.canSaveLimitProperty().not());
        save.setOnAction(e -> viewModel.saveLimit());
        GridPane limits = Dialogs.form();
        limits.addRow(
                0,
                DutyControls.fieldLabel("field.dutyLimit.maxShiftsPerWeek"),
                field(
                        max,
                        DutyControls.message(
                                "availabilityMaxMessage", viewModel.maxMessageProperty())));
        limits.addRow(
                1,
                DutyControls.fieldLabel("field.dutyLimit.minRestHours"),
                field(
                        rest,
                        DutyControls.message(
                                "availabilityRestMessage", viewModel.restMessageProperty())));
        limits.add(note, 1, 2);
        limits.add(save, 1, 3);
        editable(max, rest, save);

        TableView<Unavailability> periods = new TableView<>(viewModel.periods());
        periods.setId("availabilityPeriods");
        periods.getColumns()
                .addAll(
                        List.of(
                                DutyControls.column(
                                        "availability.col.period",
                                        260,
                                        AvailabilityViewModel::periodText),
                                DutyControls.column(
                                        "availability.col.reason",
                                        200,
                                        u -> u.reason() == null ? "" : u.reason())));
        periods.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        periods.setPlaceholder(new Label(I18n.text("availability.noPeriods")));
        periods.setPrefHeight(170);
        Button remove =
                DutyControls.button(
                        "availabilityRemove", "availability.period.remove", "mdal-delete_outline");
        remove.disableProperty().bind(periods.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> viewModel.remove(periods.getSelectionModel().getSelectedItem()));
        editable(remove);

        VBox add = addForm();
        editable(add);
        Label status = new Label();
        status.setId("availabilityStatus");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(viewModel.statusProperty());
        status.setWrapText(true);

        VBox box =
                new VBox(
                        10,
                        name,
                        section("availability.section.limits"),
                        limits,
                        section("availability.section.periods"),
                        periods,
                        remove,
                        add,
                        status);
        box.setPadding(new Insets(10, 16, 16, 16));
        box.setMaxWidth(720);
        return box;
    }

    /** The form that adds a time someone cannot serve. */
    private VBox addForm() {
        ToggleGroup how = new ToggleGroup();
        RadioButton days = new RadioButton(I18n.text("availability.form.wholeDays"));
        days.setId("availabilityWholeDays");
        days.setToggleGroup(how);
        RadioButton hours = new RadioButton(I18n.text("availability.form.hours"));
        hours.setId("availabilityHours");
        hours.setToggleGroup(how);
        days.setSelected(viewModel.wholeDaysProperty().get());
        hours.setSelected(!viewModel.wholeDaysProperty().get());
        days.selectedProperty().bindBidirectional(viewModel.wholeDaysProperty());

        DatePicker fromDay = new DatePicker();
        fromDay.setId("availabilityFromDay");
        fromDay.valueProperty().bindBidirectional(viewModel.fromDayProperty());
        DatePicker toDay = new DatePicker();
        toDay.setId("availabilityToDay");
        toDay.valueProperty().bindBidirectional(viewModel.toDayProperty());
        TextField fromTime = timeField("availabilityFromTime", viewModel.fromTimeProperty());
        TextField toTime = timeField("availabilityToTime", viewModel.toTimeProperty());
        TextField reason = new TextField();
        reason.setId("availabilityReason");
        reason.setPrefColumnCount(24);
        reason.setMaxWidth(Region.USE_PREF_SIZE);
        reason.setPromptText(I18n.text("availability.form.reasonPrompt"));
        reason.textProperty().bindBidirectional(viewModel.reasonProperty());
        Label missing =
                DutyControls.message("availabilityMissing", viewModel.periodMissingProperty());
        missing.getStyleClass().setAll("label", "text-muted");
        Button add =
                DutyControls.button(
                        "availabilityAdd", "availability.period.add", "mdal-add_circle_outline");
        add.disableProperty().bind(viewModel.canAddProperty().not());
        add.setOnAction(e -> viewModel.addPeriod());

        GridPane grid = Dialogs.form();
        grid.addRow(0, new Label(I18n.text("availability.form.how")), new HBox(12, days, hours));
        grid.addRow(
                1,
                DutyControls.fieldLabel("field.unavailable.from"),
                field(
                        new HBox(6, fromDay, fromTime),
                        DutyControls.message(
                                "availabilityFromMessage", viewModel.fromMessageProperty())));
        grid.addRow(
                2,
                DutyControls.fieldLabel("field.unavailable.to"),
                field(
                        new HBox(6, toDay, toTime),
                        DutyControls.message(
                                "availabilityToMessage", viewModel.toMessageProperty())));
        grid.addRow(
                3,
                DutyControls.fieldLabel("field.unavailable.reason"),
                field(
                        reason,
                        DutyControls.message(
                                "availabilityReasonMessage", viewModel.reasonMessageProperty())));
        grid.add(missing, 1, 4);
        grid.add(add, 1, 5);
        Label kept = new Label(I18n.text("availability.form.kept"));
        kept.setWrapText(true);
        kept.getStyleClass().add("text-muted");
        return new VBox(8, section("availability.section.add"), grid, kept);
    }

    private TextField timeField(String id, javafx.beans.property.StringProperty value) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefColumnCount(5);
        t.setPromptText("08:00");
        t.textProperty().bindBidirectional(value);
        t.visibleProperty().bind(viewModel.wholeDaysProperty().not());
        t.managedProperty().bind(t.visibleProperty());
        return t;
    }

    private static Label section(String key) {
        Label l = new Label(I18n.text(key));
        l.getStyleClass().add("roster-side-title");
        l.setPadding(new Insets(6, 0, 0, 0));
        return l;
    }

    private static VBox field(Node input, Label message) {
        return new VBox(2, input, message);
    }

    /** Hides what changes availability from those who may only read it. */
    private void editable(Node... nodes) {
        for (Node n : nodes) {
            if (n instanceof TextField t) {
                t.setEditable(viewModel.mayEdit()); // a supervisor reads the values
                continue;
            }
            n.getStyleClass().add("edit-action");
            if (!viewModel.mayEdit()) {
                n.setVisible(false);
                n.setManaged(false);
            }
        }
    }
}
