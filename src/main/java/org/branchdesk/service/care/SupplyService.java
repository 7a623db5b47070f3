package org.branchdesk.service.care;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.domain.care.SupplyCategory;
import org.branchdesk.domain.care.SupplyIssue;
import org.branchdesk.domain.care.SupplyItem;
import org.branchdesk.domain.care.SupplyReceipt;
import org.branchdesk.domain.care.SupplyRules;
import org.branchdesk.domain.care.SupplySource;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;

/**
 * The supplies register (policy article 11: 为社区工作者专门配备医用口罩、消毒液、食品等物资): items, what came in
 * (allocated or donated, from whom) and what went out (to whom, by whom). Recording needs {@code
 * EDIT}; the stock is checked in the transaction that records an issue, against the lowest stock
 * from the issue's day on, so it never goes below zero on any day.
 */
public final class SupplyService {
    static final String ITEM = "supply_item";
    static final String RECEIPT = "supply_receipt";
    static final String ISSUE = "supply_issue";

    private final Store store;
    private final Actor actor;
    private final Clock clock;

    public SupplyService(Store store, Actor actor, Clock clock) {
        this.store = store;
        this.actor = actor;
        this.clock = clock;
    }

    /** Adds an item; refused when another item has the name. */
    public SupplyItem addItem(String name, SupplyCategory category, String unit) {
        SupplyItem i = SupplyItem.of(UUID.randomUUID(), name, category, unit);
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    if (s.supplies().itemNamed(i.name()).isPresent()) {
                        throw new ValidationError(
                                "field.supply.item", "rule.supply.duplicate", i.name());
                    }
                    s.supplies().insert(i);
                    s.audit().record(actor.name(), ITEM, i.id(), Action.CREATE, null, i);
                    return i;
                });
    }

    /** Every item, by category and name. */
    public List<SupplyItem> items() {
        return store.read(s -> s.supplies().items());
    }

    /** An item by its exact name; refused naming it when there is none. */
    public UUID itemNamed(String name) {
        return store.read(
                s ->
                        s.supplies()
                                .itemNamed(name == null ? "" : name.trim())
                                .map(SupplyItem::id)
                                .orElseThrow(() -> new UserError("error.supply.noSuchItem", name)));
    }

    /** Supplies that came in, as a clerk records them. */
    public record NewReceipt(
            UUID itemId,
            BigDecimal quantity,
            LocalDate on,
            SupplySource source,
            String fromWhom,
            String documentNumber) {}

    /** Records supplies that came in. */
    public SupplyReceipt receive(NewReceipt f) {
        SupplyReceipt r =
                SupplyReceipt.of(
                        UUID.randomUUID(),
                        f.itemId(),
                        f.quantity(),
                        f.on(),
                        f.source(),
                        f.fromWhom(),
                        f.documentNumber(),
                        LocalDate.now(clock));
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    item(s, r.itemId());
                    s.supplies().insert(r);
                    s.audit().record(actor.name(), RECEIPT, r.id(), Action.CREATE, null, r);
                    return r;
                });
    }

    /**
     * Supplies that went out, as a clerk records them.
     *
     * @param issuedBy who handed them out; {@code null} for the signed-in account
     */
    public record NewIssue(
            UUID itemId,
            BigDecimal quantity,
            LocalDate on,
            RecipientKind toKind,
            UUID toId,
            String issuedBy,
            String purpose) {}

    /**
     * Records supplies that went out; refused, naming the stock, when it would take the stock below
     * zero on its day or any later day.
     */
    public SupplyIssue issue(NewIssue f) {
        LocalDate today = LocalDate.now(clock);
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    SupplyIssue i =
                            SupplyIssue.of(
                                    UUID.randomUUID(),
                                    f.itemId(),
                                    f.quantity(),
                                    f.on(),
                                    f.toKind() == null
                                            ? null
                                            : CareNames.named(
                                                    s, f.toKind(), f.toId(), "field.supply.to"),
                                    f.issuedBy() == null ? actor.name() : f.issuedBy(),
                                    f.purpose(),
                                    today);
                    checkStock(s, i);
                    s.supplies().insert(i);
                    s.audit().record(actor.name(), ISSUE, i.id(), Action.CREATE, null, i);
                    return i;
                });
    }

    /**
     * Refuses, naming the stock, an issue that would take its item's stock below zero on its day or
     * any later day; the item stays locked until the transaction ends (the demo checks its issues
     * this way too).
     */
    public static void checkStock(StoreSession s, SupplyIssue i) {
        SupplyItem item = item(s, i.itemId());
        // no other issue of the item may pass its check until this one is kept
        s.supplies().lock(item.id());
        SupplyRules.checkIssue(
                item, SupplyRules.availableFrom(movements(s, item.id()), i.on()), i.quantity());
    }

    private static List<SupplyRules.Movement> movements(StoreSession s, UUID itemId) {
        List<SupplyRules.Movement> out = new ArrayList<>();
        s.supplies()
                .receipts(itemId)
                .forEach(r -> out.add(new SupplyRules.Movement(r.on(), r.quantity())));
        s.supplies()
                .issues(itemId)
                .forEach(i -> out.add(new SupplyRules.Movement(i.on(), i.quantity().negate())));
        return out;
    }

    private static SupplyItem item(StoreSession s, UUID id) {
        return s.supplies().item(id).orElseThrow(() -> new UserError("error.supply.itemNotFound"));
    }

    /** An item's stock: everything that came in, everything that went out, and what is left. */
    public record Stock(SupplyItem item, BigDecimal in, BigDecimal out, BigDecimal stock) {}

    /** Every item's stock today, by category and name. */
    public List<Stock> stock() {
        return store.read(SupplyService::stock);
    }

    static List<Stock> stock(StoreSession s) {
        Map<UUID, List<BigDecimal>> in = new HashMap<>();
        Map<UUID, List<BigDecimal>> out = new HashMap<>();
        s.supplies()
                .receipts(null)
                .forEach(
                        r ->
                                in.computeIfAbsent(r.itemId(), k -> new ArrayList<>())
                                        .add(r.quantity()));
        s.supplies()
                .issues(null)
                .forEach(
                        i ->
                                out.computeIfAbsent(i.itemId(), k -> new ArrayList<>())
                                        .add(i.quantity()));
        List<Stock> stock = new ArrayList<>();
        for (SupplyItem i : s.supplies().items()) {
            List<BigDecimal> a = in.getOrDefault(i.id(), List.of());
            List<BigDecimal> b = out.getOrDefault(i.id(), List.of());
            stock.add(
                    new Stock(
                            i,
                            SupplyRules.stock(a, List.of()),
                            SupplyRules.stock(b, List.of()),
                            SupplyRules.stock(a, b)));
        }
        return stock;
    }

    /**
     * A movement as the item's book and the supplies ledger show it.
     *
     * @param in whether it came in (else it went out)
     * @param counterpart from whom it came, or to whom it went
     * @param detail how it came (and the document's number), or by whom and for what it went
     * @param stock the item's stock after it
     */
    public record Movement(
            UUID id,
            SupplyItem item,
            LocalDate on,
            boolean in,
            BigDecimal quantity,
            String counterpart,
            String detail,
            BigDecimal stock) {}

    /** Every item's movements: items by category and name, each item's by day, ins first. */
    public List<Movement> movements() {
        return store.read(SupplyService::movements);
    }

    static List<Movement> movements(StoreSession s) {
        record Raw(
                UUID id,
                UUID itemId,
                LocalDate on,
                boolean in,
                BigDecimal q,
                String who,
                String detail) {}
        Map<UUID, List<Raw>> byItem = new HashMap<>();
        for (SupplyReceipt r : s.supplies().receipts(null)) {
            String how = org.branchdesk.domain.common.Messages.format(r.source().key());
            byItem.computeIfAbsent(r.itemId(), k -> new ArrayList<>())
                    .add(
                            new Raw(
                                    r.id(),
                                    r.itemId(),
                                    r.on(),
                                    true,
                                    r.quantity(),
                                    r.fromWhom(),
                                    r.documentNumber() == null
                                            ? how
                                            : how + " " + r.documentNumber()));
        }
        for (SupplyIssue i : s.supplies().issues(null)) {
            byItem.computeIfAbsent(i.itemId(), k -> new ArrayList<>())
                    .add(
                            new Raw(
                                    i.id(),
                                    i.itemId(),
                                    i.on(),
                                    false,
                                    i.quantity(),
                                    i.to().name(),
                                    i.purpose() == null
                                            ? i.issuedBy()
                                            : i.issuedBy() + " " + i.purpose()));
        }
        List<Movement> out = new ArrayList<>();
        for (SupplyItem item : s.supplies().items()) {
            List<Raw> raws = new ArrayList<>(byItem.getOrDefault(item.id(), List.of()));
            // stable sort: within a day, what came in before what went out, each as recorded
            raws.sort(Comparator.comparing(Raw::on).thenComparing(r -> !r.in()));
            BigDecimal stock = BigDecimal.ZERO;
            for (Raw r : raws) {
                stock = r.in() ? stock.add(r.q()) : stock.subtract(r.q());
                out.add(
                        new Movement(
                                r.id(), item, r.on(), r.in(), r.q(), r.who(), r.detail(), stock));
            }
        }
        return out;
    }
}
