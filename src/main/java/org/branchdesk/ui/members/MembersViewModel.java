package org.branchdesk.ui.members;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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
import org.branchdesk.domain.members.Departure;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.members.Presence;
import org.branchdesk.domain.members.Registration;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.service.importing.ImportOptions;
import org.branchdesk.service.importing.ImportPipeline;
import org.branchdesk.service.importing.ImportPlan;
import org.branchdesk.service.members.MemberImporter;
import org.branchdesk.service.members.MemberService;
import org.branchdesk.service.registers.MemberFilter;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.Progresses;
import org.branchdesk.ui.common.TaskExecutor;
import org.branchdesk.ui.importing.ImportTexts;

/**
 * The members register: search by name, ID tail or phone, filters, import from a clerk's sheet
 * (preview first), export to Excel with personal data masked.
 */
public final class MembersViewModel {
    /** Rows shown at most; a clerk narrows the search for more. */
    public static final int PAGE = 500;

    private final MemberService members;
    private final ImportPipeline imports;
    private final MemberImporter importer;
    private final TaskExecutor tasks;

    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Standing> standing = new SimpleObjectProperty<>();
    private final ObjectProperty<Registration> registration = new SimpleObjectProperty<>();
    private final ObjectProperty<Presence> presence = new SimpleObjectProperty<>();
    private final BooleanProperty includeDeparted = new SimpleBooleanProperty(false);
    private final ObservableList<MemberService.Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);
    private final ReadOnlyObjectWrapper<ImportPlan> pendingImport = new ReadOnlyObjectWrapper<>();
    private Path pendingFile;
    private final ReadOnlyObjectWrapper<MemberService.Choices> choices =
            new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Member> editing = new ReadOnlyObjectWrapper<>();
    private final ObservableList<MemberService.Participation> participations =
            FXCollections.observableArrayList();
    private final ObservableList<MemberService.Choice> temporaryBranches =
            FXCollections.observableArrayList();
    private UUID participationsOf;

    /** Searches run one after another; a newer one makes older results stale. */
    private long searchNumber;

    /** Whether the full export is offered at all (the service refuses it to other roles anyway). */
    public boolean mayExportFull() {
        return members.mayExportFull();
    }

    public MembersViewModel(
            MemberService members,
            ImportPipeline imports,
            MemberImporter importer,
            TaskExecutor tasks) {
        this.members = members;
        this.imports = imports;
        this.importer = importer;
        this.tasks = tasks;
        text.addListener((o, a, b) -> search());
        standing.addListener((o, a, b) -> search());
        registration.addListener((o, a, b) -> search());
        presence.addListener((o, a, b) -> search());
        includeDeparted.addListener((o, a, b) -> search());
    }

    /** The temporary branches the member chosen last takes (or took) part in. */
    public ObservableList<MemberService.Participation> participations() {
        return participations;
    }

    /** The active temporary branches to choose from. */
    public ObservableList<MemberService.Choice> temporaryBranches() {
        return temporaryBranches;
    }

    /** Loads a member's taking part in temporary branches, and the branches to choose from. */
    public void loadParticipations(MemberService.Row row) {
        UUID id = row.id();
        participationsOf = id;
        participations.clear();
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.participation"),
                                p ->
                                        new Object[] {
                                            members.participations(id), members.temporaryBranches()
                                        })
                        .onSuccess(
                                r -> {
                                    if (!id.equals(participationsOf)) {
                                        return;
                                    }
                                    @SuppressWarnings("unchecked")
                                    List<MemberService.Participation> list =
                                            (List<MemberService.Participation>) r[0];
                                    @SuppressWarnings("unchecked")
                                    List<MemberService.Choice> branches =
                                            (List<MemberService.Choice>) r[1];
                                    participations.setAll(list);
                                    temporaryBranches.setAll(branches);
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** The member of the loaded participations starts taking part in a temporary branch. */
    public void joinTemporaryBranch(MemberService.Choice branch, LocalDate on) {
        UUID id = participationsOf;
        if (id == null || branch == null) {
            return;
        }
        participationChange(
                () -> members.joinTemporaryBranch(id, branch.id(), on), "members.temporary.joined");
    }

    /** The member stops taking part; the record stays with its dates. */
    public void leaveTemporaryBranch(MemberService.Participation p, LocalDate on) {
        if (p == null || !p.isCurrent()) {
            return;
        }
        participationChange(
                () -> members.leaveTemporaryBranch(p.linkId(), on), "members.temporary.left");
    }

    private void participationChange(Runnable change, String doneKey) {
        UUID id = participationsOf;
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.participation"),
                                p -> {
                                    change.run();
                                    return members.participations(id);
                                })
                        .onSuccess(
                                list -> {
                                    if (id.equals(participationsOf)) {
                                        participations.setAll(list);
                                    }
                                    notice.set(Notice.success(I18n.text(doneKey)));
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private MemberFilter filter() {
        return new MemberFilter(
                text.get(),
                null,
                null,
                null,
                standing.get(),
                registration.get(),
                presence.get(),
                includeDeparted.get());
    }

    /** Runs the search in the background and shows the newest result. */
    public void search() {
        long number = ++searchNumber;
        MemberFilter f = filter();
        tasks.execute(
                BackgroundTask.of(I18n.text("task.search"), p -> members.search(f, PAGE))
                        .onSuccess(
                                page -> {
                                    if (number != searchNumber) {
                                        return; // a newer search is on its way
                                    }
                                    rows.setAll(page.rows());
                                    summary.set(
                                            page.rows().isEmpty()
                                                    ? I18n.text("members.empty")
                                                    : page.more()
                                                            ? I18n.text(
                                                                    "members.summary.more", PAGE)
                                                            : I18n.text(
                                                                    "members.summary",
                                                                    page.rows().size()));
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** Loads the places and branches a new member can be put in (before the add form opens). */
    public void loadChoices() {
        tasks.execute(
                BackgroundTask.of(I18n.text("task.search"), p -> members.choices())
                        .onSuccess(choices::set)
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** Adds one member by hand; a refused field shows its message and adds nothing. */
    public void addMember(MemberService.NewMember form) {
        tasks.execute(
                BackgroundTask.of(I18n.text("task.addMember"), p -> members.add(form))
                        .onSuccess(
                                m -> {
                                    notice.set(
                                            Notice.success(I18n.text("members.added", m.name())));
                                    text.set(m.name());
                                    search();
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    public ReadOnlyObjectProperty<MemberService.Choices> choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    /** Loads a member in full for the edit form; the View opens it when {@code editing} is set. */
    public void edit(MemberService.Row row) {
        if (row == null) {
            return;
        }
        UUID id = row.id();
        tasks.execute(
                BackgroundTask.of(I18n.text("task.search"), p -> members.get(id))
                        .onSuccess(editing::set)
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** Saves the edit form; a refused field shows its message and changes nothing. */
    public void saveEdit(UUID id, MemberService.NewMember form) {
        editing.set(null);
        tasks.execute(
                BackgroundTask.of(I18n.text("task.addMember"), p -> members.update(id, form))
                        .onSuccess(
                                m -> {
                                    notice.set(
                                            Notice.success(I18n.text("members.saved", m.name())));
                                    search();
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    public void cancelEdit() {
        editing.set(null);
    }

    public ReadOnlyObjectProperty<Member> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /**
     * The member leaves the register on a date, for a reason; the record stays (shown with
     * 含已离开的党员).
     */
    public void leave(MemberService.Row row, Departure how, LocalDate on) {
        if (row == null || how == null || on == null) {
            return;
        }
        UUID id = row.id();
        tasks.execute(
                BackgroundTask.of(I18n.text("task.leave"), p -> members.leave(id, how, on))
                        .onSuccess(
                                m -> {
                                    notice.set(
                                            Notice.success(
                                                    I18n.text(
                                                            "members.left",
                                                            m.name(),
                                                            I18n.text("departure." + how.name()),
                                                            on)));
                                    search();
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** The office's today, for the dates a form proposes. */
    public LocalDate today() {
        return members.today();
    }

    /** Reads a clerk's file and plans its import; the View asks the clerk with the plan. */
    public void previewImport(Path file) {
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.previewImport"),
                                p -> imports.preview(importer, file))
                        .onSuccess(
                                plan -> {
                                    pendingFile = file;
                                    pendingImport.set(plan);
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /** Imports the previewed file; with refused rows only when the clerk chose to skip them. */
    public void confirmImport(boolean skipInvalid) {
        Path file = pendingFile;
        pendingImport.set(null);
        pendingFile = null;
        if (file == null) {
            return;
        }
        ImportOptions options =
                skipInvalid ? ImportOptions.SKIP_INVALID : ImportOptions.ALL_OR_NOTHING;
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.import"),
                                p -> imports.run(importer, file, options, Progresses.of(p)))
                        .cancellable()
                        .onCancelled(
                                () -> {
                                    notice.set(
                                            Notice.failure(I18n.text("members.import.cancelled")));
                                    search();
                                })
                        .onSuccess(
                                result -> {
                                    notice.set(
                                            result.applied()
                                                    ? Notice.success(
                                                            I18n.text(
                                                                    "members.import.done",
                                                                    ImportTexts.summary(
                                                                            result.plan(), true)))
                                                    : Notice.failure(
                                                            ImportTexts.summary(result.plan())));
                                    search();
                                })
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    public void cancelImport() {
        pendingImport.set(null);
        pendingFile = null;
    }

    /** Exports what the filters find, masked. */
    public void export(Path out) {
        MemberFilter f = filter();
        tasks.execute(
                BackgroundTask.of(I18n.text("task.export"), p -> members.exportMasked(f, out))
                        .onSuccess(
                                n ->
                                        notice.set(
                                                Notice.success(
                                                        I18n.text("members.exported", n, out))))
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    /**
     * Exports with full ID numbers and phones; the service refuses without a reason and keeps the
     * reason in the audit log.
     */
    public void exportFull(Path out, String reason) {
        MemberFilter f = filter();
        tasks.execute(
                BackgroundTask.of(I18n.text("task.export"), p -> members.exportFull(f, out, reason))
                        .onSuccess(
                                n ->
                                        notice.set(
                                                Notice.success(
                                                        I18n.text("members.exportedFull", n, out))))
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    public void clearNotice() {
        notice.set(Notice.NONE);
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Standing> standingProperty() {
        return standing;
    }

    public ObjectProperty<Registration> registrationProperty() {
        return registration;
    }

    public ObjectProperty<Presence> presenceProperty() {
        return presence;
    }

    public BooleanProperty includeDepartedProperty() {
        return includeDeparted;
    }

    public ObservableList<MemberService.Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportPlan> pendingImportProperty() {
        return pendingImport.getReadOnlyProperty();
    }
}
