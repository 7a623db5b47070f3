package org.branchdesk.domain.care;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.ValidationError;

/**
 * A payment from a fund: its kind, recipient, amount, period, reason and fund; who recorded it; the
 * approval (a person by name and post, and the account that entered it); the payment itself (date,
 * method, who collected it when not the recipient, 代领). It moves recorded → approved → paid; a paid
 * payment is never edited, cancelled or deleted, only corrected by a {@link Reversal}.
 *
 * @param periodFrom first day it pays for, or {@code null}
 * @param periodTo last day it pays for, or {@code null}
 * @param recordedBy the account that recorded it (who may then not approve it)
 * @param approval {@code null} until approved
 * @param paid {@code null} until paid
 * @param batchId the batch it was saved in ({@link PaymentBatch}), {@code null} for a single one
 * @param rate the standard it was worked out from (a work allowance's daily rate, a living
 *     subsidy's monthly standard), {@code null} when entered as an amount
 * @param days how many of the standard it pays (days present; 1 for a month's living subsidy),
 *     {@code null} with {@code rate}
 */
public record Payment(
        UUID id,
        PaymentKind kind,
        Recipient recipient,
        Yuan amount,
        LocalDate periodFrom,
        LocalDate periodTo,
        String reason,
        UUID fundId,
        PaymentState state,
        UUID recordedBy,
        Approval approval,
        Paid paid,
        UUID batchId,
        Yuan rate,
        Integer days) {
    /** The longest reason a payment may give. */
    public static final int REASON_MAX = 200;

    /** Who receives it: a member, a person from the people register, or an organization. */
    public record Recipient(RecipientKind kind, UUID id, String name) {
        public Recipient {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * The approval: the approver as a person recorded by name and post (not an account), the day,
     * and the account that entered it.
     */
    public record Approval(String approverName, String approverPost, LocalDate on, UUID enteredBy) {
        public Approval {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(enteredBy, "enteredBy");
        }
    }

    /**
     * The payment made.
     *
     * @param collectedBy who collected it when that was not the recipient (代领), else {@code null}
     */
    public record Paid(LocalDate on, PaymentMethod method, String collectedBy) {}

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(fundId, "fundId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }

    /** A payment entered as an amount, in no batch. */
    public Payment(
            UUID id,
            PaymentKind kind,
            Recipient recipient,
            Yuan amount,
            LocalDate periodFrom,
            LocalDate periodTo,
            String reason,
            UUID fundId,
            PaymentState state,
            UUID recordedBy,
            Approval approval,
            Paid paid) {
        this(
                id,
                kind,
                recipient,
                amount,
                periodFrom,
                periodTo,
                reason,
                fundId,
                state,
                recordedBy,
                approval,
                paid,
                null,
                null,
                null);
    }

    /**
     * The same payment worked out as a standard × days (标准×天数), saved in a batch or not; refused
     * when the amount is not exactly the standard times the days.
     *
     * @param batch the batch, or {@code null}
     */
    public Payment withBasis(UUID batch, Yuan standard, int times) {
        if (standard == null) {
            throw new ValidationError("field.payment.rate", "rule.required");
        }
        if (!PaymentRules.basisMatches(amount, standard, times)) {
            throw new ValidationError(
                    "field.payment.amount",
                    "rule.payment.basisMismatch",
                    amount.figures(),
                    standard.figures(),
                    String.valueOf(times));
        }
        return new Payment(
                id,
                kind,
                recipient,
                amount,
                periodFrom,
                periodTo,
                reason,
                fundId,
                state,
                recordedBy,
                approval,
                paid,
                batch,
                standard,
                times);
    }

    /** A new payment as a form, a batch or a command gives it; refused naming the field. */
    public static Payment record(
            UUID id,
            PaymentKind kind,
            Recipient recipient,
            Yuan amount,
            LocalDate periodFrom,
            LocalDate periodTo,
            String reason,
            UUID fundId,
            UUID recordedBy) {
        if (kind == null) {
            throw new ValidationError("field.payment.kind", "rule.required");
        }
        if (recipient == null || Text.emptyToNull(recipient.name()) == null) {
            throw new ValidationError("field.payment.recipient", "rule.required");
        }
        if (amount == null) {
            throw new ValidationError("field.payment.amount", "rule.required");
        }
        if (!PaymentRules.periodInOrder(periodFrom, periodTo)) {
            throw new ValidationError("field.payment.periodTo", "rule.payment.periodReversed");
        }
        String why = Text.emptyToNull(reason);
        if (why == null) {
            throw new ValidationError("field.payment.reason", "rule.required");
        }
        if (Text.length(why) > REASON_MAX) {
            throw new ValidationError("field.payment.reason", "rule.tooLong", REASON_MAX);
        }
        if (fundId == null) {
            throw new ValidationError("field.payment.fund", "rule.required");
        }
        return new Payment(
                id,
                kind,
                recipient,
                amount,
                periodFrom,
                periodTo,
                why,
                fundId,
                PaymentState.RECORDED,
                recordedBy,
                null,
                null);
    }

    /**
     * The same payment changed by a clerk: only while it is not paid; an approved one goes back to
     * recorded and needs approving again (an approval covers what was approved, nothing else).
     */
    public Payment edited(
            PaymentKind kind,
            Recipient recipient,
            Yuan amount,
            LocalDate periodFrom,
            LocalDate periodTo,
            String reason,
            UUID fundId) {
        if (!PaymentRules.editable(state)) {
            throw new ValidationError(
                    "field.payment.state",
                    state == PaymentState.PAID
                            ? "rule.payment.paidNeverEdited"
                            : "rule.payment.cancelledNeverEdited");
        }
        Payment after =
                record(
                        id,
                        kind,
                        recipient,
                        amount,
                        periodFrom,
                        periodTo,
                        reason,
                        fundId,
                        recordedBy);
        boolean sameBasis = rate != null && amount.equals(this.amount);
        return new Payment(
                id,
                after.kind,
                after.recipient,
                after.amount,
                after.periodFrom,
                after.periodTo,
                after.reason,
                after.fundId,
                after.state,
                recordedBy,
                null,
                null,
                batchId,
                sameBasis ? rate : null,
                sameBasis ? days : null);
    }

    /**
     * Approved by a person (name, post) on a day, entered by an account other than the recorder.
     */
    public Payment approved(String approverName, String approverPost, LocalDate on, UUID account) {
        if (!PaymentRules.approvable(state)) {
            throw new ValidationError(
                    "field.payment.state", "rule.payment.notRecorded", stateName());
        }
        if (!PaymentRules.fourEyes(recordedBy, account)) {
            throw new ValidationError("field.payment.approver", "rule.payment.fourEyes");
        }
        String name = Text.emptyToNull(approverName);
        if (name == null) {
            throw new ValidationError("field.payment.approverName", "rule.required");
        }
        String post = Text.emptyToNull(approverPost);
        if (post == null) {
            throw new ValidationError("field.payment.approverPost", "rule.required");
        }
        if (on == null) {
            throw new ValidationError("field.payment.approvedOn", "rule.required");
        }
        return withState(PaymentState.APPROVED, new Approval(name, post, on, account), null);
    }

    /** Paid on a day by a method; {@code collectedBy} names who collected it for the recipient. */
    public Payment paid(LocalDate on, PaymentMethod method, String collectedBy) {
        if (!PaymentRules.payable(state)) {
            throw new ValidationError(
                    "field.payment.state", "rule.payment.notApproved", stateName());
        }
        if (on == null) {
            throw new ValidationError("field.payment.paidOn", "rule.required");
        }
        if (!PaymentRules.paidAfterApproval(approval.on(), on)) {
            throw new ValidationError(
                    "field.payment.paidOn",
                    "rule.payment.paidBeforeApproved",
                    on.toString(),
                    approval.on().toString());
        }
        if (method == null) {
            throw new ValidationError("field.payment.method", "rule.required");
        }
        return withState(
                PaymentState.PAID, approval, new Paid(on, method, Text.emptyToNull(collectedBy)));
    }

    /** Withdrawn before it was paid: kept, counts nowhere. */
    public Payment cancelled() {
        if (!PaymentRules.cancellable(state)) {
            throw new ValidationError(
                    "field.payment.state",
                    state == PaymentState.PAID
                            ? "rule.payment.paidNeverEdited"
                            : "rule.payment.cancelledNeverEdited");
        }
        return withState(PaymentState.CANCELLED, approval, null);
    }

    /**
     * The reversal of this paid payment: same positive amount, not before the payment, once.
     *
     * @param earlier reversals already recorded against this payment
     */
    public Reversal reversal(
            UUID reversalId,
            Yuan amount,
            LocalDate on,
            String reason,
            UUID account,
            Collection<Reversal> earlier) {
        if (!PaymentRules.reversible(state)) {
            throw new ValidationError("field.payment.state", "rule.payment.notPaid", stateName());
        }
        if (PaymentRules.reversedAlready(earlier)) {
            throw new ValidationError(
                    "field.reversal.payment",
                    "rule.payment.reversedAlready",
                    earlier.iterator().next().on().toString());
        }
        if (amount == null || !PaymentRules.reversalMatches(this.amount, amount)) {
            throw new ValidationError(
                    "field.reversal.amount", "rule.payment.reversalAmount", this.amount.withSign());
        }
        if (on == null) {
            throw new ValidationError("field.reversal.on", "rule.required");
        }
        if (!PaymentRules.reversalNotBeforePayment(paid.on(), on)) {
            throw new ValidationError(
                    "field.reversal.on", "rule.payment.reversalBeforePaid", paid.on().toString());
        }
        String why = Text.emptyToNull(reason);
        if (why == null) {
            throw new ValidationError("field.reversal.reason", "rule.required");
        }
        return new Reversal(reversalId, id, amount, on, why, account);
    }

    private Payment withState(PaymentState next, Approval approvalNow, Paid paidNow) {
        return new Payment(
                id,
                kind,
                recipient,
                amount,
                periodFrom,
                periodTo,
                reason,
                fundId,
                next,
                recordedBy,
                approvalNow,
                paidNow,
                batchId,
                rate,
                days);
    }

    private String stateName() {
        return Messages.format(state.key());
    }
}
