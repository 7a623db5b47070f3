package org.branchdesk.ui.duty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.ReportingHours;
import org.branchdesk.service.duty.ReportingService;
import org.branchdesk.service.duty.ReportingService.Line;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The form that records hours a reporting member served outside the roster (an errand, a campaign):
 * the day (within the reporting, come already), the hours (more than none, at most 24, to one
 * decimal) and what they did. The roster's attended shifts count by themselves.
 */
public final class HoursFormViewModel {
    private final ReportingService reportings;
    private final Line line;
    private final Consumer<String> onSaved;
    private final ObjectProperty<LocalDate> onDay = new SimpleObjectProperty<>();
    private final StringProperty hours = new SimpleStringProperty("");
    private final StringProperty what = new SimpleStringProperty("");
    private final FormSaving<ReportingHours> saving;
    private final StringBinding dayMessage;
    private final StringBinding hoursMessage;
    private final StringBinding whatMessage;
    private final BooleanBinding canSave;

    public HoursFormViewModel(
            ReportingService reportings,
            TaskExecutor tasks,
            LocalDate today,
            Line line,
            Consumer<String> onSaved) {
        this.reportings = reportings;
        this.line = line;
        this.onSaved = onSaved;
        saving = new FormSaving<>(tasks);
        onDay.set(today);
        dayMessage =
                Bindings.createStringBinding(
                        () -> ReportingViewModel.dayMessage(onDay.get(), today, line), onDay);
        hoursMessage =
                Bindings.createStringBinding(
                        () -> {
                            if (Text.emptyToNull(hours.get()) == null) {
                                return "";
                            }
                            BigDecimal h = number(hours.get());
                            return h == null
                                    ? I18n.text("reporting.hours.notNumber")
                                    : problem(h, null, "field.reportingHours.hours");
                        },
                        hours);
        whatMessage =
                Bindings.createStringBinding(
                        () -> problem(BigDecimal.ONE, what.get(), "field.reportingHours.what"),
                        what);
        canSave =
                Bindings.createBooleanBinding(
                        () ->
                                onDay.get() != null
                                        && number(hours.get()) != null
                                        && dayMessage.get().isEmpty()
                                        && hoursMessage.get().isEmpty()
                                        && whatMessage.get().isEmpty()
                                        && !saving.saving().get(),
                        onDay,
                        hours,
                        dayMessage,
                        hoursMessage,
                        whatMessage,
                        saving.saving());
    }

    /** The hours typed as a number ({@code 1.5}), or {@code null}. */
    static BigDecimal number(String typed) {
        String t = Text.emptyToNull(typed);
        if (t == null || !t.strip().matches("[0-9]{1,3}(\\.[0-9]{1,3})?")) {
            return null;
        }
        return new BigDecimal(t.strip());
    }

    /** The reason {@link ReportingHours#of} refuses {@code field}, or empty. */
    private String problem(BigDecimal h, String w, String field) {
        try {
            ReportingHours.of(UUID.randomUUID(), line.id(), LocalDate.MIN, h, w);
            return "";
        } catch (ValidationError e) {
            return e.field().equals(field) ? e.reason() : "";
        }
    }

    /** Records the hours; a refusal is put in the notice and nothing changes. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        LocalDate on = onDay.get();
        BigDecimal h = number(hours.get());
        String w = what.get();
        saving.run(
                I18n.text("task.recordHours"),
                x -> reportings.recordHours(line.id(), on, h, w),
                r ->
                        onSaved.accept(
                                I18n.text(
                                        "reporting.hoursRecorded",
                                        line.member(),
                                        on,
                                        r.hours().toPlainString())));
    }

    /** Who served, in the dialog's header: their name and the hours counted so far. */
    public String who() {
        return I18n.text(
                "reporting.hours.header", line.member(), line.hoursServed().toPlainString());
    }

    public ObjectProperty<LocalDate> onDayProperty() {
        return onDay;
    }

    public StringProperty hoursProperty() {
        return hours;
    }

    public StringProperty whatProperty() {
        return what;
    }

    public StringBinding dayMessageProperty() {
        return dayMessage;
    }

    public StringBinding hoursMessageProperty() {
        return hoursMessage;
    }

    public StringBinding whatMessageProperty() {
        return whatMessage;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ReadOnlyObjectProperty<ReportingHours> savedProperty() {
        return saving.saved();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return saving.notice();
    }

    public void clearNotice() {
        saving.clearNotice();
    }
}
