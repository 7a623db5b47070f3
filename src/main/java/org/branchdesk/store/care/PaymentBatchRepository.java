package org.branchdesk.store.care;

import static org.branchdesk.store.jooq.Tables.PAYMENT_BATCH;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.branchdesk.domain.care.PaymentBatch;
import org.branchdesk.domain.care.PaymentKind;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.PaymentBatchRecord;

/** Payment batches; their payments are in {@link PaymentRepository}, pointing to them. */
public final class PaymentBatchRepository {
    private final StoreSession s;

    public PaymentBatchRepository(StoreSession s) {
        this.s = s;
    }

    /** Batches, oldest first. */
    public List<PaymentBatch> list() {
        return s.dsl()
                .selectFrom(PAYMENT_BATCH)
                .where(PAYMENT_BATCH.DELETED.isFalse())
                .orderBy(PAYMENT_BATCH.RECORDED_ON, PAYMENT_BATCH.CREATED_AT)
                .fetch(PaymentBatchRepository::batch);
    }

    public Optional<PaymentBatch> find(UUID id) {
        return s.dsl()
                .selectFrom(PAYMENT_BATCH)
                .where(PAYMENT_BATCH.ID.eq(id), PAYMENT_BATCH.DELETED.isFalse())
                .fetchOptional(PaymentBatchRepository::batch);
    }

    /** Batches on the register ({@code stats}). */
    public int count() {
        return s.dsl().fetchCount(PAYMENT_BATCH, PAYMENT_BATCH.DELETED.isFalse());
    }

    /** A new batch, saved by the account named {@code byName}. */
    public void insert(PaymentBatch b, String byName) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(PAYMENT_BATCH)
                .set(PAYMENT_BATCH.ID, b.id())
                .set(PAYMENT_BATCH.KIND, b.kind().name())
                .set(PAYMENT_BATCH.PERIOD_FROM, b.periodFrom())
                .set(PAYMENT_BATCH.PERIOD_TO, b.periodTo())
                .set(PAYMENT_BATCH.RATE, b.rate().value())
                .set(PAYMENT_BATCH.FUND_ID, b.fundId())
                .set(PAYMENT_BATCH.RECORDED_ON, b.recordedOn())
                .set(PAYMENT_BATCH.RECORDED_BY, b.recordedBy())
                .set(PAYMENT_BATCH.RECORDED_BY_NAME, byName)
                .set(PAYMENT_BATCH.CREATED_AT, now)
                .set(PAYMENT_BATCH.UPDATED_AT, now)
                .set(PAYMENT_BATCH.REVISION, 1L)
                .set(PAYMENT_BATCH.REVISED_BY, s.officeId())
                .execute();
    }

    private static PaymentBatch batch(PaymentBatchRecord r) {
        return new PaymentBatch(
                r.getId(),
                PaymentKind.valueOf(r.getKind()),
                r.getPeriodFrom(),
                r.getPeriodTo(),
                new Yuan(r.getRate()),
                r.getFundId(),
                r.getRecordedOn(),
                r.getRecordedBy());
    }
}
