package org.branchdesk.ui.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.branchdesk.domain.common.Names;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.duty.TeamKind;
import org.branchdesk.domain.duty.TeamRules;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.service.duty.TeamService;
import org.branchdesk.service.duty.TeamService.Candidate;
import org.branchdesk.service.places.PlacesService;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The form that forms a team: its kind, name, community and (optionally) one of its compounds, the
 * day it was formed, and its members and leader picked from the community's members and the people
 * register. The team rules ({@link TeamRules}) are bindings here: who may be picked for the kind
 * chosen (a commando team, 党员突击队, takes party members only), and what the team as picked breaks;
 * the service checks everything again when saving.
 */
public final class TeamFormViewModel {
    private final TeamService teams;
    private final PlacesService places;
    private final TaskExecutor tasks;
    private final Consumer<Team> onSaved;

    private final ObjectProperty<TeamKind> kind = new SimpleObjectProperty<>(TeamKind.VOLUNTEER);
    private final StringProperty name = new SimpleStringProperty("");
    private final ObservableList<Community> communities = FXCollections.observableArrayList();
    private final ObjectProperty<Community> community = new SimpleObjectProperty<>();
    private final ObservableList<Compound> compounds = FXCollections.observableArrayList();
    private final ObjectProperty<Compound> compound = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> formedOn = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final FilteredList<Candidate> shown = new FilteredList<>(candidates);
    private final ObservableList<Candidate> chosen = FXCollections.observableArrayList();
    private final ObjectProperty<Candidate> leader = new SimpleObjectProperty<>();
    private final BooleanProperty loadingCandidates = new SimpleBooleanProperty(false);
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Team> saved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    private final ObjectBinding<TeamRules.Refusal> refusal;
    private final StringBinding nameMessage;
    private final StringBinding membersMessage;
    private final StringBinding leaderMessage;
    private final StringBinding kindNote;
    private final StringBinding candidatesNote;
    private final StringBinding missing;
    private final BooleanBinding canSave;

    /** The community of the last candidates asked for: an older answer is stale. */
    private UUID loadingFor;

    /** The candidates as the service gave them: members of the community, then people. */
    private List<Candidate> loaded = List.of();

    /**
     * @param communities the communities a team may be formed in
     * @param initial the community to start in, or {@code null}
     */
    public TeamFormViewModel(
            TeamService teams,
            PlacesService places,
            TaskExecutor tasks,
            LocalDate today,
            List<Community> communities,
            Community initial,
            Consumer<Team> onSaved) {
        this.teams = teams;
        this.places = places;
        this.tasks = tasks;
        this.onSaved = onSaved;
        this.communities.setAll(communities);
        formedOn.set(today);
        refusal =
                Bindings.createObjectBinding(
                        () ->
                                TeamRules.check(
                                        kind.get(),
                                        leader.get() == null ? null : leader.get().who(),
                                        chosen.stream().map(Candidate::who).toList()),
                        kind,
                        leader,
                        chosen);
        nameMessage =
                Bindings.createStringBinding(
                        () -> {
                            if (Text.emptyToNull(name.get()) == null) {
                                return "";
                            }
                            try {
                                Names.requireName("field.team.name", name.get());
                                return "";
                            } catch (ValidationError e) {
                                return e.reason();
                            }
                        },
                        name);
        // an empty team is "still to do", not an error: it is said by missing
        membersMessage =
                Bindings.createStringBinding(
                        () ->
                                refusal.get() == null
                                                || refusal.get() == TeamRules.Refusal.EMPTY
                                                || !TeamRules.fieldOf(refusal.get())
                                                        .equals("field.team.members")
                                        ? ""
                                        : I18n.text("refusal.team." + refusal.get().name()),
                        refusal);
        leaderMessage =
                Bindings.createStringBinding(
                        () ->
                                refusal.get() != null
                                                && TeamRules.fieldOf(refusal.get())
                                                        .equals("field.team.leader")
                                        ? I18n.text("refusal.team." + refusal.get().name())
                                        : "",
                        refusal);
        kindNote =
                Bindings.createStringBinding(
                        () ->
                                kind.get() == TeamKind.COMMANDO
                                        ? I18n.text("teams.form.commandoNote")
                                        : "",
                        kind);
        candidatesNote =
                Bindings.createStringBinding(
                        () ->
                                community.get() == null
                                        ? I18n.text("teams.form.chooseCommunityFirst")
                                        : loadingCandidates.get()
                                                ? I18n.text("duty.loading")
                                                : candidates.isEmpty()
                                                        ? I18n.text("teams.form.noCandidates")
                                                        : I18n.text("teams.form.noneFound"),
                        community,
                        loadingCandidates,
                        candidates);
        missing =
                Bindings.createStringBinding(
                        () ->
                                Text.emptyToNull(name.get()) == null
                                                || community.get() == null
                                                || formedOn.get() == null
                                                || chosen.isEmpty()
                                        ? I18n.text("teams.form.missing")
                                        : "",
                        name,
                        community,
                        formedOn,
                        chosen);
        canSave =
                Bindings.createBooleanBinding(
                        () ->
                                missing.get().isEmpty()
                                        && nameMessage.get().isEmpty()
                                        && refusal.get() == null
                                        && !saving.get(),
                        missing,
                        nameMessage,
                        refusal,
                        saving);
        search.addListener((o, a, b) -> refilter());
        chosen.addListener((ListChangeListener<Candidate>) c -> refilter());
        community.addListener((o, a, b) -> communityChosen(b));
        compound.addListener((o, a, b) -> order());
        community.set(initial);
    }

    /** Another community: its compounds and candidates are read; who was picked is let go. */
    private void communityChosen(Community c) {
        compound.set(null);
        compounds.clear();
        chosen.clear();
        leader.set(null);
        loaded = List.of();
        candidates.clear();
        if (c == null) {
            loadingFor = null;
            return;
        }
        UUID id = c.id();
        loadingFor = id;
        loadingCandidates.set(true);
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.loadCandidates"),
                                p -> new Object[] {places.compounds(id), teams.candidates(id)})
                        .onSuccess(
                                r -> {
                                    if (!Objects.equals(id, loadingFor)) {
                                        return;
                                    }
                                    @SuppressWarnings("unchecked")
                                    List<Compound> cs = (List<Compound>) r[0];
                                    @SuppressWarnings("unchecked")
                                    List<Candidate> people = (List<Candidate>) r[1];
                                    compounds.setAll(cs);
                                    loaded = List.copyOf(people);
                                    order();
                                    loadingCandidates.set(false);
                                })
                        .onFailure(
                                e -> {
                                    loadingCandidates.set(false);
                                    notice.set(Notice.failure(e));
                                }));
    }

    /** The members of the compound chosen come first, the others as the service listed them. */
    private void order() {
        String in = compound.get() == null ? null : compound.get().name();
        List<Candidate> first =
                loaded.stream().filter(c -> in != null && in.equals(c.compound())).toList();
        List<Candidate> rest = loaded.stream().filter(c -> !first.contains(c)).toList();
        candidates.setAll(first);
        candidates.addAll(rest);
    }

    private void refilter() {
        String s = search.get();
        shown.setPredicate(c -> !chosen.contains(c) && matches(c, s));
    }

    /**
     * Whether someone is found by what the clerk typed: part of the name or of the compound, or the
     * last digits of the ID number (which lists show masked, the last four in clear).
     */
    public static boolean matches(Candidate c, String typed) {
        String s = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        return s.isEmpty()
                || c.name().contains(s)
                || c.compound() != null && c.compound().contains(s)
                || s.matches("[0-9X]{2,18}") && c.maskedId().endsWith(s);
    }

    /** Whether someone may be picked for the kind of team chosen (and is not picked yet). */
    public boolean selectable(Candidate c) {
        return c != null && !chosen.contains(c) && TeamRules.mayJoin(kind.get(), c.who());
    }

    /** Whether someone picked may stay in a team of the kind chosen now. */
    public boolean mayStay(Candidate c) {
        return c != null && TeamRules.mayJoin(kind.get(), c.who());
    }

    /** Picks someone; one the kind of team does not take is refused with the reason. */
    public void pick(Candidate c) {
        if (c == null || chosen.contains(c)) {
            return;
        }
        if (!TeamRules.mayJoin(kind.get(), c.who())) {
            notice.set(
                    Notice.failure(
                            I18n.text(
                                    "teams.form.notSelectable",
                                    c.name(),
                                    I18n.text(
                                            "refusal.team."
                                                    + TeamRules.Refusal.COMMANDO_NOT_MEMBER
                                                            .name()))));
            return;
        }
        chosen.add(c);
    }

    /** Lets someone picked go (and the leader's place, if it was theirs). */
    public void drop(Candidate c) {
        if (c != null && c.equals(leader.get())) {
            leader.set(null);
        }
        chosen.remove(c);
    }

    /** Forms the team; a refusal is put in the notice and nothing changes. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        TeamService.NewTeam form =
                new TeamService.NewTeam(
                        kind.get(),
                        name.get(),
                        community.get().id(),
                        compound.get() == null ? null : compound.get().id(),
                        leader.get() == null ? null : leader.get().who(),
                        chosen.stream().map(Candidate::who).toList(),
                        formedOn.get());
        saving.set(true);
        tasks.execute(
                BackgroundTask.of(I18n.text("task.addTeam"), p -> teams.add(form))
                        .onSuccess(
                                t -> {
                                    saving.set(false);
                                    saved.set(t);
                                    onSaved.accept(t);
                                })
                        .onFailure(
                                e -> {
                                    saving.set(false);
                                    notice.set(Notice.failure(e));
                                }));
    }

    /**
     * Someone picked as the team's list shows them: name, then party member and compound, or kind.
     */
    public static String chosenText(Candidate c) {
        return I18n.text("teams.candidate", c.name(), what(c));
    }

    /**
     * Someone to pick as a list shows them: name, party member and compound or kind, and the ID
     * number masked (to tell two of the same name apart).
     */
    public static String candidateText(Candidate c) {
        return c.maskedId().isEmpty()
                ? chosenText(c)
                : I18n.text("teams.candidate.id", c.name(), what(c), c.maskedId());
    }

    /** Party member and compound, or the person's kind: {@code 党员 · 青槐小区}, {@code 居民志愿者}. */
    static String what(Candidate c) {
        return c.kind() == null
                ? c.compound() == null
                        ? I18n.text("teams.candidate.member")
                        : I18n.text("teams.candidate.memberIn", c.compound())
                : I18n.text("personKind." + c.kind().name());
    }

    public ObjectProperty<TeamKind> kindProperty() {
        return kind;
    }

    public StringProperty nameProperty() {
        return name;
    }

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

    /** The compound the team serves, or {@code null} for the whole community. */
    public ObjectProperty<Compound> compoundProperty() {
        return compound;
    }

    public ObjectProperty<LocalDate> formedOnProperty() {
        return formedOn;
    }

    /** What the clerk types to find someone: a name, a compound, the last digits of an ID. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The people to pick from that the search finds, not yet picked. */
    public ObservableList<Candidate> shown() {
        return shown;
    }

    /** Who has been picked, in order. */
    public ObservableList<Candidate> chosen() {
        return chosen;
    }

    /** The leader, one of those picked, or {@code null}. */
    public ObjectProperty<Candidate> leaderProperty() {
        return leader;
    }

    /** The first team rule the team as picked breaks, or {@code null}. */
    public ObjectBinding<TeamRules.Refusal> refusalProperty() {
        return refusal;
    }

    public StringBinding nameMessageProperty() {
        return nameMessage;
    }

    /** What is wrong with the members picked (a commando team with people), or empty. */
    public StringBinding membersMessageProperty() {
        return membersMessage;
    }

    /** What is wrong with the leader, or empty. */
    public StringBinding leaderMessageProperty() {
        return leaderMessage;
    }

    /** What the kind chosen asks of its members (党员突击队: party members only), or empty. */
    public StringBinding kindNoteProperty() {
        return kindNote;
    }

    /** What the list to pick from says when it is empty. */
    public StringBinding candidatesNoteProperty() {
        return candidatesNote;
    }

    /** What must still be filled in before saving, or empty. */
    public StringBinding missingProperty() {
        return missing;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ReadOnlyObjectProperty<Team> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void clearNotice() {
        notice.set(Notice.NONE);
    }
}
