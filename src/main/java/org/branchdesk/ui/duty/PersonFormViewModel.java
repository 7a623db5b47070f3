package org.branchdesk.ui.duty;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.PeopleRules;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.service.duty.PeopleService;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The form that puts a person on the people register, or corrects one ({@link #editing}). Each
 * field says at once what is wrong with it, by the rules a person is checked with ({@link
 * Person#of}); a valid ID number is looked up in the registers, and the people rules ({@link
 * PeopleRules}) then say, as the clerk types, whether the person will be linked to the member with
 * that number or cannot be added. The service checks everything again when saving.
 *
 * <p>Correcting a person, the form is filled in except the ID number and the phone, which are never
 * shown back in clear (as the member form keeps a member's phone): their fields say what is
 * recorded, masked, and stay empty to keep it; what the clerk types replaces it.
 */
public final class PersonFormViewModel {
    private final PeopleService people;
    private final TaskExecutor tasks;
    private final Consumer<Person> onSaved;

    /** The person corrected, or {@code null} when adding one. */
    private final PeopleService.Line editing;

    /** What the registers know of the recorded ID number (the member linked), when editing. */
    private final PeopleService.Match recorded;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty idNumber = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObjectProperty<PersonKind> kind = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");

    /** What the registers know of the ID number typed, once looked up ({@code null} before). */
    private final ObjectProperty<PeopleService.Match> match = new SimpleObjectProperty<>();

    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Person> saved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    private final StringBinding nameMessage;
    private final StringBinding idNumberMessage;
    private final StringBinding phoneMessage;
    private final StringBinding noteMessage;
    private final StringBinding tagsMessage;
    private final ObjectProperty<PeopleRules.Refusal> refusal = new SimpleObjectProperty<>();
    private final StringBinding linkMessage;
    private final StringBinding missing;
    private final BooleanBinding canSave;

    /** The ID number of the last look-up asked for: an older answer is stale. */
    private String lookingUp;

    public PersonFormViewModel(PeopleService people, TaskExecutor tasks, Consumer<Person> onSaved) {
        this(people, tasks, null, onSaved);
    }

    /**
     * The form that corrects a person as a line of the register shows them, or adds one.
     *
     * @param editing the person corrected, or {@code null} to add one
     */
    public PersonFormViewModel(
            PeopleService people,
            TaskExecutor tasks,
            PeopleService.Line editing,
            Consumer<Person> onSaved) {
        this.people = people;
        this.tasks = tasks;
        this.onSaved = onSaved;
        this.editing = editing;
        this.recorded =
                editing == null || editing.memberName() == null
                        ? null
                        : new PeopleService.Match(editing.memberName(), false);
        if (editing != null) {
            Person p = editing.person();
            name.set(p.name());
            kind.set(p.kind());
            note.set(p.note() == null ? "" : p.note());
            tags.set(p.tags() == null ? "" : p.tags());
            match.set(recorded);
        }
        // each field on its own, the others neutral: the same checks as Person.of, one at a time
        nameMessage =
                Bindings.createStringBinding(
                        () -> blank(name) ? "" : problem(name.get(), null, null, null, null), name);
        idNumberMessage =
                Bindings.createStringBinding(
                        () -> blank(idNumber) ? "" : problem("x", idNumber.get(), null, null, null),
                        idNumber);
        phoneMessage =
                Bindings.createStringBinding(
                        () -> problem("x", null, phone.get(), null, null), phone);
        noteMessage =
                Bindings.createStringBinding(
                        () -> problem("x", null, null, note.get(), null), note);
        tagsMessage =
                Bindings.createStringBinding(
                        () -> problem("x", null, null, null, tags.get()), tags);
        refusal.bind(
                Bindings.createObjectBinding(
                        () ->
                                match.get() == null || blank(name) && !match.get().listed()
                                        ? null // the name is compared once there is one
                                        : PeopleRules.check(
                                                Text.emptyToNull(name.get()),
                                                match.get().memberName(),
                                                match.get().listed()),
                        name,
                        match));
        linkMessage =
                Bindings.createStringBinding(
                        () -> {
                            PeopleService.Match m = match.get();
                            if (m == null) {
                                return "";
                            }
                            if (refusal.get() != null) {
                                return I18n.text(
                                        "refusal.people." + refusal.get().name(),
                                        m.memberName() == null ? "" : m.memberName());
                            }
                            return m.memberName() == null
                                    ? ""
                                    : I18n.text("people.form.linked", m.memberName());
                        },
                        match,
                        refusal);
        missing =
                Bindings.createStringBinding(
                        () ->
                                blank(name) || kind.get() == null
                                        ? I18n.text("people.form.missing")
                                        : "",
                        name,
                        kind);
        canSave =
                Bindings.createBooleanBinding(
                        () ->
                                missing.get().isEmpty()
                                        && nameMessage.get().isEmpty()
                                        && idNumberMessage.get().isEmpty()
                                        && phoneMessage.get().isEmpty()
                                        && noteMessage.get().isEmpty()
                                        && tagsMessage.get().isEmpty()
                                        && refusal.get() == null
                                        && !saving.get(),
                        missing,
                        nameMessage,
                        idNumberMessage,
                        phoneMessage,
                        noteMessage,
                        tagsMessage,
                        refusal,
                        saving);
        idNumber.addListener((o, a, b) -> lookUp());
    }

    private static boolean blank(StringProperty p) {
        return Text.emptyToNull(p.get()) == null;
    }

    /** The reason a person with these fields is refused (without the field's name), or empty. */
    private static String problem(
            String name, String idNumber, String phone, String note, String tags) {
        try {
            Person.of(UUID.randomUUID(), name, idNumber, phone, PersonKind.OTHER, null, note, tags);
            return "";
        } catch (ValidationError e) {
            return e.reason();
        }
    }

    /** Looks a valid ID number up in the registers (in the background); forgets an invalid one. */
    private void lookUp() {
        String id = Text.emptyToNull(idNumber.get());
        // an empty field keeps the recorded number, and with it the member linked
        match.set(id == null ? recorded : null);
        if (id == null || !idNumberMessage.get().isEmpty()) {
            lookingUp = null;
            return;
        }
        lookingUp = id;
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.checkIdNumber"),
                                p ->
                                        editing == null
                                                ? people.match(id)
                                                : people.match(id, editing.person().id()))
                        .onSuccess(
                                m -> {
                                    if (Objects.equals(id, lookingUp)) {
                                        match.set(m);
                                    }
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /**
     * Puts the person on the register, or saves the corrections is put in the notice and nothing
     * changes.
     */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        PeopleService.NewPerson form =
                new PeopleService.NewPerson(
                        name.get(),
                        idNumber.get(),
                        phone.get(),
                        kind.get(),
                        note.get(),
                        tags.get());
        saving.set(true);
        tasks.execute(
                BackgroundTask.of(
                                I18n.text(editing == null ? "task.addPerson" : "task.editPerson"),
                                p ->
                                        editing == null
                                                ? people.add(form)
                                                : people.update(editing.person().id(), form))
                        .onSuccess(
                                p -> {
                                    saving.set(false);
                                    saved.set(p);
                                    onSaved.accept(p);
                                })
                        .onFailure(
                                e -> {
                                    saving.set(false);
                                    notice.set(Notice.failure(e));
                                }));
    }

    /** Whether the form corrects a person already on the register. */
    public boolean isEditing() {
        return editing != null;
    }

    /** The dialog's title. */
    public String title() {
        return I18n.text(editing == null ? "people.add.title" : "people.edit.title");
    }

    /** What the dialog says it is for. */
    public String header() {
        return editing == null
                ? I18n.text("people.add.header")
                : I18n.text("people.edit.header", editing.person().name());
    }

    /** What the empty ID number field says: what to type, or the recorded number masked. */
    public String idNumberPrompt() {
        return editing == null || editing.maskedId().isEmpty()
                ? I18n.text("people.form.idPrompt")
                : I18n.text("households.phone.keep", editing.maskedId());
    }

    /** What the empty phone field says when a phone is recorded (masked), or empty. */
    public String phonePrompt() {
        return editing == null || editing.maskedPhone().isEmpty()
                ? ""
                : I18n.text("households.phone.keep", editing.maskedPhone());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty idNumberProperty() {
        return idNumber;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ObjectProperty<PersonKind> kindProperty() {
        return kind;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The tags as typed (医护背景、志愿者 …, any separator), kept as a member's are. */
    public StringProperty tagsProperty() {
        return tags;
    }

    /** What is wrong with the tags as typed (too long), or empty. */
    public StringBinding tagsMessageProperty() {
        return tagsMessage;
    }

    /** What is wrong with the name as typed, or empty. */
    public StringBinding nameMessageProperty() {
        return nameMessage;
    }

    /** What is wrong with the ID number as typed (a digit, the check character…), or empty. */
    public StringBinding idNumberMessageProperty() {
        return idNumberMessage;
    }

    public StringBinding phoneMessageProperty() {
        return phoneMessage;
    }

    public StringBinding noteMessageProperty() {
        return noteMessage;
    }

    /** The people rule the person breaks, once the ID number is looked up, or {@code null}. */
    public ReadOnlyObjectProperty<PeopleRules.Refusal> refusalProperty() {
        return refusal;
    }

    /**
     * What the ID number means: the member the person will be linked to, or why the person cannot
     * be added; empty when the number is nobody's on the registers.
     */
    public StringBinding linkMessageProperty() {
        return linkMessage;
    }

    /** What must still be filled in before saving, or empty. */
    public StringBinding missingProperty() {
        return missing;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** The person put on the register; set once the save went through. */
    public ReadOnlyObjectProperty<Person> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void clearNotice() {
        notice.set(Notice.NONE);
    }
}
