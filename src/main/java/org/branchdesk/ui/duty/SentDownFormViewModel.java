package org.branchdesk.ui.duty;

import java.time.LocalDate;
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
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.DutyPeriods;
import org.branchdesk.domain.duty.SentDown;
import org.branchdesk.domain.duty.SentDownRules;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.service.duty.SentDownService;
import org.branchdesk.service.duty.TeamService;
import org.branchdesk.service.duty.TeamService.Candidate;
import org.branchdesk.service.places.PlacesService;
import org.branchdesk.service.units.UnitService;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The form that records a cadre sent down (下沉干部): the community (and compound) they serve, the
 * cadre (a member of that community, or a person the people register keeps as 下沉干部: others are not
 * offered, as {@link SentDownRules} says), the sending unit from the unit register or by name, and
 * the period (its end only when it is over already). The checks are bindings; the service checks
 * everything again when saving.
 */
public final class SentDownFormViewModel {
    private final SentDownService sentDown;
    private final TeamService teams;
    private final TaskExecutor tasks;
    private final Consumer<SentDown> onSaved;

    private final PlaceChoice place;
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final FilteredList<Candidate> shown = new FilteredList<>(candidates);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Candidate> cadre = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final UnitFields unit = new UnitFields("field.sentDown.unit", null);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final FormSaving<SentDown> saving;
    private final StringBinding candidatesNote;
    private final StringBinding fromMessage;
    private final StringBinding toMessage;
    private final StringBinding missing;
    private final BooleanBinding canSave;

    /** The community of the last candidates asked for: an older answer is stale. */
    private UUID loadingFor;

    public SentDownFormViewModel(
            SentDownService sentDown,
            TeamService teams,
            UnitService units,
            PlacesService places,
            TaskExecutor tasks,
            LocalDate today,
            List<Community> communities,
            Community initial,
            Consumer<SentDown> onSaved) {
        this.sentDown = sentDown;
        this.teams = teams;
        this.tasks = tasks;
        this.onSaved = onSaved;
        saving = new FormSaving<>(tasks);
        place = new PlaceChoice(places, tasks, communities, saving::failed);
        from.set(today);
        candidatesNote =
                Bindings.createStringBinding(
                        () ->
                                place.community().get() == null
                                        ? I18n.text("teams.form.chooseCommunityFirst")
                                        : loading.get()
                                                ? I18n.text("duty.loading")
                                                : candidates.isEmpty()
                                                        ? I18n.text("sentDown.form.noCandidates")
                                                        : I18n.text("teams.form.noneFound"),
                        place.community(),
                        loading,
                        candidates);
        fromMessage =
                Bindings.createStringBinding(
                        () -> ReportingFormViewModel.dayProblem(from.get(), today), from);
        toMessage =
                Bindings.createStringBinding(
                        () -> {
                            if (to.get() == null) {
                                return "";
                            }
                            try {
                                DutyPeriods.requireNotInFuture("x", to.get(), today);
                                if (from.get() != null) {
                                    DutyPeriods.requireEndNotBeforeStart("x", from.get(), to.get());
                                }
                                return "";
                            } catch (ValidationError e) {
                                return e.reason();
                            }
                        },
                        from,
                        to);
        missing =
                Bindings.createStringBinding(
                        () ->
                                place.community().get() == null
                                                || cadre.get() == null
                                                || from.get() == null
                                                || unit.missing().get()
                                        ? I18n.text("sentDown.form.missing")
                                        : "",
                        place.community(),
                        cadre,
                        from,
                        unit.missing());
        canSave =
                Bindings.createBooleanBinding(
                        () ->
                                missing.get().isEmpty()
                                        && fromMessage.get().isEmpty()
                                        && toMessage.get().isEmpty()
                                        && unit.valid().get()
                                        && !saving.saving().get(),
                        missing,
                        fromMessage,
                        toMessage,
                        unit.valid(),
                        saving.saving());
        search.addListener((o, a, s) -> shown.setPredicate(c -> TeamFormViewModel.matches(c, s)));
        place.community().addListener((o, a, c) -> readCandidates(c));
        tasks.execute(
                BackgroundTask.of(I18n.text("task.loadUnits"), p -> units.list())
                        .onSuccess(unit.units()::setAll)
                        .onFailure(saving::failed));
        place.community().set(initial);
    }

    /** Another community: its members and the people register's cadres are read. */
    private void readCandidates(Community c) {
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
                BackgroundTask.of(I18n.text("task.loadCandidates"), p -> teams.candidates(id))
                        .onSuccess(
                                list -> {
                                    if (!Objects.equals(id, loadingFor)) {
                                        return;
                                    }
                                    candidates.setAll(
                                            list.stream()
                                                    .filter(SentDownFormViewModel::mayBeSentDown)
                                                    .toList());
                                    loading.set(false);
                                })
                        .onFailure(
                                e -> {
                                    loading.set(false);
                                    saving.failed(e);
                                }));
    }

    /** A member, or a person the people register keeps as a cadre sent down. */
    static boolean mayBeSentDown(Candidate c) {
        return c.isMember() || SentDownRules.personMayBeSentDown(c.kind());
    }

    /** Records the cadre sent down; a refusal is put in the notice and nothing changes. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        SentDownService.NewSentDown form =
                new SentDownService.NewSentDown(
                        cadre.get().who(),
                        unit.unitId(),
                        unit.unitName(),
                        place.communityId(),
                        place.compoundId(),
                        from.get(),
                        to.get());
        saving.run(I18n.text("task.addSentDown"), p -> sentDown.add(form), onSaved);
    }

    /** Someone to pick as the list shows them (as the teams' form does). */
    public static String candidateText(Candidate c) {
        return TeamFormViewModel.candidateText(c);
    }

    public ObservableList<Community> communities() {
        return place.communities();
    }

    public ObjectProperty<Community> communityProperty() {
        return place.community();
    }

    public ObservableList<Compound> compounds() {
        return place.compounds();
    }

    /** The compound served, or {@code null} for the whole community. */
    public ObjectProperty<Compound> compoundProperty() {
        return place.compound();
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The community's members and the register's cadres that the search finds. */
    public ObservableList<Candidate> shown() {
        return shown;
    }

    public ObjectProperty<Candidate> cadreProperty() {
        return cadre;
    }

    public StringBinding candidatesNoteProperty() {
        return candidatesNote;
    }

    public ObservableList<UnitService.Row> units() {
        return unit.units();
    }

    /** The sending unit of the register picked, or {@code null} to type its name. */
    public ObjectProperty<UnitService.Row> unitProperty() {
        return unit.unit();
    }

    public StringProperty unitNameProperty() {
        return unit.name();
    }

    public StringBinding unitNameMessageProperty() {
        return unit.nameMessage();
    }

    public StringBinding unitLinkNoteProperty() {
        return unit.linkNote();
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** The last day, only when the sending is over already; else {@code null}. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringBinding fromMessageProperty() {
        return fromMessage;
    }

    public StringBinding toMessageProperty() {
        return toMessage;
    }

    public StringBinding missingProperty() {
        return missing;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ReadOnlyObjectProperty<SentDown> savedProperty() {
        return saving.saved();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return saving.notice();
    }

    public void clearNotice() {
        saving.clearNotice();
    }
}
