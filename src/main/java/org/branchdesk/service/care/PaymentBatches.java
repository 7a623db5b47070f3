package org.branchdesk.service.care;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.care.BatchRules;
import org.branchdesk.domain.care.Fund;
import org.branchdesk.domain.care.FundRules;
import org.branchdesk.domain.care.Payment;
import org.branchdesk.domain.care.PaymentBatch;
import org.branchdesk.domain.care.PaymentKind;
import org.branchdesk.domain.care.PaymentRules;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.domain.care.Reversal;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.Assignment;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.Post;
import org.branchdesk.domain.duty.PostShift;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.leadership.Holding;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.registers.ShortCodes;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;

/**
 * The two batches a clerk previews before saving: a month's living subsidy for every branch worker
 * serving that month (from leadership's committee seats), and temporary work allowances from the
 * roster's attendance over a date range (days present × the daily rate). A preview shows every
 * recipient with the standard, the days and the amount, who is skipped and why, and what would
 * refuse the batch (a fund that may not pay the kind, or cannot afford the total, with its
 * balance). {@link #apply} works the batch out again and saves exactly what was shown, in one
 * transaction, as recorded payments sharing one batch; anything changed since is refused. The rules
 * are {@link BatchRules}, {@link FundRules} and {@link PaymentRules}.
 */
public final class PaymentBatches {
    static final String ENTITY = "payment_batch";

    private final Store store;
    private final Actor actor;
    private final Clock clock;

    public PaymentBatches(Store store, Actor actor, Clock clock) {
        this.store = store;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * One payment a batch would make.
     *
     * @param maskedId the recipient's ID number masked as lists show it, or empty
     * @param where the branch and seat, or the community and duty post (所属社区/岗位)
     * @param days days present for a work allowance; 1 for a month's living subsidy
     */
    public record Row(
            RecipientKind kind,
            UUID recipientId,
            String name,
            String maskedId,
            String where,
            int days,
            Yuan amount) {}

    /** Someone the batch leaves out, and why (in Chinese). */
    public record Skipped(String name, String maskedId, String reason) {}

    /**
     * What a batch would save.
     *
     * @param rate the monthly standard or the daily rate
     * @param total the rows' amounts added up
     * @param balance the fund's balance now
     * @param refusals why it cannot be saved, in Chinese; empty when it can
     */
    public record Preview(
            PaymentKind kind,
            LocalDate from,
            LocalDate to,
            UUID fundId,
            String fund,
            Yuan rate,
            List<Row> rows,
            List<Skipped> skipped,
            BigDecimal total,
            BigDecimal balance,
            List<String> refusals) {
        public Preview {
            rows = List.copyOf(rows);
            skipped = List.copyOf(skipped);
            refusals = List.copyOf(refusals);
        }

        /** Whether saving it would be refused. */
        public boolean refused() {
            return !refusals.isEmpty();
        }
    }

    /** A batch as lists name it: B and the first eight hex digits of its id. */
    public static String code(PaymentBatch b) {
        return ShortCodes.of('B', b.id());
    }

    /** The living subsidy for a month, at the monthly standard, for every serving branch worker. */
    public Preview previewLivingSubsidy(YearMonth month, UUID fundId, Yuan monthlyStandard) {
        if (month == null) {
            throw new ValidationError("field.batch.month", "rule.required");
        }
        BatchRules.Span span = BatchRules.monthPeriod(month);
        return preview(PaymentKind.LIVING_SUBSIDY, span.from(), span.to(), fundId, monthlyStandard);
    }

    /** Temporary work allowances for the days served from one day to another, at a daily rate. */
    public Preview previewWorkAllowance(LocalDate from, LocalDate to, UUID fundId, Yuan dailyRate) {
        if (from == null) {
            throw new ValidationError("field.batch.from", "rule.required");
        }
        if (to == null) {
            throw new ValidationError("field.batch.to", "rule.required");
        }
        if (!PaymentRules.periodInOrder(from, to)) {
            throw new ValidationError("field.batch.to", "rule.payment.periodReversed");
        }
        return preview(PaymentKind.WORK_ALLOWANCE, from, to, fundId, dailyRate);
    }

    private Preview preview(
            PaymentKind kind, LocalDate from, LocalDate to, UUID fundId, Yuan rate) {
        if (fundId == null) {
            throw new ValidationError("field.payment.fund", "rule.required");
        }
        if (rate == null) {
            throw new ValidationError("field.batch.rate", "rule.required");
        }
        return store.read(s -> preview(s, kind, from, to, fundId, rate));
    }

    /**
     * Saves what the preview showed, as recorded payments of one batch, all or nothing; refused
     * when the fund's rules refuse it now, or when the batch no longer works out the same.
     */
    public PaymentBatch apply(Preview shown) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s ->
                        save(
                                s,
                                shown,
                                actor.name(),
                                PaymentService.accountId(actor),
                                actor.name(),
                                LocalDate.now(clock)));
    }

    /**
     * Saves a previewed batch inside a transaction already open (the demo's): works it out again,
     * refuses it when it is refused or differs from what was shown, and records the batch and its
     * payments, entered by {@code account} (named {@code byName}) on {@code today}.
     */
    public static PaymentBatch save(
            StoreSession s,
            Preview shown,
            String actorName,
            UUID account,
            String byName,
            LocalDate today) {
        Preview now =
                preview(s, shown.kind(), shown.from(), shown.to(), shown.fundId(), shown.rate());
        ValidationError refusal = refusal(s, now);
        if (refusal != null) {
            throw refusal;
        }
        if (!now.rows().equals(shown.rows()) || !now.skipped().equals(shown.skipped())) {
            throw new ValidationError("field.batch.rows", "rule.batch.changed");
        }
        PaymentBatch batch =
                new PaymentBatch(
                        UUID.randomUUID(),
                        now.kind(),
                        now.from(),
                        now.to(),
                        now.rate(),
                        now.fundId(),
                        today,
                        account);
        s.paymentBatches().insert(batch, byName);
        s.audit().record(actorName, ENTITY, batch.id(), Action.CREATE, null, batch);
        String reason = reason(now.kind(), now.from(), now.to());
        for (Row r : now.rows()) {
            Payment p =
                    Payment.record(
                                    UUID.randomUUID(),
                                    now.kind(),
                                    new Payment.Recipient(r.kind(), r.recipientId(), r.name()),
                                    r.amount(),
                                    now.from(),
                                    now.to(),
                                    reason,
                                    now.fundId(),
                                    account)
                            .withBasis(batch.id(), now.rate(), r.days());
            s.payments().insert(p, today, byName);
            s.audit().record(actorName, PaymentService.ENTITY, p.id(), Action.CREATE, null, p);
        }
        return batch;
    }

    /** The reason every payment of a batch gives: 2020年3月生活补贴, or the range's allowance. */
    static String reason(PaymentKind kind, LocalDate from, LocalDate to) {
        return kind == PaymentKind.LIVING_SUBSIDY
                ? Messages.format(
                        "batch.reason.LIVING_SUBSIDY",
                        String.valueOf(from.getYear()),
                        String.valueOf(from.getMonthValue()))
                : Messages.format("batch.reason.WORK_ALLOWANCE", from.toString(), to.toString());
    }

    /** A batch worked out in an open transaction. */
    public static Preview preview(
            StoreSession s,
            PaymentKind kind,
            LocalDate from,
            LocalDate to,
            UUID fundId,
            Yuan rate) {
        Fund fund = FundService.fund(s, fundId);
        List<Row> rows = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Map<UUID, List<Payment>> paidBefore = paidBefore(s, kind, from, to);
        List<Candidate> candidates =
                kind == PaymentKind.LIVING_SUBSIDY
                        ? branchWorkers(s, YearMonth.from(from))
                        : attendance(s, from, to);
        for (Candidate c : candidates) {
            List<Payment> earlier = paidBefore.getOrDefault(c.id(), List.of());
            if (!earlier.isEmpty()) {
                Payment e = earlier.get(0);
                skipped.add(
                        new Skipped(
                                c.name(),
                                c.maskedId(),
                                Messages.format(
                                        "batch.skipped.paidAlready",
                                        Messages.format(kind.key()),
                                        ShortCodes.of('P', e.id()),
                                        e.periodFrom().toString(),
                                        e.periodTo().toString())));
                continue;
            }
            BigDecimal amount = BatchRules.workAllowance(c.days(), rate);
            rows.add(
                    new Row(
                            c.kind(),
                            c.id(),
                            c.name(),
                            c.maskedId(),
                            c.where(),
                            (int) c.days(),
                            Yuan.of("field.payment.amount", amount)));
        }
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Row r : rows) {
            total = total.add(r.amount().value());
        }
        BigDecimal balance = FundService.balance(s, fund.id());
        Preview p =
                new Preview(
                        kind,
                        from,
                        to,
                        fund.id(),
                        fund.name(),
                        rate,
                        rows,
                        skipped,
                        total,
                        balance,
                        List.of());
        ValidationError refusal = refusal(fund, p);
        return refusal == null
                ? p
                : new Preview(
                        kind,
                        from,
                        to,
                        fund.id(),
                        fund.name(),
                        rate,
                        rows,
                        skipped,
                        total,
                        balance,
                        List.of(refusal.getMessage()));
    }

    private static ValidationError refusal(StoreSession s, Preview p) {
        return refusal(FundService.fund(s, p.fundId()), p);
    }

    /**
     * Why a batch cannot be saved: no one to pay, a fund that may not pay the kind, or a total the
     * fund cannot afford (with its balance); {@code null} when it can.
     */
    private static ValidationError refusal(Fund fund, Preview p) {
        if (p.rows().isEmpty()) {
            return new ValidationError("field.batch.rows", "rule.batch.empty");
        }
        try {
            FundRules.checkPayment(
                    fund,
                    p.kind(),
                    p.rows().get(0).kind(),
                    p.rows().get(0).name(),
                    Yuan.of("field.batch.total", p.total()),
                    p.balance());
            return null;
        } catch (ValidationError e) {
            return e;
        }
    }

    /** Someone a batch may pay, with the days they served (1 for a month's subsidy). */
    private record Candidate(
            RecipientKind kind, UUID id, String name, String maskedId, String where, long days) {}

    /**
     * Payments of the kind, by recipient, that stand in the batch's way (for part of its period,
     * neither cancelled nor reversed).
     */
    private static Map<UUID, List<Payment>> paidBefore(
            StoreSession s, PaymentKind kind, LocalDate from, LocalDate to) {
        Set<UUID> reversed = new HashSet<>();
        for (Reversal r : s.payments().reversals(null)) {
            reversed.add(r.paymentId());
        }
        Map<UUID, List<Payment>> out = new HashMap<>();
        for (Payment p : s.payments().list(null)) {
            if (p.kind() == kind
                    && p.recipient().id() != null
                    && BatchRules.paidAlready(
                            p.state(),
                            reversed.contains(p.id()),
                            p.periodFrom(),
                            p.periodTo(),
                            from,
                            to)) {
                out.computeIfAbsent(p.recipient().id(), k -> new ArrayList<>()).add(p);
            }
        }
        return out;
    }

    /**
     * Every member who held a seat on a branch's committee on some day of the month, once (the
     * first seat names where they serve), in the order of their branches and seats.
     */
    private static List<Candidate> branchWorkers(StoreSession s, YearMonth month) {
        Map<UUID, PartyOrg> orgs = new HashMap<>();
        s.orgs().list().forEach(o -> orgs.put(o.id(), o));
        Map<UUID, Holding> seats = new LinkedHashMap<>();
        s.positions().all().stream()
                .filter(
                        h -> {
                            PartyOrg o = orgs.get(h.orgId());
                            return o != null
                                    && BatchRules.seatCarriesLivingSubsidy(o.type())
                                    && BatchRules.servingIn(month, h.from(), h.endedOn());
                        })
                .sorted(
                        Comparator.comparing((Holding h) -> orgs.get(h.orgId()).name())
                                .thenComparing(Holding::position))
                .forEach(h -> seats.putIfAbsent(h.memberId(), h));
        Map<UUID, Member> members = new HashMap<>();
        s.members().findAll(seats.keySet()).forEach(m -> members.put(m.id(), m));
        List<Candidate> out = new ArrayList<>();
        for (Holding h : seats.values()) {
            Member m = members.get(h.memberId());
            if (m == null) {
                continue;
            }
            out.add(
                    new Candidate(
                            RecipientKind.MEMBER,
                            m.id(),
                            m.name(),
                            m.citizenId().masked(),
                            orgs.get(h.orgId()).name() + " " + h.title(),
                            1));
        }
        return out;
    }

    /**
     * Everyone who served a shift from one day to another (present on their own assignment, or
     * substituted in on someone else's), with the days they served: a day counts once.
     */
    private static List<Candidate> attendance(StoreSession s, LocalDate from, LocalDate to) {
        Map<UUID, PostShift> shifts = new HashMap<>();
        s.shifts().between(from, to).forEach(p -> shifts.put(p.id(), p));
        Map<Team.Someone, List<LocalDate>> served = new LinkedHashMap<>();
        Map<Team.Someone, UUID> firstPost = new HashMap<>();
        for (Assignment a : s.assignments().between(from, to)) {
            PostShift shift = shifts.get(a.shiftId());
            if (shift == null || !a.isActive() || a.attendance() == null) {
                continue;
            }
            Team.Someone who =
                    BatchRules.served(a.attendance(), false)
                            ? a.who()
                            : BatchRules.served(a.attendance(), true) ? a.substitute() : null;
            if (who != null) {
                served.computeIfAbsent(who, k -> new ArrayList<>()).add(shift.shift().day());
                firstPost.putIfAbsent(who, shift.postId());
            }
        }
        Map<UUID, String> posts = new HashMap<>();
        s.posts().list().forEach(p -> posts.put(p.id(), postName(s, p)));
        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<Team.Someone, List<LocalDate>> e : served.entrySet()) {
            long days = BatchRules.daysPresent(e.getValue(), from, to);
            Optional<Candidate> c =
                    someone(s, e.getKey(), posts.get(firstPost.get(e.getKey())), days);
            c.ifPresent(out::add);
        }
        out.sort(Comparator.comparing(Candidate::where).thenComparing(Candidate::name));
        return out;
    }

    private static String postName(StoreSession s, Post p) {
        String community =
                s.communities().find(p.communityId()).map(c -> c.name() + " ").orElse("");
        return community + p.name();
    }

    private static Optional<Candidate> someone(
            StoreSession s, Team.Someone who, String where, long days) {
        String at = where == null ? "" : where;
        if (who.isMember()) {
            return s.members()
                    .find(who.memberId())
                    .map(
                            m ->
                                    new Candidate(
                                            RecipientKind.MEMBER,
                                            m.id(),
                                            m.name(),
                                            m.citizenId().masked(),
                                            at,
                                            days));
        }
        return s.people()
                .find(who.personId())
                .map(
                        (Person p) ->
                                new Candidate(
                                        RecipientKind.PERSON,
                                        p.id(),
                                        p.name(),
                                        p.citizenId() == null ? "" : p.citizenId().masked(),
                                        at,
                                        days));
    }
}
