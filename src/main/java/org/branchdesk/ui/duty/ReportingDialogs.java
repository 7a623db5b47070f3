package org.branchdesk.ui.duty;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchdesk.domain.duty.Reporting;
import org.branchdesk.domain.duty.ReportingClaim;
import org.branchdesk.domain.duty.ReportingHours;
import org.branchdesk.service.duty.ReportingService.Claimed;
import org.branchdesk.service.duty.ReportingService.PostChoice;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;

/**
 * The dialogs of the reporting members' page: record a reporting, claim a post, record hours, drop
 * a claim. What may be saved and what is wrong come from their ViewModels.
 */
final class ReportingDialogs {
    private ReportingDialogs() {}

    /** Records a reporting: the member picked from a searchable list, where, the unit, the date. */
    static void report(Window owner, ReportingFormViewModel vm) {
        Dialog<Reporting> dialog =
                FormDialogs.dialog(
                        "reportingDialog",
                        I18n.text("reporting.add.title"),
                        I18n.text("reporting.add.header"));
        VBox picker =
                FormDialogs.picker(
                        "reportingMember",
                        vm.searchProperty(),
                        vm.shown(),
                        vm.memberProperty(),
                        ReportingFormViewModel::candidateText,
                        vm.candidatesNoteProperty());
        DatePicker on = new DatePicker();
        on.setId("reportingDate");
        on.valueProperty().bindBidirectional(vm.reportedOnProperty());
        TextField org = new TextField();
        org.setId("reportingUnitOrg");
        org.setPromptText(I18n.text("reporting.unit.orgPrompt"));
        org.textProperty().bindBidirectional(vm.unitOrgProperty());
        org.disableProperty().bind(vm.unitProperty().isNotNull());
        Label nameMessage =
                DutyControls.message("reportingUnitMessage", vm.unitNameMessageProperty());
        Label link = FormDialogs.note("reportingUnitLink", vm.unitLinkNoteProperty());
        Label orgMessage =
                DutyControls.message("reportingUnitOrgMessage", vm.unitOrgMessageProperty());
        Label dateMessage = DutyControls.message("reportingDateMessage", vm.dateMessageProperty());
        Label missing = FormDialogs.missing("reportingMissing", vm.missingProperty());

        GridPane grid = FormDialogs.grid();
        int r = 0;
        grid.addRow(r++, DutyControls.fieldLabel("field.reporting.member"), picker);
        grid.addRow(
                r++,
                DutyControls.fieldLabel("field.reporting.community"),
                FormDialogs.community(
                        "reportingCommunity", vm.communities(), vm.communityProperty()));
        grid.addRow(
                r++,
                DutyControls.fieldLabel("field.reporting.compound"),
                FormDialogs.compound("reportingCompound", vm.compounds(), vm.compoundProperty()));
        grid.addRow(
                r++,
                DutyControls.fieldLabel("field.reporting.unit"),
                FormDialogs.unit(
                        "reportingUnit",
                        vm.units(),
                        vm.unitProperty(),
                        vm.unitNameProperty(),
                        nameMessage,
                        link));
        grid.addRow(
                r++,
                DutyControls.fieldLabel("field.reporting.unitOrg"),
                FormDialogs.field(org, orgMessage));
        grid.addRow(
                r++,
                DutyControls.fieldLabel("field.reporting.reportedOn"),
                FormDialogs.field(on, dateMessage));
        grid.add(missing, 1, r);
        DutyDialogs.fitToMessages(dialog, nameMessage, link, orgMessage, dateMessage, missing);
        dialog.getDialogPane().setPrefWidth(600);
        FormDialogs.show(
                dialog,
                "reportingSave",
                grid,
                new FormDialogs.Saving<>(
                        vm.canSaveProperty(),
                        vm::save,
                        vm.noticeProperty(),
                        vm::clearNotice,
                        vm.savedProperty()),
                owner,
                picker.getChildren().get(0));
    }

    /** Claims a post for the reporting chosen. */
    static void claim(Window owner, ClaimFormViewModel vm) {
        Dialog<ReportingClaim> dialog =
                FormDialogs.dialog("claimDialog", I18n.text("reporting.claim"), vm.who());
        ComboBox<PostChoice> post = new ComboBox<>(vm.posts());
        post.setId("claimPostChoice");
        post.setConverter(Tables.converter(ClaimFormViewModel::postText));
        post.setPromptText(I18n.text("reporting.claim.choose"));
        post.setVisibleRowCount(15);
        post.valueProperty().bindBidirectional(vm.postProperty());
        DatePicker on = new DatePicker();
        on.setId("claimDate");
        on.valueProperty().bindBidirectional(vm.claimedOnProperty());
        Label none = FormDialogs.missing("claimNoPosts", vm.postsNoteProperty());
        Label dayMessage = DutyControls.message("claimDateMessage", vm.dayMessageProperty());
        GridPane grid = FormDialogs.grid();
        grid.addRow(0, DutyControls.fieldLabel("field.claim.post"), FormDialogs.field(post, none));
        grid.addRow(
                1,
                DutyControls.fieldLabel("field.claim.claimedOn"),
                FormDialogs.field(on, dayMessage));
        DutyDialogs.fitToMessages(dialog, none, dayMessage);
        FormDialogs.show(
                dialog,
                "claimSave",
                grid,
                new FormDialogs.Saving<>(
                        vm.canSaveProperty(),
                        vm::save,
                        vm.noticeProperty(),
                        vm::clearNotice,
                        vm.savedProperty()),
                owner,
                post);
    }

    /** Records hours served outside the roster for the reporting chosen. */
    static void hours(Window owner, HoursFormViewModel vm) {
        Dialog<ReportingHours> dialog =
                FormDialogs.dialog("hoursDialog", I18n.text("reporting.hours"), vm.who());
        DatePicker on = new DatePicker();
        on.setId("hoursDate");
        on.valueProperty().bindBidirectional(vm.onDayProperty());
        TextField hours = new TextField();
        hours.setId("hoursHours");
        hours.setPrefColumnCount(6);
        hours.setPromptText(I18n.text("reporting.hours.prompt"));
        hours.textProperty().bindBidirectional(vm.hoursProperty());
        TextField what = new TextField();
        what.setId("hoursWhat");
        what.setPrefColumnCount(24);
        what.setPromptText(I18n.text("reporting.hours.whatPrompt"));
        what.textProperty().bindBidirectional(vm.whatProperty());
        Label dayMessage = DutyControls.message("hoursDateMessage", vm.dayMessageProperty());
        Label hoursMessage = DutyControls.message("hoursHoursMessage", vm.hoursMessageProperty());
        Label whatMessage = DutyControls.message("hoursWhatMessage", vm.whatMessageProperty());
        GridPane grid = FormDialogs.grid();
        grid.addRow(
                0,
                DutyControls.fieldLabel("field.reportingHours.onDay"),
                FormDialogs.field(on, dayMessage));
        grid.addRow(
                1,
                DutyControls.fieldLabel("field.reportingHours.hours"),
                FormDialogs.field(hours, hoursMessage));
        grid.addRow(
                2,
                DutyControls.fieldLabel("field.reportingHours.what"),
                FormDialogs.field(what, whatMessage));
        Label kept = new Label(I18n.text("reporting.hours.rosterCounts"));
        kept.getStyleClass().add("text-muted");
        kept.setWrapText(true);
        kept.setMaxWidth(360);
        grid.add(kept, 1, 3);
        DutyDialogs.fitToMessages(dialog, dayMessage, hoursMessage, whatMessage);
        FormDialogs.show(
                dialog,
                "hoursSave",
                grid,
                new FormDialogs.Saving<>(
                        vm.canSaveProperty(),
                        vm::save,
                        vm.noticeProperty(),
                        vm::clearNotice,
                        vm.savedProperty()),
                owner,
                hours);
    }

    /** Asks which of the chosen reporting's claims to drop; empty when the clerk cancels. */
    static Optional<Claimed> drop(Window owner, String member, List<Claimed> claims) {
        Dialog<ButtonType> dialog = Dialogs.localized(new Dialog<>());
        dialog.setTitle(I18n.text("reporting.drop"));
        dialog.setHeaderText(I18n.text("reporting.drop.header", member));
        dialog.getDialogPane().setId("dropDialog");
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        ComboBox<Claimed> which = new ComboBox<>();
        which.setId("dropClaimChoice");
        which.getItems().setAll(claims);
        which.setConverter(
                Tables.converter(
                        (Claimed c) ->
                                c == null
                                        ? ""
                                        : I18n.text(
                                                "reporting.claimedPost", c.post(), c.claimedOn())));
        which.getSelectionModel().selectFirst();
        GridPane grid = FormDialogs.grid();
        grid.addRow(0, DutyControls.fieldLabel("field.claim.post"), which);
        Label kept = new Label(I18n.text("reporting.drop.kept"));
        kept.getStyleClass().add("text-muted");
        grid.add(kept, 0, 1, 2, 1);
        dialog.getDialogPane().setContent(grid);
        DutyDialogs.styled(dialog, owner);
        return Dialogs.confirmed(dialog.showAndWait())
                ? Optional.ofNullable(which.getValue())
                : Optional.empty();
    }
}
