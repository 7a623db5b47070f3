package org.branchdesk.ui.duty;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.branchdesk.service.documents.DocumentService;
import org.branchdesk.service.documents.LedgerKind;
import org.branchdesk.service.paper.LedgerSource;
import org.branchdesk.ui.common.Desk;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The week's roster on paper (值班表, {@link LedgerKind#ROSTER}) from the week grid, printed as every
 * ledger of the duty section is ({@link LedgerPrinting}): numbered, recorded in the register of
 * printed ledgers and checked by {@code verify}; then printed, saved or opened.
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

    private final LedgerPrinting printing;

    /**
     * @param scratch a folder for this session's printouts
     */
    public RosterPrinting(DocumentService documents, TaskExecutor tasks, Desk desk, Path scratch) {
        this.printing = new LedgerPrinting(documents, tasks, desk, scratch);
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
        printing.run(
                LedgerPrinting.Action.valueOf(action.name()),
                LedgerKind.ROSTER,
                new LedgerSource.Filter(
                        week.community(), week.compound(), week.anyDay(), null, null),
                target,
                done,
                failed);
    }
}
