package org.branchdesk.ui.duty;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.branchdesk.domain.duty.Attendance;
import org.branchdesk.domain.duty.Shift;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.service.duty.Finding;
import org.branchdesk.service.duty.RosterService;
import org.branchdesk.service.duty.RosterWeek;
import org.branchdesk.service.duty.TeamService;
import org.branchdesk.service.duty.TeamService.Candidate;
import org.branchdesk.service.places.PlacesService;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The week grid (排班): one week of a community's roster, or of one of its compounds', days across
 * and each post's shifts down, who serves in each cell, the places still open, and every broken
 * rule. Any week can be shown, future ones too. Someone (or a team) from the side list is put on a
 * shift after the live check: at once when it breaks no rule, otherwise only once the clerk gave a
 * reason for overriding every rule listed ({@link #changeProperty()}). After a week is published
 * its changes are swaps with a reason. Supervisors read it and print it; every change is for
 * clerks.
 */
public final class RosterViewModel {
    /** One day of one row of the grid: a cell the clerk chose or dropped someone on. */
    public record Slot(RosterWeek.Row row, int day) {
        public RosterWeek.Cell cell() {
            return row.cells().get(day);
        }
    }

    /** Someone, or a team, to put on a shift: from the side list or the picker. */
    public record Choice(Candidate person, TeamService.Line team) {
        public static Choice of(Candidate person) {
            return new Choice(person, null);
        }

        public static Choice of(TeamService.Line team) {
            return new Choice(null, team);
        }

        public boolean isTeam() {
            return team != null;
        }

        public String name() {
            return isTeam() ? team.team().name() : person.name();
        }
    }

    /** What a cell shows as a whole, for its colour. */
    public enum CellState {
        /** No shift that day at these hours. */
        NO_SHIFT,
        /** Everyone it needs, nothing broken. */
        FILLED,
        /** Places open, or a party member or a tag missing. */
        LACKING,
        /** Someone on it breaks a rule. */
        CONFLICT
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** People in pinyin order of names, as every list of the office. */
    private static final java.util.Comparator<RosterService.Totals> BY_NAME =
            java.util.Comparator.comparing(
                    RosterService.Totals::name,
                    java.text.Collator.getInstance(java.util.Locale.CHINA));

    private final RosterService roster;
    private final TeamService teams;
    private final PlacesService places;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final boolean mayEdit;
    private final RosterPrinting printing;

    private final ObservableList<Community> communities = FXCollections.observableArrayList();
    private final ObjectProperty<Community> community = new SimpleObjectProperty<>();
    private final ObservableList<Compound> compounds = FXCollections.observableArrayList();
    private final ObjectProperty<Compound> compound = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<RosterWeek> week = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RosterWeek.Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Slot> selected = new SimpleObjectProperty<>();

    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final FilteredList<Candidate> shownCandidates = new FilteredList<>(candidates);
    private final ObservableList<TeamService.Line> teamLines = FXCollections.observableArrayList();
    private final FilteredList<TeamService.Line> shownTeams = new FilteredList<>(teamLines);
    private final Map<Team.Someone, Integer> shiftsThisWeek = new HashMap<>();
    private final Set<Team.Someone> onGrid = new LinkedHashSet<>();

    private final ReadOnlyObjectWrapper<RosterChangeViewModel> change =
            new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RosterService.Copied> copied =
            new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<RosterService.Totals>> totals =
            new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder =
            new ReadOnlyStringWrapper(I18n.text("duty.loading"));
    private final ReadOnlyStringWrapper teamsPlaceholder = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    private final StringBinding title;
    private final StringBinding publishedText;
    private final StringBinding summary;
    private final BooleanBinding published;
    private final BooleanBinding mayChangeWeek;
    private final BooleanBinding mayPublish;
    private final BooleanBinding mayAssign;
    private final BooleanBinding mayAutofill;

    /** The week the side list's candidates were read for ({@code null}: none read). */
    private LocalDate candidatesWeek;

    /** Loads run one after another; a newer one makes older results stale. */
    private long loadNumber;

    /** Set while the model itself sets the filters, so that each does not load on its own. */
    private boolean quiet;

    /**
     * @param mayEdit whether the account may change the roster (clerks; supervisors read it)
     */
    public RosterViewModel(
            RosterService roster,
            TeamService teams,
            PlacesService places,
            TaskExecutor tasks,
            Clock clock,
            boolean mayEdit,
            RosterPrinting printing) {
        this.roster = roster;
        this.teams = teams;
        this.places = places;
        this.tasks = tasks;
        this.clock = clock;
        this.mayEdit = mayEdit;
        this.printing = printing;
        day.set(LocalDate.now(clock));
        title =
                Bindings.createStringBinding(
                        () -> weekTitle(Shift.mondayOf(day.get() == null ? today() : day.get())),
                        day);
        published =
                Bindings.createBooleanBinding(
                        () -> week.get() != null && week.get().isPublished(), week);
        publishedText =
                Bindings.createStringBinding(
                        () -> {
                            RosterWeek w = week.get();
                            if (w == null) {
                                return "";
                            }
                            return w.isPublished()
                                    ? I18n.text(
                                            "roster.grid.published",
                                            STAMP.format(
                                                    w.published()
                                                            .publishedAt()
                                                            .atZone(clock.getZone())),
                                            w.published().publishedBy())
                                    : I18n.text("roster.grid.draft");
                        },
                        week);
        summary = Bindings.createStringBinding(() -> summaryOf(week.get()), week);
        mayChangeWeek =
                Bindings.createBooleanBinding(
                        () -> mayEdit && week.get() != null && !week.get().isPublished(), week);
        mayPublish =
                Bindings.createBooleanBinding(
                        () -> mayChangeWeek.get() && week.get().shiftCount() > 0,
                        mayChangeWeek,
                        week);
        mayAssign = Bindings.createBooleanBinding(() -> mayPlace(selected.get()), selected, week);
        mayAutofill =
                Bindings.createBooleanBinding(
                        () -> mayEdit && community.get() != null && week.get() != null,
                        community,
                        week);
        community.addListener((o, a, b) -> communityChosen());
        compound.addListener(
                (o, a, b) -> {
                    if (!quiet) {
                        status.set("");
                        orderCandidates();
                        loadWeek();
                    }
                });
        day.addListener(
                (o, a, b) -> {
                    if (b == null) {
                        day.set(a == null ? today() : a);
                    } else if (!quiet
                            && (a == null || !Shift.mondayOf(a).equals(Shift.mondayOf(b)))) {
                        status.set("");
                        loadWeek();
                    }
                });
        search.addListener((o, a, b) -> refilter());
    }

    // --- loading ---------------------------------------------------------------------------------

    /** The communities to choose from, then the community chosen and its week, read afresh. */
    public void reload() {
        long number = ++loadNumber;
        tasks.execute(
                BackgroundTask.of(I18n.text("task.loadRoster"), p -> places.communities())
                        .onSuccess(
                                list -> {
                                    if (number != loadNumber) {
                                        return;
                                    }
                                    UUID keep =
                                            community.get() == null ? null : community.get().id();
                                    quiet = true;
                                    communities.setAll(list);
                                    Community again =
                                            list.stream()
                                                    .filter(c -> c.id().equals(keep))
                                                    .findFirst()
                                                    .orElse(list.isEmpty() ? null : list.get(0));
                                    community.set(again);
                                    quiet = false;
                                    loadCommunity();
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private void communityChosen() {
        if (quiet) {
            return;
        }
        quiet = true;
        compound.set(null);
        quiet = false;
        loadCommunity();
    }

    /** What one community's load reads: its compounds and teams, and the week. */
    private record CommunityData(
            List<Compound> compounds, List<TeamService.Line> teams, WeekData week) {}

    /**
     * The week shown, and everyone's shifts that week on every post (the side list's counts); with
     * who may serve the community that week (the side list), or {@code null} when not read again.
     */
    private record WeekData(
            RosterWeek week, List<RosterService.Totals> totals, List<Candidate> candidates) {}

    /**
     * Reads a week; and who may serve that week when asked (the cadres sent down change with the
     * weeks of their sending).
     */
    private WeekData readWeek(
            UUID communityId, UUID compoundId, LocalDate anyDay, boolean withCandidates) {
        RosterWeek w = roster.week(communityId, compoundId, anyDay);
        LocalDate sunday = w.monday().plusDays(6);
        return new WeekData(
                w,
                roster.totals(w.monday(), sunday),
                withCandidates ? teams.candidates(communityId, w.monday(), sunday) : null);
    }

    /** Reads the community's compounds, candidates and teams, and the week shown. */
    private void loadCommunity() {
        Community c = community.get();
        if (c == null) {
            compounds.clear();
            candidates.clear();
            teamLines.clear();
            candidatesWeek = null;
            showWeek(new WeekData(null, List.of(), null));
            placeholder.set(I18n.text("roster.grid.noCommunities"));
            return;
        }
        long number = ++loadNumber;
        UUID communityId = c.id();
        UUID compoundId = compoundId();
        LocalDate anyDay = day.get();
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.loadRoster"),
                                p ->
                                        new CommunityData(
                                                places.compounds(communityId),
                                                teams.lines().stream()
                                                        .filter(l -> l.team().isActive())
                                                        .filter(
                                                                l ->
                                                                        l.team()
                                                                                .communityId()
                                                                                .equals(
                                                                                        communityId))
                                                        .toList(),
                                                readWeek(communityId, compoundId, anyDay, true)))
                        .onSuccess(
                                data -> {
                                    if (number != loadNumber) {
                                        return;
                                    }
                                    UUID keep = compoundId;
                                    quiet = true;
                                    compounds.setAll(data.compounds());
                                    compound.set(
                                            data.compounds().stream()
                                                    .filter(x -> x.id().equals(keep))
                                                    .findFirst()
                                                    .orElse(null));
                                    quiet = false;
                                    teamLines.setAll(data.teams());
                                    showWeek(data.week());
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** Reads the week shown afresh (after a change, or another week or compound chosen). */
    public void loadWeek() {
        Community c = community.get();
        if (c == null) {
            return;
        }
        long number = ++loadNumber;
        UUID communityId = c.id();
        UUID compoundId = compoundId();
        LocalDate anyDay = day.get();
        boolean otherWeek = !Shift.mondayOf(anyDay).equals(candidatesWeek);
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.loadRoster"),
                                p -> readWeek(communityId, compoundId, anyDay, otherWeek))
                        .onSuccess(
                                w -> {
                                    if (number == loadNumber) {
                                        showWeek(w);
                                    }
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private void showWeek(WeekData data) {
        RosterWeek w = data.week();
        if (data.candidates() != null) {
            candidates.setAll(data.candidates());
            candidatesWeek = w.monday();
            orderCandidates();
        }
        Slot before = selected.get();
        week.set(w);
        rows.setAll(w == null ? List.of() : w.rows());
        shiftsThisWeek.clear();
        data.totals().forEach(t -> shiftsThisWeek.put(t.who(), t.shifts()));
        onGrid.clear();
        if (w != null) {
            for (RosterWeek.Row r : w.rows()) {
                for (RosterWeek.Cell cell : r.cells()) {
                    cell.people().forEach(o -> onGrid.add(o.who()));
                }
            }
            placeholder.set(I18n.text("roster.grid.noPosts"));
        }
        selected.set(sameSlot(before));
        refilter(); // the counts shown with the candidates
    }

    /** The slot of the week shown at the same post, hours and weekday, or {@code null}. */
    private Slot sameSlot(Slot before) {
        if (before == null) {
            return null;
        }
        for (RosterWeek.Row r : rows) {
            if (r.post().id().equals(before.row().post().id())
                    && Objects.equals(r.hours(), before.row().hours())) {
                return new Slot(r, before.day());
            }
        }
        return null;
    }

    private UUID compoundId() {
        return compound.get() == null ? null : compound.get().id();
    }

    /** The members of the compound shown first, then the community's others, then people. */
    private void orderCandidates() {
        String in = compound.get() == null ? null : compound.get().name();
        if (in == null) {
            return;
        }
        List<Candidate> first = candidates.stream().filter(c -> in.equals(c.compound())).toList();
        if (first.isEmpty() || candidates.subList(0, first.size()).equals(first)) {
            return;
        }
        List<Candidate> all = new ArrayList<>(first);
        candidates.stream().filter(c -> !first.contains(c)).forEach(all::add);
        candidates.setAll(all);
    }

    private void refilter() {
        String s = search.get();
        // a new predicate each time, so that the lists redraw the counts too
        shownCandidates.setPredicate(c -> TeamFormViewModel.matches(c, s));
        String t = s == null ? "" : s.strip();
        shownTeams.setPredicate(
                l ->
                        t.isEmpty()
                                || l.team().name().contains(t)
                                || l.members().stream().anyMatch(n -> n != null && n.contains(t)));
        teamsPlaceholder.set(
                I18n.text(teamLines.isEmpty() ? "roster.side.noTeams" : "roster.side.nobody"));
    }

    // --- the week shown --------------------------------------------------------------------------

    public void previousWeek() {
        day.set(Shift.mondayOf(day.get()).minusDays(7));
    }

    public void nextWeek() {
        day.set(Shift.mondayOf(day.get()).plusDays(7));
    }

    /** The week of the office's today. */
    public void thisWeek() {
        day.set(today());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The Monday of the week shown. */
    public LocalDate monday() {
        return Shift.mondayOf(day.get());
    }

    // --- putting people on shifts ----------------------------------------------------------------

    /** Whether someone may be put on a slot: a shift there, and an account that may change. */
    public boolean mayPlace(Slot slot) {
        return mayEdit && slot != null && slot.cell().hasShift() && week.get() != null;
    }

    /**
     * Puts someone or a team from the side list or the picker on a slot, after the live check: at
     * once when no rule is broken; otherwise {@link #changeProperty()} lists every broken rule and
     * waits for a reason. On a published week it is a swap, with its reason.
     */
    public void place(Slot slot, Choice choice) {
        if (!mayPlace(slot) || choice == null) {
            return;
        }
        UUID shiftId = slot.cell().shiftId();
        String where = where(slot);
        if (published.get()) {
            if (choice.isTeam()) {
                notice.set(Notice.failure(I18n.text("roster.grid.teamOnPublished")));
                return;
            }
            swap(slot, null, choice.person());
            return;
        }
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.checkAssignment"),
                                p ->
                                        choice.isTeam()
                                                ? roster.previewTeam(
                                                        shiftId, choice.team().team().id())
                                                : roster.preview(
                                                        shiftId, List.of(choice.person().who())))
                        .onSuccess(
                                preview -> {
                                    if (preview.adding().isEmpty()) {
                                        notice.set(
                                                Notice.failure(
                                                        I18n.text(
                                                                "roster.grid.nobodyToAdd",
                                                                choice.name(),
                                                                String.join(
                                                                        "；", preview.skipped()))));
                                    } else if (preview.breaksNoRule()) {
                                        assign(shiftId, choice, null, where);
                                    } else {
                                        change.set(
                                                new RosterChangeViewModel(
                                                        RosterChangeViewModel.Kind.ASSIGN,
                                                        I18n.text(
                                                                "roster.change.assign",
                                                                choice.name(),
                                                                where),
                                                        whats(preview.broken()),
                                                        preview.skipped(),
                                                        a ->
                                                                assign(
                                                                        shiftId,
                                                                        choice,
                                                                        a.override(),
                                                                        where)));
                                    }
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private void assign(UUID shiftId, Choice choice, String override, String where) {
        change.set(null);
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.assign"),
                                p ->
                                        choice.isTeam()
                                                ? roster.assignTeam(
                                                        shiftId,
                                                        choice.team().team().id(),
                                                        override)
                                                : roster.assign(
                                                        shiftId, choice.person().who(), override))
                        .onSuccess(
                                done -> {
                                    status.set(
                                            done.overridden().isEmpty()
                                                    ? I18n.text(
                                                            "roster.grid.assigned",
                                                            names(done.made().size(), choice),
                                                            where)
                                                    : I18n.text(
                                                            "roster.grid.assignedOverriding",
                                                            names(done.made().size(), choice),
                                                            where,
                                                            done.overridden().size()));
                                    loadWeek();
                                })
                        .onFailure(
                                e -> {
                                    notice.set(Notice.failure(e));
                                    loadWeek();
                                }));
    }

    private static String names(int made, Choice choice) {
        return choice.isTeam()
                ? I18n.text("roster.grid.teamAssigned", choice.name(), made)
                : choice.name();
    }

    /** Every broken rule as a clerk reads it, without the shift (the header names it). */
    private static List<String> whats(List<Finding> broken) {
        Set<String> out = new LinkedHashSet<>();
        broken.forEach(f -> out.add(f.what()));
        return List.copyOf(out);
    }

    /**
     * A swap on a published week: someone off ({@code out}), someone on ({@code in}), or one for
     * the other. It waits in {@link #changeProperty()} for its reason, and for a reason for
     * overriding the rules the one coming breaks, every one listed.
     */
    public void swap(Slot slot, RosterWeek.OnDuty out, Candidate in) {
        if (!mayEdit || slot == null || !slot.cell().hasShift() || out == null && in == null) {
            return;
        }
        UUID shiftId = slot.cell().shiftId();
        String where = where(slot);
        String header =
                out == null
                        ? I18n.text("roster.change.swapIn", in.name(), where)
                        : in == null
                                ? I18n.text("roster.change.swapOut", out.name(), where)
                                : I18n.text("roster.change.swap", out.name(), in.name(), where);
        if (in == null) {
            change.set(swapChange(header, List.of(), slot, out, null));
            return;
        }
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.checkAssignment"),
                                p -> roster.preview(shiftId, List.of(in.who())))
                        .onSuccess(
                                preview ->
                                        change.set(
                                                swapChange(
                                                        header,
                                                        whats(preview.broken()),
                                                        slot,
                                                        out,
                                                        in)))
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private RosterChangeViewModel swapChange(
            String header, List<String> broken, Slot slot, RosterWeek.OnDuty out, Candidate in) {
        UUID shiftId = slot.cell().shiftId();
        return new RosterChangeViewModel(
                RosterChangeViewModel.Kind.SWAP,
                header,
                broken,
                List.of(),
                a ->
                        write(
                                "task.swap",
                                () ->
                                        roster.swap(
                                                shiftId,
                                                out == null ? null : out.who(),
                                                in == null ? null : in.who(),
                                                a.reason(),
                                                a.override()),
                                I18n.text("roster.grid.swapped", header)));
    }

    /** Lets the waiting change go (the clerk cancelled it): nothing was written. */
    public void dropChange() {
        change.set(null);
    }

    /** Takes someone off a shift of a week not yet published. */
    public void unassign(Slot slot, RosterWeek.OnDuty who) {
        if (!mayRemove(slot, who)) {
            return;
        }
        UUID shiftId = slot.cell().shiftId();
        write(
                "task.unassign",
                () -> roster.unassign(shiftId, who.who()),
                I18n.text("roster.grid.unassigned", who.name(), where(slot)));
    }

    /**
     * Records whether someone served a shift: present, absent, or substituted by {@code by} (a
     * member or person).
     */
    public void attend(Slot slot, RosterWeek.OnDuty who, Attendance how, Candidate by) {
        if (!mayAttend(slot) || who == null || how == null) {
            return;
        }
        UUID shiftId = slot.cell().shiftId();
        write(
                "task.attend",
                () -> roster.attend(shiftId, who.who(), how, by == null ? null : by.who()),
                by == null
                        ? I18n.text(
                                "roster.grid.attended",
                                who.name(),
                                where(slot),
                                I18n.text("attendance." + how.name()))
                        : I18n.text("roster.grid.substituted", who.name(), where(slot), by.name()));
    }

    /** A change that needs no check first: made, then the week read again. */
    private void write(String task, Callable<?> work, String done) {
        change.set(null);
        tasks.execute(
                BackgroundTask.<Object>of(I18n.text(task), p -> work.call())
                        .onSuccess(
                                x -> {
                                    status.set(done);
                                    loadWeek();
                                })
                        .onFailure(
                                e -> {
                                    notice.set(Notice.failure(e));
                                    loadWeek();
                                }));
    }

    /** Whether someone may be taken off a shift: before publishing, and not yet attended. */
    public boolean mayRemove(Slot slot, RosterWeek.OnDuty who) {
        return mayEdit
                && slot != null
                && who != null
                && !published.get()
                && who.attendance() == null;
    }

    /** Whether someone may be swapped off a shift: after publishing, and not yet attended. */
    public boolean maySwap(Slot slot, RosterWeek.OnDuty who) {
        return mayEdit
                && slot != null
                && who != null
                && published.get()
                && who.attendance() == null;
    }

    /** Whether attendance may be recorded on a slot: once its shift has begun. */
    public boolean mayAttend(Slot slot) {
        return mayEdit
                && slot != null
                && slot.cell().hasShift()
                && !LocalDateTime.now(clock).isBefore(slot.cell().shift().startsAt());
    }

    // --- the whole week --------------------------------------------------------------------------

    /** A new form that generates shifts for the posts shown, proposing the week shown. */
    public ShiftsFormViewModel newShifts() {
        return new ShiftsFormViewModel(
                roster,
                tasks,
                community.get().id(),
                compoundId(),
                monday(),
                g -> {
                    notice.set(
                            Notice.success(
                                    I18n.text(
                                            "roster.generated",
                                            g.created(),
                                            g.posts(),
                                            g.existing(),
                                            g.published())));
                    loadWeek();
                });
    }

    /** Whether 自动排班 may be asked for: clerks, with a community's week shown. */
    public BooleanBinding mayAutofillProperty() {
        return mayAutofill;
    }

    /**
     * A new 自动排班 for the community shown, proposing the week shown; once its places are written,
     * the grid is read again and says how many.
     *
     * @param fx runs the dialog's progress on the JavaFX thread
     */
    public AutoFillViewModel newAutoFill(java.util.concurrent.Executor fx) {
        return new AutoFillViewModel(
                roster,
                tasks,
                fx,
                community.get().id(),
                monday(),
                org.branchdesk.service.duty.AutoFill.DEFAULT_LIMIT,
                r -> {
                    status.set(AutoFillViewModel.appliedText(r));
                    loadWeek();
                });
    }

    /**
     * Copies the week before into the week shown; what was copied and who was left out, and why,
     * come in {@link #copiedProperty()}.
     */
    public void copyPreviousWeek() {
        if (!mayChangeWeek.get()) {
            return;
        }
        UUID communityId = community.get().id();
        UUID compoundId = compoundId();
        LocalDate monday = monday();
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.copyWeek"),
                                p -> roster.copyWeek(communityId, compoundId, monday))
                        .onSuccess(
                                c -> {
                                    copied.set(c);
                                    loadWeek();
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** The question asked before publishing: which week, and what is still open or broken. */
    public String publishQuestion() {
        RosterWeek w = week.get();
        return w == null
                ? ""
                : I18n.text(
                        "roster.publish.question",
                        w.scope(),
                        weekTitle(w.monday()),
                        w.shiftCount(),
                        w.openPlaces(),
                        conflicts(w));
    }

    /** Publishes the week shown: from then on its changes are swaps with a reason. */
    public void publish() {
        if (!mayPublish.get()) {
            return;
        }
        RosterWeek w = week.get();
        UUID compoundId = compoundId();
        write(
                "task.publishWeek",
                () -> roster.publish(w.communityId(), compoundId, w.monday()),
                I18n.text("roster.grid.publishedNow", w.scope(), weekTitle(w.monday())));
    }

    /**
     * Reads each person's shifts and hours over the week shown (all their posts counted), for those
     * on this week's grid; they come in {@link #totalsProperty()}.
     */
    public void loadTotals() {
        RosterWeek w = week.get();
        if (w == null) {
            return;
        }
        Set<Team.Someone> here = new LinkedHashSet<>(onGrid);
        Set<String> substitutes = new LinkedHashSet<>();
        w.rows()
                .forEach(
                        r ->
                                r.cells()
                                        .forEach(
                                                c ->
                                                        c.people().stream()
                                                                .map(RosterWeek.OnDuty::substitute)
                                                                .filter(Objects::nonNull)
                                                                .forEach(substitutes::add)));
        LocalDate monday = w.monday();
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.totals"),
                                p -> roster.totals(monday, monday.plusDays(6)))
                        .onSuccess(
                                all ->
                                        totals.set(
                                                all.stream()
                                                        .filter(
                                                                t ->
                                                                        here.contains(t.who())
                                                                                || t.substituting()
                                                                                                > 0
                                                                                        && substitutes
                                                                                                .contains(
                                                                                                        t
                                                                                                                .name()))
                                                        .sorted(BY_NAME)
                                                        .toList()))
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /**
     * Prints the week shown (值班表), saves it as a PDF ({@code target}) or opens it; it is numbered
     * and recorded as every printed ledger is.
     */
    public void print(RosterPrinting.Action action, Path target) {
        RosterWeek w = week.get();
        if (w == null || community.get() == null) {
            return;
        }
        RosterPrinting.Week what =
                new RosterPrinting.Week(
                        community.get().name(),
                        compound.get() == null ? null : compound.get().name(),
                        w.monday());
        printing.run(
                action,
                what,
                target,
                number ->
                        status.set(
                                action == RosterPrinting.Action.SAVE
                                        ? I18n.text("roster.printed.saved", number, target)
                                        : I18n.text("roster.printed", number)),
                e -> notice.set(Notice.failure(e)));
    }

    /**
     * Prints the roster notice (排班通知) of the week shown once it is published, saves it as a PDF
     * ({@code target}) or opens it: issued with a number from the dispatch register when the
     * account may issue notices (a reprint keeps it), else a draft. A draft week has no notice: the
     * menu is off until the week is published ({@link #publishedProperty()}).
     */
    public void printNotice(RosterPrinting.Action action, Path target) {
        RosterWeek w = week.get();
        if (w == null || !w.isPublished()) {
            return;
        }
        printing.notice(
                action,
                w.published().id(),
                target,
                number ->
                        status.set(
                                action == RosterPrinting.Action.SAVE
                                        ? I18n.text("roster.noticePrinted.saved", number, target)
                                        : I18n.text("roster.noticePrinted", number)),
                e -> notice.set(Notice.failure(e)));
    }

    public void clearCopied() {
        copied.set(null);
    }

    public void clearTotals() {
        totals.set(null);
    }

    // --- as the grid shows it --------------------------------------------------------------------

    /** {@code 2020年2月24日至3月1日}. */
    public static String weekTitle(LocalDate monday) {
        LocalDate sunday = monday.plusDays(6);
        return sunday.getYear() == monday.getYear()
                ? I18n.text(
                        "roster.grid.title",
                        monday.getYear(),
                        monday.getMonthValue(),
                        monday.getDayOfMonth(),
                        sunday.getMonthValue(),
                        sunday.getDayOfMonth())
                : I18n.text(
                        "roster.grid.titleAcrossYears",
                        monday.getYear(),
                        monday.getMonthValue(),
                        monday.getDayOfMonth(),
                        sunday.getYear(),
                        sunday.getMonthValue(),
                        sunday.getDayOfMonth());
    }

    /** A column's heading: {@code 周一} and, below, {@code 2月24日}. */
    public static String dayHeader(LocalDate day) {
        return I18n.text(
                "roster.grid.day",
                I18n.text("roster.weekday." + day.getDayOfWeek().name()),
                day.getMonthValue(),
                day.getDayOfMonth());
    }

    /** Whether a day is the office's today (its column is marked). */
    public boolean isToday(LocalDate d) {
        return today().equals(d);
    }

    /**
     * A row's heading: the post and, below, its hours; on a whole community's grid, a compound's
     * post also says its compound.
     */
    public String rowText(RosterWeek.Row r) {
        String hours = r.hours() == null ? I18n.text("roster.grid.noShifts") : r.hours().toString();
        return compound.get() == null && r.post().compoundId() != null
                ? I18n.text("roster.grid.rowIn", r.post().name(), hours, r.place())
                : I18n.text("roster.grid.row", r.post().name(), hours);
    }

    /** {@code 2月24日 周一 07:00-12:00 青槐小区卡点}. */
    public static String where(Slot slot) {
        LocalDate d = slot.cell().day();
        return I18n.text(
                "roster.grid.where",
                d.getMonthValue(),
                d.getDayOfMonth(),
                I18n.text("roster.weekday." + d.getDayOfWeek().name()),
                slot.row().hours() == null ? "" : slot.row().hours().toString(),
                slot.row().post().name());
    }

    /** The places a cell still lacks: {@code 缺1人}, or empty. */
    public static String openText(RosterWeek.Cell cell) {
        return cell.open() > 0 ? I18n.text("roster.grid.open", cell.open()) : "";
    }

    /** A cell's colour. */
    public static CellState state(RosterWeek.Cell cell) {
        if (!cell.hasShift()) {
            return CellState.NO_SHIFT;
        }
        if (cell.inConflict()) {
            return CellState.CONFLICT;
        }
        return cell.lacking() || cell.open() > 0 ? CellState.LACKING : CellState.FILLED;
    }

    /** Whether someone on a cell breaks a rule there (their name is shown in red). */
    public static boolean breaksRule(RosterWeek.Cell cell, RosterWeek.OnDuty who) {
        return cell.problems().stream()
                .anyMatch(f -> f.rule().personal() && who.who().equals(f.who()));
    }

    /**
     * What a cell's tooltip says: every broken rule, each on its line; the reasons given for
     * overriding rules; who was swapped off and on, with why.
     */
    public static String details(RosterWeek.Cell cell) {
        if (!cell.hasShift()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Finding f : cell.problems()) {
            if (seen.add(f.what())) {
                lines.add(I18n.text("roster.grid.rule", f.what()));
            }
        }
        for (RosterWeek.OnDuty o : cell.people()) {
            if (o.overrideReason() != null) {
                lines.add(I18n.text("roster.grid.overridden", o.name(), o.overrideReason()));
            }
            if (o.changeReason() != null) {
                lines.add(I18n.text("roster.grid.cameIn", o.name(), o.changeReason()));
            }
            if (o.team() != null) {
                lines.add(I18n.text("roster.grid.withTeam", o.name(), o.team()));
            }
        }
        for (RosterWeek.OnDuty o : cell.withdrawn()) {
            lines.add(
                    I18n.text(
                            "roster.grid.withdrawn",
                            o.name(),
                            o.changeReason() == null ? "" : o.changeReason()));
        }
        if (lines.isEmpty()) {
            lines.add(
                    I18n.text(
                            "roster.grid.cellFine",
                            cell.shift().headcount(),
                            cell.people().size()));
        }
        return String.join("\n", lines);
    }

    /** Someone in the side list: name, party member and compound or kind, shifts this week. */
    public String candidateText(Candidate c) {
        return candidateName(c) + "　" + TeamFormViewModel.what(c);
    }

    /** The side list's first line: the name, and their shifts this week (on every post), if any. */
    public String candidateName(Candidate c) {
        int n = shiftsThisWeek.getOrDefault(c.who(), 0);
        return n == 0 ? c.name() : I18n.text("roster.grid.candidateServes", c.name(), n);
    }

    /** The side list's second line: party member and compound, or the person's kind. */
    public static String candidateWhat(Candidate c) {
        return TeamFormViewModel.what(c);
    }

    /** A team in the side list: its name and headcount. */
    public static String teamText(TeamService.Line l) {
        return I18n.text("roster.grid.team", l.team().name(), l.members().size());
    }

    /**
     * What the picker lists for a search: the candidates found (with their masked ID numbers, to
     * tell two of the same name apart), then, when asked for, the teams.
     */
    public List<Choice> choices(String typed, boolean withTeams) {
        List<Choice> out = new ArrayList<>();
        candidates.stream()
                .filter(c -> TeamFormViewModel.matches(c, typed))
                .forEach(c -> out.add(Choice.of(c)));
        if (withTeams) {
            String t = typed == null ? "" : typed.strip();
            teamLines.stream()
                    .filter(l -> t.isEmpty() || l.team().name().contains(t))
                    .forEach(l -> out.add(Choice.of(l)));
        }
        return out;
    }

    /** A choice as the picker shows it. */
    public static String choiceText(Choice c) {
        return c.isTeam() ? teamText(c.team()) : TeamFormViewModel.candidateText(c.person());
    }

    private static String summaryOf(RosterWeek w) {
        if (w == null) {
            return "";
        }
        if (w.shiftCount() == 0) {
            return w.rows().isEmpty()
                    ? I18n.text("roster.grid.summary.noPosts")
                    : I18n.text("roster.grid.summary.noShifts");
        }
        return I18n.text("roster.grid.summary", w.shiftCount(), w.openPlaces(), conflicts(w));
    }

    /** How many rules people on the week's shifts break (the red cells' rules). */
    private static long conflicts(RosterWeek w) {
        return w.problems().stream().filter(f -> f.rule().personal()).count();
    }

    // --- properties ------------------------------------------------------------------------------

    public ObservableList<Community> communities() {
        return communities;
    }

    public ObjectProperty<Community> communityProperty() {
        return community;
    }

    /** The compounds of the community chosen. */
    public ObservableList<Compound> compounds() {
        return compounds;
    }

    /** The compound shown, or {@code null} for every post of the community. */
    public ObjectProperty<Compound> compoundProperty() {
        return compound;
    }

    /** Any day of the week shown. */
    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    /** The week shown, once read. */
    public ReadOnlyObjectProperty<RosterWeek> weekProperty() {
        return week.getReadOnlyProperty();
    }

    /** Each post's shifts by their hours. */
    public ObservableList<RosterWeek.Row> rows() {
        return rows;
    }

    /** The cell chosen (by click or keyboard). */
    public ObjectProperty<Slot> selectedProperty() {
        return selected;
    }

    /** What the clerk typed to find someone in the side list. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The community's members and the people register, as the search finds them. */
    public ObservableList<Candidate> shownCandidates() {
        return shownCandidates;
    }

    /** The community's teams serving now, as the search finds them. */
    public ObservableList<TeamService.Line> shownTeams() {
        return shownTeams;
    }

    /** Whether the account may change the roster. */
    public boolean mayEdit() {
        return mayEdit;
    }

    /** {@code 2020年2月24日至3月1日}. */
    public StringBinding titleProperty() {
        return title;
    }

    /** 已发布 with when and by whom, or 未发布. */
    public StringBinding publishedTextProperty() {
        return publishedText;
    }

    public BooleanBinding publishedProperty() {
        return published;
    }

    /** Shifts, open places and conflicts of the week, or how to start. */
    public StringBinding summaryProperty() {
        return summary;
    }

    /** Whether the week may be generated into, copied into (not published, clerks only). */
    public BooleanBinding mayChangeWeekProperty() {
        return mayChangeWeek;
    }

    public BooleanBinding mayPublishProperty() {
        return mayPublish;
    }

    /** Whether someone may be put on the cell chosen (the keyboard's way to drag). */
    public BooleanBinding mayAssignProperty() {
        return mayAssign;
    }

    /** A change waiting for the clerk: broken rules to override, or a swap's reason. */
    public ReadOnlyObjectProperty<RosterChangeViewModel> changeProperty() {
        return change.getReadOnlyProperty();
    }

    /** What copying the week before did, once done. */
    public ReadOnlyObjectProperty<RosterService.Copied> copiedProperty() {
        return copied.getReadOnlyProperty();
    }

    /** Each person's shifts and hours over the week, once read. */
    public ReadOnlyObjectProperty<List<RosterService.Totals>> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** What the last change did, in one line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What the side list of teams says when it shows none. */
    public ReadOnlyStringProperty teamsPlaceholderProperty() {
        return teamsPlaceholder.getReadOnlyProperty();
    }

    /** What the grid says when it has no rows. */
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
