package org.branchdesk.ui.duty;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import org.branchdesk.domain.duty.AreaContact;
import org.branchdesk.domain.duty.AreaRules;
import org.branchdesk.domain.duty.CadreArea;
import org.branchdesk.domain.places.Community;
import org.branchdesk.service.documents.LedgerKind;
import org.branchdesk.service.duty.AreaService;
import org.branchdesk.service.duty.AreaService.Line;
import org.branchdesk.service.duty.TeamService;
import org.branchdesk.service.paper.LedgerSource;
import org.branchdesk.service.places.PlacesService;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * Cadres' areas (干部包联) of a community: who answers for it or for one of its compounds, since when
 * (and until when), how many contacts and the latest; the areas nobody contacted in the last N days
 * ({@link AreaRules#quiet}, as {@code area quiet --days N} lists them); the contacts of the area
 * chosen. A clerk assigns an area, ends one and logs a contact; anyone prints the areas ledger
 * (干部包联台账). A supervisor reads it, without the contacts' notes (they may name residents).
 */
public final class AreasViewModel {
    private final AreaService areas;
    private final TeamService teams;
    private final PlacesService places;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final boolean mayEdit;
    private final LedgerPrinting printing;

    private final ObservableList<Community> communities = FXCollections.observableArrayList();
    private final ObjectProperty<Community> community = new SimpleObjectProperty<>();
    private final BooleanProperty includeEnded = new SimpleBooleanProperty(false);
    private final BooleanProperty quietOnly = new SimpleBooleanProperty(false);
    private final StringProperty quietDays =
            new SimpleStringProperty(Integer.toString(AreaRules.DEFAULT_QUIET_DAYS));
    private final StringBinding quietDaysMessage;
    private final List<Line> all = new ArrayList<>();
    private final ObservableList<Line> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Line> selected = new SimpleObjectProperty<>();
    private final ObservableList<AreaContact> contacts = FXCollections.observableArrayList();
    private final StringBinding contactsTitle;
    private final StringBinding contactsPlaceholder;
    private final BooleanBinding mayEndSelected;
    private final BooleanBinding mayLogSelected;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder =
            new ReadOnlyStringWrapper(I18n.text("duty.loading"));
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);

    private long loadNumber;
    private long contactsNumber;

    /** An area just assigned or contacted, to be chosen once the list has been read again. */
    private UUID toSelect;

    /** What one load reads: every area (ended ones too), and the communities to choose from. */
    private record Loaded(List<Line> lines, List<Community> communities) {}

    /**
     * @param mayEdit whether the account may assign, end and log contacts (clerks; supervisors
     *     read)
     * @param printing prints the areas ledger
     */
    public AreasViewModel(
            AreaService areas,
            TeamService teams,
            PlacesService places,
            TaskExecutor tasks,
            Clock clock,
            boolean mayEdit,
            LedgerPrinting printing) {
        this.areas = areas;
        this.teams = teams;
        this.places = places;
        this.tasks = tasks;
        this.clock = clock;
        this.mayEdit = mayEdit;
        this.printing = printing;
        quietDaysMessage =
                Bindings.createStringBinding(
                        () ->
                                days() == null
                                        ? I18n.text("rule.area.quietDays", AreaRules.MAX_QUIET_DAYS)
                                        : "",
                        quietDays);
        contactsTitle =
                Bindings.createStringBinding(
                        () ->
                                selected.get() == null
                                        ? I18n.text("areas.contacts.none")
                                        : I18n.text(
                                                "areas.contacts.of",
                                                selected.get().name(),
                                                placeText(selected.get())),
                        selected);
        contactsPlaceholder =
                Bindings.createStringBinding(
                        () -> selected.get() == null ? "" : I18n.text("areas.contacts.empty"),
                        selected);
        mayEndSelected = Bindings.createBooleanBinding(() -> mayEnd(selected.get()), selected);
        mayLogSelected =
                Bindings.createBooleanBinding(() -> mayLogContact(selected.get()), selected);
        community.addListener((o, a, b) -> filter());
        includeEnded.addListener((o, a, b) -> filter());
        quietOnly.addListener((o, a, b) -> filter());
        quietDays.addListener((o, a, b) -> filter());
        selected.addListener((o, a, b) -> loadContacts(b));
    }

    /** Reads the areas and the communities afresh. */
    public void reload() {
        long number = ++loadNumber;
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.loadAreas"),
                                p -> new Loaded(areas.lines(true), places.communities()))
                        .onSuccess(
                                loaded -> {
                                    if (number != loadNumber) {
                                        return;
                                    }
                                    all.clear();
                                    all.addAll(loaded.lines());
                                    keepCommunity(loaded.communities());
                                    filter();
                                    toSelect = null;
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** The community chosen stays chosen; at first, the office's first community is. */
    private void keepCommunity(List<Community> loaded) {
        boolean first = communities.isEmpty();
        UUID keep = community.get() == null ? null : community.get().id();
        communities.setAll(loaded);
        Community c =
                loaded.stream()
                        .filter(x -> x.id().equals(keep))
                        .findFirst()
                        .orElse(first && !loaded.isEmpty() ? loaded.get(0) : null);
        if (c != community.get()) {
            community.set(c);
        }
    }

    private void filter() {
        UUID keep =
                toSelect != null ? toSelect : selected.get() == null ? null : selected.get().id();
        Integer days = days();
        LocalDate today = today();
        List<Line> here = all.stream().filter(this::inCommunity).toList();
        rows.setAll(
                here.stream()
                        .filter(l -> includeEnded.get() || l.isOpen())
                        .filter(l -> !quietOnly.get() || days != null && quiet(l, days, today))
                        .toList());
        selected.set(rows.stream().filter(l -> l.id().equals(keep)).findFirst().orElse(null));
        long open = here.stream().filter(Line::isOpen).count();
        placeholder.set(
                here.isEmpty()
                        ? I18n.text("areas.empty")
                        : quietOnly.get() && days != null
                                ? I18n.text("areas.noneQuiet", days)
                                : I18n.text("areas.noneFound"));
        summary.set(
                here.isEmpty()
                        ? ""
                        : days == null
                                ? I18n.text("areas.summary", open, here.size() - open)
                                : I18n.text(
                                        "areas.summary.quiet",
                                        open,
                                        here.size() - open,
                                        days,
                                        here.stream().filter(l -> quiet(l, days, today)).count()));
    }

    private boolean inCommunity(Line l) {
        return community.get() == null || community.get().id().equals(l.communityId());
    }

    /**
     * Whether nobody contacted an area in the last {@code days} days (the rule of the CLI's list).
     */
    private static boolean quiet(Line l, int days, LocalDate today) {
        return AreaRules.quiet(l.from(), l.to(), l.lastContact(), today, days);
    }

    /** The look-back typed, or {@code null} when it is not a number of days the list takes. */
    private Integer days() {
        String s = quietDays.get() == null ? "" : quietDays.get().strip();
        if (!s.matches("[0-9]{1,4}")) {
            return null;
        }
        int d = Integer.parseInt(s);
        return AreaRules.validQuietDays(d) ? d : null;
    }

    private void loadContacts(Line line) {
        long number = ++contactsNumber;
        contacts.clear();
        if (line == null) {
            return;
        }
        UUID id = line.id();
        tasks.execute(
                BackgroundTask.of(I18n.text("task.loadContacts"), p -> areas.contacts(id))
                        .onSuccess(
                                list -> {
                                    if (number == contactsNumber) {
                                        contacts.setAll(list);
                                    }
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** A new form, in the community chosen; once saved, the area shows, chosen. */
    public AreaFormViewModel newArea() {
        return new AreaFormViewModel(
                areas,
                teams,
                places,
                tasks,
                today(),
                List.copyOf(communities),
                community.get(),
                List.copyOf(all),
                saved -> {
                    CadreArea a = saved.area();
                    notice.set(
                            Notice.success(
                                    I18n.text(
                                            "areas.added",
                                            saved.cadre(),
                                            a.from(),
                                            saved.place())));
                    toSelect = a.id();
                    includeEnded.set(false);
                    quietOnly.set(false);
                    community.set(
                            communities.stream()
                                    .filter(c -> c.id().equals(a.communityId()))
                                    .findFirst()
                                    .orElse(community.get()));
                    reload();
                });
    }

    /** A contact form for an area; once saved, the list (and the quiet ones) is read again. */
    public ContactFormViewModel newContact(Line line) {
        return new ContactFormViewModel(
                areas,
                tasks,
                today(),
                line,
                c -> {
                    notice.set(
                            Notice.success(
                                    I18n.text(
                                            "areas.contacted",
                                            line.name(),
                                            c.onDay(),
                                            channelText(c),
                                            placeText(line))));
                    toSelect = line.id();
                    reload();
                });
    }

    /** Ends an area on its last day; the record and its contacts stay (shown with 含已结束). */
    public void end(Line line, LocalDate on) {
        if (!mayEnd(line) || on == null) {
            return;
        }
        UUID id = line.id();
        tasks.execute(
                BackgroundTask.of(I18n.text("task.endArea"), p -> areas.end(id, on))
                        .onSuccess(
                                a -> {
                                    notice.set(
                                            Notice.success(
                                                    I18n.text(
                                                            "areas.ended",
                                                            line.name(),
                                                            placeText(line),
                                                            on)));
                                    reload();
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /**
     * Prints the areas ledger (干部包联台账) of the community chosen (of the whole office with none),
     * saves it as a PDF ({@code target}) or opens it; it is numbered and recorded as every printed
     * ledger is.
     */
    public void print(LedgerPrinting.Action action, Path target) {
        Community c = community.get();
        printing.run(
                action,
                LedgerKind.AREAS,
                c == null ? LedgerSource.Filter.NONE : LedgerSource.Filter.community(c.name()),
                target,
                number ->
                        notice.set(
                                Notice.success(
                                        action == LedgerPrinting.Action.SAVE
                                                ? I18n.text("areas.printed.saved", number, target)
                                                : I18n.text("areas.printed", number))),
                e -> notice.set(Notice.failure(e)));
    }

    /** The ledger's file name as the clerk is offered it ({@code 干部包联台账（青槐社区）}). */
    public String ledgerFileName() {
        return I18n.text(
                "areas.print.fileName",
                community.get() == null
                        ? I18n.text("areas.allCommunities")
                        : community.get().name());
    }

    /** Whether the account may assign, end and log contacts (clerks; supervisors read). */
    public boolean mayEdit() {
        return mayEdit;
    }

    /** Whether an area may be ended (only once, by a clerk). */
    public boolean mayEnd(Line line) {
        return mayEdit && line != null && line.isOpen();
    }

    /** Whether a contact may be logged for an area (a clerk; within its period, as checked). */
    public boolean mayLogContact(Line line) {
        return mayEdit && line != null;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- as the page shows it --------------------------------------------------------------------

    /** 党员, or 人员名册 for someone on the people register (a cadre sent down, a worker). */
    public static String cadreKindText(Line l) {
        return I18n.text(l.cadre().isMember() ? "areas.cadre.member" : "areas.cadre.person");
    }

    /** What the area covers: one compound, or 全社区. */
    public static String scopeText(Line l) {
        return l.compound() == null || l.compound().isEmpty()
                ? I18n.text("teams.wholeCommunity")
                : l.compound();
    }

    /** The community and the compound ({@code 青槐社区 青槐小区}), or the community alone. */
    public static String placeText(Line l) {
        return l.compound() == null || l.compound().isEmpty()
                ? l.community()
                : I18n.text("duty.place", l.community(), l.compound());
    }

    /** The day it ends, or 包联中 while the cadre answers for it. */
    public static String toText(Line l) {
        return l.isOpen() ? I18n.text("areas.status.open") : l.to().toString();
    }

    /** The day of the latest contact, or 尚无联系. */
    public static String lastContactText(Line l) {
        return l.lastContact() == null
                ? I18n.text("areas.neverContacted")
                : l.lastContact().toString();
    }

    /** How many days an area answered for now has gone without contact; empty once it ended. */
    public String silenceText(Line l) {
        return l.isOpen()
                ? I18n.text(
                        "areas.days",
                        AreaRules.daysWithoutContact(l.from(), l.lastContact(), today()))
                : "";
    }

    public static String channelText(AreaContact c) {
        return I18n.text("contactChannel." + c.channel().name());
    }

    /** A contact's note: to a clerk as written; to a supervisor hidden (it may name residents). */
    public String noteText(AreaContact c) {
        if (c.note() == null) {
            return "";
        }
        return mayEdit ? c.note() : I18n.text("areas.noteHidden");
    }

    // --- properties ------------------------------------------------------------------------------

    /** The communities to choose from, in the office's order. */
    public ObservableList<Community> communities() {
        return communities;
    }

    /** The community whose areas are listed, or {@code null} for the whole office. */
    public ObjectProperty<Community> communityProperty() {
        return community;
    }

    public BooleanProperty includeEndedProperty() {
        return includeEnded;
    }

    /**
     * Whether only the areas nobody contacted in the last {@link #quietDaysProperty} are listed.
     */
    public BooleanProperty quietOnlyProperty() {
        return quietOnly;
    }

    /** The look-back of the quiet list, as typed (a number of days, 7 unless changed). */
    public StringProperty quietDaysProperty() {
        return quietDays;
    }

    /** What is wrong with the look-back typed, or empty. */
    public StringBinding quietDaysMessageProperty() {
        return quietDaysMessage;
    }

    public ObservableList<Line> rows() {
        return rows;
    }

    /** The area chosen in the table. */
    public ObjectProperty<Line> selectedProperty() {
        return selected;
    }

    /** The contacts of the area chosen, newest first. */
    public ObservableList<AreaContact> contacts() {
        return contacts;
    }

    /** What the contacts under the table are of. */
    public StringBinding contactsTitleProperty() {
        return contactsTitle;
    }

    /** What the contacts' list says when it is empty: nothing until an area is chosen. */
    public StringBinding contactsPlaceholderProperty() {
        return contactsPlaceholder;
    }

    /** Whether the area chosen may be ended now. */
    public BooleanBinding mayEndSelectedProperty() {
        return mayEndSelected;
    }

    /** Whether a contact may be logged for the area chosen. */
    public BooleanBinding mayLogSelectedProperty() {
        return mayLogSelected;
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
