package org.branchdesk.service.care;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.branchdesk.domain.care.Fund;
import org.branchdesk.domain.care.Payment;
import org.branchdesk.domain.care.PaymentState;
import org.branchdesk.domain.care.Reversal;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.print.Ledger;
import org.branchdesk.service.paper.LedgerSource;
import org.branchdesk.service.paper.LedgerTable;
import org.branchdesk.service.registers.ShortCodes;
import org.branchdesk.store.StoreSession;

/**
 * 关怀资金发放台账 ({@code ledger payments [--from DATE] [--to DATE] [--fund NAME] [--community NAME]}):
 * the approved and paid payments of a fund (or all funds) and their reversals, one row each, in the
 * order of their dates: 姓名, 所属社区, 事由, 标准×天数, 金额, a blank for the recipient to sign, the date, and a
 * note (代领 by whom, the payment a reversal corrects). A reversal prints negative and the totals
 * subtract it; the money columns give every page its 本页小计 and 累计, and the last the 合计 in capitals.
 * Names only: no ID number is printed.
 *
 * <p>A payment's date is the day it was paid, or approved while not yet paid; a reversal's its own.
 * The period and the community choose by these dates and by the recipient's community (a member's
 * compound or organization, an organization's own).
 */
public final class PaymentLedger implements LedgerSource {
    private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);

    /** One printed row, before it is numbered. */
    private record Entry(LocalDate on, String name, String key, List<String> cells) {}

    @Override
    public LedgerTable table(StoreSession s, Filter filter, Scope scope) {
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new ValidationError("field.ledger.to", "rule.roster.toBeforeFrom");
        }
        Fund fund = null;
        if (filter.fund() != null) {
            fund =
                    s.funds().list().stream()
                            .filter(f -> f.name().equals(filter.fund()))
                            .findFirst()
                            .orElseThrow(
                                    () -> new UserError("error.ledger.noSuchFund", filter.fund()));
        }
        UUID communityId = null;
        if (filter.community() != null) {
            communityId =
                    s.communities()
                            .findByName(filter.community())
                            .map(Community::id)
                            .orElseThrow(
                                    () ->
                                            new UserError(
                                                    "error.ledger.noSuchCommunity",
                                                    filter.community()));
        }
        Places places = Places.read(s);
        Map<UUID, String> funds = new HashMap<>();
        s.funds().list().forEach(f -> funds.put(f.id(), f.name()));
        UUID fundId = fund == null ? null : fund.id();
        Map<UUID, Payment> byId = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (Payment p : s.payments().list(fundId)) {
            byId.put(p.id(), p);
            if (p.state() != PaymentState.APPROVED && p.state() != PaymentState.PAID) {
                continue;
            }
            LocalDate on = p.paid() != null ? p.paid().on() : p.approval().on();
            String note =
                    p.paid() == null
                            ? Messages.format("ledger.payments.unpaid")
                            : p.paid().collectedBy() == null
                                    ? ""
                                    : Messages.format(
                                            "ledger.payments.collectedBy", p.paid().collectedBy());
            add(
                    entries,
                    p,
                    on,
                    p.amount().value(),
                    note,
                    fundId,
                    funds,
                    places,
                    communityId,
                    filter);
        }
        for (Reversal r : s.payments().reversals(fundId)) {
            Payment p = byId.get(r.paymentId());
            if (p != null) {
                String note =
                        Messages.format(
                                "ledger.payments.reversalOf",
                                ShortCodes.of('P', p.id()),
                                r.reason());
                add(
                        entries,
                        p,
                        r.on(),
                        r.signedAmount(),
                        note,
                        fundId,
                        funds,
                        places,
                        communityId,
                        filter);
            }
        }
        entries.sort(
                Comparator.comparing(Entry::on)
                        .thenComparing(Entry::name, CHINESE)
                        .thenComparing(Entry::key));
        List<LedgerTable.Row> rows = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            rows.add(new LedgerTable.Row(e.key(), e.name(), e.cells()));
        }
        List<String> h = List.of(Messages.format("ledger.cols.PAYMENTS").split(","));
        List<Ledger.Column> columns =
                List.of(
                        Ledger.Column.text(h.get(0), 1f),
                        Ledger.Column.text(h.get(1), 1.3f),
                        Ledger.Column.text(h.get(2), 2.4f),
                        Ledger.Column.text(h.get(3), 1.1f),
                        Ledger.Column.money(h.get(4), 1.1f),
                        Ledger.Column.text(h.get(5), 1.3f),
                        Ledger.Column.text(h.get(6), 1f),
                        Ledger.Column.text(h.get(7), 1.6f));
        String where = filter.community() == null ? scope.officeName() : filter.community();
        String title =
                Messages.format(
                        "ledger.title.PAYMENTS",
                        where,
                        fund == null ? Messages.format("ledger.payments.allFunds") : fund.name(),
                        filter.from() == null && filter.to() == null
                                ? ""
                                : Messages.format(
                                        "ledger.payments.period",
                                        filter.from() == null ? "" : filter.from().toString(),
                                        filter.to() == null ? "" : filter.to().toString()));
        return LedgerTable.of(title, scope.unit(), columns, rows, true);
    }

    private static void add(
            List<Entry> entries,
            Payment p,
            LocalDate on,
            BigDecimal amount,
            String note,
            UUID fundId,
            Map<UUID, String> funds,
            Places places,
            UUID communityId,
            Filter filter) {
        if (filter.from() != null && on.isBefore(filter.from())
                || filter.to() != null && on.isAfter(filter.to())) {
            return;
        }
        UUID community = places.communityOf(p.recipient());
        if (communityId != null && !communityId.equals(community)) {
            return;
        }
        String reason = p.reason();
        if (p.periodFrom() != null && p.periodTo() != null) {
            reason =
                    Messages.format("ledger.payments.reason", reason, p.periodFrom(), p.periodTo());
        }
        // without a fund chosen, each row names its fund
        String remark =
                fundId == null
                        ? String.join(
                                Messages.format("list.separator"),
                                note.isEmpty()
                                        ? List.of(funds.getOrDefault(p.fundId(), ""))
                                        : List.of(funds.getOrDefault(p.fundId(), ""), note))
                        : note;
        boolean reversal = amount.signum() < 0;
        entries.add(
                new Entry(
                        on,
                        p.recipient().name(),
                        (reversal ? "R:" : "") + p.id(),
                        List.of(
                                p.recipient().name(),
                                community == null ? "" : places.communityName(community),
                                reason,
                                p.rate() == null || p.days() == null
                                        ? ""
                                        : Messages.format(
                                                "ledger.payments.basis",
                                                p.rate().figures(),
                                                p.days()),
                                amount.toPlainString(),
                                "",
                                on.toString(),
                                remark)));
    }

    /**
     * Where recipients belong: a member by its compound's community, else its organization's; a
     * person on the people register who is a member as that member; an organization by its own.
     */
    private static final class Places {
        private final StoreSession s;
        private final Map<UUID, String> communities = new HashMap<>();
        private final Map<UUID, UUID> compounds = new HashMap<>();
        private final Map<UUID, UUID> orgs = new HashMap<>();
        private final Map<UUID, UUID> recipients = new HashMap<>();

        private Places(StoreSession s) {
            this.s = s;
        }

        static Places read(StoreSession s) {
            Places p = new Places(s);
            s.communities().list().forEach(c -> p.communities.put(c.id(), c.name()));
            for (Compound c : s.compounds().list()) {
                p.compounds.put(c.id(), c.communityId());
            }
            for (PartyOrg o : s.orgs().list()) {
                if (o.communityId() != null) {
                    p.orgs.put(o.id(), o.communityId());
                }
            }
            return p;
        }

        String communityName(UUID id) {
            return communities.getOrDefault(id, "");
        }

        UUID communityOf(Payment.Recipient r) {
            if (!recipients.containsKey(r.id())) {
                recipients.put(
                        r.id(),
                        switch (r.kind()) {
                            case ORGANIZATION -> orgs.get(r.id());
                            case MEMBER -> ofMember(r.id());
                            case PERSON ->
                                    s.people()
                                            .find(r.id())
                                            .map(Person::memberId)
                                            .map(this::ofMember)
                                            .orElse(null);
                        });
            }
            return recipients.get(r.id());
        }

        private UUID ofMember(UUID memberId) {
            Member m = s.members().find(memberId).orElse(null);
            if (m == null) {
                return null;
            }
            UUID byCompound = m.compoundId() == null ? null : compounds.get(m.compoundId());
            return byCompound != null ? byCompound : m.orgId() == null ? null : orgs.get(m.orgId());
        }
    }
}
