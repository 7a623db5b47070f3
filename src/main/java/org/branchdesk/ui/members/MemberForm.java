package org.branchdesk.ui.members;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.branchdesk.domain.common.Phones;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.members.Presence;
import org.branchdesk.domain.members.Registration;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.service.members.MemberService;
import org.branchdesk.ui.common.Dialogs;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Tables;

/**
 * The form that adds or corrects a member, shared by the members screen and the leadership dialogs.
 */
public final class MemberForm {
    private MemberForm() {}

    /**
     * The member form: empty to add one, filled to edit one (the ID number then shows masked and
     * stays). A new member may start with a registration and a compound (the appointment dialog
     * registers someone held elsewhere, 其他单位, living in the branch's compound).
     */
    public static Optional<MemberService.NewMember> show(
            Window owner,
            Member m,
            MemberService.Choices choices,
            Registration initialRegistration,
            UUID initialCompound) {
        Dialog<ButtonType> dialog = Dialogs.localized(new Dialog<>());
        dialog.setTitle(I18n.text(m == null ? "members.add" : "members.edit"));
        dialog.setHeaderText(
                m == null
                        ? I18n.text("members.add.header")
                        : I18n.text("members.edit.header", m.name()));
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        TextField name = new TextField(m == null ? "" : m.name());
        TextField id = new TextField(m == null ? "" : m.citizenId().masked());
        id.setPrefColumnCount(20);
        id.setDisable(m != null);
        // the phone is entered, never shown back in clear: an empty field keeps the recorded one
        TextField phone = new TextField();
        if (m != null && m.phone() != null) {
            phone.setPromptText(I18n.text("households.phone.keep", Phones.mask(m.phone())));
        }
        DatePicker joined = new DatePicker(m == null ? null : m.joinedOn());
        DatePicker full = new DatePicker(m == null ? null : m.fullOn());
        ComboBox<Standing> standing =
                enumBox(Standing.class, "standing.", m == null ? Standing.FULL : m.standing());
        ComboBox<Registration> registration =
                enumBox(
                        Registration.class,
                        "registration.",
                        m != null
                                ? m.registration()
                                : initialRegistration == null
                                        ? Registration.COMMUNITY
                                        : initialRegistration);
        ComboBox<Presence> presence =
                enumBox(Presence.class, "presence.", m == null ? Presence.RESIDENT : m.presence());
        ComboBox<MemberService.Choice> compound =
                choiceBox(choices.compounds(), m == null ? initialCompound : m.compoundId());
        ComboBox<MemberService.Choice> branch =
                choiceBox(choices.branches(), m == null ? null : m.orgId());
        TextField building = new TextField(m == null || m.building() == null ? "" : m.building());
        TextField unit = new TextField(m == null || m.unit() == null ? "" : m.unit());
        TextField room = new TextField(m == null || m.room() == null ? "" : m.room());
        TextField workplace =
                new TextField(m == null || m.workplace() == null ? "" : m.workplace());
        TextField ethnic =
                new TextField(m == null || m.ethnicGroup() == null ? "" : m.ethnicGroup());
        TextField education =
                new TextField(m == null || m.education() == null ? "" : m.education());
        TextField note = new TextField(m == null || m.note() == null ? "" : m.note());
        TextField tags = new TextField(m == null || m.tags() == null ? "" : m.tags());
        tags.setPromptText(I18n.text("members.tags.prompt"));
        GridPane grid = Dialogs.form();
        int r = 0;
        grid.addRow(r++, new Label(I18n.text("field.member.name")), name);
        HBox idBox = new HBox(8, id);
        if (m != null && m.citizenId().convertedFrom15()) {
            Label converted = new Label(I18n.text("members.id.converted"));
            converted.getStyleClass().add("text-muted");
            idBox.getChildren().add(converted);
        }
        grid.addRow(r++, new Label(I18n.text("field.member.idNumber")), idBox);
        grid.addRow(r++, new Label(I18n.text("field.member.phone")), phone);
        grid.addRow(r++, new Label(I18n.text("field.member.joinedOn")), joined);
        grid.addRow(r++, new Label(I18n.text("field.member.fullOn")), full);
        grid.addRow(r++, new Label(I18n.text("field.member.standing")), standing);
        grid.addRow(r++, new Label(I18n.text("field.member.registration")), registration);
        grid.addRow(r++, new Label(I18n.text("field.member.presence")), presence);
        grid.addRow(r++, new Label(I18n.text("field.member.compound")), compound);
        grid.addRow(r++, new Label(I18n.text("field.member.org")), branch);
        grid.addRow(r++, new Label(I18n.text("field.member.building")), building);
        grid.addRow(r++, new Label(I18n.text("field.member.unit")), unit);
        grid.addRow(r++, new Label(I18n.text("field.member.room")), room);
        grid.addRow(r++, new Label(I18n.text("field.member.workplace")), workplace);
        grid.addRow(r++, new Label(I18n.text("field.member.ethnicGroup")), ethnic);
        grid.addRow(r++, new Label(I18n.text("field.member.education")), education);
        grid.addRow(r++, new Label(I18n.text("field.member.note")), note);
        grid.addRow(r, new Label(I18n.text("field.member.tags")), tags);
        dialog.getDialogPane().setContent(grid);
        dialog.initOwner(owner);
        if (!Dialogs.confirmed(dialog.showAndWait())) {
            return Optional.empty();
        }
        String phoneValue =
                m != null && Text.emptyToNull(phone.getText()) == null
                        ? m.phone()
                        : phone.getText();
        return Optional.of(
                new MemberService.NewMember(
                        name.getText(),
                        m == null ? id.getText() : null,
                        phoneValue,
                        joined.getValue(),
                        full.getValue(),
                        standing.getValue(),
                        registration.getValue(),
                        presence.getValue(),
                        compound.getValue() == null ? null : compound.getValue().id(),
                        branch.getValue() == null ? null : branch.getValue().id(),
                        building.getText(),
                        unit.getText(),
                        room.getText(),
                        workplace.getText(),
                        ethnic.getText(),
                        education.getText(),
                        note.getText(),
                        tags.getText()));
    }

    private static <E extends Enum<E>> ComboBox<E> enumBox(Class<E> type, String prefix, E value) {
        ComboBox<E> box = new ComboBox<>();
        Tables.enumChoice(box, type, prefix, "value.none");
        box.getItems().remove(null);
        box.setValue(value);
        return box;
    }

    private static ComboBox<MemberService.Choice> choiceBox(
            List<MemberService.Choice> items, UUID selected) {
        ComboBox<MemberService.Choice> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(items);
        items.stream().filter(c -> c.id().equals(selected)).findFirst().ifPresent(box::setValue);
        box.setVisibleRowCount(15);
        box.setConverter(
                Tables.converter(
                        (MemberService.Choice c) ->
                                c == null ? I18n.text("value.none") : c.label()));
        return box;
    }
}
