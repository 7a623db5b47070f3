package org.branchdesk.ui.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.branchdesk.domain.places.Community;
import org.branchdesk.service.duty.SentDownService;
import org.branchdesk.service.duty.SentDownService.Line;
import org.branchdesk.service.duty.TeamService;
import org.branchdesk.service.places.PlacesService;
import org.branchdesk.service.units.UnitService;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * Cadres sent down to the communities (下沉干部): who (a member, or a person on the people register as
 * 下沉干部), the sending unit, the community or compound they serve, the period. Filter by community
 * and by name or unit, with or without those whose sending ended; with the clerk's permission add
 * one, or end a sending on its last day.
 */
public final class SentDownViewModel {
    private final SentDownService sentDown;
    private final TeamService teams;
    private final PlacesService places;
    private final UnitService units;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final boolean mayEdit;

    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Community> community = new SimpleObjectProperty<>();
    private final BooleanProperty includeEnded = new SimpleBooleanProperty(true);
    private final List<Line> all = new ArrayList<>();
    private final ObservableList<Line> rows = FXCollections.observableArrayList();
    private final ObservableList<Community> communities = FXCollections.observableArrayList();
    private final ObjectProperty<Line> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder =
            new ReadOnlyStringWrapper(I18n.text("duty.loading"));
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);
    private final BooleanBinding mayEnd;

    private long loadNumber;
    private UUID toSelect;

    private record Loaded(List<Line> lines, List<Community> communities) {}

    /**
     * @param teams who may be sent down: the community's members and the people register
     * @param mayEdit whether the account may record (the clerk's {@code EDIT})
     */
    public SentDownViewModel(
            SentDownService sentDown,
            TeamService teams,
            PlacesService places,
            UnitService units,
            TaskExecutor tasks,
            Clock clock,
            boolean mayEdit) {
        this.sentDown = sentDown;
        this.teams = teams;
        this.places = places;
        this.units = units;
        this.tasks = tasks;
        this.clock = clock;
        this.mayEdit = mayEdit;
        mayEnd =
                Bindings.createBooleanBinding(
                        () -> mayEdit && selected.get() != null && selected.get().isServing(),
                        selected);
        text.addListener((o, a, b) -> filter());
        community.addListener((o, a, b) -> filter());
        includeEnded.addListener((o, a, b) -> filter());
    }

    /** Reads the cadres sent down and the communities afresh. */
    public void reload() {
        long number = ++loadNumber;
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.loadSentDown"),
                                p -> new Loaded(sentDown.lines(true), places.communities()))
                        .onSuccess(
                                loaded -> {
                                    if (number != loadNumber) {
                                        return;
                                    }
                                    all.clear();
                                    all.addAll(loaded.lines());
                                    DutyLists.communitiesRead(
                                            communities, community, loaded.communities());
                                    filter();
                                    toSelect = null;
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private void filter() {
        UUID keep =
                toSelect != null ? toSelect : selected.get() == null ? null : selected.get().id();
        DutyLists.show(rows, all.stream().filter(this::matches).toList(), selected, Line::id, keep);
        long serving = all.stream().filter(Line::isServing).count();
        placeholder.set(
                all.isEmpty() ? I18n.text("sentDown.empty") : I18n.text("sentDown.noneFound"));
        summary.set(
                all.isEmpty()
                        ? ""
                        : I18n.text(
                                "sentDown.summary", rows.size(), serving, all.size() - serving));
    }

    private boolean matches(Line l) {
        if (!includeEnded.get() && !l.isServing()
                || community.get() != null && !community.get().id().equals(l.communityId())) {
            return false;
        }
        String s = text.get() == null ? "" : text.get().strip();
        return s.isEmpty()
                || l.name().contains(s)
                || l.unit().contains(s)
                || l.compound().contains(s);
    }

    /** A new cadre sent down, to the community chosen in the filter (if any). */
    public SentDownFormViewModel newSentDown() {
        return new SentDownFormViewModel(
                sentDown,
                teams,
                units,
                places,
                tasks,
                today(),
                List.copyOf(communities),
                community.get(),
                d -> {
                    notice.set(Notice.success(I18n.text("sentDown.added")));
                    toSelect = d.id();
                    text.set("");
                    reload();
                });
    }

    /** Ends a sending on its last day; the record stays. */
    public void end(Line line, LocalDate on) {
        if (line == null || on == null) {
            return;
        }
        UUID id = line.id();
        tasks.execute(
                BackgroundTask.of(I18n.text("task.endSentDown"), p -> sentDown.end(id, on))
                        .onSuccess(
                                d -> {
                                    notice.set(
                                            Notice.success(
                                                    I18n.text("sentDown.ended", line.name(), on)));
                                    reload();
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- as the list shows it --------------------------------------------------------------------

    /** 党员 for a member of the register, else 人员名册. */
    public static String whoText(Line l) {
        return I18n.text(l.cadre().isMember() ? "sentDown.who.member" : "sentDown.who.person");
    }

    public static String placeText(Line l) {
        return l.compound().isEmpty()
                ? l.community()
                : I18n.text("duty.place", l.community(), l.compound());
    }

    public static String periodText(Line l) {
        return l.to() == null
                ? I18n.text("duty.periodOpen", l.from())
                : I18n.text("duty.period", l.from(), l.to());
    }

    /** 下沉中, or the day it ended. */
    public static String statusText(Line l) {
        return l.isServing()
                ? I18n.text("sentDown.status.serving")
                : I18n.text("sentDown.status.ended", l.to());
    }

    // --- properties ------------------------------------------------------------------------------

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Community> communityProperty() {
        return community;
    }

    /** With those whose sending ended (on by default: the period is what the list is about). */
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

    public boolean mayEdit() {
        return mayEdit;
    }

    /** Whether the chosen sending may be ended (it is under way, and the account may record). */
    public BooleanBinding mayEndProperty() {
        return mayEnd;
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
