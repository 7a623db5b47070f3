package org.branchdesk.ui.duty;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.DutyPeriods;
import org.branchdesk.domain.places.Community;
import org.branchdesk.service.documents.NoticeKind;
import org.branchdesk.service.duty.ReportingService;
import org.branchdesk.service.duty.ReportingService.Claimed;
import org.branchdesk.service.duty.ReportingService.Line;
import org.branchdesk.service.places.PlacesService;
import org.branchdesk.service.units.UnitService;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * In-service members reporting to the community where they live (报到党员): where and when they
 * reported, their unit and its party organization, the posts they claimed and the hours they served
 * (recorded, and the roster's shifts attended, as {@link ReportingService} counts them). Filter by
 * community, by name or unit, to those without a post (as {@code reporting idle}), with or without
 * the reportings that ended. With the clerk's permission: record a reporting, end one, claim a post
 * or drop a claim, record hours; anyone may print the feedback sheet to the unit's party
 * organization (numbered when the account may issue notices, else a draft).
 */
public final class ReportingViewModel {
    private final ReportingService reportings;
    private final PlacesService places;
    private final UnitService units;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final boolean mayEdit;
    private final NoticePrinting printing;

    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Community> community = new SimpleObjectProperty<>();
    private final BooleanProperty idleOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty includeEnded = new SimpleBooleanProperty(false);
    private final List<Line> all = new ArrayList<>();
    private final Set<UUID> idle = new HashSet<>();
    private final ObservableList<Line> rows = FXCollections.observableArrayList();
    private final ObservableList<Community> communities = FXCollections.observableArrayList();
    private final ObjectProperty<Line> selected = new SimpleObjectProperty<>();
    private final ObservableList<Claimed> claims = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper claimsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder =
            new ReadOnlyStringWrapper(I18n.text("duty.loading"));
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);
    private final BooleanBinding mayChange;
    private final BooleanBinding mayDrop;

    private long loadNumber;

    /** A reporting just recorded, to be chosen once the list has been read again. */
    private UUID toSelect;

    /** What one load reads: every reporting, those without a post, the communities. */
    private record Loaded(List<Line> lines, List<Line> idle, List<Community> communities) {}

    /**
     * @param mayEdit whether the account may record (the clerk's {@code EDIT})
     */
    public ReportingViewModel(
            ReportingService reportings,
            PlacesService places,
            UnitService units,
            TaskExecutor tasks,
            Clock clock,
            boolean mayEdit,
            NoticePrinting printing) {
        this.reportings = reportings;
        this.places = places;
        this.units = units;
        this.tasks = tasks;
        this.clock = clock;
        this.mayEdit = mayEdit;
        this.printing = printing;
        mayChange =
                Bindings.createBooleanBinding(
                        () -> mayEdit && selected.get() != null && selected.get().isOpen(),
                        selected);
        mayDrop = mayChange.and(Bindings.isNotEmpty(claims));
        text.addListener((o, a, b) -> filter());
        community.addListener((o, a, b) -> filter());
        idleOnly.addListener((o, a, b) -> filter());
        includeEnded.addListener((o, a, b) -> filter());
        selected.addListener((o, a, l) -> readClaims(l));
    }

    /** Reads the reportings and the communities afresh. */
    public void reload() {
        long number = ++loadNumber;
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.loadReportings"),
                                p ->
                                        new Loaded(
                                                reportings.lines(true),
                                                reportings.withoutPost(),
                                                places.communities()))
                        .onSuccess(
                                loaded -> {
                                    if (number != loadNumber) {
                                        return;
                                    }
                                    all.clear();
                                    all.addAll(loaded.lines());
                                    idle.clear();
                                    loaded.idle().forEach(l -> idle.add(l.id()));
                                    DutyLists.communitiesRead(
                                            communities, community, loaded.communities());
                                    filter();
                                    toSelect = null;
                                    readClaims(selected.get());
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private void filter() {
        UUID keep =
                toSelect != null ? toSelect : selected.get() == null ? null : selected.get().id();
        DutyLists.show(rows, all.stream().filter(this::matches).toList(), selected, Line::id, keep);
        long open = all.stream().filter(Line::isOpen).count();
        placeholder.set(
                all.isEmpty()
                        ? I18n.text("reporting.empty")
                        : idleOnly.get()
                                ? I18n.text("reporting.noneIdle")
                                : I18n.text("reporting.noneFound"));
        summary.set(
                all.isEmpty()
                        ? ""
                        : I18n.text(
                                "reporting.summary",
                                rows.size(),
                                open,
                                idle.size(),
                                all.size() - open));
    }

    private boolean matches(Line l) {
        if (!includeEnded.get() && !l.isOpen()
                || idleOnly.get() && !idle.contains(l.id())
                || community.get() != null && !community.get().id().equals(l.communityId())) {
            return false;
        }
        String s = text.get() == null ? "" : text.get().strip();
        return s.isEmpty()
                || l.member().contains(s)
                || l.unit().contains(s)
                || l.unitOrg() != null && l.unitOrg().contains(s)
                || l.compound().contains(s)
                || l.posts().stream().anyMatch(p -> p.contains(s));
    }

    private void readClaims(Line l) {
        claims.clear();
        claimsText.set(l == null ? "" : claimsLine(l, List.of()));
        if (l == null) {
            return;
        }
        UUID id = l.id();
        tasks.execute(
                BackgroundTask.of(I18n.text("task.loadClaims"), p -> reportings.claimsOf(id))
                        .onSuccess(
                                list -> {
                                    Line now = selected.get();
                                    if (now != null && now.id().equals(id)) {
                                        claims.setAll(list);
                                        claimsText.set(claimsLine(now, list));
                                    }
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** The chosen reporting in a line: who, and the posts claimed with their days. */
    static String claimsLine(Line l, List<Claimed> claimed) {
        List<String> posts = new ArrayList<>();
        for (Claimed c : claimed) {
            posts.add(I18n.text("reporting.claimedPost", c.post(), c.claimedOn()));
        }
        return I18n.text(
                "reporting.selected",
                l.member(),
                feedbackTo(l),
                posts.isEmpty()
                        ? I18n.text("feedback.noPost")
                        : String.join(I18n.text("list.separator"), posts));
    }

    /** A new reporting, in the community chosen in the filter (if any); once saved, it shows. */
    public ReportingFormViewModel newReporting() {
        return new ReportingFormViewModel(
                reportings,
                units,
                places,
                tasks,
                today(),
                List.copyOf(communities),
                community.get(),
                r -> {
                    notice.set(Notice.success(I18n.text("reporting.added")));
                    toSelect = r.id();
                    idleOnly.set(false);
                    text.set("");
                    reload();
                });
    }

    /** The form that claims a post for the reporting chosen. */
    public ClaimFormViewModel claimForm() {
        Line l = selected.get();
        return l == null
                ? null
                : new ClaimFormViewModel(reportings, tasks, today(), l, this::changed);
    }

    /** The form that records hours for the reporting chosen. */
    public HoursFormViewModel hoursForm() {
        Line l = selected.get();
        return l == null
                ? null
                : new HoursFormViewModel(reportings, tasks, today(), l, this::changed);
    }

    private void changed(String done) {
        notice.set(Notice.success(done));
        reload();
    }

    /** Ends a reporting on a day; the record, its posts and its hours stay. */
    public void end(Line line, LocalDate on) {
        if (line == null || on == null) {
            return;
        }
        UUID id = line.id();
        tasks.execute(
                BackgroundTask.of(I18n.text("task.endReporting"), p -> reportings.end(id, on))
                        .onSuccess(r -> changed(I18n.text("reporting.ended", line.member(), on)))
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** Drops one of the chosen reporting's claims (the member no longer takes the post). */
    public void drop(Claimed claim) {
        Line line = selected.get();
        if (claim == null || line == null) {
            return;
        }
        UUID id = claim.id();
        tasks.execute(
                BackgroundTask.of(I18n.text("task.dropClaim"), p -> reportings.dropClaim(id))
                        .onSuccess(
                                c ->
                                        changed(
                                                I18n.text(
                                                        "reporting.dropped",
                                                        line.member(),
                                                        claim.post())))
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /**
     * Prints the chosen reporting's feedback sheet, saves it ({@code target}) or opens it; issued
     * with a number when the account may issue notices.
     */
    public void feedback(RosterPrinting.Action action, Path target) {
        Line line = selected.get();
        if (line == null) {
            return;
        }
        printing.run(
                action,
                NoticeKind.REPORTING_FEEDBACK,
                line.id(),
                target,
                number ->
                        notice.set(
                                Notice.success(
                                        action == RosterPrinting.Action.SAVE
                                                ? I18n.text(
                                                        "reporting.feedback.saved",
                                                        line.member(),
                                                        number,
                                                        target)
                                                : I18n.text(
                                                        "reporting.feedback.printed",
                                                        line.member(),
                                                        number))),
                e -> notice.set(Notice.failure(e)));
    }

    /** A file name proposed for the chosen reporting's feedback sheet. */
    public String feedbackFileName() {
        Line l = selected.get();
        return I18n.text("reporting.feedback.fileName", l == null ? "" : l.member())
                .replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- as the list shows it --------------------------------------------------------------------

    /** A community, or a compound within it. */
    public static String placeText(Line l) {
        return l.compound().isEmpty()
                ? l.community()
                : I18n.text("duty.place", l.community(), l.compound());
    }

    /** The unit's party organization, or — when none is recorded. */
    public static String orgText(Line l) {
        return l.unitOrg() == null ? I18n.text("value.none") : l.unitOrg();
    }

    /** Whom the feedback sheet goes to. */
    public static String feedbackTo(Line l) {
        return l.feedbackTo();
    }

    public static String postsText(Line l) {
        return l.posts().isEmpty()
                ? I18n.text("value.none")
                : String.join(I18n.text("list.separator"), l.posts());
    }

    public static String hoursText(Line l) {
        return l.hoursServed().toPlainString();
    }

    /** 报到中, 未认领岗位 (open, without a post), or the day it ended. */
    public String statusText(Line l) {
        return !l.isOpen()
                ? I18n.text("reporting.status.ended", l.endedOn())
                : idle.contains(l.id())
                        ? I18n.text("reporting.status.idle")
                        : I18n.text("reporting.status.open");
    }

    /**
     * Why a day is refused for a record within a reporting (not come yet, outside the reporting),
     * or empty; the service checks it again.
     */
    static String dayMessage(LocalDate day, LocalDate today, Line l) {
        if (day == null) {
            return "";
        }
        try {
            DutyPeriods.requireNotInFuture("x", day, today);
            DutyPeriods.requireWithin("x", day, l.reportedOn(), l.endedOn());
            return "";
        } catch (ValidationError e) {
            return e.reason();
        }
    }

    // --- properties ------------------------------------------------------------------------------

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Community> communityProperty() {
        return community;
    }

    /** Only those without a post (as {@code reporting idle}). */
    public BooleanProperty idleOnlyProperty() {
        return idleOnly;
    }

    public BooleanProperty includeEndedProperty() {
        return includeEnded;
    }

    public ObservableList<Line> rows() {
        return rows;
    }

    public ObservableList<Community> communities() {
        return communities;
    }

    public ObjectProperty<Line> selectedProperty() {
        return selected;
    }

    /** The chosen reporting's claims (to drop one). */
    public ObservableList<Claimed> claims() {
        return claims;
    }

    /** The chosen reporting in a line: who, whom the feedback goes to, the posts claimed. */
    public ReadOnlyStringProperty claimsTextProperty() {
        return claimsText.getReadOnlyProperty();
    }

    /** Whether the account may record a reporting. */
    public boolean mayEdit() {
        return mayEdit;
    }

    /** Whether the chosen reporting may be ended, claim a post or get hours (it is open). */
    public BooleanBinding mayChangeProperty() {
        return mayChange;
    }

    /** Whether one of the chosen reporting's claims may be dropped. */
    public BooleanBinding mayDropProperty() {
        return mayDrop;
    }

    /** Whether the feedback sheet is issued with a number (else a draft). */
    public boolean feedbackIssued() {
        return printing.issues();
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
