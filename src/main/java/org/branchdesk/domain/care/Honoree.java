package org.branchdesk.domain.care;

import java.util.Objects;
import java.util.UUID;

/**
 * One honoree of a commendation decision: a member, a person from the people register or an
 * organization (named as it was when commended), the form (a certificate, or a reward linked to its
 * commendation-reward payment) and a short account of the deeds.
 *
 * @param paymentId the reward's payment, or {@code null} for a certificate
 */
public record Honoree(
        UUID id,
        UUID commendationId,
        Payment.Recipient who,
        HonorForm form,
        UUID paymentId,
        String deeds) {
    public Honoree {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(commendationId, "commendationId");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(deeds, "deeds");
    }
}
