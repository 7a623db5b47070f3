package org.branchdesk.ui.duty;

import java.time.LocalDate;
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
import org.branchdesk.domain.common.Fields;
import org.branchdesk.domain.duty.AreaContact;
import org.branchdesk.domain.duty.ContactChannel;
import org.branchdesk.domain.duty.DutyPeriods;
import org.branchdesk.service.duty.AreaService;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The form that logs a contact with an area (记录联系), as {@link AreaService#logContact} takes it: the
 * day, by phone, WeChat, video or on site, and what was done or found. The rules are bindings here:
 * the day has come ({@link DutyPeriods#inFuture}) and falls within the area's period ({@link
 * DutyPeriods#within}), the note is not too long; the service checks everything again when saving.
 */
public final class ContactFormViewModel {
    private final AreaService areas;
    private final TaskExecutor tasks;
    private final AreaService.Line area;
    private final Consumer<AreaContact> onSaved;

    private final ObjectProperty<LocalDate> onDay = new SimpleObjectProperty<>();
    private final ObjectProperty<ContactChannel> channel = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<AreaContact> saved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    private final StringBinding dayMessage;
    private final StringBinding noteMessage;
    private final StringBinding missing;
    private final BooleanBinding canSave;

    /**
     * @param area the area contacted
     * @param today the office's today: the day offered, or the area's last day once it ended
     */
    public ContactFormViewModel(
            AreaService areas,
            TaskExecutor tasks,
            LocalDate today,
            AreaService.Line area,
            Consumer<AreaContact> onSaved) {
        this.areas = areas;
        this.tasks = tasks;
        this.area = area;
        this.onSaved = onSaved;
        onDay.set(area.isOpen() || area.to().isAfter(today) ? today : area.to());
        dayMessage =
                Bindings.createStringBinding(
                        () ->
                                onDay.get() == null
                                        ? ""
                                        : AreaFormViewModel.reason(
                                                () -> {
                                                    DutyPeriods.requireNotInFuture(
                                                            "field.contact.onDay",
                                                            onDay.get(),
                                                            today);
                                                    DutyPeriods.requireWithin(
                                                            "field.contact.onDay",
                                                            onDay.get(),
                                                            area.from(),
                                                            area.to());
                                                }),
                        onDay);
        noteMessage =
                Bindings.createStringBinding(
                        () ->
                                AreaFormViewModel.reason(
                                        () ->
                                                Fields.optional(
                                                        "field.contact.note",
                                                        note.get(),
                                                        AreaContact.MAX_NOTE)),
                        note);
        missing =
                Bindings.createStringBinding(
                        () ->
                                onDay.get() == null || channel.get() == null
                                        ? I18n.text("areas.contact.missing")
                                        : "",
                        onDay,
                        channel);
        canSave =
                Bindings.createBooleanBinding(
                        () ->
                                missing.get().isEmpty()
                                        && dayMessage.get().isEmpty()
                                        && noteMessage.get().isEmpty()
                                        && !saving.get(),
                        missing,
                        dayMessage,
                        noteMessage,
                        saving);
    }

    /** Logs the contact; a refusal is put in the notice and nothing changes. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        LocalDate day = onDay.get();
        ContactChannel how = channel.get();
        String text = note.get();
        saving.set(true);
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.logContact"),
                                p -> areas.logContact(area.id(), day, how, text))
                        .onSuccess(
                                c -> {
                                    saving.set(false);
                                    saved.set(c);
                                    onSaved.accept(c);
                                })
                        .onFailure(
                                e -> {
                                    saving.set(false);
                                    notice.set(Notice.failure(e));
                                }));
    }

    /** The area contacted. */
    public AreaService.Line area() {
        return area;
    }

    public ObjectProperty<LocalDate> onDayProperty() {
        return onDay;
    }

    public ObjectProperty<ContactChannel> channelProperty() {
        return channel;
    }

    /** What was done or found (optional). */
    public StringProperty noteProperty() {
        return note;
    }

    /** What is wrong with the day, or empty. */
    public StringBinding dayMessageProperty() {
        return dayMessage;
    }

    /** What is wrong with the note (too long), or empty. */
    public StringBinding noteMessageProperty() {
        return noteMessage;
    }

    /** What must still be filled in before saving, or empty. */
    public StringBinding missingProperty() {
        return missing;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ReadOnlyObjectProperty<AreaContact> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void clearNotice() {
        notice.set(Notice.NONE);
    }
}
