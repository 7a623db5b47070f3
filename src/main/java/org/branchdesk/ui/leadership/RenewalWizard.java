package org.branchdesk.ui.leadership;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchdesk.domain.leadership.Position;
import org.branchdesk.domain.leadership.Source;
import org.branchdesk.service.leadership.LeadershipService.Proposal;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;

/**
 * The renewal wizard (换届向导): the five steps listed on the left, one shown at a time, with Back and
 * Next; the clerk may save and close after any step, and finishes at the approval. Every rule shown
 * is a binding of {@link RenewalWizardViewModel}.
 */
final class RenewalWizard {
    private static final ButtonType BACK =
            new ButtonType(I18n.text("renewal.back"), ButtonBar.ButtonData.BACK_PREVIOUS);
    private static final ButtonType NEXT =
            new ButtonType(I18n.text("renewal.next"), ButtonBar.ButtonData.NEXT_FORWARD);
    private static final ButtonType SAVE =
            new ButtonType(I18n.text("renewal.saveAndClose"), ButtonBar.ButtonData.OTHER);
    private static final ButtonType ABANDON =
            new ButtonType(I18n.text("renewal.abandon"), ButtonBar.ButtonData.LEFT);
    private static final ButtonType FINISH =
            new ButtonType(I18n.text("renewal.finish"), ButtonBar.ButtonData.FINISH);

    private RenewalWizard() {}

    /** Shows the wizard; what was saved, as the clerk is told it, or empty when nothing was. */
    static Optional<String> show(Window owner, RenewalWizardViewModel vm) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(I18n.text("renewal.title"));
        dialog.setHeaderText(I18n.text("renewal.header", vm.org().name()));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("renewalWizard");
        dialog.getDialogPane()
                .getButtonTypes()
                .setAll(ABANDON, BACK, NEXT, SAVE, FINISH, Dialogs.CANCEL);

        List<Node> steps = List.of(request(vm), reply(vm), meeting(vm), report(vm), approval(vm));
        StackPane pages = new StackPane();
        VBox list = new VBox(10);
        list.setMinWidth(150);
        List<Label> names = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            int index = i;
            Node page = steps.get(i);
            page.visibleProperty().bind(vm.stepProperty().isEqualTo(index));
            pages.getChildren().add(page);
            Label name = new Label(I18n.text("renewal.step." + (i + 1)));
            name.setId("step" + (i + 1));
            names.add(name);
            list.getChildren().add(name);
        }
        Runnable mark =
                () -> {
                    for (int i = 0; i < names.size(); i++) {
                        names.get(i).getStyleClass().removeAll("text-bold", "text-muted");
                        names.get(i)
                                .getStyleClass()
                                .add(i == vm.stepProperty().get() ? "text-bold" : "text-muted");
                    }
                };
        vm.stepProperty().addListener((o, a, b) -> mark.run());
        mark.run();
        BorderPane content = new BorderPane(pages);
        content.setLeft(list);
        BorderPane.setMargin(list, new javafx.geometry.Insets(0, 16, 0, 0));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefSize(1000, 680);
        dialog.getDialogPane().setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);

        Button back = (Button) dialog.getDialogPane().lookupButton(BACK);
        back.setId("wizardBack");
        back.disableProperty().bind(vm.stepProperty().isEqualTo(0));
        back.addEventFilter(
                ActionEvent.ACTION,
                e -> {
                    e.consume();
                    vm.back();
                });
        Button next = (Button) dialog.getDialogPane().lookupButton(NEXT);
        next.setId("wizardNext");
        next.disableProperty()
                .bind(
                        vm.canNextProperty()
                                .not()
                                .or(vm.stepProperty().isEqualTo(RenewalWizardViewModel.STEPS - 1)));
        next.addEventFilter(
                ActionEvent.ACTION,
                e -> {
                    e.consume();
                    vm.next();
                });
        Button save = (Button) dialog.getDialogPane().lookupButton(SAVE);
        save.setId("wizardSave");
        save.disableProperty().bind(vm.busyProperty().or(vm.loadedProperty().not()));
        save.addEventFilter(
                ActionEvent.ACTION,
                e -> {
                    e.consume();
                    vm.save();
                });
        Button finish = (Button) dialog.getDialogPane().lookupButton(FINISH);
        finish.setId("wizardFinish");
        finish.disableProperty().bind(vm.canFinishProperty().not().or(vm.busyProperty()));
        finish.addEventFilter(
                ActionEvent.ACTION,
                e -> {
                    e.consume();
                    vm.save();
                });
        Button abandon = (Button) dialog.getDialogPane().lookupButton(ABANDON);
        abandon.setId("wizardAbandon");
        abandon.visibleProperty().bind(vm.resumedProperty());
        abandon.managedProperty().bind(vm.resumedProperty());
        abandon.disableProperty().bind(vm.busyProperty());
        abandon.addEventFilter(
                ActionEvent.ACTION,
                e -> {
                    e.consume();
                    Alert ask = Dialogs.localized(new Alert(Alert.AlertType.CONFIRMATION));
                    ask.initOwner(dialog.getDialogPane().getScene().getWindow());
                    ask.setHeaderText(I18n.text("renewal.abandon.header", vm.org().name()));
                    ask.setContentText(I18n.text("renewal.abandon.body"));
                    if (Dialogs.confirmed(ask.showAndWait())) {
                        vm.abandon();
                    }
                });
        vm.abandonedProperty()
                .addListener(
                        (o, a, gone) -> {
                            if (gone) {
                                dialog.setResult(I18n.text("renewal.abandoned"));
                                dialog.close();
                            }
                        });
        Dialogs.showNotices(vm.noticeProperty(), vm::clearNotice, content);
        vm.savedProperty()
                .addListener(
                        (o, a, saved) -> {
                            if (saved != null) {
                                dialog.setResult(vm.savedText());
                                dialog.close();
                            }
                        });
        dialog.setResultConverter(b -> null);
        dialog.initOwner(owner);
        vm.load();
        return dialog.showAndWait().filter(s -> !s.isEmpty());
    }

    private static GridPane page(String introKey) {
        GridPane grid = Dialogs.form();
        Label intro = new Label(I18n.text(introKey));
        intro.setWrapText(true);
        intro.setMaxWidth(680);
        grid.add(intro, 0, 0, 2, 1);
        return grid;
    }

    private static DatePicker date(
            String id, javafx.beans.property.ObjectProperty<java.time.LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(24);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static Node request(RenewalWizardViewModel vm) {
        GridPane g = page("renewal.intro.1");
        TextField seats = LeadershipControls.intField(vm.seatsProperty());
        seats.setId("seats");
        Label seatsHint = LeadershipControls.hint("seatsHint");
        seatsHint.textProperty().bind(vm.seatsHintProperty());
        g.addRow(
                1,
                new Label(I18n.text("renewal.requestOn")),
                date("requestOn", vm.requestOnProperty()));
        g.addRow(
                2,
                new Label(I18n.text("field.election.requestDoc")),
                text("requestDoc", vm.requestDocProperty()));
        g.addRow(3, new Label(I18n.text("field.election.seats")), seats);
        g.add(seatsHint, 1, 4);
        return g;
    }

    private static Node reply(RenewalWizardViewModel vm) {
        GridPane g = page("renewal.intro.2");
        g.addRow(1, new Label(I18n.text("renewal.replyOn")), date("replyOn", vm.replyOnProperty()));
        g.addRow(
                2,
                new Label(I18n.text("field.election.replyDoc")),
                text("replyDoc", vm.replyDocProperty()));
        return g;
    }

    private static Node meeting(RenewalWizardViewModel vm) {
        GridPane g = page("renewal.intro.3");
        TextField entitled = LeadershipControls.intField(vm.entitledProperty());
        entitled.setId("entitled");
        TextField present = LeadershipControls.intField(vm.presentProperty());
        present.setId("present");
        Label quorum = LeadershipControls.hint("quorumHint");
        quorum.textProperty().bind(vm.quorumHintProperty());
        quorum.styleProperty()
                .bind(
                        Bindings.when(vm.quorumValidProperty())
                                .then("-fx-text-fill: -color-success-fg;")
                                .otherwise("-fx-text-fill: -color-danger-fg;"));
        Label majority = LeadershipControls.hint("majorityHint");
        majority.textProperty().bind(vm.majorityHintProperty());
        g.addRow(
                1,
                new Label(I18n.text("renewal.meetingOn")),
                date("meetingOn", vm.meetingOnProperty()));
        g.addRow(2, new Label(I18n.text("renewal.entitled")), entitled);
        g.addRow(3, new Label(I18n.text("field.election.present")), present);
        g.add(quorum, 1, 4);

        ComboBox<Proposal> picker = new ComboBox<>(vm.memberChoices());
        picker.setId("candidatePicker");
        picker.setPromptText(I18n.text("renewal.pickMember"));
        picker.setConverter(
                Tables.converter(
                        (Proposal p) ->
                                p == null
                                        ? ""
                                        : I18n.text(
                                                "renewal.memberChoice",
                                                p.name(),
                                                p.maskedId(),
                                                p.compound())));
        Button add = new Button(I18n.text("renewal.addCandidate"));
        add.setId("addCandidate");
        add.disableProperty().bind(picker.valueProperty().isNull());
        add.setOnAction(
                e -> {
                    vm.addCandidate(picker.getValue());
                    picker.setValue(null);
                });
        TableView<RenewalWizardViewModel.Candidate> table = new TableView<>(vm.candidates());
        table.setId("candidateTable");
        table.setPrefHeight(220);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.text("renewal.noCandidates")));
        TableColumn<RenewalWizardViewModel.Candidate, String> name =
                new TableColumn<>(I18n.text("field.election.candidate"));
        Tables.text(name, RenewalWizardViewModel.Candidate::name);
        TableColumn<RenewalWizardViewModel.Candidate, String> id =
                new TableColumn<>(I18n.text("committee.col.id"));
        Tables.text(id, RenewalWizardViewModel.Candidate::maskedId);
        table.getColumns()
                .addAll(
                        List.of(
                                name,
                                id,
                                LeadershipControls.controlColumn(
                                        "field.election.votes",
                                        c -> {
                                            TextField votes =
                                                    LeadershipControls.intField(c.votesProperty());
                                            votes.getStyleClass().add("votes-field");
                                            return votes;
                                        }),
                                LeadershipControls.controlColumn(
                                        "renewal.elected",
                                        c -> {
                                            CheckBox box = new CheckBox();
                                            box.getStyleClass().add("elected-box");
                                            box.selectedProperty()
                                                    .bindBidirectional(c.electedProperty());
                                            return box;
                                        }),
                                LeadershipControls.controlColumn(
                                        "renewal.majorityCol",
                                        c -> {
                                            Label l = new Label();
                                            l.textProperty()
                                                    .bind(
                                                            Bindings.when(c.majorityProperty())
                                                                    .then(
                                                                            I18n.text(
                                                                                    "renewal.overHalf"))
                                                                    .otherwise(
                                                                            I18n.text(
                                                                                    "renewal.notOverHalf")));
                                            return l;
                                        })));
        Button remove = new Button(I18n.text("renewal.removeCandidate"));
        remove.setId("removeCandidate");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.removeCandidate(table.getSelectionModel().getSelectedItem()));
        Label candidates = LeadershipControls.hint("candidatesHint");
        candidates.textProperty().bind(vm.candidatesHintProperty());
        candidates
                .styleProperty()
                .bind(
                        Bindings.when(vm.slateLargeEnoughProperty())
                                .then("")
                                .otherwise("-fx-text-fill: -color-danger-fg;"));
        Label elected = LeadershipControls.hint("electedHint");
        elected.textProperty().bind(vm.electedHintProperty());
        VBox slate =
                new VBox(6, new HBox(8, picker, add, remove), table, majority, candidates, elected);
        g.add(slate, 0, 5, 2, 1);
        return g;
    }

    private static Node report(RenewalWizardViewModel vm) {
        GridPane g = page("renewal.intro.4");
        g.addRow(
                1,
                new Label(I18n.text("renewal.reportOn")),
                date("reportOn", vm.reportOnProperty()));
        g.addRow(
                2,
                new Label(I18n.text("field.election.reportDoc")),
                text("reportDoc", vm.reportDocProperty()));
        return g;
    }

    private static Node approval(RenewalWizardViewModel vm) {
        GridPane g = page("renewal.intro.5");
        g.addRow(
                1,
                new Label(I18n.text("renewal.approvalOn")),
                date("approvalOn", vm.approvalOnProperty()));
        g.addRow(
                2,
                new Label(I18n.text("field.election.approvalDoc")),
                text("approvalDoc", vm.approvalDocProperty()));
        TableView<RenewalWizardViewModel.Candidate> table = new TableView<>(vm.electedCandidates());
        table.setId("positionTable");
        table.setPrefHeight(240);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.text("renewal.noneElected")));
        TableColumn<RenewalWizardViewModel.Candidate, String> name =
                new TableColumn<>(I18n.text("field.holding.member"));
        Tables.text(name, RenewalWizardViewModel.Candidate::name);
        table.getColumns()
                .addAll(
                        List.of(
                                name,
                                LeadershipControls.controlColumn(
                                        "field.holding.position",
                                        c -> {
                                            ComboBox<Position> box =
                                                    LeadershipControls.enumBox(
                                                            Position.class,
                                                            "position.",
                                                            c.positionProperty());
                                            box.getStyleClass().add("position-box");
                                            return box;
                                        }),
                                LeadershipControls.controlColumn(
                                        "field.holding.concurrentDuty",
                                        c -> {
                                            TextField duty = new TextField();
                                            duty.setPromptText(I18n.text("renewal.dutyPrompt"));
                                            duty.textProperty()
                                                    .bindBidirectional(c.concurrentDutyProperty());
                                            return duty;
                                        }),
                                LeadershipControls.controlColumn(
                                        "committee.col.source",
                                        c ->
                                                LeadershipControls.enumBox(
                                                        Source.class,
                                                        "source.",
                                                        c.sourceProperty())),
                                LeadershipControls.controlColumn(
                                        "field.holding.standingException",
                                        c -> {
                                            TextField why = new TextField();
                                            why.getStyleClass().add("exception-field");
                                            why.setPromptText(I18n.text("renewal.exceptionPrompt"));
                                            why.textProperty()
                                                    .bindBidirectional(
                                                            c.standingExceptionProperty());
                                            return why;
                                        })));
        g.add(table, 0, 3, 2, 1);
        return g;
    }
}
