package org.branchdesk.ui.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
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
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.duty.TeamKind;
import org.branchdesk.domain.places.Community;
import org.branchdesk.service.duty.TeamService;
import org.branchdesk.service.duty.TeamService.Line;
import org.branchdesk.service.places.PlacesService;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The teams (队伍) of the communities and their compounds: commando, volunteer and patrol teams, with
 * their leader and members. Search by a team's or a member's name, filter by community and kind,
 * with or without the teams stood down; form a team, stand one down on a day.
 */
public final class TeamsViewModel {
    private final TeamService teams;
    private final PlacesService places;
    private final TaskExecutor tasks;
    private final Clock clock;

    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Community> community = new SimpleObjectProperty<>();
    private final ObjectProperty<TeamKind> kind = new SimpleObjectProperty<>();
    private final BooleanProperty includeEnded = new SimpleBooleanProperty(false);
    private final List<Line> all = new ArrayList<>();
    private final ObservableList<Line> rows = FXCollections.observableArrayList();
    private final ObservableList<Community> communities = FXCollections.observableArrayList();
    private final ObjectProperty<Line> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder =
            new ReadOnlyStringWrapper(I18n.text("duty.loading"));
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);
    private final StringBinding selectedMembers =
            Bindings.createStringBinding(() -> membersText(selected.get()), selected);

    private long loadNumber;

    /** A team just formed, to be chosen once the list has been read again. */
    private UUID toSelect;

    /** What one load reads: the teams, and the communities to choose from. */
    private record Loaded(List<Line> lines, List<Community> communities) {}

    public TeamsViewModel(
            TeamService teams, PlacesService places, TaskExecutor tasks, Clock clock) {
        this.teams = teams;
        this.places = places;
        this.tasks = tasks;
        this.clock = clock;
        text.addListener((o, a, b) -> filter());
        community.addListener((o, a, b) -> filter());
        kind.addListener((o, a, b) -> filter());
        includeEnded.addListener((o, a, b) -> filter());
    }

    /** Reads the teams and the communities afresh. */
    public void reload() {
        long number = ++loadNumber;
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.loadTeams"),
                                p -> new Loaded(teams.lines(), places.communities()))
                        .onSuccess(
                                loaded -> {
                                    if (number != loadNumber) {
                                        return;
                                    }
                                    all.clear();
                                    all.addAll(loaded.lines());
                                    UUID keep =
                                            community.get() == null ? null : community.get().id();
                                    communities.setAll(loaded.communities());
                                    community.set(
                                            loaded.communities().stream()
                                                    .filter(c -> c.id().equals(keep))
                                                    .findFirst()
                                                    .orElse(null));
                                    filter();
                                    toSelect = null;
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private void filter() {
        UUID keep =
                toSelect != null
                        ? toSelect
                        : selected.get() == null ? null : selected.get().team().id();
        rows.setAll(all.stream().filter(this::matches).toList());
        selected.set(
                rows.stream().filter(l -> l.team().id().equals(keep)).findFirst().orElse(null));
        long active = all.stream().filter(l -> l.team().isActive()).count();
        placeholder.set(all.isEmpty() ? I18n.text("teams.empty") : I18n.text("teams.noneFound"));
        summary.set(
                all.isEmpty()
                        ? ""
                        : I18n.text("teams.summary", rows.size(), active, all.size() - active));
    }

    private boolean matches(Line l) {
        Team t = l.team();
        if (!includeEnded.get() && !t.isActive()
                || kind.get() != null && t.kind() != kind.get()
                || community.get() != null && !community.get().id().equals(t.communityId())) {
            return false;
        }
        String s = text.get() == null ? "" : text.get().strip();
        return s.isEmpty()
                || t.name().contains(s)
                || l.compound() != null && l.compound().contains(s)
                || l.members().stream().anyMatch(n -> n != null && n.contains(s));
    }

    /** A new form, in the community chosen in the filter (if any); once saved, the team shows. */
    public TeamFormViewModel newTeam() {
        return new TeamFormViewModel(
                teams,
                places,
                tasks,
                today(),
                List.copyOf(communities),
                community.get(),
                formed -> {
                    notice.set(Notice.success(I18n.text("teams.added", formed.name())));
                    toSelect = formed.id();
                    includeEnded.set(false);
                    kind.set(null);
                    text.set(formed.name());
                    reload();
                });
    }

    /** Stands a team down on a day; the record stays (shown with 含已撤销). */
    public void end(Line line, LocalDate on) {
        if (line == null || on == null) {
            return;
        }
        UUID id = line.team().id();
        tasks.execute(
                BackgroundTask.of(I18n.text("task.endTeam"), p -> teams.end(id, on))
                        .onSuccess(
                                t -> {
                                    notice.set(
                                            Notice.success(I18n.text("teams.ended", t.name(), on)));
                                    reload();
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** Whether a team may be stood down (only once). */
    public boolean mayEnd(Line line) {
        return line != null && line.team().isActive();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public static String kindText(Line l) {
        return I18n.text("teamKind." + l.team().kind().name());
    }

    /** The compound a team serves, or 全社区. */
    public static String compoundText(Line l) {
        return l.compound() == null ? I18n.text("teams.wholeCommunity") : l.compound();
    }

    public static String leaderText(Line l) {
        return l.leader() == null ? I18n.text("value.none") : l.leader();
    }

    public static String countText(Line l) {
        return String.valueOf(l.members().size());
    }

    /** 在编, or the day the team was stood down. */
    public static String statusText(Line l) {
        return l.team().isActive()
                ? I18n.text("teams.status.active")
                : I18n.text("teams.status.ended", l.team().endedOn());
    }

    /** The members of a team in one line, the leader marked; empty for none. */
    public static String membersText(Line l) {
        if (l == null) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < l.members().size(); i++) {
            String n = l.members().get(i);
            boolean leads = l.team().members().get(i).equals(l.team().leader());
            names.add(leads ? I18n.text("teams.leaderMark", n) : n);
        }
        return I18n.text("teams.membersOf", l.team().name(), names.size(), String.join("、", names));
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Community> communityProperty() {
        return community;
    }

    public ObjectProperty<TeamKind> kindProperty() {
        return kind;
    }

    public BooleanProperty includeEndedProperty() {
        return includeEnded;
    }

    public ObservableList<Line> rows() {
        return rows;
    }

    /** The communities to filter by and to form a team in, in the office's order. */
    public ObservableList<Community> communities() {
        return communities;
    }

    /** The team chosen in the table. */
    public ObjectProperty<Line> selectedProperty() {
        return selected;
    }

    /** The chosen team's members, the leader marked. */
    public StringBinding selectedMembersProperty() {
        return selectedMembers;
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
