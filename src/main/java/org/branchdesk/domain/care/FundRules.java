package org.branchdesk.domain.care;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.ValidationError;

/**
 * Which fund may pay what, and how much it still holds. One rule per method.
 *
 * <p>Special party fees allocated from above (上级下拨党费) follow 中共中央组织部《关于中国共产党党费收缴、使用和管理的规定》
 * (中组发〔2008〕3号), part 党费的使用: 党费必须用于党的活动 — among its listed uses, 表彰先进基层党组织、优秀共产党员 and 补助生活困难党员 —
 * and the Central Organization Department's allocation of party fees for epidemic prevention
 * (2020), which names solicitude for members and cadres on the front line, commendation of members
 * and party organizations, and prevention supplies. Party fees are never wages: they pay no living
 * subsidy, no work allowance, no performance reward. The other sources pay every kind by default;
 * an office's stricter practice would narrow {@link #DEFAULT_USES}.
 */
public final class FundRules {
    /** The kinds each source pays by default. */
    public static final Map<FundSource, Set<PaymentKind>> DEFAULT_USES = defaultUses();

    private FundRules() {}

    private static Map<FundSource, Set<PaymentKind>> defaultUses() {
        Map<FundSource, Set<PaymentKind>> uses = new EnumMap<>(FundSource.class);
        for (FundSource s : FundSource.values()) {
            uses.put(s, Set.copyOf(EnumSet.allOf(PaymentKind.class)));
        }
        uses.put(
                FundSource.SPECIAL_PARTY_FEES,
                Set.copyOf(EnumSet.of(PaymentKind.SOLICITUDE, PaymentKind.COMMENDATION_REWARD)));
        return Map.copyOf(uses);
    }

    /**
     * Whether a source may pay a kind of payment: party fees pay solicitude and commendation
     * rewards only (党费必须用于党的活动); the other sources pay every kind.
     */
    public static boolean mayPay(FundSource source, PaymentKind kind) {
        return DEFAULT_USES.get(source).contains(kind);
    }

    /**
     * Party fees reward only members and party organizations (表彰先进基层党组织、优秀共产党员): a commendation
     * reward from party fees to a person who is not a member is refused.
     */
    public static boolean mayReward(FundSource source, PaymentKind kind, RecipientKind recipient) {
        return source != FundSource.SPECIAL_PARTY_FEES
                || kind != PaymentKind.COMMENDATION_REWARD
                || recipient != RecipientKind.PERSON;
    }

    /**
     * Every source may buy prevention supplies (masks, disinfectant, food), party fees included.
     */
    public static boolean mayBuySupplies(FundSource source) {
        return source != null;
    }

    /**
     * A fund's balance: its allocations, minus its approved and paid payments, plus its reversals.
     * A payment only recorded, or cancelled, does not count.
     */
    public static BigDecimal balance(
            Collection<Allocation> allocations,
            Collection<Payment> payments,
            Collection<Reversal> reversals) {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (Allocation a : allocations) {
            sum = sum.add(a.amount().value());
        }
        for (Payment p : payments) {
            if (p.state().countsAgainstFund()) {
                sum = sum.subtract(p.amount().value());
            }
        }
        for (Reversal r : reversals) {
            sum = sum.add(r.amount().value());
        }
        return sum;
    }

    /** A payment may not take a fund below zero. */
    public static boolean overdraws(BigDecimal balance, Yuan amount) {
        return amount.value().compareTo(balance) > 0;
    }

    /**
     * Refuses a payment the fund may not make, or cannot afford, with the reason and the balance.
     * Checked when the payment is recorded and again when it is approved ({@code balance} then
     * leaves the payment itself out: a recorded payment does not count yet).
     */
    public static void checkPayment(
            Fund fund,
            PaymentKind kind,
            RecipientKind recipient,
            String recipientName,
            Yuan amount,
            BigDecimal balance) {
        String shownBalance = Yuan.withSign(balance);
        if (!mayPay(fund.source(), kind)) {
            throw new ValidationError(
                    "field.payment.fund",
                    "rule.fund.partyFeesKind",
                    fund.name(),
                    Messages.format(kind.key()),
                    shownBalance);
        }
        if (!mayReward(fund.source(), kind, recipient)) {
            throw new ValidationError(
                    "field.payment.fund",
                    "rule.fund.partyFeesRecipient",
                    fund.name(),
                    recipientName,
                    shownBalance);
        }
        if (overdraws(balance, amount)) {
            throw new ValidationError(
                    "field.payment.amount",
                    "rule.fund.overdraft",
                    fund.name(),
                    shownBalance,
                    amount.withSign(),
                    Yuan.withSign(amount.value().subtract(balance)));
        }
    }

    /** The share of its allocations below which a fund is running low: one fifth. */
    public static final BigDecimal LOW_SHARE = new BigDecimal("0.20");

    /**
     * A fund runs low when it holds less than a fifth of what was allocated to it (or nothing at
     * all): the 概览 shows it, so that the office asks for the next allocation in time. A fund
     * nothing was allocated to is not running low: it was never opened for money.
     */
    public static boolean runningLow(BigDecimal allocated, BigDecimal balance) {
        if (allocated.signum() <= 0) {
            return false;
        }
        return balance.signum() <= 0 || balance.compareTo(allocated.multiply(LOW_SHARE)) < 0;
    }

    /** The kinds a source pays, in their order, for a form's choice list. */
    public static List<PaymentKind> payableBy(FundSource source) {
        return EnumSet.copyOf(DEFAULT_USES.get(source)).stream().toList();
    }
}
