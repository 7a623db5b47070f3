package org.branchdesk.ui.duty;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.duty.TeamKind;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.service.duty.TeamService.Candidate;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The dialog that forms a team: its facts, then the picker, the community's members and the people
 * register on the left (searchable; those the kind of team does not take greyed, with why) and the
 * team on the right with its leader. Picking works by double click, Enter or the buttons. Whether
 * someone may be picked and what the team breaks come from {@link TeamFormViewModel}.
 */
final class TeamDialog {
    private TeamDialog() {}

    static void show(Window owner, TeamFormViewModel vm) {
        Dialog<Team> dialog = new Dialog<>();
        dialog.setTitle(I18n.text("teams.add.title"));
        dialog.setHeaderText(I18n.text("teams.add.header"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("teamDialog");
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);

        ComboBox<TeamKind> kind = new ComboBox<>();
        kind.setId("teamKind");
        Tables.enumChoice(kind, TeamKind.class, "teamKind.", "value.none");
        kind.getItems().remove(null);
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        Label kindNote = DutyControls.message("teamKindNote", vm.kindNoteProperty());
        kindNote.getStyleClass().setAll("label", "field-note");
        TextField name = new TextField();
        name.setId("teamName");
        name.setPrefColumnCount(20);
        name.textProperty().bindBidirectional(vm.nameProperty());
        ComboBox<Community> community = new ComboBox<>(vm.communities());
        community.setId("teamCommunity");
        community.setPromptText(I18n.text("teams.form.chooseCommunity"));
        community.setConverter(Tables.converter((Community c) -> c == null ? "" : c.name()));
        community.valueProperty().bindBidirectional(vm.communityProperty());
        ComboBox<Compound> compound = new ComboBox<>();
        compound.setId("teamCompound");
        compound.setConverter(
                Tables.converter(
                        (Compound c) -> c == null ? I18n.text("teams.wholeCommunity") : c.name()));
        compound.setButtonCell(DutyControls.cell(compound.getConverter()));
        DutyControls.itemsWithNone(compound, vm.compounds(), vm.compoundProperty());
        compound.setVisibleRowCount(15);
        DatePicker formedOn = new DatePicker();
        formedOn.setId("teamFormedOn");
        formedOn.valueProperty().bindBidirectional(vm.formedOnProperty());

        GridPane facts = Dialogs.form();
        int r = 0;
        facts.addRow(r++, DutyControls.fieldLabel("field.team.kind"), new VBox(2, kind, kindNote));
        facts.addRow(
                r++,
                DutyControls.fieldLabel("field.team.name"),
                new VBox(
                        2,
                        name,
                        DutyControls.message("teamNameMessage", vm.nameMessageProperty())));
        facts.addRow(r++, DutyControls.fieldLabel("field.team.community"), community);
        facts.addRow(r++, DutyControls.fieldLabel("field.team.compound"), compound);
        facts.addRow(r, DutyControls.fieldLabel("field.team.formedOn"), formedOn);

        VBox picker = picker(vm);
        Label missing = DutyControls.message("teamMissing", vm.missingProperty());
        missing.getStyleClass().setAll("label", "text-muted");
        VBox content = new VBox(12, facts, picker, missing);
        VBox.setVgrow(picker, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefSize(860, 700);
        dialog.getDialogPane().setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);

        Button ok = (Button) dialog.getDialogPane().lookupButton(Dialogs.OK);
        ok.setId("teamSave");
        ok.disableProperty().bind(vm.canSaveProperty().not());
        ok.addEventFilter(
                ActionEvent.ACTION,
                e -> {
                    e.consume();
                    vm.save();
                });
        Dialogs.showNotices(vm.noticeProperty(), vm::clearNotice, content);
        vm.savedProperty()
                .addListener(
                        (o, a, t) -> {
                            if (t != null) {
                                dialog.setResult(t);
                                dialog.close();
                            }
                        });
        dialog.setResultConverter(b -> null);
        dialog.initOwner(owner);
        dialog.setOnShown(e -> name.requestFocus());
        dialog.showAndWait();
    }

    /** The two lists: whom to pick from, and the team as picked, with its leader. */
    private static VBox picker(TeamFormViewModel vm) {
        TextField search = new TextField();
        search.setId("teamSearch");
        search.setPromptText(I18n.text("teams.form.searchPrompt"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        ListView<Candidate> candidates = new ListView<>(vm.shown());
        candidates.setId("teamCandidates");
        candidates.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Label none = new Label();
        none.setWrapText(true);
        none.setPadding(new Insets(0, 12, 0, 12));
        none.textProperty().bind(vm.candidatesNoteProperty());
        candidates.setPlaceholder(none);
        candidates.setCellFactory(l -> candidateCell(vm, true));
        ListView<Candidate> chosen = new ListView<>(vm.chosen());
        chosen.setId("teamChosen");
        Label noneChosen = new Label(I18n.text("teams.form.noneChosen"));
        noneChosen.setWrapText(true);
        noneChosen.setPadding(new Insets(0, 12, 0, 12));
        chosen.setPlaceholder(noneChosen);
        chosen.setCellFactory(l -> candidateCell(vm, false));
        vm.kindProperty()
                .addListener(
                        (o, a, b) -> {
                            candidates.refresh();
                            chosen.refresh();
                        });
        vm.leaderProperty().addListener((o, a, b) -> chosen.refresh());

        Button pick = new Button(I18n.text("teams.form.pick"), new FontIcon("mdal-chevron_right"));
        pick.setId("teamPick");
        pick.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        pick.setMaxWidth(Double.MAX_VALUE);
        pick.disableProperty().bind(candidates.getSelectionModel().selectedItemProperty().isNull());
        pick.setOnAction(e -> pickSelected(vm, candidates));
        Button drop = new Button(I18n.text("teams.form.drop"), new FontIcon("mdal-chevron_left"));
        drop.setId("teamDrop");
        drop.setMaxWidth(Double.MAX_VALUE);
        drop.disableProperty().bind(chosen.getSelectionModel().selectedItemProperty().isNull());
        drop.setOnAction(e -> vm.drop(chosen.getSelectionModel().getSelectedItem()));
        candidates.setOnMouseClicked(
                e -> {
                    if (e.getClickCount() == 2) {
                        pickSelected(vm, candidates);
                    }
                });
        candidates.setOnKeyPressed(
                e -> {
                    if (e.getCode() == KeyCode.ENTER) {
                        pickSelected(vm, candidates);
                        e.consume();
                    }
                });
        chosen.setOnKeyPressed(
                e -> {
                    if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                        vm.drop(chosen.getSelectionModel().getSelectedItem());
                        e.consume();
                    }
                });
        search.setOnKeyPressed(
                e -> {
                    if (e.getCode() == KeyCode.DOWN && !candidates.getItems().isEmpty()) {
                        candidates.requestFocus();
                        candidates.getSelectionModel().selectFirst();
                        e.consume();
                    }
                });

        ComboBox<Candidate> leader = new ComboBox<>(vm.chosen());
        leader.setId("teamLeader");
        leader.setPromptText(I18n.text("teams.form.noLeader"));
        leader.setConverter(Tables.converter((Candidate c) -> c == null ? "" : c.name()));
        leader.valueProperty().bindBidirectional(vm.leaderProperty());
        HBox leaderRow = new HBox(8, new Label(I18n.text("field.team.leader")), leader);
        leaderRow.setAlignment(Pos.CENTER_LEFT);

        VBox left = new VBox(6, new Label(I18n.text("teams.form.candidates")), search, candidates);
        VBox.setVgrow(candidates, Priority.ALWAYS);
        VBox middle = new VBox(8, pick, drop);
        middle.setAlignment(Pos.CENTER);
        middle.setMinWidth(96);
        VBox right =
                new VBox(
                        6,
                        new Label(I18n.text("teams.form.chosen")),
                        chosen,
                        leaderRow,
                        DutyControls.message("teamLeaderMessage", vm.leaderMessageProperty()),
                        DutyControls.message("teamMembersMessage", vm.membersMessageProperty()));
        VBox.setVgrow(chosen, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(360);
        right.setPrefWidth(300);
        HBox lists = new HBox(10, left, middle, right);
        VBox.setVgrow(lists, Priority.ALWAYS);
        return new VBox(lists);
    }

    private static void pickSelected(TeamFormViewModel vm, ListView<Candidate> candidates) {
        for (Candidate c :
                java.util.List.copyOf(candidates.getSelectionModel().getSelectedItems())) {
            vm.pick(c);
        }
    }

    /**
     * A row of either list. To pick from: greyed, with why, when the kind of team does not take
     * them. Picked: marked when they may not stay in the kind chosen now.
     */
    private static ListCell<Candidate> candidateCell(TeamFormViewModel vm, boolean toPick) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Candidate c, boolean empty) {
                super.updateItem(c, empty);
                getStyleClass().removeAll("unfit", "unfit-chosen");
                if (empty || c == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                boolean fits = toPick ? vm.selectable(c) : vm.mayStay(c);
                String text =
                        toPick
                                ? TeamFormViewModel.candidateText(c)
                                : TeamFormViewModel.chosenText(c);
                if (!toPick && c.equals(vm.leaderProperty().get())) {
                    text = I18n.text("teams.leaderMark", text);
                }
                setText(text);
                if (!fits) {
                    getStyleClass().add(toPick ? "unfit" : "unfit-chosen");
                    setTooltip(new Tooltip(I18n.text("refusal.team.COMMANDO_NOT_MEMBER")));
                } else {
                    setTooltip(null);
                }
            }
        };
    }
}
