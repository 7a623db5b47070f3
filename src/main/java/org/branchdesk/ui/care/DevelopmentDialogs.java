package org.branchdesk.ui.care;

import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;

/** The development board's form: a case's next step, with the step's checklist. */
final class DevelopmentDialogs {
    private DevelopmentDialogs() {}

    static void step(Window owner, DevelopmentStepFormViewModel vm) {
        DatePicker on = new DatePicker();
        on.setId("developmentOn");
        on.valueProperty().bindBidirectional(vm.onProperty());
        TextField doc = new TextField();
        doc.setId("developmentDocument");
        doc.setPrefColumnCount(20);
        doc.textProperty().bindBidirectional(vm.documentNumberProperty());
        GridPane grid = Dialogs.form();
        int row = 0;
        grid.addRow(
                row++,
                CareControls.fieldLabel("field.development.on"),
                new VBox(
                        2,
                        on,
                        CareControls.message("developmentOnMessage", vm.onMessageProperty())));
        grid.addRow(row++, CareControls.fieldLabel("field.development.document"), doc);
        if (vm.needsPeople()) {
            TextField people = new TextField();
            people.setId("developmentPeople");
            people.setPrefColumnCount(20);
            people.setPromptText(I18n.text("care.development.peoplePrompt"));
            people.textProperty().bindBidirectional(vm.peopleProperty());
            grid.addRow(row++, CareControls.fieldLabel(vm.peopleLabelKey()), people);
        }
        if (vm.isTraining()) {
            TextField days = new TextField();
            days.setId("developmentTrainingDays");
            days.setPrefColumnCount(4);
            days.textProperty().bindBidirectional(vm.trainingDaysProperty());
            TextField hours = new TextField();
            hours.setId("developmentTrainingHours");
            hours.setPrefColumnCount(4);
            hours.textProperty().bindBidirectional(vm.trainingHoursProperty());
            grid.addRow(
                    row++,
                    CareControls.fieldLabel("field.development.training"),
                    new HBox(
                            6,
                            days,
                            new Label(I18n.text("care.development.days")),
                            hours,
                            new Label(I18n.text("care.development.hours"))));
        }
        if (vm.isApproval()) {
            TextField reason = new TextField();
            reason.setId("developmentSpecialReason");
            reason.setPrefColumnCount(24);
            reason.textProperty().bindBidirectional(vm.specialReasonProperty());
            grid.addRow(row++, CareControls.fieldLabel("field.development.specialReason"), reason);
        }
        VBox checklist = new VBox(4);
        checklist.setId("developmentChecklist");
        for (DevelopmentStepFormViewModel.Item i : vm.checklist()) {
            CheckBox box = new CheckBox(i.text());
            box.selectedProperty().bindBidirectional(i.ticked());
            checklist.getChildren().add(box);
        }
        grid.addRow(row, CareControls.fieldLabel("field.development.materials"), checklist);
        CareDialogs.show(
                owner,
                "developmentStepDialog",
                I18n.text("care.development.recordStep"),
                vm.header(),
                "developmentSave",
                grid,
                vm.canSaveProperty(),
                vm::save,
                vm.form(),
                on);
    }
}
