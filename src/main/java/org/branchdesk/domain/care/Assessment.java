package org.branchdesk.domain.care;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * A community's annual assessment: its epidemic-work score (0–100, one decimal), its grade, and the
 * performance reward that followed, if any. One per community per year.
 *
 * @param paymentId the performance reward's payment, or {@code null}
 */
public record Assessment(
        UUID id,
        UUID communityId,
        int year,
        BigDecimal score,
        AssessmentGrade grade,
        UUID paymentId) {
    public Assessment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(grade, "grade");
    }
}
