package org.branchdesk.domain.care;

import org.branchdesk.domain.common.ValidationError;

/**
 * The rules of solicitude visits: the payment a visit hands over is a solicitude payment (慰问金, paid
 * from special party fees) to the one visited, and it still stands. One rule per method.
 */
public final class VisitRules {
    private VisitRules() {}

    /** A linked payment is a solicitude payment. */
    public static boolean isSolicitude(Payment p) {
        return p.kind() == PaymentKind.SOLICITUDE;
    }

    /** A linked payment went to the one visited (the same member, or the same person). */
    public static boolean sameRecipient(Payment p, Payment.Recipient visited) {
        return p.recipient().kind() == visited.kind() && p.recipient().id().equals(visited.id());
    }

    /** A linked payment still stands: it was not cancelled. */
    public static boolean stands(Payment p) {
        return p.state() != PaymentState.CANCELLED;
    }

    /** Refuses a linked payment that is not a standing solicitude payment to the one visited. */
    public static void checkPayment(Payment p, Payment.Recipient visited) {
        if (!isSolicitude(p)) {
            throw new ValidationError("field.visit.payment", "rule.visit.notSolicitude");
        }
        if (!sameRecipient(p, visited)) {
            throw new ValidationError(
                    "field.visit.payment",
                    "rule.visit.otherRecipient",
                    p.recipient().name(),
                    visited.name());
        }
        if (!stands(p)) {
            throw new ValidationError("field.visit.payment", "rule.visit.cancelled");
        }
    }
}
