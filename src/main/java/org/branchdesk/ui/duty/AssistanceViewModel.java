package org.branchdesk.ui.duty;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
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
import org.branchdesk.domain.duty.AssistanceRules;
import org.branchdesk.domain.duty.Pairing;
import org.branchdesk.domain.places.Community;
import org.branchdesk.service.documents.LedgerKind;
import org.branchdesk.service.duty.AssistanceService;
import org.branchdesk.service.duty.AssistanceService.PairingLine;
import org.branchdesk.service.duty.AssistanceService.Resident;
import org.branchdesk.service.duty.AssistanceService.ServiceLine;
import org.branchdesk.service.paper.LedgerSource;
import org.branchdesk.service.places.PlacesService;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * One-to-one assistance (结对帮扶) of a community: its pairings of a member with a resident under
 * assistance (open, ended, or both), the service log of the pairing chosen, and the residents
 * nobody is paired with. A clerk pairs, ends a pairing on a day, logs a service; anyone who may
 * print prints the assistance ledger (一对一帮扶台账). A supervisor reads, masked, and sees no edit
 * buttons: what may be done comes from here as bindings.
 */
public final class AssistanceViewModel {
    /** Which pairings the list shows. */
    public enum Shown {
        OPEN,
        ENDED,
        ALL
    }

    private final AssistanceService assistance;
    private final PlacesService places;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final boolean mayEdit;
    private final LedgerPrinting printing;

    private final ObservableList<Community> communities = FXCollections.observableArrayList();
    private final ObjectProperty<Community> community = new SimpleObjectProperty<>();
    private final ObjectProperty<Shown> shown = new SimpleObjectProperty<>(Shown.OPEN);
    private final StringProperty text = new SimpleStringProperty("");
    private final List<PairingLine> all = new ArrayList<>();
    private final List<Resident> allUnpaired = new ArrayList<>();
    private final ObservableList<PairingLine> rows = FXCollections.observableArrayList();
    private final ObservableList<Resident> unpaired = FXCollections.observableArrayList();
    private final ObjectProperty<PairingLine> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Resident> selectedResident = new SimpleObjectProperty<>();
    private final ObservableList<ServiceLine> log = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unpairedTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder =
            new ReadOnlyStringWrapper(I18n.text("duty.loading"));
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);
    private final StringBinding logTitle;
    private final BooleanBinding canPair;
    private final BooleanBinding canEnd;
    private final BooleanBinding canLog;

    private long loadNumber;
    private long logNumber;

    /** A pairing just made or changed, to be chosen once the list has been read again. */
    private UUID toSelect;

    /** What one load reads: every pairing, the unpaired residents, the communities. */
    private record Loaded(
            List<PairingLine> pairings, List<Resident> unpaired, List<Community> communities) {}

    /**
     * @param mayEdit whether the account records (the {@code EDIT} permission)
     */
    public AssistanceViewModel(
            AssistanceService assistance,
            PlacesService places,
            TaskExecutor tasks,
            Clock clock,
            boolean mayEdit,
            LedgerPrinting printing) {
        this.assistance = assistance;
        this.places = places;
        this.tasks = tasks;
        this.clock = clock;
        this.mayEdit = mayEdit;
        this.printing = printing;
        logTitle =
                Bindings.createStringBinding(
                        () ->
                                selected.get() == null
                                        ? I18n.text("assistance.log.choose")
                                        : I18n.text(
                                                "assistance.log.title",
                                                memberText(selected.get()),
                                                residentText(selected.get())),
                        selected);
        canPair =
                Bindings.createBooleanBinding(() -> mayEdit && !communities.isEmpty(), communities);
        canEnd =
                Bindings.createBooleanBinding(
                        () -> mayEdit && selected.get() != null && selected.get().isOpen(),
                        selected);
        canLog =
                Bindings.createBooleanBinding(
                        () ->
                                mayEdit
                                        && selected.get() != null
                                        && selected.get().household() != null,
                        selected);
        community.addListener((o, a, b) -> filter());
        shown.addListener((o, a, b) -> filter());
        text.addListener((o, a, b) -> filter());
        selected.addListener((o, a, b) -> loadLog(b));
    }

    /** Reads the pairings, the unpaired residents and the communities afresh. */
    public void reload() {
        long number = ++loadNumber;
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.loadAssistance"),
                                p ->
                                        new Loaded(
                                                assistance.pairings(true),
                                                assistance.unpaired(),
                                                places.communities()))
                        .onSuccess(
                                loaded -> {
                                    if (number != loadNumber) {
                                        return;
                                    }
                                    all.clear();
                                    all.addAll(loaded.pairings());
                                    allUnpaired.clear();
                                    allUnpaired.addAll(loaded.unpaired());
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
                                    // the chosen pairing's log may have changed too
                                    loadLog(selected.get());
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private void filter() {
        UUID keep =
                toSelect != null ? toSelect : selected.get() == null ? null : selected.get().id();
        rows.setAll(all.stream().filter(this::matches).toList());
        PairingLine again = rows.stream().filter(l -> l.id().equals(keep)).findFirst().orElse(null);
        if (!Objects.equals(again, selected.get())) {
            selected.set(again);
        }
        UUID keepResident =
                selectedResident.get() == null ? null : selectedResident.get().householdId();
        unpaired.setAll(allUnpaired.stream().filter(r -> inCommunity(r)).toList());
        selectedResident.set(
                unpaired.stream()
                        .filter(r -> r.householdId().equals(keepResident))
                        .findFirst()
                        .orElse(null));
        List<PairingLine> here = all.stream().filter(l -> inCommunity(l.household())).toList();
        long open = here.stream().filter(PairingLine::isOpen).count();
        placeholder.set(
                here.isEmpty() ? I18n.text("assistance.empty") : I18n.text("assistance.noneFound"));
        summary.set(
                here.isEmpty()
                        ? ""
                        : I18n.text("assistance.summary", rows.size(), open, here.size() - open));
        unpairedTitle.set(I18n.text("assistance.unpaired.title", unpaired.size()));
    }

    private boolean inCommunity(Resident r) {
        return community.get() == null || r != null && r.community().equals(community.get().name());
    }

    private boolean matches(PairingLine l) {
        if (!inCommunity(l.household())
                || shown.get() == Shown.OPEN && !l.isOpen()
                || shown.get() == Shown.ENDED && l.isOpen()) {
            return false;
        }
        String s = text.get() == null ? "" : text.get().strip();
        return s.isEmpty()
                || l.member() != null && l.member().contains(s)
                || l.household() != null
                        && (l.household().head().contains(s)
                                || l.household().compound().contains(s)
                                || l.household().address().contains(s));
    }

    private void loadLog(PairingLine line) {
        long number = ++logNumber;
        if (line == null) {
            log.clear();
            return;
        }
        UUID id = line.id();
        tasks.execute(
                BackgroundTask.of(I18n.text("task.loadServiceLog"), p -> assistance.serviceLog(id))
                        .onSuccess(
                                lines -> {
                                    if (number == logNumber) {
                                        log.setAll(lines);
                                    }
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /**
     * The form that pairs a member with a resident: in the community chosen (or the resident's),
     * the resident chosen in the unpaired list picked already. Once saved, the pairing shows,
     * chosen.
     */
    public PairFormViewModel newPairing() {
        Resident resident = selectedResident.get();
        Community initial =
                resident == null
                        ? community.get()
                        : communities.stream()
                                .filter(c -> c.name().equals(resident.community()))
                                .findFirst()
                                .orElse(community.get());
        return new PairFormViewModel(
                assistance,
                tasks,
                today(),
                List.copyOf(communities),
                initial,
                List.copyOf(allUnpaired),
                List.copyOf(all),
                resident,
                saved -> {
                    notice.set(
                            Notice.success(
                                    I18n.text(
                                            "assistance.paired",
                                            saved.member(),
                                            saved.resident())));
                    toSelect = saved.pairing().id();
                    if (shown.get() == Shown.ENDED) {
                        shown.set(Shown.OPEN);
                    }
                    text.set("");
                    reload();
                });
    }

    /** The form that logs a service for the pairing chosen; once saved, the log shows it. */
    public ServiceFormViewModel newService() {
        PairingLine line = selected.get();
        if (!canLog.get()) {
            return null;
        }
        return new ServiceFormViewModel(
                assistance,
                tasks,
                today(),
                line,
                e -> {
                    // what was done and when, never the health details
                    notice.set(
                            Notice.success(
                                    I18n.text(
                                            "assistance.logged",
                                            e.day(),
                                            I18n.text("serviceKind." + e.kind().name()),
                                            residentText(line))));
                    toSelect = line.id();
                    reload();
                });
    }

    /**
     * What ending a pairing on {@code on} breaks, said in the clerk's words, or empty: asked before
     * the service is (which checks again).
     */
    public String endRefusal(PairingLine line, LocalDate on) {
        if (line == null || line.household() == null || on == null) {
            return on == null ? I18n.text("rule.required") : "";
        }
        AssistanceRules.Refusal r =
                AssistanceRules.ending(pairingOf(line), on, line.lastService(), today());
        return r == null ? "" : I18n.text("refusal.pairing." + r.name());
    }

    /** Ends a pairing on a day; the pairing and its log stay (shown with 已结束). */
    public void end(PairingLine line, LocalDate on) {
        if (line == null || !mayEdit) {
            return;
        }
        String refused = endRefusal(line, on);
        if (!refused.isEmpty()) {
            notice.set(
                    Notice.failure(
                            I18n.text(
                                    "error.fieldReason",
                                    I18n.text("field.pairing.endedOn"),
                                    refused)));
            return;
        }
        UUID id = line.id();
        tasks.execute(
                BackgroundTask.of(I18n.text("task.endPairing"), p -> assistance.end(id, on))
                        .onSuccess(
                                p -> {
                                    notice.set(
                                            Notice.success(
                                                    I18n.text(
                                                            "assistance.ended",
                                                            memberText(line),
                                                            residentText(line),
                                                            on)));
                                    toSelect = id;
                                    reload();
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /**
     * Prints the assistance ledger of the community chosen (or of every community), saves it as a
     * PDF ({@code target}) or opens it; it is numbered and recorded as every printed ledger is.
     */
    public void print(LedgerPrinting.Action action, Path target) {
        String name = community.get() == null ? null : community.get().name();
        printing.run(
                action,
                LedgerKind.ASSISTANCE,
                new LedgerSource.Filter(name, null, null, null, null),
                target,
                number ->
                        status.set(
                                action == LedgerPrinting.Action.SAVE
                                        ? I18n.text("assistance.printed.saved", number, target)
                                        : I18n.text("assistance.printed", number)),
                e -> notice.set(Notice.failure(e)));
    }

    /** The file name the ledger is saved under by default. */
    public String printFileName() {
        return I18n.text(
                "assistance.print.fileName",
                community.get() == null
                        ? I18n.text("filter.any.community")
                        : community.get().name());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A pairing line as the rules take it (its resident on the register). */
    static Pairing pairingOf(PairingLine l) {
        return new Pairing(
                l.id(),
                l.memberId(),
                l.household().householdId(),
                l.category(),
                l.startedOn(),
                l.endedOn());
    }

    // --- as the lists show it ----------------------------------------------------------------

    public static String memberText(PairingLine l) {
        return l.member() == null ? I18n.text("value.none") : l.member();
    }

    /** The head of the household, or that it has been taken off the register. */
    public static String residentText(PairingLine l) {
        return l.household() == null ? I18n.text("cli.pairing.gone") : l.household().head();
    }

    /** Where the resident lives: compound, then building, unit and room. */
    public static String addressText(PairingLine l) {
        return l.household() == null
                ? ""
                : I18n.text(
                        "assistance.address", l.household().compound(), l.household().address());
    }

    /** The resident's phone, masked the office's way. */
    public static String phoneText(PairingLine l) {
        return l.household() == null || l.household().maskedPhone() == null
                ? ""
                : l.household().maskedPhone();
    }

    public static String categoryText(PairingLine l) {
        return I18n.text("assistanceCategory." + l.category().name());
    }

    /** 结对中, or the day the pairing ended. */
    public static String statusText(PairingLine l) {
        return l.isOpen()
                ? I18n.text("assistance.status.open")
                : I18n.text("assistance.status.ended", l.endedOn());
    }

    public static String servicesText(PairingLine l) {
        return String.valueOf(l.servicesTotal());
    }

    public static String lastServiceText(PairingLine l) {
        return l.lastService() == null ? I18n.text("value.none") : l.lastService().toString();
    }

    /** An unpaired resident on two lines: head and compound, then address and phone (masked). */
    public static String unpairedText(Resident r) {
        return r.maskedPhone() == null
                ? I18n.text("assistance.unpaired.rowNoPhone", r.head(), r.compound(), r.address())
                : I18n.text(
                        "assistance.unpaired.row",
                        r.head(),
                        r.compound(),
                        r.address(),
                        r.maskedPhone());
    }

    public static String kindText(ServiceLine l) {
        return I18n.text("serviceKind." + l.kind().name());
    }

    /**
     * The health details as this account may see them (the service decides: in clear to a role that
     * records them, otherwise only that they were noted); empty when none were.
     */
    public static String healthText(ServiceLine l) {
        return l.health() == null ? "" : l.health();
    }

    public static String noteText(ServiceLine l) {
        return l.note() == null ? "" : l.note();
    }

    // --- properties ------------------------------------------------------------------------------

    public ObservableList<Community> communities() {
        return communities;
    }

    /** The community shown, or {@code null} for every community. */
    public ObjectProperty<Community> communityProperty() {
        return community;
    }

    public ObjectProperty<Shown> shownProperty() {
        return shown;
    }

    /** Part of a member's or resident's name, a compound or an address. */
    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<PairingLine> rows() {
        return rows;
    }

    /** The residents under assistance of the community nobody is paired with. */
    public ObservableList<Resident> unpaired() {
        return unpaired;
    }

    public ObjectProperty<PairingLine> selectedProperty() {
        return selected;
    }

    /** The resident chosen in the unpaired list (the one a new pairing starts with). */
    public ObjectProperty<Resident> selectedResidentProperty() {
        return selectedResident;
    }

    /** The chosen pairing's service log, by day. */
    public ObservableList<ServiceLine> log() {
        return log;
    }

    public StringBinding logTitleProperty() {
        return logTitle;
    }

    public boolean mayEdit() {
        return mayEdit;
    }

    public BooleanBinding canPairProperty() {
        return canPair;
    }

    public BooleanBinding canEndProperty() {
        return canEnd;
    }

    public BooleanBinding canLogProperty() {
        return canLog;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unpairedTitleProperty() {
        return unpairedTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** What the last print did (its number), or empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void clearNotice() {
        notice.set(Notice.NONE);
    }
}
