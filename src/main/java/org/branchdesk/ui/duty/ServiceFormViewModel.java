package org.branchdesk.ui.duty;

import java.time.LocalDate;
import java.util.concurrent.Callable;
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
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.AssistanceRules;
import org.branchdesk.domain.duty.ServiceEntry;
import org.branchdesk.domain.duty.ServiceKind;
import org.branchdesk.service.duty.AssistanceService;
import org.branchdesk.service.duty.AssistanceService.PairingLine;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The form that logs a service of a pairing (登记服务): the day, what was done, the health details
 * noted that day and a note. Health details are personal data: they are typed here and nowhere else
 * (never on a command line), and lists show them only to roles that record them. The day's rules
 * ({@link AssistanceRules#entry}) and the fields' lengths are bindings here; the service checks
 * everything again when saving.
 */
public final class ServiceFormViewModel {
    private final AssistanceService assistance;
    private final TaskExecutor tasks;
    private final PairingLine line;
    private final Consumer<ServiceEntry> onSaved;

    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObjectProperty<ServiceKind> kind = new SimpleObjectProperty<>();
    private final StringProperty health = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<ServiceEntry> saved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    private final StringBinding dayMessage;
    private final StringBinding healthMessage;
    private final StringBinding noteMessage;
    private final StringBinding missing;
    private final BooleanBinding canSave;

    /**
     * @param line the pairing served; its resident is on the register
     */
    public ServiceFormViewModel(
            AssistanceService assistance,
            TaskExecutor tasks,
            LocalDate today,
            PairingLine line,
            Consumer<ServiceEntry> onSaved) {
        this.assistance = assistance;
        this.tasks = tasks;
        this.line = line;
        this.onSaved = onSaved;
        // an ended pairing's service is logged within its period
        day.set(line.isOpen() || line.endedOn().isAfter(today) ? today : line.endedOn());
        dayMessage =
                Bindings.createStringBinding(
                        () -> {
                            if (day.get() == null || line.household() == null) {
                                return "";
                            }
                            AssistanceRules.Refusal r =
                                    AssistanceRules.entry(
                                            AssistanceViewModel.pairingOf(line), day.get(), today);
                            return r == null ? "" : I18n.text("refusal.pairing." + r.name());
                        },
                        day);
        healthMessage =
                lengthMessage(
                        () ->
                                Fields.optional(
                                        "field.service.health",
                                        health.get(),
                                        ServiceEntry.MAX_HEALTH),
                        health);
        noteMessage =
                lengthMessage(
                        () ->
                                Fields.optional(
                                        "field.service.note", note.get(), ServiceEntry.MAX_NOTE),
                        note);
        missing =
                Bindings.createStringBinding(
                        () ->
                                day.get() == null || kind.get() == null
                                        ? I18n.text("assistance.service.missing")
                                        : "",
                        day,
                        kind);
        canSave =
                Bindings.createBooleanBinding(
                        () ->
                                missing.get().isEmpty()
                                        && dayMessage.get().isEmpty()
                                        && healthMessage.get().isEmpty()
                                        && noteMessage.get().isEmpty()
                                        && !saving.get(),
                        missing,
                        dayMessage,
                        healthMessage,
                        noteMessage,
                        saving);
    }

    /** The reason a field's check gives, or empty when it passes. */
    private static StringBinding lengthMessage(Callable<String> check, StringProperty field) {
        return Bindings.createStringBinding(
                () -> {
                    try {
                        check.call();
                        return "";
                    } catch (ValidationError e) {
                        return e.reason();
                    }
                },
                field);
    }

    /** Logs the service; a refusal is put in the notice and nothing changes. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        AssistanceService.NewService form =
                new AssistanceService.NewService(
                        line.id(), day.get(), kind.get(), health.get(), note.get());
        saving.set(true);
        tasks.execute(
                BackgroundTask.of(I18n.text("task.logService"), p -> assistance.log(form))
                        .onSuccess(
                                e -> {
                                    saving.set(false);
                                    saved.set(e);
                                    onSaved.accept(e);
                                })
                        .onFailure(
                                e -> {
                                    saving.set(false);
                                    notice.set(Notice.failure(e));
                                }));
    }

    /** Whom the service was for: {@code 张伟 — 李桂兰（独居老人）}. */
    public String header() {
        return I18n.text(
                "assistance.service.header",
                AssistanceViewModel.memberText(line),
                AssistanceViewModel.residentText(line),
                AssistanceViewModel.categoryText(line));
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObjectProperty<ServiceKind> kindProperty() {
        return kind;
    }

    /** Health details noted that day (a temperature, symptoms): personal data. */
    public StringProperty healthProperty() {
        return health;
    }

    /** Anything else worth recording; no health details here. */
    public StringProperty noteProperty() {
        return note;
    }

    /** What is wrong with the day, or empty. */
    public StringBinding dayMessageProperty() {
        return dayMessage;
    }

    public StringBinding healthMessageProperty() {
        return healthMessage;
    }

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

    public ReadOnlyObjectProperty<ServiceEntry> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void clearNotice() {
        notice.set(Notice.NONE);
    }
}
