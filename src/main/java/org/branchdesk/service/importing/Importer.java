package org.branchdesk.service.importing;

import java.util.List;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.service.sheets.ImportColumn;
import org.branchdesk.store.StoreSession;

/**
 * One kind of sheet the office imports, in three steps that {@link ImportPipeline} runs the same
 * way for every kind: from the window and from the command line, with a preview, progress, cancel,
 * {@code --dry-run} and {@code --skip-invalid}.
 *
 * <ol>
 *   <li>{@link #parse}: every row into values, with no database, so that a row's checks can be
 *       tested without H2; a refused row names its row number and field;
 *   <li>{@link #plan}: against the store, which rows are new, updated or unchanged, which places
 *       the file names that the office lacks, and refusals that need the store (an unknown
 *       compound);
 *   <li>{@link #apply}: the plan, inside the one transaction the pipeline opens.
 * </ol>
 *
 * @param <R> a row's values after parsing
 * @param <W> what the plan found that applying needs (existing records, resolved ids)
 */
public interface Importer<R, W> {
    /** What the file holds: its template, its word on the command line. */
    ImportKind kind();

    /** The columns of its template, in order. */
    List<? extends ImportColumn> columns();

    /** The permission that applying needs. */
    default Permission permission() {
        return Permission.EDIT;
    }

    /** Step 1: reads the rows, with no database. */
    Parsed<R> parse(byte[] content, String source, ImportProgress progress);

    /** Step 2: plans the rows against the office; changes nothing. */
    Planned<R, W> plan(StoreSession s, Parsed<R> parsed, ImportProgress progress);

    /** Step 3: applies a plan (only its valid rows) inside the pipeline's transaction. */
    void apply(StoreSession s, Planned<R, W> planned, ImportProgress progress);
}
