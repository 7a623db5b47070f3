package org.branchdesk.ui.duty;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.service.duty.PeopleService;
import org.branchdesk.service.duty.PeopleService.Line;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The people register (人员名册): those who serve without being members here. Search by name, the last
 * digits of an ID number, part of a phone, the linked member's name, a tag or the note; filter by
 * kind, with or without those taken off the register. ID numbers and phones come masked from the
 * service; the add form, taking someone off, and the masked export go through it too.
 */
public final class PeopleViewModel {
    private final PeopleService people;
    private final TaskExecutor tasks;
    private final Clock clock;

    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<PersonKind> kind = new SimpleObjectProperty<>();
    private final BooleanProperty includeLeft = new SimpleBooleanProperty(false);
    private final List<Line> all = new ArrayList<>();
    private final ObservableList<Line> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder =
            new ReadOnlyStringWrapper(I18n.text("duty.loading"));
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    /** Loads run one after another; a newer one makes older results stale. */
    private long loadNumber;

    public PeopleViewModel(PeopleService people, TaskExecutor tasks, Clock clock) {
        this.people = people;
        this.tasks = tasks;
        this.clock = clock;
        text.addListener((o, a, b) -> filter());
        kind.addListener((o, a, b) -> filter());
        includeLeft.addListener((o, a, b) -> filter());
    }

    /** Reads the register afresh (everyone, those taken off too: the filter chooses). */
    public void reload() {
        long number = ++loadNumber;
        tasks.execute(
                BackgroundTask.of(I18n.text("task.loadPeople"), p -> people.lines(true))
                        .onSuccess(
                                lines -> {
                                    if (number != loadNumber) {
                                        return;
                                    }
                                    all.clear();
                                    all.addAll(lines);
                                    filter();
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private void filter() {
        rows.setAll(all.stream().filter(this::matches).toList());
        long active = all.stream().filter(l -> l.person().isActive()).count();
        placeholder.set(all.isEmpty() ? I18n.text("people.empty") : I18n.text("people.noneFound"));
        boolean filtered = text.get() != null && !text.get().isBlank() || kind.get() != null;
        summary.set(
                all.isEmpty()
                        ? ""
                        : filtered
                                ? I18n.text("people.summary.found", rows.size(), active)
                                : I18n.text("people.summary", active, all.size() - active));
    }

    /** Whether a line passes the search and the filters. */
    private boolean matches(Line l) {
        Person p = l.person();
        if (!includeLeft.get() && !p.isActive() || kind.get() != null && p.kind() != kind.get()) {
            return false;
        }
        String t = text.get() == null ? "" : text.get().strip();
        if (t.isEmpty()) {
            return true;
        }
        String upper = t.toUpperCase(Locale.ROOT);
        String digits = t.replaceAll("[^0-9]", "");
        return p.name().contains(t)
                || l.memberName() != null && l.memberName().contains(t)
                || p.note() != null && p.note().contains(t)
                || p.tags() != null && p.tags().contains(t)
                || upper.matches("[0-9X]{4,18}")
                        && p.citizenId() != null
                        && p.citizenId().value().endsWith(upper)
                || t.matches("[0-9 -]{4,}")
                        && p.phone() != null
                        && p.phone().replaceAll("[^0-9]", "").contains(digits);
    }

    /** A new add form; once it saved, the list shows the person added. */
    public PersonFormViewModel newPerson() {
        return new PersonFormViewModel(
                people,
                tasks,
                added -> {
                    notice.set(Notice.success(I18n.text("people.added", added.name())));
                    includeLeft.set(false);
                    kind.set(null);
                    text.set(added.name());
                    reload();
                });
    }

    /**
     * The form that corrects a person, filled in (ID number and phone masked, kept unless typed
     * anew); once saved, the list shows the person as corrected. {@code null} when the account may
     * not edit or no line is chosen.
     */
    public PersonFormViewModel editPerson(Line line) {
        if (!mayEdit(line)) {
            return null;
        }
        return new PersonFormViewModel(
                people,
                tasks,
                line,
                edited -> {
                    notice.set(Notice.success(I18n.text("people.edited", edited.name())));
                    text.set(edited.name());
                    reload();
                });
    }

    /** Whether a line may be corrected: by a clerk, not a supervisor. */
    public boolean mayEdit(Line line) {
        return line != null && people.mayEdit();
    }

    /** Takes a person off the register on a day; the record stays (shown with 含已移出). */
    public void leave(Line line, LocalDate on) {
        if (line == null || on == null) {
            return;
        }
        UUID id = line.person().id();
        tasks.execute(
                BackgroundTask.of(I18n.text("task.leavePerson"), p -> people.leave(id, on))
                        .onSuccess(
                                left -> {
                                    notice.set(
                                            Notice.success(
                                                    I18n.text("people.left", left.name(), on)));
                                    reload();
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** Whether a line may be taken off the register (only once). */
    public boolean mayLeave(Line line) {
        return line != null && line.person().isActive();
    }

    /** Writes the people on the register to a sheet, ID numbers and phones masked. */
    public void export(Path out) {
        tasks.execute(
                BackgroundTask.of(I18n.text("task.export"), p -> people.export(out))
                        .onSuccess(
                                n ->
                                        notice.set(
                                                Notice.success(
                                                        I18n.text("people.exported", n, out))))
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** The office's today, for the dates a form proposes. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The kind of a line as the table shows it. */
    public static String kindText(Line l) {
        return I18n.text("personKind." + l.person().kind().name());
    }

    /** The member a person is linked to, or empty. */
    public static String memberText(Line l) {
        return l.memberName() == null ? "" : l.memberName();
    }

    /** The person's tags (医护背景、志愿者 …), or empty. */
    public static String tagsText(Line l) {
        return l.person().tags() == null ? "" : l.person().tags();
    }

    /** 在册, or the day the person was taken off. */
    public static String statusText(Line l) {
        return l.person().isActive()
                ? I18n.text("people.status.active")
                : I18n.text("people.status.left", l.person().leftOn());
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<PersonKind> kindProperty() {
        return kind;
    }

    public BooleanProperty includeLeftProperty() {
        return includeLeft;
    }

    /** The lines found, by name. */
    public ObservableList<Line> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the empty table says: nobody on the register yet, or nobody found. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void clearNotice() {
        notice.set(Notice.NONE);
    }
}
