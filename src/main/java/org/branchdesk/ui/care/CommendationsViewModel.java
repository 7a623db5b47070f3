package org.branchdesk.ui.care;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchdesk.domain.care.CommendationLevel;
import org.branchdesk.service.care.CommendationService;
import org.branchdesk.service.care.CommendationService.HonoreeLine;
import org.branchdesk.service.care.CommendationService.Line;
import org.branchdesk.service.documents.NoticeKind;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;
import org.branchdesk.ui.duty.NoticePrinting;
import org.branchdesk.ui.duty.RosterPrinting;

/**
 * The commendations page (表彰奖励): every decision with its level, awarding body, number, day and how
 * many it honours; the honorees of the decision chosen, each with the form of the honour and the
 * reward's payment. A clerk records a decision and lists honorees on it; the street's own decision
 * is printed (a draft, or issued with a number from the dispatch register by an account that may
 * issue notices). A supervisor reads.
 */
public final class CommendationsViewModel {
    private final CommendationService commendations;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final boolean mayEdit;
    private final NoticePrinting printing;

    private final ObservableList<Line> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Line> selected = new SimpleObjectProperty<>();
    private final ObservableList<HonoreeLine> honorees = FXCollections.observableArrayList();
    private final BooleanBinding mayHonorSelected;
    private final BooleanBinding mayPrintSelected;
    private final StringBinding printHint;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder =
            new ReadOnlyStringWrapper(I18n.text("care.loading"));
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    private long loads;
    private UUID toSelect;

    /**
     * @param mayEdit whether the account may record decisions and honorees (clerks; supervisors
     *     read)
     * @param printing prints the street's decision: issued with a number, or a draft
     */
    public CommendationsViewModel(
            CommendationService commendations,
            TaskExecutor tasks,
            Clock clock,
            boolean mayEdit,
            NoticePrinting printing) {
        this.commendations = commendations;
        this.tasks = tasks;
        this.clock = clock;
        this.mayEdit = mayEdit;
        this.printing = printing;
        mayHonorSelected =
                Bindings.createBooleanBinding(() -> mayEdit && selected.get() != null, selected);
        mayPrintSelected =
                Bindings.createBooleanBinding(() -> printHint(selected.get()).isEmpty(), selected);
        printHint = Bindings.createStringBinding(() -> printHint(selected.get()), selected);
        selected.addListener(
                (o, a, line) -> honorees.setAll(line == null ? List.of() : line.honorees()));
    }

    /** Why the decision chosen cannot be printed, or empty when it can. */
    private static String printHint(Line l) {
        if (l == null) {
            return "";
        }
        if (l.commendation().level() != CommendationLevel.STREET) {
            return I18n.text("care.commendation.print.notOurs", l.commendation().awardingBody());
        }
        if (l.honorees().isEmpty()) {
            return I18n.text("care.commendation.print.noHonorees");
        }
        return "";
    }

    /** Reads the decisions afresh, keeping the one chosen. */
    public void reload() {
        long number = ++loads;
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.care.loadCommendations"),
                                p -> commendations.lines())
                        .onSuccess(
                                lines -> {
                                    if (number == loads) {
                                        show(lines);
                                    }
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private void show(List<Line> lines) {
        UUID keep =
                toSelect != null
                        ? toSelect
                        : selected.get() == null ? null : selected.get().commendation().id();
        toSelect = null;
        List<Line> newest = new java.util.ArrayList<>(lines);
        java.util.Collections.reverse(newest);
        rows.setAll(newest);
        selected.set(
                rows.stream()
                        .filter(l -> l.commendation().id().equals(keep))
                        .findFirst()
                        .orElse(null));
        placeholder.set(
                I18n.text(
                        mayEdit ? "care.commendations.empty" : "care.commendations.emptyReadOnly"));
        int honoured = lines.stream().mapToInt(l -> l.honorees().size()).sum();
        summary.set(
                lines.isEmpty()
                        ? ""
                        : I18n.text("care.commendations.summary", lines.size(), honoured));
    }

    /** A new decision's form; once saved, the decision shows, chosen. */
    public CommendationFormViewModel newDecision() {
        return new CommendationFormViewModel(
                commendations,
                tasks,
                LocalDate.now(clock),
                c -> {
                    notice.set(
                            Notice.success(
                                    I18n.text(
                                            "care.commendation.added",
                                            c.title(),
                                            I18n.text(c.level().key()))));
                    toSelect = c.id();
                    reload();
                });
    }

    /** The form that lists an honoree on a decision; once saved, the decision is read again. */
    public HonoreeFormViewModel honor(Line line) {
        return new HonoreeFormViewModel(
                commendations,
                tasks,
                line,
                h -> {
                    notice.set(
                            Notice.success(
                                    I18n.text(
                                            "care.honoree.added",
                                            h.who().name(),
                                            line.commendation().title())));
                    toSelect = line.commendation().id();
                    reload();
                });
    }

    /**
     * Prints the chosen decision (表彰决定), saves it ({@code target}) or opens it: issued with a
     * number from the dispatch register when the account may issue notices, else a draft.
     */
    public void print(RosterPrinting.Action action, Path target) {
        Line line = selected.get();
        if (line == null || !mayPrintSelected.get()) {
            return;
        }
        String title = line.commendation().title();
        UUID id = line.commendation().id();
        printing.run(
                action,
                NoticeKind.COMMENDATION,
                id,
                target,
                number -> {
                    notice.set(
                            Notice.success(
                                    action == RosterPrinting.Action.SAVE
                                            ? I18n.text(
                                                    "care.commendation.saved",
                                                    title,
                                                    number,
                                                    target)
                                            : I18n.text(
                                                    "care.commendation.printed", title, number)));
                    toSelect = id;
                    reload();
                },
                e -> notice.set(Notice.failure(e)));
    }

    /** Whether the decision is issued with a number (else a draft is printed). */
    public boolean issues() {
        return printing.issues();
    }

    /** A file name proposed for the chosen decision. */
    public String fileName() {
        Line l = selected.get();
        return I18n.text("care.commendation.fileName", l == null ? "" : l.commendation().title())
                .replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    // --- as the page shows it --------------------------------------------------------------------

    public static String levelText(Line l) {
        return I18n.text(l.commendation().level().key());
    }

    public static String numberText(Line l) {
        return l.number() == null ? I18n.text("care.commendations.unnumbered") : l.number();
    }

    public static String countText(Line l) {
        return Integer.toString(l.honorees().size());
    }

    public static String kindText(HonoreeLine h) {
        return I18n.text(h.honoree().who().kind().key());
    }

    public static String formText(HonoreeLine h) {
        return I18n.text(h.honoree().form().key());
    }

    // --- properties ------------------------------------------------------------------------------

    public boolean mayEdit() {
        return mayEdit;
    }

    public ObservableList<Line> rows() {
        return rows;
    }

    /** The decision chosen in the table. */
    public ObjectProperty<Line> selectedProperty() {
        return selected;
    }

    /** The honorees of the decision chosen. */
    public ObservableList<HonoreeLine> honorees() {
        return honorees;
    }

    /** Whether an honoree may be listed on the decision chosen now. */
    public BooleanBinding mayHonorSelectedProperty() {
        return mayHonorSelected;
    }

    /** Whether the decision chosen may be printed: the street's own, with honorees. */
    public BooleanBinding mayPrintSelectedProperty() {
        return mayPrintSelected;
    }

    /** Why the decision chosen is not printed here, or empty. */
    public StringBinding printHintProperty() {
        return printHint;
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
