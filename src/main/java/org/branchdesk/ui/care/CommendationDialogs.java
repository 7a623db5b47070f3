package org.branchdesk.ui.care;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchdesk.domain.care.CommendationLevel;
import org.branchdesk.domain.care.HonorForm;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.service.care.CommendationService.Candidate;
import org.branchdesk.service.care.CommendationService.Reward;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;

/** The commendations page's forms: a new decision, and an honoree listed on one. */
final class CommendationDialogs {
    private CommendationDialogs() {}

    static void decision(Window owner, CommendationFormViewModel vm) {
        TextField title = new TextField();
        title.setId("commendationTitle");
        title.setPrefColumnCount(24);
        title.setPromptText(I18n.text("care.commendation.form.titlePrompt"));
        title.textProperty().bindBidirectional(vm.titleProperty());
        ComboBox<CommendationLevel> level = new ComboBox<>();
        level.setId("commendationLevel");
        level.getItems().setAll(CommendationLevel.values());
        level.setConverter(
                Tables.converter((CommendationLevel l) -> l == null ? "" : I18n.text(l.key())));
        level.valueProperty().bindBidirectional(vm.levelProperty());
        TextField body = new TextField();
        body.setId("commendationBody");
        body.setPrefColumnCount(24);
        body.setPromptText(I18n.text("care.commendation.form.bodyPrompt"));
        body.textProperty().bindBidirectional(vm.bodyProperty());
        TextField number = new TextField();
        number.setId("commendationNumber");
        number.setPrefColumnCount(24);
        number.setPromptText(I18n.text("care.commendation.form.numberPrompt"));
        number.textProperty().bindBidirectional(vm.numberProperty());
        DatePicker on = new DatePicker();
        on.setId("commendationOn");
        on.valueProperty().bindBidirectional(vm.onProperty());
        GridPane grid = Dialogs.form();
        grid.addRow(
                0,
                CareControls.fieldLabel("field.commendation.title"),
                new VBox(
                        2,
                        title,
                        CareControls.message("commendationTitleMessage", vm.titleMessageProperty()),
                        CareControls.note("commendationHolders", vm.holdersProperty())));
        grid.addRow(1, CareControls.fieldLabel("field.commendation.level"), level);
        grid.addRow(
                2,
                CareControls.fieldLabel("field.commendation.body"),
                new VBox(
                        2,
                        body,
                        CareControls.message("commendationBodyMessage", vm.bodyMessageProperty())));
        grid.addRow(
                3,
                CareControls.fieldLabel("field.commendation.doc"),
                new VBox(
                        2,
                        number,
                        CareControls.message(
                                "commendationNumberMessage", vm.numberMessageProperty())));
        grid.addRow(
                4,
                CareControls.fieldLabel("field.commendation.on"),
                new VBox(
                        2,
                        on,
                        CareControls.message("commendationOnMessage", vm.onMessageProperty())));
        grid.add(CareControls.missing("commendationMissing", vm.missingProperty()), 0, 5, 2, 1);
        CareDialogs.show(
                owner,
                "commendationDialog",
                I18n.text("care.commendation.add"),
                I18n.text("care.commendation.form.header"),
                "commendationSave",
                grid,
                vm.canSaveProperty(),
                vm::save,
                vm.form(),
                title);
    }

    static void honoree(Window owner, HonoreeFormViewModel vm) {
        ComboBox<RecipientKind> kind = new ComboBox<>(vm.kinds());
        kind.setId("honoreeKind");
        kind.setConverter(
                Tables.converter((RecipientKind k) -> k == null ? "" : I18n.text(k.key())));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        TextField search = new TextField();
        search.setId("honoreeSearch");
        search.setPrefColumnCount(16);
        search.setPromptText(I18n.text("care.honoree.form.searchPrompt"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        ListView<Candidate> who = new ListView<>(vm.shown());
        who.setId("honoreeWho");
        who.setPrefHeight(150);
        who.setPrefWidth(380);
        who.setCellFactory(
                l -> CareControls.cell(Tables.converter(HonoreeFormViewModel::candidateText)));
        Label loading = new Label(I18n.text("care.honoree.form.loading"));
        loading.visibleProperty().bind(vm.loadingProperty());
        loading.managedProperty().bind(loading.visibleProperty());
        who.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, a, c) -> vm.whoProperty().set(c));
        vm.whoProperty()
                .addListener(
                        (o, a, c) -> {
                            if (who.getSelectionModel().getSelectedItem() != c) {
                                who.getSelectionModel().select(c);
                            }
                        });

        ToggleGroup forms = new ToggleGroup();
        ToggleButton certificate = new ToggleButton(I18n.text(HonorForm.CERTIFICATE.key()));
        certificate.setId("honoreeCertificate");
        ToggleButton reward = new ToggleButton(I18n.text(HonorForm.REWARD.key()));
        reward.setId("honoreeReward");
        certificate.setToggleGroup(forms);
        reward.setToggleGroup(forms);
        certificate.setSelected(vm.honorFormProperty().get() == HonorForm.CERTIFICATE);
        reward.setSelected(vm.honorFormProperty().get() == HonorForm.REWARD);
        forms.selectedToggleProperty()
                .addListener(
                        (o, a, t) -> {
                            if (t == null) {
                                a.setSelected(true);
                            } else {
                                vm.honorFormProperty()
                                        .set(
                                                t == reward
                                                        ? HonorForm.REWARD
                                                        : HonorForm.CERTIFICATE);
                            }
                        });
        ComboBox<Reward> payment = new ComboBox<>(vm.payments());
        payment.setId("honoreePayment");
        payment.setPrefWidth(380);
        payment.setConverter(Tables.converter(HonoreeFormViewModel::rewardText));
        payment.setButtonCell(CareControls.cell(payment.getConverter()));
        payment.setPromptText(I18n.text("care.honoree.form.paymentPrompt"));
        payment.valueProperty().bindBidirectional(vm.paymentProperty());
        payment.visibleProperty().bind(vm.honorFormProperty().isEqualTo(HonorForm.REWARD));
        payment.managedProperty().bind(payment.visibleProperty());

        TextArea deeds = new TextArea();
        deeds.setId("honoreeDeeds");
        deeds.setWrapText(true);
        deeds.setPrefRowCount(4);
        deeds.setPrefColumnCount(30);
        deeds.setPromptText(I18n.text("care.honoree.form.deedsPrompt"));
        deeds.textProperty().bindBidirectional(vm.deedsProperty());

        GridPane grid = Dialogs.form();
        grid.addRow(
                0,
                CareControls.fieldLabel("field.honoree.who"),
                new VBox(
                        4,
                        new HBox(6, kind, search),
                        loading,
                        who,
                        CareControls.message("honoreeWhoMessage", vm.whoMessageProperty())));
        grid.addRow(
                1,
                CareControls.fieldLabel("care.honoree.form.form"),
                new VBox(
                        4,
                        new HBox(6, certificate, reward),
                        payment,
                        CareControls.message(
                                "honoreePaymentMessage", vm.paymentMessageProperty())));
        grid.addRow(
                2,
                CareControls.fieldLabel("field.honoree.deeds"),
                new VBox(
                        2,
                        deeds,
                        CareControls.message("honoreeDeedsMessage", vm.deedsMessageProperty()),
                        CareControls.missing("honoreeDeedsCount", vm.deedsCountProperty())));
        grid.add(CareControls.missing("honoreeMissing", vm.missingProperty()), 0, 3, 2, 1);
        CareDialogs.show(
                owner,
                "honoreeDialog",
                I18n.text("care.honoree.add"),
                I18n.text(
                        "care.honoree.header",
                        vm.decision().commendation().title(),
                        vm.decision().commendation().awardingBody(),
                        vm.decision().commendation().decidedOn()),
                "honoreeSave",
                grid,
                vm.canSaveProperty(),
                vm::save,
                vm.form(),
                search);
    }
}
