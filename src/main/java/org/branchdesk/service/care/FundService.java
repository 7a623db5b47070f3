package org.branchdesk.service.care;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.care.Allocation;
import org.branchdesk.domain.care.Fund;
import org.branchdesk.domain.care.FundRules;
import org.branchdesk.domain.care.FundSource;
import org.branchdesk.domain.care.Payment;
import org.branchdesk.domain.care.Reversal;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;

/**
 * Funds payments are made from, and the money allocated to them. A fund's balance is computed,
 * never stored: its allocations, minus its approved and paid payments, plus its reversals ({@link
 * FundRules#balance}).
 */
public final class FundService {
    static final String ENTITY = "fund";
    static final String ALLOCATION = "fund_allocation";

    private final Store store;
    private final Actor actor;
    private final Clock clock;

    public FundService(Store store, Actor actor, Clock clock) {
        this.store = store;
        this.actor = actor;
        this.clock = clock;
    }

    /** Opens a fund; refused when another fund has the name. */
    public Fund add(String name, FundSource source) {
        Fund f = Fund.of(UUID.randomUUID(), name, source);
        return Access.write(store, actor, Permission.EDIT, s -> addInside(s, actor.name(), f));
    }

    /** Opens a fund inside a transaction already open (the demo's); refused on a taken name. */
    public static Fund addInside(StoreSession s, String actorName, String name, FundSource source) {
        return addInside(s, actorName, Fund.of(UUID.randomUUID(), name, source));
    }

    private static Fund addInside(StoreSession s, String actorName, Fund f) {
        if (s.funds().named(f.name()).isPresent()) {
            throw new ValidationError("field.fund.name", "rule.fund.duplicate", f.name());
        }
        s.funds().insert(f);
        s.audit().record(actorName, ENTITY, f.id(), Action.CREATE, null, f);
        return f;
    }

    /** Puts money into a fund on a day (not after today), by a document's number. */
    public Allocation allocate(UUID fundId, Yuan amount, LocalDate on, String documentNumber) {
        Allocation a = Allocation.of(UUID.randomUUID(), fundId, amount, on, documentNumber);
        if (a.on().isAfter(LocalDate.now(clock))) {
            throw new ValidationError("field.allocation.on", "rule.dateInFuture");
        }
        return Access.write(store, actor, Permission.EDIT, s -> allocateInside(s, actor.name(), a));
    }

    /** Puts money into a fund inside a transaction already open (the demo's). */
    public static Allocation allocateInside(
            StoreSession s,
            String actorName,
            UUID fundId,
            Yuan amount,
            LocalDate on,
            String documentNumber) {
        return allocateInside(
                s, actorName, Allocation.of(UUID.randomUUID(), fundId, amount, on, documentNumber));
    }

    private static Allocation allocateInside(StoreSession s, String actorName, Allocation a) {
        fund(s, a.fundId());
        s.funds().insert(a);
        s.audit().record(actorName, ALLOCATION, a.id(), Action.CREATE, null, a);
        return a;
    }

    /** A fund by its exact name; refused naming it when there is none. */
    public UUID named(String name) {
        return store.read(
                s ->
                        s.funds()
                                .named(name == null ? "" : name.trim())
                                .map(Fund::id)
                                .orElseThrow(() -> new UserError("error.fund.notFound", name)));
    }

    /**
     * A fund as its list shows it.
     *
     * @param allocated the sum of its allocations
     * @param paidOut the sum of its approved and paid payments (what counts against it)
     * @param reversed the sum of the reversals that gave money back to it
     * @param balance what it still holds
     */
    public record Line(
            Fund fund,
            BigDecimal allocated,
            BigDecimal paidOut,
            BigDecimal reversed,
            BigDecimal balance) {}

    /**
     * Every fund, by name, with what was allocated to it, paid out of it, given back by reversals,
     * and what it still holds.
     */
    public List<Line> lines() {
        return store.read(
                s ->
                        s.funds().list().stream()
                                .map(
                                        f -> {
                                            List<Allocation> in = s.funds().allocations(f.id());
                                            List<Payment> out = s.payments().list(f.id());
                                            List<Reversal> back = s.payments().reversals(f.id());
                                            return new Line(
                                                    f,
                                                    FundRules.balance(in, List.of(), List.of()),
                                                    FundRules.balance(List.of(), out, List.of())
                                                            .negate(),
                                                    FundRules.balance(List.of(), List.of(), back),
                                                    FundRules.balance(in, out, back));
                                        })
                                .toList());
    }

    /** A fund's allocations, oldest first. */
    public List<Allocation> allocations(UUID fundId) {
        return store.read(s -> s.funds().allocations(fundId));
    }

    /** The office's today (for a screen's "this month"). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A fund's balance now. */
    public BigDecimal balance(UUID fundId) {
        return store.read(s -> balance(s, fundId));
    }

    /** A fund's balance in an open session. */
    static BigDecimal balance(StoreSession s, UUID fundId) {
        return FundRules.balance(
                s.funds().allocations(fundId),
                s.payments().list(fundId),
                s.payments().reversals(fundId));
    }

    /** The fund of an id, or a refusal. */
    static Fund fund(StoreSession s, UUID fundId) {
        return s.funds()
                .find(fundId)
                .orElseThrow(() -> new ValidationError("field.payment.fund", "rule.fund.unknown"));
    }
}
