package org.branchdesk.service.importing;

import java.util.List;
import org.branchdesk.domain.common.Messages;

/**
 * What an import does (or would do) with a clerk's file: every row's fate, and the places that the
 * file names but the office lacks, which the import creates.
 *
 * @param newCommunities communities the import creates
 * @param newCompounds compounds the import creates, as {@code 社区/小区}
 * @param notes things the clerk should know that refuse no row (e.g. unknown branches)
 */
public record ImportPlan(
        String source,
        List<RowOutcome> rows,
        List<String> newCommunities,
        List<String> newCompounds,
        List<String> notes) {
    /** A row's fate. */
    public enum Fate {
        NEW,
        UPDATE,
        UNCHANGED,
        REFUSED
    }

    /** One row; {@code field} and {@code reason} are set for refused rows. */
    public record RowOutcome(int row, Fate fate, String label, String field, String reason) {
        /**
         * The row number, field and reason ({@code import.rowRefused}), as the command line and the
         * preview print it.
         */
        public String describe() {
            return Messages.format("import.rowRefused", row, field, reason);
        }
    }

    public ImportPlan {
        rows = List.copyOf(rows);
        newCommunities = List.copyOf(newCommunities);
        newCompounds = List.copyOf(newCompounds);
        notes = List.copyOf(notes);
    }

    public long count(Fate fate) {
        return rows.stream().filter(r -> r.fate() == fate).count();
    }

    public List<RowOutcome> refused() {
        return rows.stream().filter(r -> r.fate() == Fate.REFUSED).toList();
    }

    /** What an import did; {@code applied} is false when nothing was written. */
    public record Result(ImportPlan plan, boolean applied) {
        public boolean changedAnything() {
            return applied && (plan.count(Fate.NEW) > 0 || plan.count(Fate.UPDATE) > 0);
        }
    }
}
