package org.branchdesk.ui.duty;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import org.branchdesk.service.documents.DocumentService;
import org.branchdesk.service.documents.LedgerKind;
import org.branchdesk.service.documents.NoticeKind;
import org.branchdesk.service.paper.LedgerSource;
import org.branchdesk.ui.common.Desk;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The week's roster on paper (值班表, {@link LedgerKind#ROSTER}) from the week grid, as the documents
 * screen prints a ledger: printed through the documents service, so that it is numbered, recorded
 * in the register of printed ledgers and checked by {@code verify}; then printed on a printer the
 * clerk chooses, saved where the clerk says, or opened in the system's PDF viewer (as every duty
 * ledger is, {@link LedgerPrinting}).
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
    private final NoticePrinting notices;

    /**
     * @param scratch a folder for this session's printouts
     * @param issue whether the account may issue notices (else the roster notice is a draft)
     */
    public RosterPrinting(
            DocumentService documents, TaskExecutor tasks, Desk desk, Path scratch, boolean issue) {
        this.printing = new LedgerPrinting(documents, tasks, desk, scratch);
        this.notices = new NoticePrinting(documents, tasks, desk, scratch, issue);
    }

    /** Whether the roster notice is issued with a number (else a draft is printed). */
    public boolean issuesNotices() {
        return notices.issues();
    }

    /**
     * Prints, saves ({@code target}) or opens the roster notice (排班通知) of a published week; {@code
     * done} gets its number, or says it is a draft.
     */
    public void notice(
            Action action,
            UUID publishedWeek,
            Path target,
            Consumer<String> done,
            Consumer<Throwable> failed) {
        notices.run(action, NoticeKind.ROSTER_WEEK, publishedWeek, target, done, failed);
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
