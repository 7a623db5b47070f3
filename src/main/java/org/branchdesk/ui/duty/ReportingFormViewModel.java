package org.branchdesk.ui.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import org.branchdesk.domain.duty.Reporting;
import org.branchdesk.domain.duty.ReportingRules;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.service.duty.ReportingService;
import org.branchdesk.service.duty.ReportingService.Reportable;
import org.branchdesk.service.places.PlacesService;
import org.branchdesk.service.units.UnitService;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The form that records a reporting (报到): the in-service member (only those the register marks
 * 在职党员报到 with no reporting open are offered), the community and compound they report to (where they
 * live, proposed when they are picked), their unit from the unit register or by name with its party
 * organization's name (their workplace on the register is proposed), and the date. The checks are
 * bindings; the service checks everything again when saving.
 */
public final class ReportingFormViewModel {
    private final ReportingService reportings;
    private final LocalDate today;
    private final Consumer<Reporting> onSaved;

    private final ObservableList<Reportable> candidates = FXCollections.observableArrayList();
    private final FilteredList<Reportable> shown = new FilteredList<>(candidates);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Reportable> member = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(true);
    private final PlaceChoice place;
    private final UnitFields unit =
            new UnitFields("field.reporting.unit", "field.reporting.unitOrg");
    private final ObjectProperty<LocalDate> reportedOn = new SimpleObjectProperty<>();
    private final FormSaving<Reporting> saving;
    private final StringBinding candidatesNote;
    private final StringBinding dateMessage;
    private final StringBinding missing;
    private final BooleanBinding canSave;

    /** What the form reads once: who may report, and the unit register. */
    private record Loaded(List<Reportable> reportable, List<UnitService.Row> units) {}

    /**
     * @param communities the communities one may report to
     * @param initial the community to start in, or {@code null}
     */
    public ReportingFormViewModel(
            ReportingService reportings,
            UnitService units,
            PlacesService places,
            TaskExecutor tasks,
            LocalDate today,
            List<Community> communities,
            Community initial,
            Consumer<Reporting> onSaved) {
        this.reportings = reportings;
        this.today = today;
        this.onSaved = onSaved;
        saving = new FormSaving<>(tasks);
        place = new PlaceChoice(places, tasks, communities, saving::failed);
        reportedOn.set(today);
        candidatesNote =
                Bindings.createStringBinding(
                        () ->
                                loading.get()
                                        ? I18n.text("duty.loading")
                                        : candidates.isEmpty()
                                                ? I18n.text("reporting.form.noCandidates")
                                                : I18n.text("teams.form.noneFound"),
                        loading,
                        candidates);
        dateMessage =
                Bindings.createStringBinding(
                        () -> {
                            String p = dayProblem(reportedOn.get(), today);
                            Reporting earlier =
                                    member.get() == null || reportedOn.get() == null
                                            ? null
                                            : ReportingRules.overlapsEarlier(
                                                    member.get().earlier(), reportedOn.get());
                            return !p.isEmpty() || earlier == null
                                    ? p
                                    : I18n.text(
                                            "rule.reporting.overlapsEarlier",
                                            earlier.reportedOn(),
                                            earlier.endedOn());
                        },
                        reportedOn,
                        member);
        missing =
                Bindings.createStringBinding(
                        () ->
                                member.get() == null
                                                || place.community().get() == null
                                                || reportedOn.get() == null
                                                || unit.missing().get()
                                        ? I18n.text("reporting.form.missing")
                                        : "",
                        member,
                        place.community(),
                        reportedOn,
                        unit.missing());
        canSave =
                Bindings.createBooleanBinding(
                        () ->
                                missing.get().isEmpty()
                                        && dateMessage.get().isEmpty()
                                        && unit.valid().get()
                                        && !saving.saving().get(),
                        missing,
                        dateMessage,
                        unit.valid(),
                        saving.saving());
        search.addListener((o, a, s) -> shown.setPredicate(r -> matches(r, s)));
        member.addListener((o, a, m) -> picked(m));
        place.community().set(initial);
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.loadCandidates"),
                                p -> new Loaded(reportings.reportable(), units.list()))
                        .onSuccess(
                                l -> {
                                    unit.units().setAll(l.units());
                                    candidates.setAll(order(l.reportable(), initial));
                                    loading.set(false);
                                })
                        .onFailure(
                                e -> {
                                    loading.set(false);
                                    saving.failed(e);
                                }));
    }

    /** Those who live in the community the form starts in come first. */
    private static List<Reportable> order(List<Reportable> all, Community first) {
        if (first == null) {
            return all;
        }
        List<Reportable> in = all.stream().filter(r -> first.id().equals(r.communityId())).toList();
        List<Reportable> out = new java.util.ArrayList<>(in);
        all.stream().filter(r -> !in.contains(r)).forEach(out::add);
        return out;
    }

    /** A member picked: where they live and their workplace are proposed. */
    private void picked(Reportable m) {
        if (m == null) {
            return;
        }
        place.choose(m.communityId(), m.compoundId());
        unit.propose(m.workplace());
    }

    /**
     * Whether someone is found by what the clerk typed: part of the name, of where they live or of
     * their workplace, or the last digits of the ID number.
     */
    public static boolean matches(Reportable r, String typed) {
        String s = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        return s.isEmpty()
                || r.name().contains(s)
                || r.place().contains(s)
                || r.workplace().contains(s)
                || s.matches("[0-9X]{2,18}") && r.maskedId().endsWith(s);
    }

    /** Why a day something was done is refused (it has not come yet), or empty. */
    static String dayProblem(LocalDate day, LocalDate today) {
        if (day == null) {
            return "";
        }
        try {
            DutyPeriods.requireNotInFuture("x", day, today);
            return "";
        } catch (ValidationError e) {
            return e.reason();
        }
    }

    /** Records the reporting; a refusal is put in the notice and nothing changes. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        ReportingService.NewReporting form =
                new ReportingService.NewReporting(
                        member.get().memberId(),
                        place.communityId(),
                        place.compoundId(),
                        unit.unitId(),
                        unit.unitName(),
                        unit.unitOrgName(),
                        reportedOn.get());
        saving.run(I18n.text("task.addReporting"), p -> reportings.report(form), onSaved);
    }

    /** A member to pick as the list shows them: name, where they live, ID number masked. */
    public static String candidateText(Reportable r) {
        return r.workplace().isEmpty()
                ? I18n.text("reporting.candidate", r.name(), r.place(), r.maskedId())
                : I18n.text(
                        "reporting.candidate.work",
                        r.name(),
                        r.place(),
                        r.maskedId(),
                        r.workplace());
    }

    public LocalDate today() {
        return today;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The in-service members the search finds. */
    public ObservableList<Reportable> shown() {
        return shown;
    }

    /** The member picked, or {@code null}. */
    public ObjectProperty<Reportable> memberProperty() {
        return member;
    }

    /** What the list to pick from says when it is empty. */
    public StringBinding candidatesNoteProperty() {
        return candidatesNote;
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

    /** The compound reported to, or {@code null} for the whole community. */
    public ObjectProperty<Compound> compoundProperty() {
        return place.compound();
    }

    /** The units of the register to pick from. */
    public ObservableList<UnitService.Row> units() {
        return unit.units();
    }

    /** The unit of the register picked, or {@code null} to type its name. */
    public ObjectProperty<UnitService.Row> unitProperty() {
        return unit.unit();
    }

    public StringProperty unitNameProperty() {
        return unit.name();
    }

    public StringProperty unitOrgProperty() {
        return unit.orgName();
    }

    public StringBinding unitNameMessageProperty() {
        return unit.nameMessage();
    }

    public StringBinding unitOrgMessageProperty() {
        return unit.orgMessage();
    }

    /** Says that the unit typed is on the register and will be linked, or empty. */
    public StringBinding unitLinkNoteProperty() {
        return unit.linkNote();
    }

    public ObjectProperty<LocalDate> reportedOnProperty() {
        return reportedOn;
    }

    public StringBinding dateMessageProperty() {
        return dateMessage;
    }

    /** What must still be filled in before saving, or empty. */
    public StringBinding missingProperty() {
        return missing;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ReadOnlyObjectProperty<Reporting> savedProperty() {
        return saving.saved();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return saving.notice();
    }

    public void clearNotice() {
        saving.clearNotice();
    }
}
