package org.branchdesk.ui.leadership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.leadership.Chosen;
import org.branchdesk.domain.leadership.Holding;
import org.branchdesk.domain.leadership.Position;
import org.branchdesk.domain.leadership.Source;
import org.branchdesk.domain.members.Registration;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.service.leadership.LeadershipService;
import org.branchdesk.service.leadership.LeadershipService.Proposal;
import org.branchdesk.service.members.MemberService;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The appointment (任命) or designation (指定) of one position outside an election: the people the
 * policy proposes, in its order, each with why they fit or not; a person who does not fit cannot be
 * chosen. Someone not yet on the register can be registered as a member held elsewhere (其他单位) and
 * then appears among the proposals.
 */
public final class AppointmentViewModel {
    private final LeadershipService leadership;
    private final MemberService members;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final PartyOrg org;

    private final ObjectProperty<Position> position =
            new SimpleObjectProperty<>(Position.SECRETARY);
    private final ObservableList<Chosen> methods = FXCollections.observableArrayList();
    private final ObjectProperty<Chosen> chosen = new SimpleObjectProperty<>();
    private final ObservableList<Proposal> proposals = FXCollections.observableArrayList();
    private final ObjectProperty<Proposal> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final StringProperty docNumber = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> docDate = new SimpleObjectProperty<>();
    private final StringProperty concurrentDuty = new SimpleStringProperty("");
    private final StringProperty standingException = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<MemberService.Choices> choices =
            new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);
    private final ReadOnlyObjectWrapper<Holding> saved = new ReadOnlyObjectWrapper<>();

    private final BooleanBinding exceptionNeeded =
            Bindings.createBooleanBinding(
                    () ->
                            position.get() == Position.SECRETARY
                                    && selected.get() != null
                                    && selected.get().secretaryNeedsException(),
                    position,
                    selected);
    private final BooleanBinding canSave;

    public AppointmentViewModel(
            LeadershipService leadership,
            MemberService members,
            TaskExecutor tasks,
            Clock clock,
            PartyOrg org) {
        this.leadership = leadership;
        this.members = members;
        this.tasks = tasks;
        this.clock = clock;
        this.org = org;
        methods.setAll(
                org.type() == OrgType.TEMPORARY_BRANCH
                        ? List.of(Chosen.APPOINTED)
                        : List.of(Chosen.DESIGNATED, Chosen.APPOINTED));
        chosen.set(methods.get(0));
        from.set(today());
        docDate.set(today());
        canSave =
                Bindings.createBooleanBinding(
                        () ->
                                selected.get() != null
                                        && position.get() != null
                                        && chosen.get() != null
                                        && source.get() != null
                                        && from.get() != null
                                        && (!exceptionNeeded.get()
                                                || !standingException.get().isBlank()),
                        selected,
                        position,
                        chosen,
                        source,
                        from,
                        exceptionNeeded,
                        standingException);
        position.addListener((o, a, b) -> loadProposals());
        from.addListener((o, a, b) -> loadProposals());
        selected.addListener(
                (o, a, p) -> {
                    if (p != null) {
                        source.set(p.source());
                    }
                });
    }

    /** The organization a position is filled in. */
    public PartyOrg org() {
        return org;
    }

    /** The office's today. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Reads the proposals for the position and day chosen. */
    public void loadProposals() {
        UUID id = org.id();
        Position p = position.get();
        LocalDate day = from.get();
        if (p == null) {
            proposals.clear();
            return;
        }
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.loadProposals"),
                                t -> leadership.proposals(id, p, day))
                        .onSuccess(
                                list -> {
                                    UUID keep =
                                            selected.get() == null
                                                    ? null
                                                    : selected.get().memberId();
                                    proposals.setAll(list);
                                    selected.set(
                                            list.stream()
                                                    .filter(
                                                            x ->
                                                                    x.fits()
                                                                            && x.memberId()
                                                                                    .equals(keep))
                                                    .findFirst()
                                                    .orElse(null));
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** Whether a proposal may be chosen: only one that fits. */
    public boolean selectable(Proposal p) {
        return p != null && p.fits();
    }

    /** Chooses a proposal; one that does not fit is refused with its reason. */
    public void select(Proposal p) {
        if (p == null || selectable(p)) {
            selected.set(p);
        } else {
            selected.set(null);
            notice.set(Notice.failure(I18n.text("appointment.notSelectable", p.name(), p.why())));
        }
    }

    /** Reads the compounds and branches the member form offers. */
    public void loadChoices() {
        tasks.execute(
                BackgroundTask.of(I18n.text("task.search"), p -> members.choices())
                        .onSuccess(choices::set)
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** How the member form starts for someone registered elsewhere: 其他单位, living here. */
    public Registration registrationForNewcomer() {
        return Registration.OTHER_UNIT;
    }

    /** The compound the member form proposes: the (first) one the branch is built on. */
    public UUID compoundForNewcomer() {
        return org.compoundIds().stream().findFirst().orElse(null);
    }

    /** Registers someone held elsewhere as a member, then lists the proposals again. */
    public void register(MemberService.NewMember form) {
        tasks.execute(
                BackgroundTask.of(I18n.text("task.addMember"), p -> members.add(form))
                        .onSuccess(
                                m -> {
                                    notice.set(
                                            Notice.success(
                                                    I18n.text("appointment.registered", m.name())));
                                    loadProposals();
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** Records the position; a refusal is put in the notice and nothing changes. */
    public void save() {
        Proposal p = selected.get();
        if (p == null) {
            notice.set(
                    Notice.failure(new ValidationError("field.holding.member", "rule.required")));
            return;
        }
        LeadershipService.NewHolding form =
                new LeadershipService.NewHolding(
                        org.id(),
                        p.memberId(),
                        position.get(),
                        concurrentDuty.get(),
                        chosen.get(),
                        source.get(),
                        from.get(),
                        docNumber.get(),
                        docDate.get(),
                        standingException.get());
        tasks.execute(
                BackgroundTask.of(I18n.text("task.saveCommittee"), t -> leadership.take(form))
                        .onSuccess(saved::set)
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    public ObjectProperty<Position> positionProperty() {
        return position;
    }

    /** The ways this organization's positions may be filled here: a temporary branch only 任命. */
    public ObservableList<Chosen> methods() {
        return methods;
    }

    public ObjectProperty<Chosen> chosenProperty() {
        return chosen;
    }

    /** The people proposed, in the policy's order. */
    public ObservableList<Proposal> proposals() {
        return proposals;
    }

    public ReadOnlyObjectProperty<Proposal> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public StringProperty docNumberProperty() {
        return docNumber;
    }

    public ObjectProperty<LocalDate> docDateProperty() {
        return docDate;
    }

    public StringProperty concurrentDutyProperty() {
        return concurrentDuty;
    }

    public StringProperty standingExceptionProperty() {
        return standingException;
    }

    /**
     * Whether the standing exception must be written: a secretary with less than a year of full
     * standing (LeadershipRules.secretaryNeedsException, as the proposal reports it).
     */
    public BooleanBinding exceptionNeededProperty() {
        return exceptionNeeded;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ReadOnlyObjectProperty<MemberService.Choices> choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    /** The position recorded; set once the save went through. */
    public ReadOnlyObjectProperty<Holding> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void clearNotice() {
        notice.set(Notice.NONE);
    }
}
