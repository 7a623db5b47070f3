package org.branchdesk.ui.duty;

import java.time.LocalDate;
import java.util.ArrayList;
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
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.branchdesk.domain.duty.AssistanceCategory;
import org.branchdesk.domain.duty.AssistanceRules;
import org.branchdesk.domain.duty.Pairing;
import org.branchdesk.domain.places.Community;
import org.branchdesk.service.duty.AssistanceService;
import org.branchdesk.service.duty.AssistanceService.MemberChoice;
import org.branchdesk.service.duty.AssistanceService.PairingLine;
import org.branchdesk.service.duty.AssistanceService.Resident;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The form that pairs a member with a resident under assistance (结对): the community, the resident
 * (those nobody is paired with first, then those who have a member already), the member picked from
 * the community's members, the category and the day the pairing starts. The rules of {@link
 * AssistanceRules} a form can ask are bindings here (not later than today; not the same member and
 * resident twice while paired); the service checks everything again when saving.
 */
public final class PairFormViewModel {
    /** A pairing made, with the names the list will show. */
    public record Saved(Pairing pairing, String member, String resident) {}

    private final AssistanceService assistance;
    private final TaskExecutor tasks;
    private final LocalDate today;
    private final List<Resident> unpairedAll;
    private final List<PairingLine> pairings;
    private final List<Pairing> existing;
    private final Consumer<Saved> onSaved;

    private final ObservableList<Community> communities = FXCollections.observableArrayList();
    private final ObjectProperty<Community> community = new SimpleObjectProperty<>();
    private final ObservableList<Resident> residents = FXCollections.observableArrayList();
    private final ObjectProperty<Resident> resident = new SimpleObjectProperty<>();
    private final ObservableList<MemberChoice> members = FXCollections.observableArrayList();
    private final FilteredList<MemberChoice> shownMembers = new FilteredList<>(members);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<MemberChoice> member = new SimpleObjectProperty<>();
    private final ObjectProperty<AssistanceCategory> category = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> startedOn = new SimpleObjectProperty<>();
    private final BooleanProperty loadingMembers = new SimpleBooleanProperty(false);
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Pairing> saved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    private final ObjectBinding<AssistanceRules.Refusal> refusal;
    private final StringBinding memberMessage;
    private final StringBinding dateMessage;
    private final StringBinding residentNote;
    private final StringBinding membersNote;
    private final StringBinding missing;
    private final BooleanBinding canSave;

    /** The community of the last members asked for: an older answer is stale. */
    private UUID loadingFor;

    /**
     * @param communities the communities to pair in
     * @param initial the community to start in, or {@code null}
     * @param unpaired the residents under assistance nobody is paired with now
     * @param pairings every pairing on the register, ended ones too
     * @param initialResident the resident to start with, or {@code null}
     */
    public PairFormViewModel(
            AssistanceService assistance,
            TaskExecutor tasks,
            LocalDate today,
            List<Community> communities,
            Community initial,
            List<Resident> unpaired,
            List<PairingLine> pairings,
            Resident initialResident,
            Consumer<Saved> onSaved) {
        this.assistance = assistance;
        this.tasks = tasks;
        this.today = today;
        this.unpairedAll = List.copyOf(unpaired);
        this.pairings = List.copyOf(pairings);
        this.existing =
                pairings.stream()
                        .filter(l -> l.household() != null)
                        .map(AssistanceViewModel::pairingOf)
                        .toList();
        this.onSaved = onSaved;
        this.communities.setAll(communities);
        startedOn.set(today);
        refusal =
                Bindings.createObjectBinding(
                        () -> firstBroken(member.get(), resident.get(), startedOn.get()),
                        member,
                        resident,
                        startedOn);
        memberMessage = messageOn("field.pairing.member");
        dateMessage = messageOn("field.pairing.startedOn");
        residentNote =
                Bindings.createStringBinding(
                        () -> {
                            List<String> with = pairedWith(resident.get());
                            return with.isEmpty()
                                    ? ""
                                    : I18n.text(
                                            "assistance.form.alreadyHas", String.join("、", with));
                        },
                        resident);
        membersNote =
                Bindings.createStringBinding(
                        () ->
                                community.get() == null
                                        ? I18n.text("assistance.form.chooseCommunityFirst")
                                        : loadingMembers.get()
                                                ? I18n.text("duty.loading")
                                                : members.isEmpty()
                                                        ? I18n.text("assistance.form.noMembers")
                                                        : I18n.text("assistance.form.noneFound"),
                        community,
                        loadingMembers,
                        members);
        missing =
                Bindings.createStringBinding(
                        () ->
                                resident.get() == null
                                                || member.get() == null
                                                || category.get() == null
                                                || startedOn.get() == null
                                        ? I18n.text("assistance.form.missing")
                                        : "",
                        resident,
                        member,
                        category,
                        startedOn);
        canSave =
                Bindings.createBooleanBinding(
                        () -> missing.get().isEmpty() && refusal.get() == null && !saving.get(),
                        missing,
                        refusal,
                        saving);
        search.addListener((o, a, b) -> shownMembers.setPredicate(m -> matches(m, b)));
        community.addListener((o, a, b) -> communityChosen(b));
        community.set(initial);
        if (initialResident != null && residents.contains(initialResident)) {
            resident.set(initialResident);
        }
    }

    /** The first rule the pairing as filled in breaks that a form can tell, or {@code null}. */
    private AssistanceRules.Refusal firstBroken(MemberChoice m, Resident r, LocalDate start) {
        if (start != null && !AssistanceRules.notInFuture(start, today)) {
            return AssistanceRules.Refusal.START_IN_FUTURE;
        }
        if (m == null || r == null) {
            return null;
        }
        if (AssistanceRules.openPairingOf(existing, m.id(), r.householdId())) {
            return AssistanceRules.Refusal.ALREADY_PAIRED;
        }
        if (start != null
                && AssistanceRules.overlapsEnded(existing, m.id(), r.householdId(), start)) {
            return AssistanceRules.Refusal.OVERLAPS_EARLIER;
        }
        return null;
    }

    /** The refusal's text under the field it names, or empty. */
    private StringBinding messageOn(String field) {
        return Bindings.createStringBinding(
                () ->
                        refusal.get() != null
                                        && AssistanceRules.fieldOf(refusal.get()).equals(field)
                                ? I18n.text("refusal.pairing." + refusal.get().name())
                                : "",
                refusal);
    }

    /** The members a resident is paired with now. */
    private List<String> pairedWith(Resident r) {
        if (r == null) {
            return List.of();
        }
        return pairings.stream()
                .filter(PairingLine::isOpen)
                .filter(
                        l ->
                                l.household() != null
                                        && l.household().householdId().equals(r.householdId()))
                .map(AssistanceViewModel::memberText)
                .toList();
    }

    /** Another community: its residents are listed and its members read; the picks are let go. */
    private void communityChosen(Community c) {
        member.set(null);
        members.clear();
        List<Resident> list = new ArrayList<>();
        if (c != null) {
            unpairedAll.stream().filter(r -> r.community().equals(c.name())).forEach(list::add);
            for (PairingLine l : pairings) {
                Resident r = l.household();
                if (l.isOpen()
                        && r != null
                        && r.community().equals(c.name())
                        && list.stream().noneMatch(x -> x.householdId().equals(r.householdId()))) {
                    list.add(r);
                }
            }
        }
        Resident keep = resident.get();
        residents.setAll(list);
        resident.set(list.contains(keep) ? keep : null);
        if (c == null) {
            loadingFor = null;
            return;
        }
        UUID id = c.id();
        loadingFor = id;
        loadingMembers.set(true);
        tasks.execute(
                BackgroundTask.of(I18n.text("task.loadPairMembers"), p -> assistance.members(id))
                        .onSuccess(
                                ms -> {
                                    if (!Objects.equals(id, loadingFor)) {
                                        return;
                                    }
                                    members.setAll(ms);
                                    loadingMembers.set(false);
                                })
                        .onFailure(
                                e -> {
                                    loadingMembers.set(false);
                                    notice.set(Notice.failure(e));
                                }));
    }

    /**
     * Whether a member is found by what the clerk typed: part of the name or of the compound, or
     * the last digits of the ID number (which lists show masked, the last four in clear).
     */
    public static boolean matches(MemberChoice m, String typed) {
        String s = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        return s.isEmpty()
                || m.name().contains(s)
                || m.compound() != null && m.compound().contains(s)
                || s.matches("[0-9X]{2,18}") && m.maskedId().endsWith(s);
    }

    /** Pairs them; a refusal is put in the notice and nothing changes. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        MemberChoice m = member.get();
        Resident r = resident.get();
        AssistanceService.NewPairing form =
                new AssistanceService.NewPairing(
                        m.id(), r.householdId(), category.get(), startedOn.get());
        saving.set(true);
        tasks.execute(
                BackgroundTask.of(I18n.text("task.pair"), p -> assistance.pair(form))
                        .onSuccess(
                                p -> {
                                    saving.set(false);
                                    saved.set(p);
                                    onSaved.accept(new Saved(p, m.name(), r.head()));
                                })
                        .onFailure(
                                e -> {
                                    saving.set(false);
                                    notice.set(Notice.failure(e));
                                }));
    }

    /** A member to pick: name, compound, ID masked, and how many they assist already. */
    public static String memberText(MemberChoice m) {
        String where =
                m.compound() == null
                        ? I18n.text("teams.candidate.member")
                        : I18n.text("teams.candidate.memberIn", m.compound());
        return m.openPairings() == 0
                ? I18n.text("assistance.form.member", m.name(), where, m.maskedId())
                : I18n.text(
                        "assistance.form.memberPaired",
                        m.name(),
                        where,
                        m.maskedId(),
                        m.openPairings());
    }

    /** A resident to pick: head of household, compound and address, phone masked. */
    public static String residentText(Resident r) {
        return r == null
                ? ""
                : I18n.text(
                        "assistance.form.resident",
                        r.head(),
                        r.compound(),
                        r.address(),
                        r.maskedPhone() == null ? "" : r.maskedPhone());
    }

    public ObservableList<Community> communities() {
        return communities;
    }

    public ObjectProperty<Community> communityProperty() {
        return community;
    }

    /** The community's residents under assistance: the unpaired first. */
    public ObservableList<Resident> residents() {
        return residents;
    }

    public ObjectProperty<Resident> residentProperty() {
        return resident;
    }

    /** What the clerk types to find a member: a name, a compound, the last digits of an ID. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The community's members that the search finds. */
    public ObservableList<MemberChoice> shownMembers() {
        return shownMembers;
    }

    public ObjectProperty<MemberChoice> memberProperty() {
        return member;
    }

    public ObjectProperty<AssistanceCategory> categoryProperty() {
        return category;
    }

    public ObjectProperty<LocalDate> startedOnProperty() {
        return startedOn;
    }

    /** The first rule the pairing as filled in breaks, or {@code null}. */
    public ObjectBinding<AssistanceRules.Refusal> refusalProperty() {
        return refusal;
    }

    /** What is wrong with the member picked for this resident, or empty. */
    public StringBinding memberMessageProperty() {
        return memberMessage;
    }

    /** What is wrong with the day the pairing starts, or empty. */
    public StringBinding dateMessageProperty() {
        return dateMessage;
    }

    /** Whom the resident chosen is paired with already, or empty. */
    public StringBinding residentNoteProperty() {
        return residentNote;
    }

    /** What the members' list says when it is empty. */
    public StringBinding membersNoteProperty() {
        return membersNote;
    }

    /** What must still be filled in before saving, or empty. */
    public StringBinding missingProperty() {
        return missing;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ReadOnlyObjectProperty<Pairing> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void clearNotice() {
        notice.set(Notice.NONE);
    }
}
