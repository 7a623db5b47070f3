package org.branchdesk.domain.duty;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A duty post a reporting member claimed (认领岗位), from a day. */
public record ReportingClaim(UUID id, UUID reportingId, UUID postId, LocalDate claimedOn) {
    public ReportingClaim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reportingId, "reportingId");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(claimedOn, "claimedOn");
    }
}
