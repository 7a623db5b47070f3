package org.branchdesk.service.importing;

import java.util.List;
import org.branchdesk.service.importing.ImportPlan.RowOutcome;

/**
 * The rows of a file after {@link Importer#parse}: the valid ones as values, the refused ones with
 * their row number, field and reason.
 */
public record Parsed<R>(String source, List<R> rows, List<RowOutcome> refused) {
    public Parsed {
        rows = List.copyOf(rows);
        refused = List.copyOf(refused);
    }
}
