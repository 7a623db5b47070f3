package org.branchdesk.ui.duty;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
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
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchdesk.domain.duty.AssistanceCategory;
import org.branchdesk.domain.duty.ServiceKind;
import org.branchdesk.domain.places.Community;
import org.branchdesk.service.duty.AssistanceService.MemberChoice;
import org.branchdesk.service.duty.AssistanceService.Resident;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.Tables;

/**
 * The assistance page's forms: pairing a member with a resident ({@link PairFormViewModel}) and
 * logging a service ({@link ServiceFormViewModel}). Whether they may be saved and what is wrong
 * come from their models; the dialogs close once the service has saved.
 */
final class AssistanceDialogs {
    private AssistanceDialogs() {}

    /** The dialog that pairs a member with a resident under assistance. */
    static void pair(Window owner, PairFormViewModel vm) {
        Dialog<Object> dialog = dialog("pairDialog", "assistance.pair.title", "assistance.pair");

        ComboBox<Community> community = new ComboBox<>(vm.communities());
        community.setId("pairCommunity");
        community.setPromptText(I18n.text("teams.form.chooseCommunity"));
        community.setConverter(Tables.converter((Community c) -> c == null ? "" : c.name()));
        community.valueProperty().bindBidirectional(vm.communityProperty());
        ComboBox<Resident> resident = new ComboBox<>(vm.residents());
        resident.setId("pairResident");
        resident.setPromptText(I18n.text("assistance.form.chooseResident"));
        resident.setConverter(Tables.converter(PairFormViewModel::residentText));
        resident.setVisibleRowCount(12);
        resident.valueProperty().bindBidirectional(vm.residentProperty());
        Label residentNote = DutyControls.message("pairResidentNote", vm.residentNoteProperty());
        residentNote.getStyleClass().setAll("label", "field-note");

        TextField search = new TextField();
        search.setId("pairSearch");
        search.setPromptText(I18n.text("teams.form.searchPrompt"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        ListView<MemberChoice> members = new ListView<>(vm.shownMembers());
        members.setId("pairMembers");
        members.setPrefHeight(220);
        members.setCellFactory(
                l -> DutyControls.cell(Tables.converter(PairFormViewModel::memberText)));
        Label none = new Label();
        none.setWrapText(true);
        none.setPadding(new Insets(0, 12, 0, 12));
        none.textProperty().bind(vm.membersNoteProperty());
        members.setPlaceholder(none);
        DutyControls.syncSelection(members.getSelectionModel(), vm.memberProperty());
        search.setOnKeyPressed(
                e -> {
                    if (e.getCode() == KeyCode.DOWN && !members.getItems().isEmpty()) {
                        members.requestFocus();
                        members.getSelectionModel().selectFirst();
                        e.consume();
                    }
                });
        Label memberMessage = DutyControls.message("pairMemberMessage", vm.memberMessageProperty());

        ComboBox<AssistanceCategory> category = new ComboBox<>();
        category.setId("pairCategory");
        Tables.enumChoice(
                category,
                AssistanceCategory.class,
                "assistanceCategory.",
                "assistance.form.chooseCategory");
        category.getItems().remove(null);
        category.setPromptText(I18n.text("assistance.form.chooseCategory"));
        category.valueProperty().bindBidirectional(vm.categoryProperty());
        DatePicker startedOn = new DatePicker();
        startedOn.setId("pairStartedOn");
        startedOn.valueProperty().bindBidirectional(vm.startedOnProperty());
        Label dateMessage = DutyControls.message("pairDateMessage", vm.dateMessageProperty());

        GridPane grid = Dialogs.form();
        int r = 0;
        grid.addRow(r++, DutyControls.fieldLabel("assistance.form.community"), community);
        grid.addRow(
                r++,
                DutyControls.fieldLabel("field.pairing.household"),
                field(resident, residentNote));
        VBox memberBox = field(search, members, memberMessage);
        VBox.setVgrow(members, Priority.ALWAYS);
        grid.addRow(r++, DutyControls.fieldLabel("field.pairing.member"), memberBox);
        grid.addRow(r++, DutyControls.fieldLabel("field.pairing.category"), category);
        grid.addRow(
                r++,
                DutyControls.fieldLabel("field.pairing.startedOn"),
                field(startedOn, dateMessage));
        Label missing = DutyControls.message("pairMissing", vm.missingProperty());
        missing.getStyleClass().setAll("label", "text-muted");
        grid.add(missing, 1, r);
        DutyDialogs.fitToMessages(dialog, residentNote, memberMessage, dateMessage, missing);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(600);
        showUntilSaved(
                owner,
                dialog,
                "pairSave",
                vm.canSaveProperty(),
                vm::save,
                vm.savedProperty(),
                vm.noticeProperty(),
                vm::clearNotice,
                resident);
    }

    /** The dialog that logs a service of a pairing. */
    static void service(Window owner, ServiceFormViewModel vm) {
        Dialog<Object> dialog =
                dialog("serviceDialog", "assistance.service.title", "assistance.logService");
        dialog.setHeaderText(vm.header());

        DatePicker day = new DatePicker();
        day.setId("serviceDay");
        day.valueProperty().bindBidirectional(vm.dayProperty());
        Label dayMessage = DutyControls.message("serviceDayMessage", vm.dayMessageProperty());
        ComboBox<ServiceKind> kind = new ComboBox<>();
        kind.setId("serviceKind");
        Tables.enumChoice(kind, ServiceKind.class, "serviceKind.", "assistance.service.chooseKind");
        kind.getItems().remove(null);
        kind.setPromptText(I18n.text("assistance.service.chooseKind"));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        TextArea health = new TextArea();
        health.setId("serviceHealth");
        health.setPrefRowCount(2);
        health.setPrefColumnCount(26);
        health.setWrapText(true);
        health.setPromptText(I18n.text("assistance.service.healthPrompt"));
        health.textProperty().bindBidirectional(vm.healthProperty());
        Label healthNote = new Label(I18n.text("assistance.service.healthNote"));
        healthNote.setWrapText(true);
        healthNote.setMaxWidth(400);
        healthNote.getStyleClass().add("field-note");
        Label healthMessage =
                DutyControls.message("serviceHealthMessage", vm.healthMessageProperty());
        TextField note = new TextField();
        note.setId("serviceNote");
        note.setPrefColumnCount(26);
        note.setPromptText(I18n.text("assistance.service.notePrompt"));
        note.textProperty().bindBidirectional(vm.noteProperty());
        Label noteMessage = DutyControls.message("serviceNoteMessage", vm.noteMessageProperty());

        GridPane grid = Dialogs.form();
        int r = 0;
        grid.addRow(r++, DutyControls.fieldLabel("field.service.day"), field(day, dayMessage));
        grid.addRow(r++, DutyControls.fieldLabel("field.service.kind"), kind);
        grid.addRow(
                r++,
                DutyControls.fieldLabel("field.service.health"),
                field(health, healthMessage, healthNote));
        grid.addRow(r++, DutyControls.fieldLabel("field.service.note"), field(note, noteMessage));
        Label missing = DutyControls.message("serviceMissing", vm.missingProperty());
        missing.getStyleClass().setAll("label", "text-muted");
        grid.add(missing, 1, r);
        DutyDialogs.fitToMessages(dialog, dayMessage, healthMessage, noteMessage, missing);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(520);
        showUntilSaved(
                owner,
                dialog,
                "serviceSave",
                vm.canSaveProperty(),
                vm::save,
                vm.savedProperty(),
                vm.noticeProperty(),
                vm::clearNotice,
                kind);
    }

    private static Dialog<Object> dialog(String id, String titleKey, String headerKey) {
        Dialog<Object> dialog = Dialogs.localized(new Dialog<>());
        dialog.setTitle(I18n.text(titleKey));
        dialog.setHeaderText(I18n.text(headerKey));
        dialog.setResizable(true);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        return dialog;
    }

    /**
     * Shows a form until its model has saved (OK asks the model to save, as a task, and stays open
     * on a refusal, which shows as a notice) or the clerk cancels.
     */
    private static void showUntilSaved(
            Window owner,
            Dialog<Object> dialog,
            String okId,
            BooleanBinding canSave,
            Runnable save,
            ObservableValue<?> saved,
            ObservableValue<Notice> notice,
            Runnable clearNotice,
            Node focus) {
        Button ok = (Button) dialog.getDialogPane().lookupButton(Dialogs.OK);
        ok.setId(okId);
        ok.disableProperty().bind(canSave.not());
        ok.addEventFilter(
                ActionEvent.ACTION,
                e -> {
                    e.consume();
                    save.run();
                });
        Dialogs.showNotices(notice, clearNotice, dialog.getDialogPane().getContent());
        saved.addListener(
                (o, a, value) -> {
                    if (value != null) {
                        dialog.setResult(value);
                        dialog.close();
                    }
                });
        dialog.setResultConverter(b -> null);
        DutyDialogs.styled(dialog, owner);
        dialog.setOnShown(e -> focus.requestFocus());
        dialog.showAndWait();
    }

    /** A field with what is said under it. */
    private static VBox field(Node input, Node... under) {
        VBox box = new VBox(2, input);
        box.getChildren().addAll(under);
        return box;
    }
}
