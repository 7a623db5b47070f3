package org.branchdesk.ui.surveys;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
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
import org.branchdesk.domain.places.Compound;
import org.branchdesk.domain.places.OwnerlessRule;
import org.branchdesk.domain.surveys.CompoundSurvey;
import org.branchdesk.domain.surveys.SurveyItem;
import org.branchdesk.service.office.OfficeService;
import org.branchdesk.service.places.PlacesService;
import org.branchdesk.service.surveys.SurveyService;
import org.branchdesk.service.surveys.SurveyService.CompoundRow;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The compounds list with their surveys: pick a compound, record the four clears, follow its gaps
 * and hazards until they are closed (销号).
 */
public final class CompoundsViewModel {
    private final SurveyService surveys;
    private final PlacesService places;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final ObjectProperty<Compound> editing = new SimpleObjectProperty<>();

    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty ownerlessOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty notFourClearOnly = new SimpleBooleanProperty(false);
    private List<CompoundRow> all = List.of();
    private final ObservableList<CompoundRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CompoundRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    private final ObjectProperty<LocalDate> surveyedOn = new SimpleObjectProperty<>();
    private final StringProperty basicFacts = new SimpleStringProperty("");
    private final StringProperty residents = new SimpleStringProperty("");
    private final StringProperty gaps = new SimpleStringProperty("");
    private final StringProperty hazards = new SimpleStringProperty("");
    private final ObservableList<SurveyItem> items = FXCollections.observableArrayList();

    /** Whether the form shows the selected compound's survey (saving is allowed only then). */
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);

    private UUID keepSelection;

    private final OfficeService office;
    private final ObjectProperty<OwnerlessRule> ownerlessRule = new SimpleObjectProperty<>();
    private boolean loadingRule;

    /** The office's today, for the dates a form proposes. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public CompoundsViewModel(
            SurveyService surveys,
            PlacesService places,
            OfficeService office,
            TaskExecutor tasks,
            Clock clock) {
        this.office = office;
        ownerlessRule.addListener(
                (o, a, rule) -> {
                    if (!loadingRule && rule != null && a != null) {
                        tasks.execute(
                                BackgroundTask.of(
                                                I18n.text("task.saveSettings"),
                                                p -> {
                                                    office.setOwnerlessRule(rule);
                                                    return rule;
                                                })
                                        .onSuccess(
                                                r -> {
                                                    notice.set(
                                                            Notice.success(
                                                                    I18n.text(
                                                                            "compounds.ownerlessRule.saved",
                                                                            I18n.text(
                                                                                    "ownerlessRule."
                                                                                            + r
                                                                                                    .name()))));
                                                    reload();
                                                })
                                        .onFailure(e -> notice.set(Notice.failure(e))));
                    }
                });
        this.surveys = surveys;
        this.places = places;
        this.tasks = tasks;
        this.clock = clock;
        filter.addListener((o, a, b) -> applyFilter());
        ownerlessOnly.addListener((o, a, b) -> applyFilter());
        notFourClearOnly.addListener((o, a, b) -> applyFilter());
        selected.addListener((o, a, row) -> loadSurvey(row));
    }

    /** How "ownerless" is read (a setting of the office): all three facts missing, or any one. */
    public ObjectProperty<OwnerlessRule> ownerlessRuleProperty() {
        return ownerlessRule;
    }

    public void reload() {
        tasks.execute(
                BackgroundTask.of(I18n.text("task.loadCompounds"), p -> office.ownerlessRule())
                        .onSuccess(
                                r -> {
                                    loadingRule = true;
                                    ownerlessRule.set(r);
                                    loadingRule = false;
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
        tasks.execute(
                BackgroundTask.of(I18n.text("task.loadCompounds"), p -> surveys.compounds())
                        .onSuccess(
                                list -> {
                                    UUID keep =
                                            keepSelection != null
                                                    ? keepSelection
                                                    : selected.get() == null
                                                            ? null
                                                            : selected.get().compoundId();
                                    keepSelection = null;
                                    all = list;
                                    applyFilter();
                                    selected.set(
                                            rows.stream()
                                                    .filter(r -> r.compoundId().equals(keep))
                                                    .findFirst()
                                                    .orElse(rows.isEmpty() ? null : rows.get(0)));
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private void applyFilter() {
        String q = filter.get() == null ? "" : filter.get().trim().toLowerCase(Locale.ROOT);
        rows.setAll(
                all.stream()
                        .filter(
                                r ->
                                        q.isEmpty()
                                                || r.compound().toLowerCase(Locale.ROOT).contains(q)
                                                || r.community().contains(q))
                        .filter(r -> !ownerlessOnly.get() || r.ownerless())
                        .filter(r -> !notFourClearOnly.get() || !r.fourClear())
                        .toList());
        long clear = all.stream().filter(CompoundRow::fourClear).count();
        summary.set(I18n.text("compounds.summary", rows.size(), all.size(), clear));
    }

    private void loadSurvey(CompoundRow row) {
        if (row == null) {
            fill(null);
            items.clear();
            return;
        }
        UUID id = row.compoundId();
        fill(null); // never show (or save) one compound's texts under another
        loaded.set(false);
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.loadSurvey"),
                                p ->
                                        new Object[] {
                                            surveys.survey(id).orElse(null), surveys.items(id)
                                        })
                        .onSuccess(
                                r -> {
                                    if (selected.get() == null
                                            || !selected.get().compoundId().equals(id)) {
                                        return; // another compound was chosen meanwhile
                                    }
                                    fill((CompoundSurvey) r[0]);
                                    loaded.set(true);
                                    @SuppressWarnings("unchecked")
                                    List<SurveyItem> list = (List<SurveyItem>) r[1];
                                    items.setAll(list);
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private void fill(CompoundSurvey s) {
        surveyedOn.set(s == null ? null : s.surveyedOn());
        basicFacts.set(s == null || s.basicFacts() == null ? "" : s.basicFacts());
        residents.set(s == null || s.residentsAndMembers() == null ? "" : s.residentsAndMembers());
        gaps.set(s == null || s.gaps() == null ? "" : s.gaps());
        hazards.set(s == null || s.hazards() == null ? "" : s.hazards());
    }

    /** Exports the compounds the list shows (after the filters). */
    public void export(Path out) {
        List<CompoundRow> shown = List.copyOf(rows);
        tasks.execute(
                BackgroundTask.of(I18n.text("task.export"), p -> surveys.export(shown, out))
                        .onSuccess(
                                n -> notice.set(Notice.success(I18n.text("list.exported", n, out))))
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** Records the survey as the form shows it. */
    public void saveSurvey() {
        CompoundRow row = selected.get();
        if (row == null || !loaded.get()) {
            return;
        }
        UUID id = row.compoundId();
        LocalDate on = surveyedOn.get();
        String b = basicFacts.get();
        String r = residents.get();
        String g = gaps.get();
        String h = hazards.get();
        change(
                id,
                () -> surveys.record(id, on, b, r, g, h),
                I18n.text("compounds.surveySaved", row.compound()));
    }

    /**
     * Loads the selected compound's facts for its edit form (opened when {@code editing} is set).
     */
    public void editFacts() {
        CompoundRow row = selected.get();
        if (row == null) {
            return;
        }
        UUID id = row.compoundId();
        tasks.execute(
                BackgroundTask.of(I18n.text("task.loadCompounds"), p -> places.compound(id))
                        .onSuccess(editing::set)
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** The compound's facts as the edit form returns them. */
    public record Facts(
            String address,
            Integer households,
            Integer residents,
            Integer buildings,
            String propertyCompany,
            Boolean hasCompetentUnit,
            Boolean hasPropertyService,
            Boolean hasSecurity) {}

    public void saveFacts(UUID id, Facts f) {
        editing.set(null);
        change(
                id,
                () ->
                        places.updateFacts(
                                id,
                                f.address(),
                                f.households(),
                                f.residents(),
                                f.buildings(),
                                f.propertyCompany(),
                                f.hasCompetentUnit(),
                                f.hasPropertyService(),
                                f.hasSecurity()),
                I18n.text("compounds.factsSaved"));
    }

    public void cancelEdit() {
        editing.set(null);
    }

    public ObjectProperty<Compound> editingProperty() {
        return editing;
    }

    /** Adds a gap or hazard found in the selected compound. */
    public void addItem(
            SurveyItem.Kind kind, String description, String responsible, LocalDate deadline) {
        CompoundRow row = selected.get();
        if (row == null) {
            return;
        }
        UUID id = row.compoundId();
        change(id, () -> surveys.addItem(id, kind, description, responsible, deadline), null);
    }

    /**
     * Changes an item: who is responsible, the deadline, its status (and the day it was closed).
     */
    public void editItem(
            SurveyItem item,
            String description,
            String responsible,
            LocalDate deadline,
            SurveyItem.Status status,
            LocalDate closedOn) {
        change(
                item.compoundId(),
                () ->
                        surveys.editItem(
                                item.id(), description, responsible, deadline, status, closedOn),
                I18n.text("compounds.item.saved"));
    }

    /** Closes (销号) an item today. */
    public void closeItem(SurveyItem item) {
        LocalDate today = LocalDate.now(clock);
        change(item.compoundId(), () -> surveys.close(item.id(), today), null);
    }

    private void change(UUID compound, Supplier<Object> work, String done) {
        tasks.execute(
                BackgroundTask.of(I18n.text("task.saveSurvey"), p -> work.get())
                        .onSuccess(
                                r -> {
                                    keepSelection = compound;
                                    if (done != null) {
                                        notice.set(Notice.success(done));
                                    }
                                    reload();
                                    CompoundRow row = selected.get();
                                    if (row != null && row.compoundId().equals(compound)) {
                                        loadSurvey(row);
                                    }
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    public void clearNotice() {
        notice.set(Notice.NONE);
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty ownerlessOnlyProperty() {
        return ownerlessOnly;
    }

    public BooleanProperty notFourClearOnlyProperty() {
        return notFourClearOnly;
    }

    public ObservableList<CompoundRow> rows() {
        return rows;
    }

    public ObjectProperty<CompoundRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> surveyedOnProperty() {
        return surveyedOn;
    }

    public StringProperty basicFactsProperty() {
        return basicFacts;
    }

    public StringProperty residentsProperty() {
        return residents;
    }

    public StringProperty gapsProperty() {
        return gaps;
    }

    public StringProperty hazardsProperty() {
        return hazards;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public ObservableList<SurveyItem> items() {
        return items;
    }
}
