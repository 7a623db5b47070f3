package org.branchdesk.service.importing;

/**
 * How an import runs.
 *
 * @param dryRun plan only: the office is read, never changed
 * @param skipInvalid import the valid rows even when some are refused (otherwise a refused row
 *     stops the whole file)
 */
public record ImportOptions(boolean dryRun, boolean skipInvalid) {
    /** Import, all rows or none. */
    public static final ImportOptions ALL_OR_NOTHING = new ImportOptions(false, false);

    /** Import the valid rows, leave out the refused ones. */
    public static final ImportOptions SKIP_INVALID = new ImportOptions(false, true);

    /** Only say what would happen. */
    public static final ImportOptions DRY_RUN = new ImportOptions(true, false);
}
