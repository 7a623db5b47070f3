package org.branchdesk.ui.care;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchdesk.domain.care.DevelopmentStep;
import org.branchdesk.service.care.DevelopmentService;
import org.branchdesk.service.care.DevelopmentService.Line;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The development board (发展党员): every case grouped by its stage, the thirteen steps in order, with
 * what is due next and by when (overdue ones marked), front-line applicants first within a stage; a
 * stage may be chosen to see only its cases. A clerk records the next step of the case chosen; a
 * supervisor reads (ID numbers masked).
 */
public final class DevelopmentViewModel {
    private final DevelopmentService development;
    private final TaskExecutor tasks;
    private final boolean mayEdit;

    private final ObservableList<Line> rows = FXCollections.observableArrayList();
    private final ObservableList<DevelopmentStep> stages =
            FXCollections.observableArrayList(DevelopmentStep.values());
    private final ObjectProperty<DevelopmentStep> stage = new SimpleObjectProperty<>();
    private final ObjectProperty<Line> selected = new SimpleObjectProperty<>();
    private final BooleanBinding mayStepSelected;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder =
            new ReadOnlyStringWrapper(I18n.text("care.loading"));
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    private List<Line> all = List.of();
    private long loads;
    private UUID toSelect;

    /**
     * @param mayEdit whether the account may record steps (clerks; supervisors read)
     */
    public DevelopmentViewModel(
            DevelopmentService development, TaskExecutor tasks, boolean mayEdit) {
        this.development = development;
        this.tasks = tasks;
        this.mayEdit = mayEdit;
        mayStepSelected =
                Bindings.createBooleanBinding(
                        () -> mayEdit && selected.get() != null && selected.get().due() != null,
                        selected);
        stage.addListener((o, a, b) -> show());
    }

    /** Reads the cases afresh, keeping the one chosen. */
    public void reload() {
        long number = ++loads;
        tasks.execute(
                BackgroundTask.of(I18n.text("task.care.loadDevelopment"), p -> development.lines())
                        .onSuccess(
                                lines -> {
                                    if (number == loads) {
                                        all = lines;
                                        show();
                                    }
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private void show() {
        UUID keep =
                toSelect != null ? toSelect : selected.get() == null ? null : selected.get().id();
        toSelect = null;
        // grouped by stage; within a stage the service's order (front line, priority, due)
        List<Line> shown =
                all.stream()
                        .filter(l -> stage.get() == null || l.stage() == stage.get())
                        .sorted(Comparator.comparing(Line::stage))
                        .toList();
        rows.setAll(shown);
        selected.set(rows.stream().filter(l -> l.id().equals(keep)).findFirst().orElse(null));
        placeholder.set(I18n.text("care.development.empty"));
        long overdue = all.stream().filter(Line::overdue).count();
        long soon = all.stream().filter(Line::dueSoon).count();
        summary.set(
                all.isEmpty()
                        ? ""
                        : I18n.text("care.development.summary", all.size(), soon, overdue));
    }

    /** The form that records the next step of a case; once saved, the board is read again. */
    public DevelopmentStepFormViewModel stepForm(Line line) {
        return new DevelopmentStepFormViewModel(
                development,
                tasks,
                line,
                development.today(),
                r -> {
                    notice.set(
                            Notice.success(
                                    I18n.text(
                                            "cli.development.stepped",
                                            line.applicant(),
                                            r.step().number(),
                                            I18n.text(r.step().key()),
                                            r.on())));
                    toSelect = line.id();
                    reload();
                });
    }

    // --- as the page shows it --------------------------------------------------------------------

    public static String stageText(Line l) {
        return l.stage() == null ? "" : l.stage().number() + " " + I18n.text(l.stage().key());
    }

    public static String stageOnText(Line l) {
        LocalDate on = l.stageOn();
        return on == null ? "" : on.toString();
    }

    public static String nextText(Line l) {
        return DevelopmentService.next(l);
    }

    public static String frontLineText(Line l) {
        return l.frontLine() ? I18n.text("development.frontLine") : "";
    }

    public static String missingText(Line l) {
        return l.missing().isEmpty() ? "" : I18n.text("development.missing", l.missing().size());
    }

    /** A stage as the filter shows it: its number and name. */
    public static String stageChoice(DevelopmentStep s) {
        return s == null
                ? I18n.text("care.development.allStages")
                : s.number() + " " + I18n.text(s.key());
    }

    // --- properties ------------------------------------------------------------------------------

    public boolean mayEdit() {
        return mayEdit;
    }

    public ObservableList<Line> rows() {
        return rows;
    }

    public ObservableList<DevelopmentStep> stages() {
        return stages;
    }

    /** The stage chosen, {@code null} for all. */
    public ObjectProperty<DevelopmentStep> stageProperty() {
        return stage;
    }

    public ObjectProperty<Line> selectedProperty() {
        return selected;
    }

    /** Whether the next step of the case chosen may be recorded now. */
    public BooleanBinding mayStepSelectedProperty() {
        return mayStepSelected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

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
