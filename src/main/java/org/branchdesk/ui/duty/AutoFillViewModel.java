package org.branchdesk.ui.duty;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchdesk.service.duty.AutoFill;
import org.branchdesk.service.duty.RosterAutoFill;
import org.branchdesk.service.duty.RosterService;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * 自动排班 from the week grid: a community's open places over a span (the week shown, unless the clerk
 * gives other days) filled by the auto-fill. First a trial run that writes nothing, listing who
 * would take which place and, for each shift left short, why in Chinese; the clerk stops it
 * whenever they like (the search stops, nothing is kept). Then the clerk applies exactly what the
 * trial showed ({@link RosterService#applyAutofill}); a published week and the assignments already
 * made are never touched (the service sees to it).
 */
public final class AutoFillViewModel {
    private final RosterService roster;
    private final TaskExecutor tasks;
    private final Executor fx;
    private final UUID communityId;
    private final Duration limit;
    private final Consumer<RosterAutoFill.Report> onApplied;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<RosterAutoFill.Report> preview =
            new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RosterAutoFill.Report> applied =
            new ReadOnlyObjectWrapper<>();
    private final ObservableList<RosterAutoFill.Placed> filled =
            FXCollections.observableArrayList();
    private final ObservableList<RosterAutoFill.Open> unfilled =
            FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);
    private final StringBinding spanMessage;
    private final StringBinding summary;
    private final BooleanBinding mayPreview;
    private final BooleanBinding mayApply;

    /** Set by {@link #stop()}: the running search polls it. */
    private volatile AtomicBoolean stopping = new AtomicBoolean();

    /**
     * @param fx runs the progress shown in the dialog on the JavaFX thread ({@code
     *     Platform::runLater}; in tests, at once)
     * @param monday the week shown: the span proposed
     * @param limit the longest a trial may search
     * @param onApplied told once the places were written
     */
    public AutoFillViewModel(
            RosterService roster,
            TaskExecutor tasks,
            Executor fx,
            UUID communityId,
            LocalDate monday,
            Duration limit,
            Consumer<RosterAutoFill.Report> onApplied) {
        this.roster = roster;
        this.tasks = tasks;
        this.fx = fx;
        this.communityId = Objects.requireNonNull(communityId);
        this.limit = limit;
        this.onApplied = onApplied;
        from.set(monday);
        to.set(monday.plusDays(6));
        spanMessage =
                Bindings.createStringBinding(
                        () ->
                                from.get() == null || to.get() == null
                                        ? I18n.text("autofill.ui.missing")
                                        : ShiftsFormViewModel.spanMessage(from.get(), to.get()),
                        from,
                        to);
        summary = Bindings.createStringBinding(() -> summaryOf(preview.get()), preview);
        mayPreview =
                Bindings.createBooleanBinding(
                        () -> spanMessage.get().isEmpty() && !running.get(), spanMessage, running);
        mayApply =
                Bindings.createBooleanBinding(
                        () ->
                                preview.get() != null
                                        && !preview.get().filled().isEmpty()
                                        && !running.get(),
                        preview,
                        running);
        // another span makes the trial stale: it is dropped, never applied to other days
        from.addListener((o, a, b) -> forget());
        to.addListener((o, a, b) -> forget());
    }

    private void forget() {
        if (!running.get()) {
            show(null);
            status.set("");
        }
    }

    /**
     * Runs the trial (nothing written) as a cancellable task: its progress in the status bar and in
     * {@link #progressProperty()}; {@link #stop()} or the status bar's cancel stops the search, and
     * then nothing is shown to apply.
     */
    public void preview() {
        if (!mayPreview.get()) {
            return;
        }
        LocalDate a = from.get();
        LocalDate b = to.get();
        AtomicBoolean stop = new AtomicBoolean();
        stopping = stop;
        show(null);
        status.set("");
        running.set(true);
        progress.set(-1);
        progressText.set(I18n.text("autofill.ui.starting"));
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.autofill"),
                                p ->
                                        roster.autofill(
                                                a,
                                                b,
                                                communityId,
                                                limit,
                                                true,
                                                x -> told(p, x),
                                                () -> stop.get() || p.isCancelled()))
                        .cancellable()
                        .onSuccess(
                                r -> {
                                    running.set(false);
                                    progress.set(0);
                                    progressText.set("");
                                    if (r.cancelled() || stop.get()) {
                                        status.set(I18n.text("autofill.ui.stopped"));
                                    } else {
                                        show(r);
                                    }
                                })
                        .onCancelled(
                                () -> {
                                    running.set(false);
                                    progressText.set("");
                                    status.set(I18n.text("autofill.ui.stopped"));
                                })
                        .onFailure(
                                e -> {
                                    running.set(false);
                                    progressText.set("");
                                    notice.set(Notice.failure(e));
                                }));
    }

    /** The search's progress: to the status bar at once, to the dialog on the JavaFX thread. */
    private void told(BackgroundTask.Progress p, AutoFill.Progress x) {
        String text = I18n.text("autofill.ui.progress", x.filled(), x.places());
        p.update(Math.round(x.fraction() * 100), 100);
        p.message(text);
        fx.execute(
                () -> {
                    if (running.get()) {
                        progress.set(x.fraction());
                        progressText.set(text);
                    }
                });
    }

    /** Stops the trial running: the search ends at once and nothing is kept. */
    public void stop() {
        stopping.set(true);
    }

    /**
     * Writes the places the trial showed; what the roster no longer allows stays open, with why.
     */
    public void apply() {
        if (!mayApply.get()) {
            return;
        }
        RosterAutoFill.Report shown = preview.get();
        LocalDate a = from.get();
        LocalDate b = to.get();
        List<RosterAutoFill.Placed> places = shown.filled();
        running.set(true);
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.autofillApply"),
                                p -> roster.applyAutofill(a, b, places))
                        .onSuccess(
                                r -> {
                                    running.set(false);
                                    show(null);
                                    applied.set(r);
                                    onApplied.accept(r);
                                })
                        .onFailure(
                                e -> {
                                    running.set(false);
                                    notice.set(Notice.failure(e));
                                }));
    }

    private void show(RosterAutoFill.Report r) {
        preview.set(r);
        filled.setAll(r == null ? List.of() : r.filled());
        unfilled.setAll(r == null ? List.of() : r.unfilled());
    }

    // --- as the dialog shows it ------------------------------------------------------------------

    /** {@code 2月24日 周一 07:00-12:00 青槐小区 青槐小区卡点　张三}. */
    public static String filledText(RosterAutoFill.Placed p) {
        return I18n.text("autofill.ui.filled", where(p.day(), p.hours(), p.post()), p.name());
    }

    /** {@code 2月24日 周一 … 缺1人}, and below it why: {@code 张三、李四 不可值班；…}. */
    public static String unfilledText(RosterAutoFill.Open o) {
        return I18n.text(
                "autofill.ui.unfilled", where(o.day(), o.hours(), o.post()), o.places(), o.why());
    }

    private static String where(LocalDate d, String hours, String post) {
        return I18n.text(
                "roster.grid.where",
                d.getMonthValue(),
                d.getDayOfMonth(),
                I18n.text("roster.weekday." + d.getDayOfWeek().name()),
                hours,
                post);
    }

    private static String summaryOf(RosterAutoFill.Report r) {
        if (r == null) {
            return "";
        }
        if (r.places() == 0) {
            return r.publishedLeftAlone() > 0
                    ? I18n.text("autofill.ui.nothingOpenPublished", r.publishedLeftAlone())
                    : I18n.text("autofill.ui.nothingOpen");
        }
        return I18n.text(
                "autofill.ui.summary",
                r.places(),
                r.filled().size(),
                r.unfilledPlaces(),
                r.publishedLeftAlone());
    }

    /** What applying did, in one line for the week grid. */
    public static String appliedText(RosterAutoFill.Report r) {
        return r.dropped() == 0
                ? I18n.text("autofill.ui.applied", r.filled().size())
                : I18n.text("autofill.ui.appliedDropped", r.filled().size(), r.dropped());
    }

    // --- properties ------------------------------------------------------------------------------

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** What is wrong with the span, or empty. */
    public StringBinding spanMessageProperty() {
        return spanMessage;
    }

    /** Whether a trial or the writing is under way. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The share of the time limit spent (-1 while it starts). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** 已填 3/20 个空位 while the trial runs. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** The trial's outcome, once done (none when stopped or after applying). */
    public ReadOnlyObjectProperty<RosterAutoFill.Report> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The places the trial would fill. */
    public ObservableList<RosterAutoFill.Placed> filled() {
        return filled;
    }

    /** The shifts it would leave short, each with why. */
    public ObservableList<RosterAutoFill.Open> unfilled() {
        return unfilled;
    }

    /** How many places, how many filled and still open, in one line. */
    public StringBinding summaryProperty() {
        return summary;
    }

    public BooleanBinding mayPreviewProperty() {
        return mayPreview;
    }

    /** Whether there is a trial to write: done, with places filled, nothing running. */
    public BooleanBinding mayApplyProperty() {
        return mayApply;
    }

    /** What applying wrote, once done (the dialog closes). */
    public ReadOnlyObjectProperty<RosterAutoFill.Report> appliedProperty() {
        return applied.getReadOnlyProperty();
    }

    /** 已停止试排 and the like. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void clearNotice() {
        notice.set(Notice.NONE);
    }
}
