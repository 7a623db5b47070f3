package org.branchdesk.service.care;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.care.Fund;
import org.branchdesk.domain.care.FundRules;
import org.branchdesk.domain.care.Payment;
import org.branchdesk.domain.care.PaymentKind;
import org.branchdesk.domain.care.PaymentMethod;
import org.branchdesk.domain.care.PaymentRules;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.domain.care.Reversal;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.domain.common.Masking;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.duty.DutyNames;
import org.branchdesk.service.registers.ShortCodes;
import org.branchdesk.service.sheets.Spreadsheets;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;

/**
 * Payments from funds: recorded by a clerk ({@code EDIT}), approved and paid by an administrator
 * ({@code APPROVE_PAYMENTS}) who did not record them, a paid one corrected only by a reversal. The
 * rules are the domain's ({@link Payment}, {@link FundRules}); this service loads what they need
 * and keeps the result.
 */
public final class PaymentService {
    static final String ENTITY = "payment";

    private final Store store;
    private final Actor actor;
    private final Clock clock;
    private final DutyNames names;

    public PaymentService(Store store, Actor actor, Clock clock, DutyNames names) {
        this.store = store;
        this.actor = actor;
        this.clock = clock;
        this.names = names;
    }

    /**
     * The id the payment rules compare for four eyes: the signed-in account's, derived from its
     * name (account names are unique in an office and never reused for another person).
     */
    public static UUID accountId(Actor actor) {
        return accountId(actor.name());
    }

    /** The id the payment rules compare for four eyes, of an account by its name. */
    public static UUID accountId(String accountName) {
        return UUID.nameUUIDFromBytes(("account:" + accountName).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A payment as a clerk records it; the recipient's name is taken from its register.
     *
     * @param rate the standard it was worked out from (标准), or {@code null} for an amount alone
     * @param days how many of the standard (天数; 1 for a month), with {@code rate}
     */
    public record NewPayment(
            PaymentKind kind,
            RecipientKind recipientKind,
            UUID recipientId,
            Yuan amount,
            LocalDate periodFrom,
            LocalDate periodTo,
            String reason,
            UUID fundId,
            Yuan rate,
            Integer days) {
        /** A payment entered as an amount alone. */
        public NewPayment(
                PaymentKind kind,
                RecipientKind recipientKind,
                UUID recipientId,
                Yuan amount,
                LocalDate periodFrom,
                LocalDate periodTo,
                String reason,
                UUID fundId) {
            this(
                    kind,
                    recipientKind,
                    recipientId,
                    amount,
                    periodFrom,
                    periodTo,
                    reason,
                    fundId,
                    null,
                    null);
        }
    }

    /**
     * Records a payment; refused, naming the field, when the fund may not pay it or cannot afford
     * it (with the reason and the balance).
     */
    public Payment record(NewPayment f) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    String name =
                            f.recipientKind() == null || f.recipientId() == null
                                    ? null
                                    : recipientName(s, f.recipientKind(), f.recipientId());
                    Payment p =
                            Payment.record(
                                    UUID.randomUUID(),
                                    f.kind(),
                                    name == null
                                            ? null
                                            : new Payment.Recipient(
                                                    f.recipientKind(), f.recipientId(), name),
                                    f.amount(),
                                    f.periodFrom(),
                                    f.periodTo(),
                                    f.reason(),
                                    f.fundId(),
                                    accountId(actor));
                    if (f.rate() != null || f.days() != null) {
                        p = p.withBasis(null, f.rate(), f.days() == null ? 0 : f.days());
                    }
                    return recordInside(s, actor.name(), p, LocalDate.now(clock), actor.name());
                });
    }

    /**
     * Changes a payment not yet paid (an approved one goes back to recorded); a paid payment is
     * refused: it is corrected only by a reversal.
     */
    public Payment edit(UUID id, Yuan amount, String reason) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    Payment before = payment(s, id);
                    Payment after =
                            before.edited(
                                    before.kind(),
                                    before.recipient(),
                                    amount == null ? before.amount() : amount,
                                    before.periodFrom(),
                                    before.periodTo(),
                                    reason == null ? before.reason() : reason,
                                    before.fundId());
                    check(s, after);
                    s.payments().update(after);
                    s.audit().record(actor.name(), ENTITY, id, Action.UPDATE, before, after);
                    return after;
                });
    }

    /**
     * Approves a recorded payment, by the person named (name, post) on a day; the account that
     * recorded it cannot. The fund is checked again: other payments may have been approved since.
     */
    public Payment approve(UUID id, String approverName, String approverPost, LocalDate on) {
        notAfterToday(on, "field.payment.approvedOn");
        return Access.write(
                store,
                actor,
                Permission.APPROVE_PAYMENTS,
                s -> {
                    Payment before = payment(s, id);
                    return changeInside(
                            s,
                            actor.name(),
                            before,
                            before.approved(approverName, approverPost, on, accountId(actor)));
                });
    }

    /** Marks an approved payment paid on a day, by a method, perhaps collected by someone else. */
    public Payment pay(UUID id, LocalDate on, PaymentMethod method, String collectedBy) {
        notAfterToday(on, "field.payment.paidOn");
        return Access.write(
                store,
                actor,
                Permission.APPROVE_PAYMENTS,
                s -> {
                    Payment before = payment(s, id);
                    return changeInside(
                            s, actor.name(), before, before.paid(on, method, collectedBy));
                });
    }

    /**
     * Reverses a paid payment (红字冲销) on a day: an entry of its own with the same amount; the paid
     * payment stays as it was.
     */
    public Reversal reverse(UUID id, LocalDate on, String reason) {
        notAfterToday(on, "field.reversal.on");
        return Access.write(
                store,
                actor,
                Permission.APPROVE_PAYMENTS,
                s -> {
                    return reverseInside(
                            s, actor.name(), payment(s, id), on, reason, accountId(actor));
                });
    }

    private void notAfterToday(LocalDate on, String field) {
        if (on != null && on.isAfter(LocalDate.now(clock))) {
            throw new ValidationError(field, "rule.dateInFuture");
        }
    }

    /**
     * Records a payment inside a transaction already open (the demo's), after the fund's rules;
     * entered on {@code on} by the account named {@code byName}.
     */
    public static Payment recordInside(
            StoreSession s, String actorName, Payment p, LocalDate on, String byName) {
        check(s, p);
        s.payments().insert(p, on, byName);
        s.audit().record(actorName, ENTITY, p.id(), Action.CREATE, null, p);
        return p;
    }

    /**
     * Keeps a payment's approval or payment inside a transaction already open; an approval is
     * checked against the fund again (other payments may have been approved since).
     */
    public static Payment changeInside(
            StoreSession s, String actorName, Payment before, Payment after) {
        if (after.state() == org.branchdesk.domain.care.PaymentState.APPROVED) {
            check(s, before);
        }
        s.payments().update(after);
        s.audit().record(actorName, ENTITY, before.id(), Action.UPDATE, before, after);
        return after;
    }

    /** Reverses a paid payment inside a transaction already open, entered by {@code account}. */
    public static Reversal reverseInside(
            StoreSession s,
            String actorName,
            Payment p,
            LocalDate on,
            String reason,
            UUID account) {
        List<Reversal> earlier =
                s.payments().reversals(p.fundId()).stream()
                        .filter(r -> r.paymentId().equals(p.id()))
                        .toList();
        Reversal r = p.reversal(UUID.randomUUID(), p.amount(), on, reason, account, earlier);
        s.payments().insert(r, p, actorName);
        s.audit().record(actorName, ENTITY, r.id(), Action.CREATE, null, r);
        return r;
    }

    /**
     * Cancels a payment not yet paid, with the reason: it is kept and counts nowhere. A recorded
     * one is withdrawn by a clerk; an approved one, which already counts against its fund, only by
     * an administrator who may approve payments. A paid payment is corrected by a reversal.
     */
    public Payment cancel(UUID id, String reason) {
        String why = org.branchdesk.domain.common.Text.emptyToNull(reason);
        if (why == null) {
            throw new ValidationError("field.payment.cancelReason", "rule.required");
        }
        if (org.branchdesk.domain.common.Text.length(why) > Payment.REASON_MAX) {
            throw new ValidationError(
                    "field.payment.cancelReason", "rule.tooLong", Payment.REASON_MAX);
        }
        Payment now = store.read(s -> payment(s, id));
        return Access.write(
                store,
                actor,
                now.state() == org.branchdesk.domain.care.PaymentState.APPROVED
                        ? Permission.APPROVE_PAYMENTS
                        : Permission.EDIT,
                s -> {
                    Payment before = payment(s, id);
                    if (before.state() == org.branchdesk.domain.care.PaymentState.APPROVED) {
                        actor.require(Permission.APPROVE_PAYMENTS);
                    }
                    Payment after = before.cancelled();
                    s.payments().cancel(after, why);
                    s.audit()
                            .record(
                                    actor.name(),
                                    ENTITY,
                                    id,
                                    Action.UPDATE,
                                    before,
                                    new Cancelled(after, why));
                    return after;
                });
    }

    /** What the audit log keeps of a cancellation: the payment as it now stands, and why. */
    public record Cancelled(Payment payment, String reason) {}

    /** The fund's rules for a payment, against its balance without the payment itself. */
    private static void check(StoreSession s, Payment p) {
        Fund fund = FundService.fund(s, p.fundId());
        BigDecimal balance =
                FundRules.balance(
                        s.funds().allocations(fund.id()),
                        s.payments().list(fund.id()).stream()
                                .filter(o -> !o.id().equals(p.id()))
                                .toList(),
                        s.payments().reversals(fund.id()));
        FundRules.checkPayment(
                fund, p.kind(), p.recipient().kind(), p.recipient().name(), p.amount(), balance);
    }

    private static Payment payment(StoreSession s, UUID id) {
        return s.payments().find(id).orElseThrow(() -> new UserError("error.payment.notFound"));
    }

    /** The recipient's name on its register now; refused when it is not there. */
    private static String recipientName(StoreSession s, RecipientKind kind, UUID id) {
        Optional<String> name =
                switch (kind) {
                    case MEMBER -> s.members().find(id).filter(Member::isActive).map(Member::name);
                    case PERSON -> s.people().find(id).filter(Person::isActive).map(Person::name);
                    case ORGANIZATION ->
                            s.orgs().find(id).filter(PartyOrg::isActive).map(PartyOrg::name);
                };
        return name.orElseThrow(
                () -> new ValidationError("field.payment.recipient", "rule.payment.noRecipient"));
    }

    /**
     * A recipient as a command line names it: a member or a person on the people register (with the
     * last four digits of the ID number when the name is not unique), else a party organization of
     * that name.
     */
    public record Named(RecipientKind kind, UUID id) {}

    /** Whom a command line's {@code --recipient NAME [--id-tail NNNN]} names. */
    public Named recipientNamed(String name, String idTail) {
        try {
            Team.Someone who = names.someone(name, idTail);
            return who.isMember()
                    ? new Named(RecipientKind.MEMBER, who.memberId())
                    : new Named(RecipientKind.PERSON, who.personId());
        } catch (UserError e) {
            if (idTail != null || !"error.roster.noSuchPerson".equals(e.key())) {
                throw e;
            }
            List<PartyOrg> orgs =
                    store.read(s -> s.orgs().findByName(name.trim())).stream()
                            .filter(PartyOrg::isActive)
                            .toList();
            if (orgs.size() != 1) {
                throw e;
            }
            return new Named(RecipientKind.ORGANIZATION, orgs.get(0).id());
        }
    }

    /** The payment a code names (P and the first eight hex digits of its id, as lists show it). */
    public UUID coded(String code) {
        String c = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        List<UUID> hits =
                store.read(s -> s.payments().list(null)).stream()
                        .map(Payment::id)
                        .filter(id -> ShortCodes.of('P', id).equals(c))
                        .toList();
        if (hits.size() != 1) {
            throw new UserError("error.payment.notFound");
        }
        return hits.get(0);
    }

    /**
     * The signed-in account as the payment rules compare it for four eyes: a screen disables 审批 for
     * a payment this account recorded ({@code PaymentRules.fourEyes(p.recordedBy(), account())}).
     */
    public UUID account() {
        return accountId(actor);
    }

    /**
     * Someone a payment may go to, as a form's picker lists them.
     *
     * @param detail the masked ID number (member, person), or the community of an organization
     */
    public record Candidate(RecipientKind kind, UUID id, String name, String detail) {}

    /**
     * Whom a payment may go to: the members on the register, the people on the people register (a
     * person linked to a member listed once, as the member) and the party organizations, each group
     * in pinyin order; ID numbers masked as the office masks them.
     */
    public List<Candidate> candidates() {
        return store.read(
                s -> {
                    Masking masking = s.office().masking();
                    Comparator<Candidate> byName =
                            Comparator.comparing(
                                    Candidate::name, Collator.getInstance(Locale.CHINA));
                    List<Candidate> members = new ArrayList<>();
                    Set<UUID> memberIds = new HashSet<>();
                    for (Member m : s.members().active(null)) {
                        memberIds.add(m.id());
                        members.add(
                                new Candidate(
                                        RecipientKind.MEMBER,
                                        m.id(),
                                        m.name(),
                                        masking.id(m.citizenId().value())));
                    }
                    List<Candidate> people = new ArrayList<>();
                    for (Person p : s.people().list()) {
                        if (p.isActive()
                                && (p.memberId() == null || !memberIds.contains(p.memberId()))) {
                            people.add(
                                    new Candidate(
                                            RecipientKind.PERSON,
                                            p.id(),
                                            p.name(),
                                            p.citizenId() == null
                                                    ? ""
                                                    : masking.id(p.citizenId().value())));
                        }
                    }
                    Map<UUID, String> communities = new HashMap<>();
                    s.communities().list().forEach(c -> communities.put(c.id(), c.name()));
                    List<Candidate> orgs = new ArrayList<>();
                    for (PartyOrg o : s.orgs().list()) {
                        if (o.isActive()) {
                            orgs.add(
                                    new Candidate(
                                            RecipientKind.ORGANIZATION,
                                            o.id(),
                                            o.name(),
                                            o.communityId() == null
                                                    ? ""
                                                    : communities.getOrDefault(
                                                            o.communityId(), "")));
                        }
                    }
                    members.sort(byName);
                    people.sort(byName);
                    orgs.sort(byName);
                    members.addAll(people);
                    members.addAll(orgs);
                    return members;
                });
    }

    /**
     * A payment or reversal as lists show it.
     *
     * @param code P… for a payment, the reversed payment's code for its reversal
     * @param signedAmount negative for a reversal
     * @param on the day paid or reversed, else the day approved, else {@code null}
     * @param reversal whether this line is a reversal
     * @param reason the payment's reason, or the reversal's
     */
    public record Line(
            String code,
            Payment payment,
            String fund,
            BigDecimal signedAmount,
            LocalDate on,
            boolean reversal,
            String reason) {}

    /**
     * Every payment, and after each reversed one its reversal. Names only: no ID number or phone is
     * shown, so a supervisor reads the same list.
     */
    public List<Line> lines() {
        return store.read(
                s -> {
                    Map<UUID, String> funds = new HashMap<>();
                    s.funds().list().forEach(f -> funds.put(f.id(), f.name()));
                    Map<UUID, Reversal> reversals = new HashMap<>();
                    s.payments().reversals(null).forEach(r -> reversals.put(r.paymentId(), r));
                    List<Line> out = new ArrayList<>();
                    for (Payment p : s.payments().list(null)) {
                        String code = ShortCodes.of('P', p.id());
                        out.add(
                                new Line(
                                        code,
                                        p,
                                        funds.get(p.fundId()),
                                        p.amount().value(),
                                        p.paid() != null
                                                ? p.paid().on()
                                                : p.approval() == null ? null : p.approval().on(),
                                        false,
                                        p.reason()));
                        Reversal r = reversals.get(p.id());
                        if (r != null) {
                            out.add(
                                    new Line(
                                            code,
                                            p,
                                            funds.get(p.fundId()),
                                            r.signedAmount(),
                                            r.on(),
                                            true,
                                            r.reason()));
                        }
                    }
                    return out;
                });
    }

    /** What the audit log keeps of an export of payments. */
    public record Exported(int rows, String file, LocalDate from, LocalDate to, String fund) {}

    /**
     * Writes the payments and reversals to {@code .xlsx}, a fund's or all, those dated from one day
     * to another when given (a line is dated by its payment or reversal, else its approval, else
     * the start of its period): amounts as numbers with two places, a reversal negative; ID numbers
     * masked. The export is kept in the audit log.
     *
     * @return the rows written
     */
    public int export(Path out, LocalDate from, LocalDate to, UUID fundId) {
        if (!PaymentRules.periodInOrder(from, to)) {
            throw new ValidationError("field.export.to", "rule.payment.periodReversed");
        }
        String fund = fundId == null ? null : store.read(s -> FundService.fund(s, fundId).name());
        Map<UUID, String> ids = store.read(PaymentService::maskedIds);
        List<List<Object>> rows = new ArrayList<>();
        for (Line l : lines()) {
            Payment p = l.payment();
            LocalDate day = l.on() != null ? l.on() : p.periodFrom();
            boolean inRange =
                    (from == null || (day != null && !day.isBefore(from)))
                            && (to == null || (day != null && !day.isAfter(to)));
            if ((fundId != null && !fundId.equals(p.fundId())) || !inRange) {
                continue;
            }
            rows.add(exportRow(l, ids));
        }
        Access.write(
                store,
                actor,
                Permission.PRINT_LEDGERS,
                s -> {
                    s.audit()
                            .record(
                                    actor.name(),
                                    "payment_export",
                                    UUID.randomUUID(),
                                    Action.EXPORT,
                                    null,
                                    new Exported(
                                            rows.size(),
                                            out.getFileName().toString(),
                                            from,
                                            to,
                                            fund));
                    return null;
                });
        List<String> header =
                Arrays.stream(Messages.format("export.payments.header").split(",")).toList();
        Spreadsheets.writeCells(out, Messages.format("sheet.payments"), header, rows);
        return rows.size();
    }

    private static List<Object> exportRow(Line l, Map<UUID, String> ids) {
        Payment p = l.payment();
        Payment.Approval a = l.reversal() ? null : p.approval();
        Payment.Paid paid = l.reversal() ? null : p.paid();
        String period =
                p.periodFrom() == null && p.periodTo() == null
                        ? ""
                        : (p.periodFrom() == null ? "" : p.periodFrom().toString())
                                + ".."
                                + (p.periodTo() == null ? "" : p.periodTo().toString());
        return Arrays.asList(
                l.code(),
                l.reversal()
                        ? Messages.format("cli.payment.reversal")
                        : Messages.format(p.state().key()),
                Messages.format(p.kind().key()),
                p.recipient().name(),
                p.recipient().id() == null ? "" : ids.getOrDefault(p.recipient().id(), ""),
                l.reason(),
                period,
                p.rate() == null ? null : p.rate().value(),
                p.days() == null ? "" : p.days().toString(),
                l.signedAmount().setScale(2),
                l.fund(),
                a == null ? "" : a.approverName(),
                a == null ? "" : a.approverPost(),
                a == null ? "" : a.on().toString(),
                l.reversal() ? l.on().toString() : paid == null ? "" : paid.on().toString(),
                paid == null ? "" : Messages.format(paid.method().key()),
                paid == null || paid.collectedBy() == null ? "" : paid.collectedBy(),
                p.batchId() == null ? "" : ShortCodes.of('B', p.batchId()));
    }

    /** The masked ID number of every member and person on the registers, by id. */
    private static Map<UUID, String> maskedIds(StoreSession s) {
        Map<UUID, String> ids = new HashMap<>();
        Set<UUID> members = new HashSet<>();
        for (Payment p : s.payments().list(null)) {
            if (p.recipient().kind() == RecipientKind.MEMBER) {
                members.add(p.recipient().id());
            }
        }
        s.members().findAll(members).forEach(m -> ids.put(m.id(), m.citizenId().masked()));
        for (Person p : s.people().list()) {
            if (p.citizenId() != null) {
                ids.put(p.id(), p.citizenId().masked());
            }
        }
        return ids;
    }
}
