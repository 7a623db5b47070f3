package org.branchdesk.ui.duty;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchdesk.domain.duty.ContactChannel;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.service.duty.TeamService.Candidate;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;

/**
 * The dialogs of the cadres' areas page: assigning an area (the place, the cadre picked from a
 * searchable list, the first day) and logging a contact (the day, how, what was done). What is
 * wrong and whether it may be saved come from {@link AreaFormViewModel} and {@link
 * ContactFormViewModel}.
 */
final class AreaDialogs {
    private AreaDialogs() {}

    static void assign(Window owner, AreaFormViewModel vm) {
        Dialog<Object> dialog = new Dialog<>();
        dialog.setTitle(I18n.text("areas.add"));
        dialog.setHeaderText(I18n.text("areas.add.header"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("areaDialog");

        ComboBox<Community> community = new ComboBox<>(vm.communities());
        community.setId("areaCommunity");
        community.setPromptText(I18n.text("teams.form.chooseCommunity"));
        community.setConverter(Tables.converter((Community c) -> c == null ? "" : c.name()));
        community.valueProperty().bindBidirectional(vm.communityProperty());
        ComboBox<Compound> compound = new ComboBox<>();
        compound.setId("areaCompound");
        compound.setConverter(
                Tables.converter(
                        (Compound c) -> c == null ? I18n.text("teams.wholeCommunity") : c.name()));
        compound.setButtonCell(DutyControls.cell(compound.getConverter()));
        DutyControls.itemsWithNone(compound, vm.compounds(), vm.compoundProperty());
        compound.setVisibleRowCount(15);
        DatePicker from = new DatePicker();
        from.setId("areaFrom");
        from.valueProperty().bindBidirectional(vm.fromProperty());

        TextField search = new TextField();
        search.setId("areaSearch");
        search.setPromptText(I18n.text("teams.form.searchPrompt"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        ListView<Candidate> cadres = new ListView<>(vm.shown());
        cadres.setId("areaCadres");
        cadres.setPrefSize(440, 260);
        cadres.setCellFactory(
                l -> DutyControls.cell(Tables.converter(TeamFormViewModel::candidateText)));
        Label none = new Label();
        none.setWrapText(true);
        none.textProperty().bind(vm.candidatesNoteProperty());
        cadres.setPlaceholder(none);
        cadres.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, a, c) -> vm.cadreProperty().set(c));
        vm.cadreProperty()
                .addListener(
                        (o, a, c) -> {
                            if (cadres.getSelectionModel().getSelectedItem() != c) {
                                cadres.getSelectionModel().select(c);
                            }
                        });
        search.setOnKeyPressed(
                e -> {
                    if (e.getCode() == KeyCode.DOWN && !cadres.getItems().isEmpty()) {
                        cadres.requestFocus();
                        cadres.getSelectionModel().selectFirst();
                        e.consume();
                    }
                });

        GridPane grid = Dialogs.form();
        int r = 0;
        grid.addRow(r++, DutyControls.fieldLabel("field.area.community"), community);
        grid.addRow(r++, DutyControls.fieldLabel("field.area.compound"), compound);
        grid.addRow(
                r++,
                DutyControls.fieldLabel("field.area.cadre"),
                new VBox(
                        4,
                        search,
                        cadres,
                        DutyControls.message("areaCadreMessage", vm.cadreMessageProperty())));
        grid.addRow(
                r,
                DutyControls.fieldLabel("field.area.from"),
                new VBox(
                        2,
                        from,
                        DutyControls.message("areaFromMessage", vm.fromMessageProperty())));
        Label missing = DutyControls.message("areaMissing", vm.missingProperty());
        missing.getStyleClass().setAll("label", "text-muted");
        VBox content = new VBox(10, grid, missing);
        VBox.setVgrow(grid, Priority.ALWAYS);
        dialog.getDialogPane().setPrefWidth(560);

        Dialogs.showNotices(vm.noticeProperty(), vm::clearNotice, content);
        show(
                dialog,
                owner,
                content,
                "areaSave",
                vm.canSaveProperty(),
                vm::save,
                vm.savedProperty(),
                search);
    }

    static void contact(Window owner, ContactFormViewModel vm) {
        Dialog<Object> dialog = new Dialog<>();
        dialog.setTitle(I18n.text("areas.contact"));
        dialog.setHeaderText(
                I18n.text(
                        "areas.contact.header",
                        vm.area().name(),
                        AreasViewModel.placeText(vm.area())));
        dialog.getDialogPane().setId("contactDialog");

        DatePicker day = new DatePicker();
        day.setId("contactDay");
        day.valueProperty().bindBidirectional(vm.onDayProperty());
        ComboBox<ContactChannel> channel = new ComboBox<>();
        channel.setId("contactChannel");
        Tables.enumChoice(channel, ContactChannel.class, "contactChannel.", "value.none");
        channel.getItems().remove(null);
        channel.setPromptText(I18n.text("areas.contact.chooseChannel"));
        channel.valueProperty().bindBidirectional(vm.channelProperty());
        TextArea note = new TextArea();
        note.setId("contactNote");
        note.setPrefRowCount(3);
        note.setPrefColumnCount(26);
        note.setWrapText(true);
        note.setPromptText(I18n.text("areas.contact.notePrompt"));
        note.textProperty().bindBidirectional(vm.noteProperty());

        GridPane grid = Dialogs.form();
        grid.addRow(
                0,
                DutyControls.fieldLabel("field.contact.onDay"),
                new VBox(
                        2,
                        day,
                        DutyControls.message("contactDayMessage", vm.dayMessageProperty())));
        grid.addRow(1, DutyControls.fieldLabel("field.contact.channel"), channel);
        grid.addRow(
                2,
                DutyControls.fieldLabel("field.contact.note"),
                new VBox(
                        2,
                        note,
                        DutyControls.message("contactNoteMessage", vm.noteMessageProperty())));
        Label missing = DutyControls.message("contactMissing", vm.missingProperty());
        missing.getStyleClass().setAll("label", "text-muted");
        VBox content = new VBox(10, grid, missing);

        Dialogs.showNotices(vm.noticeProperty(), vm::clearNotice, content);
        show(
                dialog,
                owner,
                content,
                "contactSave",
                vm.canSaveProperty(),
                vm::save,
                vm.savedProperty(),
                channel);
    }

    /**
     * Shows a form: its OK button saves through the model (and stays open on a refusal, which the
     * notice shows); the dialog closes once the model says it saved.
     */
    private static void show(
            Dialog<Object> dialog,
            Window owner,
            VBox content,
            String saveId,
            BooleanBinding canSave,
            Runnable save,
            ReadOnlyObjectProperty<?> saved,
            Node focus) {
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        Button ok = (Button) dialog.getDialogPane().lookupButton(Dialogs.OK);
        ok.setId(saveId);
        ok.disableProperty().bind(canSave.not());
        ok.addEventFilter(
                ActionEvent.ACTION,
                e -> {
                    e.consume();
                    save.run();
                });
        saved.addListener(
                (o, a, b) -> {
                    if (b != null) {
                        dialog.setResult(b);
                        dialog.close();
                    }
                });
        dialog.setResultConverter(b -> null);
        DutyDialogs.styled(dialog, owner);
        dialog.setOnShown(e -> focus.requestFocus());
        dialog.showAndWait();
    }
}
