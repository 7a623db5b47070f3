package org.branchdesk.ui.duty;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.AreaRules;
import org.branchdesk.domain.duty.CadreArea;
import org.branchdesk.domain.duty.DutyPeriods;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.service.duty.AreaService;
import org.branchdesk.service.duty.TeamService;
import org.branchdesk.service.duty.TeamService.Candidate;
import org.branchdesk.service.places.PlacesService;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The form that assigns an area (分配包联): the community and, optionally, one of its compounds (the
 * whole community without), the cadre picked from the community's members and the people register
 * (cadres sent down first), and the day they start. The rules are bindings here: the start cannot
 * be a day to come ({@link DutyPeriods#inFuture}), and a cadre answers for a place once at a time
 * ({@link AreaRules#answersAlready}); the service checks everything again when saving.
 */
public final class AreaFormViewModel {
    private final AreaService areas;
    private final TeamService teams;
    private final PlacesService places;
    private final TaskExecutor tasks;
    private final List<CadreArea> existing;
    private final Consumer<Saved> onSaved;

    private final ObservableList<Community> communities = FXCollections.observableArrayList();
    private final ObjectProperty<Community> community = new SimpleObjectProperty<>();
    private final ObservableList<Compound> compounds = FXCollections.observableArrayList();
    private final ObjectProperty<Compound> compound = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final FilteredList<Candidate> shown = new FilteredList<>(candidates);
    private final ObjectProperty<Candidate> cadre = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<CadreArea> saved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    private final StringBinding fromMessage;
    private final StringBinding cadreMessage;
    private final StringBinding candidatesNote;
    private final StringBinding missing;
    private final BooleanBinding canSave;

    /** The community of the last candidates asked for: an older answer is stale. */
    private UUID loadingFor;

    /**
     * @param communities the communities an area may be in
     * @param initial the community to start in, or {@code null}
     * @param lines every area on the register (ended ones too), to say at once when the cadre
     *     answers for the place already
     * @param onSaved gets the area recorded, with its cadre's name and its place
     */
    public AreaFormViewModel(
            AreaService areas,
            TeamService teams,
            PlacesService places,
            TaskExecutor tasks,
            LocalDate today,
            List<Community> communities,
            Community initial,
            List<AreaService.Line> lines,
            Consumer<Saved> onSaved) {
        this.areas = areas;
        this.teams = teams;
        this.places = places;
        this.tasks = tasks;
        this.onSaved = onSaved;
        this.existing =
                lines.stream()
                        .map(
                                l ->
                                        new CadreArea(
                                                l.id(),
                                                l.cadre(),
                                                l.communityId(),
                                                l.compoundId(),
                                                l.from(),
                                                l.to()))
                        .toList();
        this.communities.setAll(communities);
        from.set(today);
        fromMessage =
                Bindings.createStringBinding(
                        () ->
                                from.get() == null
                                        ? ""
                                        : reason(
                                                () ->
                                                        DutyPeriods.requireNotInFuture(
                                                                "field.area.from",
                                                                from.get(),
                                                                today)),
                        from);
        cadreMessage =
                Bindings.createStringBinding(
                        () -> answersAlready() ? I18n.text("rule.area.already") : "",
                        cadre,
                        community,
                        compound);
        candidatesNote =
                Bindings.createStringBinding(
                        () ->
                                community.get() == null
                                        ? I18n.text("areas.form.chooseCommunityFirst")
                                        : loading.get()
                                                ? I18n.text("duty.loading")
                                                : candidates.isEmpty()
                                                        ? I18n.text("teams.form.noCandidates")
                                                        : I18n.text("teams.form.noneFound"),
                        community,
                        loading,
                        candidates);
        missing =
                Bindings.createStringBinding(
                        () ->
                                community.get() == null || cadre.get() == null || from.get() == null
                                        ? I18n.text("areas.form.missing")
                                        : "",
                        community,
                        cadre,
                        from);
        canSave =
                Bindings.createBooleanBinding(
                        () ->
                                missing.get().isEmpty()
                                        && fromMessage.get().isEmpty()
                                        && cadreMessage.get().isEmpty()
                                        && !saving.get(),
                        missing,
                        fromMessage,
                        cadreMessage,
                        saving);
        search.addListener((o, a, b) -> shown.setPredicate(c -> TeamFormViewModel.matches(c, b)));
        community.addListener((o, a, b) -> communityChosen(b));
        community.set(initial);
    }

    /**
     * An area just recorded, with its cadre's name and its place as the clerk chose them ({@code
     * 青槐社区 槐荫里}).
     */
    public record Saved(CadreArea area, String cadre, String place) {}

    /** The reason a check refuses, or empty when it passes. */
    static String reason(Runnable check) {
        try {
            check.run();
            return "";
        } catch (ValidationError e) {
            return e.reason();
        } catch (UserError e) {
            return e.getMessage();
        }
    }

    private boolean answersAlready() {
        Candidate c = cadre.get();
        if (c == null || community.get() == null) {
            return false;
        }
        return AreaRules.answersAlready(
                existing.stream().filter(a -> a.cadre().equals(c.who())).toList(),
                community.get().id(),
                compound.get() == null ? null : compound.get().id());
    }

    /** Another community: its compounds and candidates are read; the cadre picked is let go. */
    private void communityChosen(Community c) {
        compound.set(null);
        compounds.clear();
        cadre.set(null);
        candidates.clear();
        if (c == null) {
            loadingFor = null;
            return;
        }
        UUID id = c.id();
        loadingFor = id;
        loading.set(true);
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.loadCandidates"),
                                p -> new Loaded(places.compounds(id), teams.candidates(id)))
                        .onSuccess(
                                r -> {
                                    if (!Objects.equals(id, loadingFor)) {
                                        return;
                                    }
                                    compounds.setAll(r.compounds());
                                    candidates.setAll(
                                            r.candidates().stream().sorted(CADRES_FIRST).toList());
                                    loading.set(false);
                                })
                        .onFailure(
                                e -> {
                                    loading.set(false);
                                    notice.set(Notice.failure(e));
                                }));
    }

    /** What one community's reading gives: its compounds, and whom to pick from. */
    private record Loaded(List<Compound> compounds, List<Candidate> candidates) {}

    /**
     * Cadres sent down first, then the community's members, then the rest of the people register.
     */
    private static final Comparator<Candidate> CADRES_FIRST =
            Comparator.comparingInt(
                    c -> c.kind() == PersonKind.SENT_DOWN_CADRE ? 0 : c.kind() == null ? 1 : 2);

    /** Records the area; a refusal is put in the notice and nothing changes. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        AreaService.NewArea form =
                new AreaService.NewArea(
                        cadre.get().who(),
                        community.get().id(),
                        compound.get() == null ? null : compound.get().id(),
                        from.get(),
                        null);
        String name = cadre.get().name();
        String place =
                compound.get() == null
                        ? community.get().name()
                        : I18n.text("duty.place", community.get().name(), compound.get().name());
        saving.set(true);
        tasks.execute(
                BackgroundTask.of(I18n.text("task.addArea"), p -> areas.add(form))
                        .onSuccess(
                                a -> {
                                    saving.set(false);
                                    saved.set(a);
                                    onSaved.accept(new Saved(a, name, place));
                                })
                        .onFailure(
                                e -> {
                                    saving.set(false);
                                    notice.set(Notice.failure(e));
                                }));
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

    /** The compound the area covers, or {@code null} for the whole community. */
    public ObjectProperty<Compound> compoundProperty() {
        return compound;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** What the clerk types to find someone: a name, a compound, the last digits of an ID. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The people to pick from that the search finds. */
    public ObservableList<Candidate> shown() {
        return shown;
    }

    /** The cadre picked, or {@code null}. */
    public ObjectProperty<Candidate> cadreProperty() {
        return cadre;
    }

    /** What is wrong with the start, or empty. */
    public StringBinding fromMessageProperty() {
        return fromMessage;
    }

    /** What is wrong with the cadre for this place (answers for it already), or empty. */
    public StringBinding cadreMessageProperty() {
        return cadreMessage;
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

    public ReadOnlyObjectProperty<CadreArea> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void clearNotice() {
        notice.set(Notice.NONE);
    }
}
