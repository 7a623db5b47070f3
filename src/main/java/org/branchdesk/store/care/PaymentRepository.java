package org.branchdesk.store.care;

import static org.branchdesk.store.jooq.Tables.PAYMENT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.branchdesk.domain.care.Payment;
import org.branchdesk.domain.care.PaymentKind;
import org.branchdesk.domain.care.PaymentMethod;
import org.branchdesk.domain.care.PaymentState;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.domain.care.Reversal;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.PaymentRecord;
import org.jooq.InsertSetMoreStep;

/**
 * Payments and their reversals, in one table: a reversal is a row of its own pointing to the paid
 * payment ({@code reversal_of}), state {@value #REVERSAL}, dated by {@code paid_on}.
 */
public final class PaymentRepository {
    /** The state column of a reversal row. */
    static final String REVERSAL = "REVERSAL";

    private final StoreSession s;

    public PaymentRepository(StoreSession s) {
        this.s = s;
    }

    /** Payments (not reversals), oldest first; a fund's when {@code fundId} is given. */
    public List<Payment> list(UUID fundId) {
        return s.dsl()
                .selectFrom(PAYMENT)
                .where(PAYMENT.DELETED.isFalse())
                .and(PAYMENT.REVERSAL_OF.isNull())
                .and(fundId == null ? PAYMENT.ID.isNotNull() : PAYMENT.FUND_ID.eq(fundId))
                .orderBy(PAYMENT.RECORDED_ON, PAYMENT.CREATED_AT)
                .fetch(PaymentRepository::payment);
    }

    public Optional<Payment> find(UUID id) {
        return s.dsl()
                .selectFrom(PAYMENT)
                .where(PAYMENT.ID.eq(id), PAYMENT.DELETED.isFalse(), PAYMENT.REVERSAL_OF.isNull())
                .fetchOptional(PaymentRepository::payment);
    }

    /** Reversals, oldest first; of a fund's payments when {@code fundId} is given. */
    public List<Reversal> reversals(UUID fundId) {
        return s.dsl()
                .selectFrom(PAYMENT)
                .where(PAYMENT.DELETED.isFalse())
                .and(PAYMENT.REVERSAL_OF.isNotNull())
                .and(fundId == null ? PAYMENT.ID.isNotNull() : PAYMENT.FUND_ID.eq(fundId))
                .orderBy(PAYMENT.PAID_ON, PAYMENT.CREATED_AT)
                .fetch(
                        r ->
                                new Reversal(
                                        r.getId(),
                                        r.getReversalOf(),
                                        new Yuan(r.getAmount()),
                                        r.getPaidOn(),
                                        r.getReason(),
                                        r.getRecordedBy()));
    }

    /** A batch's payments, oldest first. */
    public List<Payment> inBatch(UUID batchId) {
        return s.dsl()
                .selectFrom(PAYMENT)
                .where(PAYMENT.DELETED.isFalse(), PAYMENT.REVERSAL_OF.isNull())
                .and(PAYMENT.BATCH_ID.eq(batchId))
                .orderBy(PAYMENT.CREATED_AT, PAYMENT.RECIPIENT_NAME)
                .fetch(PaymentRepository::payment);
    }

    /** Payments and reversals on the register ({@code stats}). */
    public int count() {
        return s.dsl().fetchCount(PAYMENT, PAYMENT.DELETED.isFalse());
    }

    private static Payment payment(PaymentRecord r) {
        RecipientKind kind = RecipientKind.valueOf(r.getRecipientKind());
        UUID recipientId =
                switch (kind) {
                    case MEMBER -> r.getMemberId();
                    case PERSON -> r.getPersonId();
                    case ORGANIZATION -> r.getOrganizationId();
                };
        Payment.Approval approval =
                r.getApprovedOn() == null
                        ? null
                        : new Payment.Approval(
                                r.getApproverName(),
                                r.getApproverPost(),
                                r.getApprovedOn(),
                                r.getApprovalEnteredBy());
        Payment.Paid paid =
                r.getPaidOn() == null
                        ? null
                        : new Payment.Paid(
                                r.getPaidOn(),
                                PaymentMethod.valueOf(r.getPaidMethod()),
                                r.getCollectedBy());
        return new Payment(
                r.getId(),
                PaymentKind.valueOf(r.getKind()),
                new Payment.Recipient(kind, recipientId, r.getRecipientName()),
                new Yuan(r.getAmount()),
                r.getPeriodFrom(),
                r.getPeriodTo(),
                r.getReason(),
                r.getFundId(),
                PaymentState.valueOf(r.getState()),
                r.getRecordedBy(),
                approval,
                paid,
                r.getBatchId(),
                r.getRate() == null ? null : new Yuan(r.getRate()),
                r.getDays());
    }

    /** A new payment, recorded on {@code on} by the account named {@code byName}. */
    public void insert(Payment p, LocalDate on, String byName) {
        start(p, on, byName).set(PAYMENT.STATE, p.state().name()).execute();
    }

    /** A reversal of {@code of}, entered by the account named {@code byName}. */
    public void insert(Reversal r, Payment of, String byName) {
        Payment row =
                new Payment(
                        r.id(),
                        of.kind(),
                        of.recipient(),
                        r.amount(),
                        of.periodFrom(),
                        of.periodTo(),
                        r.reason(),
                        of.fundId(),
                        PaymentState.PAID,
                        r.recordedBy(),
                        null,
                        null,
                        null,
                        of.rate(),
                        of.days());
        start(row, r.on(), byName)
                .set(PAYMENT.STATE, REVERSAL)
                .set(PAYMENT.PAID_ON, r.on())
                .set(PAYMENT.REVERSAL_OF, r.paymentId())
                .execute();
    }

    private InsertSetMoreStep<PaymentRecord> start(Payment p, LocalDate on, String byName) {
        OffsetDateTime now = s.now();
        Payment.Recipient to = p.recipient();
        return s.dsl()
                .insertInto(PAYMENT)
                .set(PAYMENT.ID, p.id())
                .set(PAYMENT.KIND, p.kind().name())
                .set(PAYMENT.RECIPIENT_KIND, to.kind().name())
                .set(PAYMENT.MEMBER_ID, to.kind() == RecipientKind.MEMBER ? to.id() : null)
                .set(PAYMENT.PERSON_ID, to.kind() == RecipientKind.PERSON ? to.id() : null)
                .set(
                        PAYMENT.ORGANIZATION_ID,
                        to.kind() == RecipientKind.ORGANIZATION ? to.id() : null)
                .set(PAYMENT.RECIPIENT_NAME, to.name())
                .set(PAYMENT.AMOUNT, p.amount().value())
                .set(PAYMENT.PERIOD_FROM, p.periodFrom())
                .set(PAYMENT.PERIOD_TO, p.periodTo())
                .set(PAYMENT.REASON, p.reason())
                .set(PAYMENT.FUND_ID, p.fundId())
                .set(PAYMENT.RECORDED_ON, on)
                .set(PAYMENT.RECORDED_BY, p.recordedBy())
                .set(PAYMENT.RECORDED_BY_NAME, byName)
                .set(PAYMENT.BATCH_ID, p.batchId())
                .set(PAYMENT.RATE, p.rate() == null ? null : p.rate().value())
                .set(PAYMENT.DAYS, p.days())
                .set(PAYMENT.CREATED_AT, now)
                .set(PAYMENT.UPDATED_AT, now)
                .set(PAYMENT.REVISION, 1L)
                .set(PAYMENT.REVISED_BY, s.officeId());
    }

    /** A payment cancelled before it was paid, and why. */
    public void cancel(Payment p, String reason) {
        update(p, reason);
    }

    /** Why a cancelled payment was cancelled, or {@code null}. */
    public String cancelReason(UUID id) {
        return s.dsl()
                .select(PAYMENT.CANCEL_REASON)
                .from(PAYMENT)
                .where(PAYMENT.ID.eq(id))
                .fetchOne(PAYMENT.CANCEL_REASON);
    }

    /**
     * A payment as it now stands: what a clerk may change before it is paid, its state, approval
     * and payment (the recipient and who recorded it never change).
     */
    public void update(Payment p) {
        update(p, null);
    }

    private void update(Payment p, String cancelReason) {
        Payment.Approval a = p.approval();
        Payment.Paid paid = p.paid();
        s.dsl()
                .update(PAYMENT)
                .set(PAYMENT.KIND, p.kind().name())
                .set(PAYMENT.AMOUNT, p.amount().value())
                .set(PAYMENT.PERIOD_FROM, p.periodFrom())
                .set(PAYMENT.PERIOD_TO, p.periodTo())
                .set(PAYMENT.REASON, p.reason())
                .set(PAYMENT.FUND_ID, p.fundId())
                .set(PAYMENT.STATE, p.state().name())
                .set(PAYMENT.RATE, p.rate() == null ? null : p.rate().value())
                .set(PAYMENT.DAYS, p.days())
                .set(PAYMENT.APPROVER_NAME, a == null ? null : a.approverName())
                .set(PAYMENT.APPROVER_POST, a == null ? null : a.approverPost())
                .set(PAYMENT.APPROVED_ON, a == null ? null : a.on())
                .set(PAYMENT.APPROVAL_ENTERED_BY, a == null ? null : a.enteredBy())
                .set(PAYMENT.PAID_ON, paid == null ? null : paid.on())
                .set(PAYMENT.PAID_METHOD, paid == null ? null : paid.method().name())
                .set(PAYMENT.COLLECTED_BY, paid == null ? null : paid.collectedBy())
                .set(PAYMENT.CANCEL_REASON, cancelReason)
                .set(PAYMENT.UPDATED_AT, s.now())
                .set(PAYMENT.REVISION, PAYMENT.REVISION.plus(1))
                .set(PAYMENT.REVISED_BY, s.officeId())
                .where(PAYMENT.ID.eq(p.id()), PAYMENT.REVERSAL_OF.isNull())
                .execute();
    }
}
