package org.branchdesk.store.care;

import static org.branchdesk.store.jooq.Tables.SUPPLY_ISSUE;
import static org.branchdesk.store.jooq.Tables.SUPPLY_ITEM;
import static org.branchdesk.store.jooq.Tables.SUPPLY_RECEIPT;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.branchdesk.domain.care.Payment;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.domain.care.SupplyCategory;
import org.branchdesk.domain.care.SupplyIssue;
import org.branchdesk.domain.care.SupplyItem;
import org.branchdesk.domain.care.SupplyReceipt;
import org.branchdesk.domain.care.SupplySource;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.SupplyIssueRecord;
import org.jooq.Condition;

/**
 * Supply items, what came in and what went out. Stock is not stored: the service computes it from
 * the movements inside the transaction that records a new one.
 */
public final class SupplyRepository {
    private final StoreSession s;

    public SupplyRepository(StoreSession s) {
        this.s = s;
    }

    /** Every item, by category and name. */
    public List<SupplyItem> items() {
        return s.dsl()
                .selectFrom(SUPPLY_ITEM)
                .where(SUPPLY_ITEM.DELETED.isFalse())
                .orderBy(SUPPLY_ITEM.CATEGORY, SUPPLY_ITEM.NAME)
                .fetch(
                        r ->
                                new SupplyItem(
                                        r.getId(),
                                        r.getName(),
                                        SupplyCategory.valueOf(r.getCategory()),
                                        r.getUnit()));
    }

    public Optional<SupplyItem> item(UUID id) {
        return items().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The item of this exact name, if any (names are unique among items). */
    public Optional<SupplyItem> itemNamed(String name) {
        return items().stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /**
     * Locks the item's row until the transaction ends, so that two issues of it never both pass the
     * stock check.
     */
    public void lock(UUID itemId) {
        s.dsl().selectFrom(SUPPLY_ITEM).where(SUPPLY_ITEM.ID.eq(itemId)).forUpdate().fetch();
    }

    public void insert(SupplyItem i) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(SUPPLY_ITEM)
                .set(SUPPLY_ITEM.ID, i.id())
                .set(SUPPLY_ITEM.NAME, i.name())
                .set(SUPPLY_ITEM.CATEGORY, i.category().name())
                .set(SUPPLY_ITEM.UNIT, i.unit())
                .set(SUPPLY_ITEM.CREATED_AT, now)
                .set(SUPPLY_ITEM.UPDATED_AT, now)
                .set(SUPPLY_ITEM.REVISION, 1L)
                .set(SUPPLY_ITEM.REVISED_BY, s.officeId())
                .execute();
    }

    /** What came in, by day; an item's when {@code itemId} is given. */
    public List<SupplyReceipt> receipts(UUID itemId) {
        Condition which =
                itemId == null ? SUPPLY_RECEIPT.ID.isNotNull() : SUPPLY_RECEIPT.ITEM_ID.eq(itemId);
        return s.dsl()
                .selectFrom(SUPPLY_RECEIPT)
                .where(SUPPLY_RECEIPT.DELETED.isFalse())
                .and(which)
                .orderBy(SUPPLY_RECEIPT.RECEIVED_ON, SUPPLY_RECEIPT.CREATED_AT)
                .fetch(
                        r ->
                                new SupplyReceipt(
                                        r.getId(),
                                        r.getItemId(),
                                        r.getQuantity(),
                                        r.getReceivedOn(),
                                        SupplySource.valueOf(r.getSource()),
                                        r.getFromWhom(),
                                        r.getDocumentNumber()));
    }

    public void insert(SupplyReceipt r) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(SUPPLY_RECEIPT)
                .set(SUPPLY_RECEIPT.ID, r.id())
                .set(SUPPLY_RECEIPT.ITEM_ID, r.itemId())
                .set(SUPPLY_RECEIPT.QUANTITY, r.quantity())
                .set(SUPPLY_RECEIPT.RECEIVED_ON, r.on())
                .set(SUPPLY_RECEIPT.SOURCE, r.source().name())
                .set(SUPPLY_RECEIPT.FROM_WHOM, r.fromWhom())
                .set(SUPPLY_RECEIPT.DOCUMENT_NUMBER, r.documentNumber())
                .set(SUPPLY_RECEIPT.CREATED_AT, now)
                .set(SUPPLY_RECEIPT.UPDATED_AT, now)
                .set(SUPPLY_RECEIPT.REVISION, 1L)
                .set(SUPPLY_RECEIPT.REVISED_BY, s.officeId())
                .execute();
    }

    /** What went out, by day; an item's when {@code itemId} is given. */
    public List<SupplyIssue> issues(UUID itemId) {
        Condition which =
                itemId == null ? SUPPLY_ISSUE.ID.isNotNull() : SUPPLY_ISSUE.ITEM_ID.eq(itemId);
        return s.dsl()
                .selectFrom(SUPPLY_ISSUE)
                .where(SUPPLY_ISSUE.DELETED.isFalse())
                .and(which)
                .orderBy(SUPPLY_ISSUE.ISSUED_ON, SUPPLY_ISSUE.CREATED_AT)
                .fetch(SupplyRepository::issue);
    }

    private static SupplyIssue issue(SupplyIssueRecord r) {
        RecipientKind kind = RecipientKind.valueOf(r.getRecipientKind());
        UUID id =
                switch (kind) {
                    case MEMBER -> r.getMemberId();
                    case PERSON -> r.getPersonId();
                    case ORGANIZATION -> r.getOrganizationId();
                };
        return new SupplyIssue(
                r.getId(),
                r.getItemId(),
                r.getQuantity(),
                r.getIssuedOn(),
                new Payment.Recipient(kind, id, r.getRecipientName()),
                r.getIssuedBy(),
                r.getPurpose());
    }

    public void insert(SupplyIssue i) {
        OffsetDateTime now = s.now();
        RecipientKind k = i.to().kind();
        s.dsl()
                .insertInto(SUPPLY_ISSUE)
                .set(SUPPLY_ISSUE.ID, i.id())
                .set(SUPPLY_ISSUE.ITEM_ID, i.itemId())
                .set(SUPPLY_ISSUE.QUANTITY, i.quantity())
                .set(SUPPLY_ISSUE.ISSUED_ON, i.on())
                .set(SUPPLY_ISSUE.RECIPIENT_KIND, k.name())
                .set(SUPPLY_ISSUE.MEMBER_ID, k == RecipientKind.MEMBER ? i.to().id() : null)
                .set(SUPPLY_ISSUE.PERSON_ID, k == RecipientKind.PERSON ? i.to().id() : null)
                .set(
                        SUPPLY_ISSUE.ORGANIZATION_ID,
                        k == RecipientKind.ORGANIZATION ? i.to().id() : null)
                .set(SUPPLY_ISSUE.RECIPIENT_NAME, i.to().name())
                .set(SUPPLY_ISSUE.ISSUED_BY, i.issuedBy())
                .set(SUPPLY_ISSUE.PURPOSE, i.purpose())
                .set(SUPPLY_ISSUE.CREATED_AT, now)
                .set(SUPPLY_ISSUE.UPDATED_AT, now)
                .set(SUPPLY_ISSUE.REVISION, 1L)
                .set(SUPPLY_ISSUE.REVISED_BY, s.officeId())
                .execute();
    }

    /** Items on the register ({@code stats}). */
    public int countItems() {
        return s.dsl().fetchCount(SUPPLY_ITEM, SUPPLY_ITEM.DELETED.isFalse());
    }

    /** Receipts on the register ({@code stats}). */
    public int countReceipts() {
        return s.dsl().fetchCount(SUPPLY_RECEIPT, SUPPLY_RECEIPT.DELETED.isFalse());
    }

    /** Issues on the register ({@code stats}). */
    public int countIssues() {
        return s.dsl().fetchCount(SUPPLY_ISSUE, SUPPLY_ISSUE.DELETED.isFalse());
    }
}
