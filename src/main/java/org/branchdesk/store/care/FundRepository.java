package org.branchdesk.store.care;

import static org.branchdesk.store.jooq.Tables.FUND;
import static org.branchdesk.store.jooq.Tables.FUND_ALLOCATION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.branchdesk.domain.care.Allocation;
import org.branchdesk.domain.care.Fund;
import org.branchdesk.domain.care.FundSource;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.FundAllocationRecord;

/** Funds and the money allocated to them. */
public final class FundRepository {
    private final StoreSession s;

    public FundRepository(StoreSession s) {
        this.s = s;
    }

    /** Every fund, by name. */
    public List<Fund> list() {
        return s.dsl()
                .selectFrom(FUND)
                .where(FUND.DELETED.isFalse())
                .orderBy(FUND.NAME)
                .fetch(r -> new Fund(r.getId(), r.getName(), FundSource.valueOf(r.getSource())));
    }

    public Optional<Fund> find(UUID id) {
        return list().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The fund of this exact name, if any (names are unique among funds). */
    public Optional<Fund> named(String name) {
        return list().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** Funds on the register ({@code stats}). */
    public int count() {
        return s.dsl().fetchCount(FUND, FUND.DELETED.isFalse());
    }

    /** Allocations on the register ({@code stats}). */
    public int countAllocations() {
        return s.dsl().fetchCount(FUND_ALLOCATION, FUND_ALLOCATION.DELETED.isFalse());
    }

    public void insert(Fund f) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(FUND)
                .set(FUND.ID, f.id())
                .set(FUND.NAME, f.name())
                .set(FUND.SOURCE, f.source().name())
                .set(FUND.CREATED_AT, now)
                .set(FUND.UPDATED_AT, now)
                .set(FUND.REVISION, 1L)
                .set(FUND.REVISED_BY, s.officeId())
                .execute();
    }

    /** A fund's allocations, oldest first; every fund's when {@code fundId} is {@code null}. */
    public List<Allocation> allocations(UUID fundId) {
        return s.dsl()
                .selectFrom(FUND_ALLOCATION)
                .where(FUND_ALLOCATION.DELETED.isFalse())
                .and(
                        fundId == null
                                ? FUND_ALLOCATION.ID.isNotNull()
                                : FUND_ALLOCATION.FUND_ID.eq(fundId))
                .orderBy(FUND_ALLOCATION.ALLOCATED_ON, FUND_ALLOCATION.CREATED_AT)
                .fetch(FundRepository::allocation);
    }

    private static Allocation allocation(FundAllocationRecord r) {
        return new Allocation(
                r.getId(),
                r.getFundId(),
                new Yuan(r.getAmount()),
                r.getAllocatedOn(),
                r.getDocumentNumber());
    }

    public void insert(Allocation a) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(FUND_ALLOCATION)
                .set(FUND_ALLOCATION.ID, a.id())
                .set(FUND_ALLOCATION.FUND_ID, a.fundId())
                .set(FUND_ALLOCATION.AMOUNT, a.amount().value())
                .set(FUND_ALLOCATION.ALLOCATED_ON, a.on())
                .set(FUND_ALLOCATION.DOCUMENT_NUMBER, a.documentNumber())
                .set(FUND_ALLOCATION.CREATED_AT, now)
                .set(FUND_ALLOCATION.UPDATED_AT, now)
                .set(FUND_ALLOCATION.REVISION, 1L)
                .set(FUND_ALLOCATION.REVISED_BY, s.officeId())
                .execute();
    }
}
