package org.branchdesk.ui.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
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
import javafx.collections.transformation.FilteredList;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.DutyLimit;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.duty.Unavailability;
import org.branchdesk.domain.places.Community;
import org.branchdesk.service.duty.AvailabilityService;
import org.branchdesk.service.duty.TeamService;
import org.branchdesk.service.duty.TeamService.Candidate;
import org.branchdesk.service.places.PlacesService;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * When a member or a person can serve (可值班时间): their most shifts a week and least rest between two
 * shifts (the default until set: {@link DutyLimit#DEFAULT}), and the whole days or hours they
 * cannot. Pick someone from a community's members and the people register; each field says at once
 * what is wrong with it, by the rules the service checks with ({@link DutyLimit#of}, {@link
 * Unavailability#days}, {@link Unavailability#hours}). Supervisors read it.
 */
public final class AvailabilityViewModel {
    private final AvailabilityService availability;
    private final TeamService teams;
    private final PlacesService places;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final boolean mayEdit;

    private final ObservableList<Community> communities = FXCollections.observableArrayList();
    private final ObjectProperty<Community> community = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty onlyRecorded = new SimpleBooleanProperty(false);
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final FilteredList<Candidate> shown = new FilteredList<>(candidates);
    private final Set<Team.Someone> recorded = new HashSet<>();
    private final ObjectProperty<Candidate> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<AvailabilityService.Line> line =
            new ReadOnlyObjectWrapper<>();
    private final ObservableList<Unavailability> periods = FXCollections.observableArrayList();

    private final StringProperty max = new SimpleStringProperty("");
    private final StringProperty rest = new SimpleStringProperty("");
    private final BooleanProperty wholeDays = new SimpleBooleanProperty(true);
    private final ObjectProperty<LocalDate> fromDay = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> toDay = new SimpleObjectProperty<>();
    private final StringProperty fromTime = new SimpleStringProperty("08:00");
    private final StringProperty toTime = new SimpleStringProperty("18:00");
    private final StringProperty reason = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);

    private final StringBinding maxMessage;
    private final StringBinding restMessage;
    private final StringBinding limitNote;
    private final BooleanBinding canSaveLimit;
    private final ObjectBinding<ValidationError> periodProblem;
    private final StringBinding fromMessage;
    private final StringBinding toMessage;
    private final StringBinding reasonMessage;
    private final StringBinding periodMissing;
    private final BooleanBinding canAdd;

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder =
            new ReadOnlyStringWrapper(I18n.text("duty.loading"));
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    private long loadNumber;
    private long lineNumber;
    private boolean quiet;

    /**
     * @param mayEdit whether the account may change availability (clerks; supervisors read it)
     */
    public AvailabilityViewModel(
            AvailabilityService availability,
            TeamService teams,
            PlacesService places,
            TaskExecutor tasks,
            Clock clock,
            boolean mayEdit) {
        this.availability = availability;
        this.teams = teams;
        this.places = places;
        this.tasks = tasks;
        this.clock = clock;
        this.mayEdit = mayEdit;
        fromDay.set(today());
        toDay.set(today());
        maxMessage =
                Bindings.createStringBinding(
                        () -> limitProblem(max.get(), "field.dutyLimit.maxShiftsPerWeek"), max);
        restMessage =
                Bindings.createStringBinding(
                        () -> limitProblem(rest.get(), "field.dutyLimit.minRestHours"), rest);
        limitNote =
                Bindings.createStringBinding(
                        () -> {
                            AvailabilityService.Line l = line.get();
                            if (l == null) {
                                return "";
                            }
                            return I18n.text(
                                    l.own()
                                            ? "availability.limit.own"
                                            : "availability.limit.default",
                                    l.limit().maxShiftsPerWeek(),
                                    l.limit().minRestHours());
                        },
                        line);
        canSaveLimit =
                Bindings.createBooleanBinding(
                        () -> {
                            AvailabilityService.Line l = line.get();
                            if (!mayEdit || l == null || saving.get()) {
                                return false;
                            }
                            Integer m = number(max.get());
                            Integer r = number(rest.get());
                            return maxMessage.get().isEmpty()
                                    && restMessage.get().isEmpty()
                                    && m != null
                                    && r != null
                                    && (!l.own()
                                            || m != l.limit().maxShiftsPerWeek()
                                            || r != l.limit().minRestHours());
                        },
                        line,
                        max,
                        rest,
                        maxMessage,
                        restMessage,
                        saving);
        periodProblem =
                Bindings.createObjectBinding(
                        this::periodProblem, wholeDays, fromDay, toDay, fromTime, toTime, reason);
        fromMessage =
                Bindings.createStringBinding(
                        () ->
                                !wholeDays.get() && badTime(fromTime.get())
                                        ? I18n.text("availability.form.badTime")
                                        : messageFor("field.unavailable.from"),
                        wholeDays,
                        fromTime,
                        periodProblem);
        toMessage =
                Bindings.createStringBinding(
                        () ->
                                !wholeDays.get() && badTime(toTime.get())
                                        ? I18n.text("availability.form.badTime")
                                        : messageFor("field.unavailable.to"),
                        wholeDays,
                        toTime,
                        periodProblem);
        reasonMessage =
                Bindings.createStringBinding(
                        () -> messageFor("field.unavailable.reason"), periodProblem);
        periodMissing =
                Bindings.createStringBinding(
                        () ->
                                fromDay.get() == null || toDay.get() == null
                                        ? I18n.text("availability.form.missing")
                                        : "",
                        fromDay,
                        toDay);
        canAdd =
                Bindings.createBooleanBinding(
                        () ->
                                mayEdit
                                        && line.get() != null
                                        && !saving.get()
                                        && periodMissing.get().isEmpty()
                                        && fromMessage.get().isEmpty()
                                        && toMessage.get().isEmpty()
                                        && reasonMessage.get().isEmpty(),
                        line,
                        saving,
                        periodMissing,
                        fromMessage,
                        toMessage,
                        reasonMessage);
        community.addListener(
                (o, a, b) -> {
                    if (!quiet) {
                        reload();
                    }
                });
        search.addListener((o, a, b) -> refilter());
        onlyRecorded.addListener((o, a, b) -> refilter());
        selected.addListener((o, a, b) -> loadLine());
    }

    // --- reading ---------------------------------------------------------------------------------

    /** What one load reads: the communities, the candidates, and who has anything on record. */
    private record Loaded(
            List<Community> communities,
            List<Candidate> candidates,
            List<AvailabilityService.Line> recorded) {}

    /** Reads the communities, the candidates of the one chosen (all when none), who has records. */
    public void reload() {
        long number = ++loadNumber;
        UUID communityId = community.get() == null ? null : community.get().id();
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.loadAvailability"),
                                p ->
                                        new Loaded(
                                                places.communities(),
                                                teams.candidates(communityId),
                                                availability.list()))
                        .onSuccess(
                                loaded -> {
                                    if (number != loadNumber) {
                                        return;
                                    }
                                    quiet = true;
                                    communities.setAll(loaded.communities());
                                    community.set(
                                            loaded.communities().stream()
                                                    .filter(c -> c.id().equals(communityId))
                                                    .findFirst()
                                                    .orElse(null));
                                    quiet = false;
                                    recorded.clear();
                                    loaded.recorded().forEach(l -> recorded.add(l.who()));
                                    Candidate keep = selected.get();
                                    candidates.setAll(loaded.candidates());
                                    placeholder.set(
                                            I18n.text(
                                                    candidates.isEmpty()
                                                            ? "availability.nobody"
                                                            : "teams.form.noneFound"));
                                    refilter();
                                    selected.set(
                                            keep == null
                                                    ? null
                                                    : candidates.stream()
                                                            .filter(c -> c.who().equals(keep.who()))
                                                            .findFirst()
                                                            .orElse(null));
                                    if (Objects.equals(keep, selected.get()) && keep != null) {
                                        loadLine();
                                    }
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private void refilter() {
        String s = search.get();
        boolean only = onlyRecorded.get();
        Candidate chosen = selected.get();
        shown.setPredicate(
                c -> (!only || recorded.contains(c.who())) && TeamFormViewModel.matches(c, s));
        // a new predicate replaces the list's items, and the list drops its selection with them:
        // the one chosen stays chosen while still shown (after a save, the form stays open)
        if (chosen != null && shown.contains(chosen) && selected.get() != chosen) {
            selected.set(chosen);
        }
    }

    /** Reads the limits and unavailable times of the one chosen. */
    private void loadLine() {
        Candidate c = selected.get();
        long number = ++lineNumber;
        if (c == null) {
            line.set(null);
            periods.clear();
            return;
        }
        Team.Someone who = c.who();
        tasks.execute(
                BackgroundTask.of(I18n.text("task.loadAvailability"), p -> availability.of(who))
                        .onSuccess(
                                l -> {
                                    if (number == lineNumber) {
                                        show(l);
                                    }
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private void show(AvailabilityService.Line l) {
        line.set(l);
        max.set(String.valueOf(l.limit().maxShiftsPerWeek()));
        rest.set(String.valueOf(l.limit().minRestHours()));
        periods.setAll(l.off());
        if (l.own() || !l.off().isEmpty()) {
            recorded.add(l.who());
        } else {
            recorded.remove(l.who());
        }
    }

    // --- changing --------------------------------------------------------------------------------

    /** Sets the most shifts a week and the least rest of the one chosen. */
    public void saveLimit() {
        if (!canSaveLimit.get()) {
            return;
        }
        Team.Someone who = line.get().who();
        String name = line.get().name();
        Integer m = number(max.get());
        Integer r = number(rest.get());
        write(
                "task.setLimit",
                () -> availability.setLimit(who, m, r),
                I18n.text("availability.limit.saved", name, m, r));
    }

    /** Records a time the one chosen cannot serve: whole days, or from one time to another. */
    public void addPeriod() {
        if (!canAdd.get()) {
            return;
        }
        Team.Someone who = line.get().who();
        String name = line.get().name();
        String why = reason.get();
        LocalDate a = fromDay.get();
        LocalDate b = toDay.get();
        boolean days = wholeDays.get();
        LocalDateTime from = days ? null : a.atTime(time(fromTime.get()));
        LocalDateTime to = days ? null : b.atTime(time(toTime.get()));
        write(
                "task.addUnavailable",
                () ->
                        days
                                ? availability.addDays(who, a, b, why)
                                : availability.addHours(who, from, to, why),
                null,
                u -> {
                    reason.set("");
                    status.set(
                            I18n.text(
                                    "availability.period.added",
                                    name,
                                    AvailabilityService.describe(u.period())));
                });
    }

    /** Takes back a time someone said they cannot serve (it stays in the audit trail). */
    public void remove(Unavailability u) {
        if (!mayEdit || u == null || line.get() == null) {
            return;
        }
        String name = line.get().name();
        write(
                "task.removeUnavailable",
                () -> availability.remove(u.id()),
                I18n.text(
                        "availability.period.removed",
                        name,
                        AvailabilityService.describe(u.period())));
    }

    private <T> void write(String task, java.util.concurrent.Callable<T> work, String done) {
        write(task, work, done, x -> {});
    }

    /** A change, then the one chosen read again; a refusal is put in the notice. */
    private <T> void write(
            String task,
            java.util.concurrent.Callable<T> work,
            String done,
            java.util.function.Consumer<T> then) {
        saving.set(true);
        tasks.execute(
                BackgroundTask.of(I18n.text(task), p -> work.call())
                        .onSuccess(
                                x -> {
                                    saving.set(false);
                                    if (done != null) {
                                        status.set(done);
                                    }
                                    then.accept(x);
                                    loadLine();
                                    refilter();
                                })
                        .onFailure(
                                e -> {
                                    saving.set(false);
                                    notice.set(Notice.failure(e));
                                }));
    }

    // --- the rules, as the clerk types -----------------------------------------------------------

    /** A whole number as typed, or {@code null}. */
    private static Integer number(String typed) {
        String t = Text.emptyToNull(typed);
        if (t == null || !t.strip().matches("[0-9]{1,3}")) {
            return null;
        }
        return Integer.valueOf(t.strip());
    }

    /** What is wrong with a limit as typed, by the rule the service checks it with. */
    private static String limitProblem(String typed, String field) {
        if (Text.emptyToNull(typed) == null) {
            return I18n.text("availability.limit.needed");
        }
        Integer n = number(typed);
        if (n == null) {
            return I18n.text("availability.limit.notNumber");
        }
        try {
            if (field.equals("field.dutyLimit.maxShiftsPerWeek")) {
                DutyLimit.of(DutyLimit.DEFAULT, n, null);
            } else {
                DutyLimit.of(DutyLimit.DEFAULT, null, n);
            }
            return "";
        } catch (ValidationError e) {
            return e.reason();
        }
    }

    /** {@code 8:00}, {@code 08:00} or {@code 08：00}; {@code null} when it is no time of day. */
    static LocalTime time(String typed) {
        String t = Text.emptyToNull(typed);
        if (t == null) {
            return null;
        }
        t = t.strip().replace('：', ':');
        if (t.matches("\\d:\\d\\d")) {
            t = "0" + t;
        }
        try {
            return LocalTime.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean badTime(String typed) {
        return time(typed) == null;
    }

    /** What the unavailable time as entered breaks, or {@code null} (or while incomplete). */
    private ValidationError periodProblem() {
        LocalDate a = fromDay.get();
        LocalDate b = toDay.get();
        if (a == null || b == null) {
            return null;
        }
        Team.Someone anyone = Team.Someone.person(UUID.randomUUID());
        try {
            if (wholeDays.get()) {
                Unavailability.days(UUID.randomUUID(), anyone, a, b, reason.get());
            } else {
                LocalTime from = time(fromTime.get());
                LocalTime to = time(toTime.get());
                if (from == null || to == null) {
                    return null; // said by the time's own message
                }
                Unavailability.hours(
                        UUID.randomUUID(), anyone, a.atTime(from), b.atTime(to), reason.get());
            }
            return null;
        } catch (ValidationError e) {
            return e;
        }
    }

    private String messageFor(String field) {
        ValidationError e = periodProblem.get();
        return e != null && e.field().equals(field) ? e.reason() : "";
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Someone in the list, on two lines: the name (已登记 if they have limits or unavailable times on
     * record), then party member and compound or kind, and the ID number masked.
     */
    public String candidateText(Candidate c) {
        String name =
                recorded.contains(c.who())
                        ? I18n.text("availability.candidate.recorded", c.name())
                        : c.name();
        String what = TeamFormViewModel.what(c);
        return name
                + "\n"
                + (c.maskedId().isEmpty()
                        ? what
                        : I18n.text("availability.candidate.what", what, c.maskedId()));
    }

    /** An unavailable time as the list shows it. */
    public static String periodText(Unavailability u) {
        return AvailabilityService.describe(u.period());
    }

    // --- properties ------------------------------------------------------------------------------

    public boolean mayEdit() {
        return mayEdit;
    }

    public ObservableList<Community> communities() {
        return communities;
    }

    /** The community whose members are listed, or {@code null} for every community's. */
    public ObjectProperty<Community> communityProperty() {
        return community;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** Whether only those with limits of their own or unavailable times are listed. */
    public BooleanProperty onlyRecordedProperty() {
        return onlyRecorded;
    }

    /** The members and people the search finds. */
    public ObservableList<Candidate> shown() {
        return shown;
    }

    /** The one chosen. */
    public ObjectProperty<Candidate> selectedProperty() {
        return selected;
    }

    /** The limits and unavailable times of the one chosen, once read. */
    public ReadOnlyObjectProperty<AvailabilityService.Line> lineProperty() {
        return line.getReadOnlyProperty();
    }

    /** The times the one chosen cannot serve. */
    public ObservableList<Unavailability> periods() {
        return periods;
    }

    /** The most shifts a week, as typed. */
    public StringProperty maxProperty() {
        return max;
    }

    /** The least rest between two shifts in hours, as typed. */
    public StringProperty restProperty() {
        return rest;
    }

    public StringBinding maxMessageProperty() {
        return maxMessage;
    }

    public StringBinding restMessageProperty() {
        return restMessage;
    }

    /** Whether the limits are the person's own or the default, and what they are. */
    public StringBinding limitNoteProperty() {
        return limitNote;
    }

    public BooleanBinding canSaveLimitProperty() {
        return canSaveLimit;
    }

    /** Whole days (else from one time to another). */
    public BooleanProperty wholeDaysProperty() {
        return wholeDays;
    }

    public ObjectProperty<LocalDate> fromDayProperty() {
        return fromDay;
    }

    public ObjectProperty<LocalDate> toDayProperty() {
        return toDay;
    }

    public StringProperty fromTimeProperty() {
        return fromTime;
    }

    public StringProperty toTimeProperty() {
        return toTime;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringBinding fromMessageProperty() {
        return fromMessage;
    }

    public StringBinding toMessageProperty() {
        return toMessage;
    }

    public StringBinding reasonMessageProperty() {
        return reasonMessage;
    }

    /** What must still be filled in before adding, or empty. */
    public StringBinding periodMissingProperty() {
        return periodMissing;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    /** What the last change did, in one line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What the list says when it is empty. */
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
