package org.branchdesk.ui.duty;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.branchdesk.service.documents.DocumentService;
import org.branchdesk.service.documents.LedgerKind;
import org.branchdesk.service.paper.LedgerSource;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.Desk;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.PdfOutput;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * A ledger of the duty section on paper, printed from its page as the documents screen prints one:
 * through the documents service, so that it is numbered, recorded in the register of printed
 * ledgers and checked by {@code verify}; then printed on a printer the clerk chooses, saved where
 * the clerk says, or opened in the system's PDF viewer ({@link PdfOutput}). Every step is a
 * background task.
 */
public final class LedgerPrinting {
    /** What the clerk does with the ledger. */
    public enum Action {
        PRINT,
        SAVE,
        OPEN
    }

    private final DocumentService documents;
    private final TaskExecutor tasks;
    private final PdfOutput output;
    private final Path scratch;

    /**
     * @param scratch a folder for this session's printouts
     */
    public LedgerPrinting(DocumentService documents, TaskExecutor tasks, Desk desk, Path scratch) {
        this.documents = documents;
        this.tasks = tasks;
        this.output = new PdfOutput(tasks, desk);
        this.scratch = scratch;
    }

    /**
     * Prints, saves ({@code target}) or opens the ledger of {@code kind} for {@code filter}; {@code
     * done} gets the number it was recorded under. Printing asks for the printer first, so that a
     * cancelled print records nothing.
     */
    public void run(
            Action action,
            LedgerKind kind,
            LedgerSource.Filter filter,
            Path target,
            Consumer<String> done,
            Consumer<Throwable> failed) {
        if (action == Action.PRINT) {
            output.choosePrinter(
                    I18n.text("ledger.short." + kind.name()),
                    printer ->
                            record(
                                    kind,
                                    filter,
                                    (pdf, number) ->
                                            output.print(
                                                    printer,
                                                    pdf,
                                                    () -> done.accept(number),
                                                    failed),
                                    failed),
                    failed);
        } else if (action == Action.SAVE) {
            record(
                    kind,
                    filter,
                    (pdf, number) -> output.save(pdf, target, t -> done.accept(number), failed),
                    failed);
        } else {
            record(
                    kind,
                    filter,
                    (pdf, number) -> {
                        output.open(pdf, failed);
                        done.accept(number);
                    },
                    failed);
        }
    }

    /** What to do with a ledger once printed to a file: the file and its number. */
    private interface Printed {
        void then(Path pdf, String number);
    }

    private void record(
            LedgerKind kind, LedgerSource.Filter filter, Printed then, Consumer<Throwable> failed) {
        Path file =
                scratch.resolve(
                        kind.name().toLowerCase(Locale.ROOT) + "-" + System.nanoTime() + ".pdf");
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.printDocument"),
                                p ->
                                        documents.printLedger(
                                                new DocumentService.LedgerRequest(
                                                        kind, filter, null, false),
                                                file,
                                                false))
                        .onSuccess(
                                printed ->
                                        then.then(
                                                printed.file(),
                                                printed.code() == null
                                                        ? printed.number()
                                                        : I18n.text(
                                                                "documents.recordedLabel",
                                                                printed.number(),
                                                                printed.code())))
                        .onFailure(failed));
    }
}
