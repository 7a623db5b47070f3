package org.branchdesk.ui.duty;

import java.nio.file.Path;
import java.time.LocalDate;
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
 * The week's roster on paper (值班表, {@link LedgerKind#ROSTER}) from the week grid, as the documents
 * screen prints a ledger: printed through the documents service, so that it is numbered, recorded
 * in the register of printed ledgers and checked by {@code verify}; then printed on a printer the
 * clerk chooses, saved where the clerk says, or opened in the system's PDF viewer ({@link
 * PdfOutput}).
 */
public final class RosterPrinting {
    /** What the clerk does with the roster. */
    public enum Action {
        PRINT,
        SAVE,
        OPEN
    }

    /** What to print: a community's week (any day of it), or one compound's. */
    public record Week(String community, String compound, LocalDate anyDay) {}

    private final DocumentService documents;
    private final TaskExecutor tasks;
    private final PdfOutput output;
    private final Path scratch;

    /**
     * @param scratch a folder for this session's printouts
     */
    public RosterPrinting(DocumentService documents, TaskExecutor tasks, Desk desk, Path scratch) {
        this.documents = documents;
        this.tasks = tasks;
        this.output = new PdfOutput(tasks, desk);
        this.scratch = scratch;
    }

    /**
     * Prints, saves ({@code target}) or opens the roster of a week; {@code done} gets the number it
     * was recorded under. Printing asks for the printer first, so that a cancelled print records
     * nothing.
     */
    public void run(
            Action action,
            Week week,
            Path target,
            Consumer<String> done,
            Consumer<Throwable> failed) {
        if (action == Action.PRINT) {
            output.choosePrinter(
                    I18n.text("ledger.short.ROSTER"),
                    printer ->
                            record(
                                    week,
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
                    week,
                    (pdf, number) -> output.save(pdf, target, t -> done.accept(number), failed),
                    failed);
        } else {
            record(
                    week,
                    (pdf, number) -> {
                        output.open(pdf, failed);
                        done.accept(number);
                    },
                    failed);
        }
    }

    /** What to do with a roster once printed to a file: the file and its number. */
    private interface Printed {
        void then(Path pdf, String number);
    }

    private void record(Week week, Printed then, Consumer<Throwable> failed) {
        Path file = scratch.resolve("roster-" + System.nanoTime() + ".pdf");
        LedgerSource.Filter filter =
                new LedgerSource.Filter(
                        week.community(), week.compound(), week.anyDay(), null, null);
        tasks.execute(
                BackgroundTask.of(
                                I18n.text("task.printDocument"),
                                p ->
                                        documents.printLedger(
                                                new DocumentService.LedgerRequest(
                                                        LedgerKind.ROSTER, filter, null, false),
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
