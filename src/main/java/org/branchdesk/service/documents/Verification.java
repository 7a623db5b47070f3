package org.branchdesk.service.documents;

import java.time.Instant;
import java.util.List;

/** Whether the data behind a printed document is unchanged, changed (and how), or unknown. */
public record Verification(
        Status status,
        String number,
        String title,
        Instant printedAt,
        String printedBy,
        List<String> added,
        List<String> removed,
        List<String> altered) {
    public enum Status {
        UNCHANGED,
        CHANGED,
        UNKNOWN
    }
}
