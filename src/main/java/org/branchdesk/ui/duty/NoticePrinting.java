package org.branchdesk.ui.duty;

import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Consumer;
import org.branchdesk.service.documents.DocumentService;
import org.branchdesk.service.documents.NoticeKind;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.Desk;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.PdfOutput;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * A notice of the duty section printed from its page: a reporting's feedback sheet to the unit's
 * party organization (在职党员到社区报到服务情况反馈表, {@link NoticeKind#REPORTING_FEEDBACK}) from the reporting
 * members' page, a published week's roster notice ({@link NoticeKind#ROSTER_WEEK}) from the week
 * grid. An account that may issue notices issues it through the documents service: numbered from
 * the dispatch register once (a reprint carries the same number and text) and checked by {@code
 * verify}. Any other account gets a draft without a number. Then it is printed on a printer the
 * clerk chooses, saved where the clerk says, or opened in the system's PDF viewer.
 */
public final class NoticePrinting {
    private final DocumentService documents;
    private final TaskExecutor tasks;
    private final PdfOutput output;
    private final Path scratch;
    private final boolean issue;

    /**
     * @param scratch a folder for this session's printouts
     * @param issue whether the account may issue notices (else it prints drafts)
     */
    public NoticePrinting(
            DocumentService documents, TaskExecutor tasks, Desk desk, Path scratch, boolean issue) {
        this.documents = documents;
        this.tasks = tasks;
        this.output = new PdfOutput(tasks, desk);
        this.scratch = scratch;
        this.issue = issue;
    }

    /** Whether the notice is issued with a number (else a draft is printed). */
    public boolean issues() {
        return issue;
    }

    /**
     * Prints, saves ({@code target}) or opens the notice of {@code kind} about {@code subject} (the
     * reporting, the published week); {@code done} gets its number (or says it is a draft).
     * Printing asks for the printer first, so that a cancelled print numbers nothing.
     */
    public void run(
            RosterPrinting.Action action,
            NoticeKind kind,
            UUID subject,
            Path target,
            Consumer<String> done,
            Consumer<Throwable> failed) {
        if (action == RosterPrinting.Action.PRINT) {
            output.choosePrinter(
                    I18n.text("duty.notice.job." + kind.name()),
                    printer -> notice(kind, subject, printer, action, target, done, failed),
                    failed);
        } else {
            notice(kind, subject, null, action, target, done, failed);
        }
    }

    private void notice(
            NoticeKind kind,
            UUID subject,
            Object printer,
            RosterPrinting.Action action,
            Path target,
            Consumer<String> done,
            Consumer<Throwable> failed) {
        Path file =
                scratch.resolve(
                        kind.name().toLowerCase(java.util.Locale.ROOT)
                                + "-"
                                + System.nanoTime()
                                + ".pdf");
        tasks.execute(
                BackgroundTask.of(
                                I18n.text(issue ? "task.printDocument" : "task.previewDocument"),
                                p -> documents.notice(kind, subject, null, issue, file))
                        .onSuccess(
                                printed -> {
                                    String number =
                                            printed.draft()
                                                    ? I18n.text("duty.notice.draft")
                                                    : printed.number();
                                    switch (action) {
                                        case PRINT ->
                                                output.print(
                                                        printer,
                                                        printed.file(),
                                                        () -> done.accept(number),
                                                        failed);
                                        case SAVE ->
                                                output.save(
                                                        printed.file(),
                                                        target,
                                                        t -> done.accept(number),
                                                        failed);
                                        default -> {
                                            output.open(printed.file(), failed);
                                            done.accept(number);
                                        }
                                    }
                                })
                        .onFailure(failed));
    }
}
