package org.branchdesk.ui.leadership;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.branchdesk.print.PdfPages;
import org.branchdesk.service.documents.DocumentService;
import org.branchdesk.service.documents.NoticeKind;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.Notice;
import org.branchdesk.ui.common.PdfOutput;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * One of leadership's notices about one subject (a holding for 任职/免职通知, a renewal for 选举结果批复): a
 * draft to look at (no number, nothing recorded), or issued (签发: the next number of the dispatch
 * register, or its own number again on a reprint); then printed, saved as a PDF or opened in the
 * system's viewer. Every step runs in the background; {@link #busyProperty()} says while one does.
 */
public final class LeadershipNoticeViewModel {
    static final float PREVIEW_DPI = 48f;

    private final DocumentService documents;
    private final TaskExecutor tasks;
    private final PdfOutput output;
    private final Path scratch;
    private final Path saveFolder;
    private final NoticeKind kind;
    private final UUID subject;
    private final String what;

    private final ObjectProperty<LocalDate> signedOn = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Path> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper issued = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper number = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PdfPages.Image> firstPage = new ReadOnlyObjectWrapper<>();
    private final StringProperty saveTo = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);
    private String proposed = "";

    private final BooleanBinding busy = running.greaterThan(0);
    private final StringBinding issueBlocked;
    private final BooleanBinding canIssue;
    private final BooleanBinding canPreview = busy.not();
    private final BooleanBinding canOutput = current.isNotNull().and(busy.not());
    private final BooleanBinding canSave;

    /**
     * @param notYetIssuable why the notice may be drafted but not yet issued (a reply before the
     *     approval is recorded), or {@code null}
     */
    public LeadershipNoticeViewModel(
            NoticePrinting printing,
            TaskExecutor tasks,
            NoticeKind kind,
            UUID subject,
            String what,
            String notYetIssuable) {
        this.documents = printing.documents();
        this.tasks = tasks;
        this.output = new PdfOutput(this::run, printing.desk());
        this.scratch = printing.scratch();
        this.saveFolder = printing.saveFolder();
        this.kind = kind;
        this.subject = subject;
        this.what = what;
        boolean mayIssue = printing.mayIssue();
        issueBlocked =
                Bindings.createStringBinding(
                        () ->
                                !mayIssue
                                        ? I18n.text("leaderNotice.mayNotIssue")
                                        : notYetIssuable == null ? "" : notYetIssuable);
        canIssue = issueBlocked.isEmpty().and(busy.not());
        canSave =
                canOutput.and(
                        Bindings.createBooleanBinding(
                                () -> saveTo.get() != null && !saveTo.get().isBlank(), saveTo));
        signedOn.addListener((o, a, b) -> clearCurrent());
    }

    /** The notice's kind, as its title names it (任职通知, 免职通知, 选举结果批复). */
    public String title() {
        return I18n.text("leaderNotice.title." + kind.name());
    }

    /** Whose notice it is, in a line (the member and position, or the organization's renewal). */
    public String what() {
        return what;
    }

    /** Words and renders the notice as a draft: no number, nothing recorded. */
    public void preview() {
        generate(false);
    }

    /**
     * Issues (签发) the notice: the next number of the dispatch register, or, when it was issued
     * before, the same number and text again.
     */
    public void issue() {
        if (!canIssue.get()) {
            if (!issueBlocked.get().isEmpty()) {
                notice.set(Notice.failure(issueBlocked.get()));
            }
            return;
        }
        generate(true);
    }

    private void generate(boolean issue) {
        LocalDate signed = signedOn.get();
        Path file = scratch.resolve("notice-" + System.nanoTime() + ".pdf");
        run(
                BackgroundTask.of(
                                I18n.text(issue ? "task.printDocument" : "task.previewDocument"),
                                p -> {
                                    p.update(-1, 1);
                                    DocumentService.Printed printed =
                                            documents.notice(kind, subject, signed, issue, file);
                                    return new Generated(
                                            printed, PdfPages.render(file, 0, PREVIEW_DPI));
                                })
                        .onSuccess(this::show)
                        .onFailure(e -> notice.set(Notice.failure(e))));
    }

    private record Generated(DocumentService.Printed printed, PdfPages.Image firstPage) {}

    private void show(Generated g) {
        DocumentService.Printed printed = g.printed();
        current.set(printed.file());
        issued.set(!printed.draft());
        number.set(printed.draft() ? "" : printed.number());
        label.set(
                printed.draft()
                        ? I18n.text("documents.draftLabel", printed.pages())
                        : I18n.text("leaderNotice.issuedLabel", printed.number(), printed.pages()));
        firstPage.set(g.firstPage());
        String name =
                I18n.text(
                        "leaderNotice.fileName",
                        title(),
                        what,
                        printed.draft() ? I18n.text("leaderNotice.draft") : printed.number());
        String proposal = saveFolder.resolve(safe(name)).toString();
        if (saveTo.get() == null || saveTo.get().isBlank() || saveTo.get().equals(proposed)) {
            saveTo.set(proposal);
        }
        proposed = proposal;
        if (!printed.draft()) {
            notice.set(Notice.success(I18n.text("documents.issued", printed.number())));
        }
    }

    /** A file name without the characters Windows refuses. */
    private static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    private void clearCurrent() {
        current.set(null);
        issued.set(false);
        number.set("");
        label.set("");
        firstPage.set(null);
    }

    /** Prints what is shown, on a printer the clerk chooses. */
    public void print() {
        Path pdf = current.get();
        if (pdf == null) {
            return;
        }
        String shown = number.get().isEmpty() ? I18n.text("leaderNotice.draft") : number.get();
        output.choosePrinter(
                title(),
                printer ->
                        output.print(
                                printer,
                                pdf,
                                () ->
                                        notice.set(
                                                Notice.success(
                                                        I18n.text("documents.printed", shown))),
                                this::fail),
                this::fail);
    }

    /** Saves what is shown as a PDF at {@link #saveToProperty()}. */
    public void save() {
        Path pdf = current.get();
        String to = saveTo.get();
        if (pdf == null || to == null || to.isBlank()) {
            return;
        }
        Path target;
        try {
            target = Path.of(to.trim());
        } catch (InvalidPathException e) {
            notice.set(Notice.failure(I18n.text("leaderNotice.badPath", to)));
            return;
        }
        String shown = number.get().isEmpty() ? I18n.text("leaderNotice.draft") : number.get();
        output.save(
                pdf,
                target,
                t -> notice.set(Notice.success(I18n.text("documents.saved", shown, t))),
                this::fail);
    }

    /** Opens what is shown in the system's PDF viewer. */
    public void openExternally() {
        Path pdf = current.get();
        if (pdf != null) {
            output.open(pdf, this::fail);
        }
    }

    private void fail(Throwable e) {
        notice.set(Notice.failure(e));
    }

    /** Runs a task, counting it as running until it ends however it ends. */
    private <T> void run(BackgroundTask<T> task) {
        Consumer<T> ok = task.successHandler();
        Consumer<Throwable> bad = task.failureHandler();
        Runnable cancelled = task.cancelHandler();
        running.set(running.get() + 1);
        task.onSuccess(
                        r -> {
                            ended();
                            ok.accept(r);
                        })
                .onFailure(
                        e -> {
                            ended();
                            if (bad != null) {
                                bad.accept(e);
                            } else {
                                fail(e);
                            }
                        })
                .onCancelled(
                        () -> {
                            ended();
                            cancelled.run();
                        });
        tasks.execute(task);
    }

    private void ended() {
        running.set(Math.max(0, running.get() - 1));
    }

    /** The date the notice is signed; {@code null} takes it from the record. */
    public ObjectProperty<LocalDate> signedOnProperty() {
        return signedOn;
    }

    /** The PDF shown (a draft or the issued notice), or {@code null} before the first. */
    public ReadOnlyObjectProperty<Path> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Whether what is shown was issued (and so carries its number). */
    public ReadOnlyBooleanProperty issuedProperty() {
        return issued.getReadOnlyProperty();
    }

    /** The issued notice's number ({@code ""} for a draft). */
    public ReadOnlyStringProperty numberProperty() {
        return number.getReadOnlyProperty();
    }

    /** What is shown, in words: a draft and its pages, or the number. */
    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    /** The first page of what is shown, small. */
    public ReadOnlyObjectProperty<PdfPages.Image> firstPageProperty() {
        return firstPage.getReadOnlyProperty();
    }

    /**
     * Where 保存 writes the PDF; proposed after each preview or issue, until the clerk changes it.
     */
    public StringProperty saveToProperty() {
        return saveTo;
    }

    /** Why this account may not issue ({@code ""} when it may). */
    public StringBinding issueBlockedProperty() {
        return issueBlocked;
    }

    public BooleanBinding canIssueProperty() {
        return canIssue;
    }

    /** Whether a preview may be asked for (nothing else is running). */
    public BooleanBinding canPreviewProperty() {
        return canPreview;
    }

    /** Whether what is shown may be printed or opened. */
    public BooleanBinding canOutputProperty() {
        return canOutput;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** Whether a step is running. */
    public BooleanBinding busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void clearNotice() {
        notice.set(Notice.NONE);
    }
}
