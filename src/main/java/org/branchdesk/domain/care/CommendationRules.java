package org.branchdesk.domain.care;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.members.Standing;

/**
 * The rules of commendations (policy article 11: commendations and performance rewards). One rule
 * per method.
 *
 * <p>Whom a title goes to: a title for organizations (先进基层党组织, 先进集体) to an organization; a title
 * for party members (优秀共产党员, 优秀党务工作者) to a member, and only a full one: a probationary member has
 * not yet become a full member (党章第七条) and, by the Central Organization Department's guidance
 * (共产党员网 12371.cn, 《预备党员为何不宜被评为优秀党员》), may be praised or recommended as an advanced worker, but is
 * not named an outstanding party member. Any other title (优秀社区工作者, 抗疫先进个人) goes to a member or a
 * person.
 */
public final class CommendationRules {
    private CommendationRules() {}

    /** The longest account of the deeds on a decision: a short paragraph, not a report. */
    public static final int DEEDS_MAX = 300;

    /** The shortest account that says something. */
    public static final int DEEDS_MIN = 10;

    /** Words that make a title one for organizations. */
    static final List<String> ORGANIZATION_WORDS = List.of("党组织", "集体", "党支部", "党总支", "党委", "单位");

    /** Words that make a title one for party members. */
    static final List<String> MEMBER_WORDS = List.of("共产党员", "党务工作者", "优秀党员");

    /** Who may hold a title: organizations, party members, or members and people. */
    public static Set<RecipientKind> holders(String title) {
        String t = title == null ? "" : title;
        if (ORGANIZATION_WORDS.stream().anyMatch(t::contains)) {
            return EnumSet.of(RecipientKind.ORGANIZATION);
        }
        if (MEMBER_WORDS.stream().anyMatch(t::contains)) {
            return EnumSet.of(RecipientKind.MEMBER);
        }
        return EnumSet.of(RecipientKind.MEMBER, RecipientKind.PERSON);
    }

    /** A title for party members is held by full members only (see the class comment). */
    public static boolean needsFullMember(String title) {
        return holders(title).equals(EnumSet.of(RecipientKind.MEMBER));
    }

    /**
     * Whether a member was a full member on the day of the decision: full now, and full since then
     * when the day of full membership is known.
     */
    public static boolean fullMemberOn(Standing standing, LocalDate fullOn, LocalDate day) {
        return standing == Standing.FULL && (fullOn == null || !fullOn.isAfter(day));
    }

    /**
     * A decision from above carries its document number (outside data); the street's own may wait
     * for the dispatch register's.
     */
    public static boolean numberGiven(CommendationLevel level, String documentNumber) {
        return level == CommendationLevel.STREET || Text.emptyToNull(documentNumber) != null;
    }

    /** A reward is linked to its payment; a certificate has none. */
    public static boolean paymentMatchesForm(HonorForm form, java.util.UUID paymentId) {
        return (form == HonorForm.REWARD) == (paymentId != null);
    }

    /**
     * A reward's payment is a commendation reward, not cancelled, to the honoree itself (the same
     * register and record).
     */
    public static boolean rewardFits(Payment payment, Payment.Recipient honoree) {
        return payment.kind() == PaymentKind.COMMENDATION_REWARD
                && payment.state() != PaymentState.CANCELLED
                && payment.recipient().kind() == honoree.kind()
                && payment.recipient().id() != null
                && payment.recipient().id().equals(honoree.id());
    }

    /** The same honoree is listed once in a decision. */
    public static boolean listedOnce(Collection<Honoree> listed, Payment.Recipient who) {
        return listed.stream()
                .noneMatch(h -> h.who().kind() == who.kind() && h.who().id().equals(who.id()));
    }

    /**
     * The deeds are told in a short paragraph: {@value #DEEDS_MIN}–{@value #DEEDS_MAX} characters.
     */
    public static boolean deedsFit(String deeds) {
        String d = Text.emptyToNull(deeds);
        return d != null && Text.length(d) >= DEEDS_MIN && Text.length(d) <= DEEDS_MAX;
    }

    /** A payment is the reward of one honoree only. */
    public static boolean paymentUnused(Collection<Honoree> all, java.util.UUID paymentId) {
        return paymentId == null || all.stream().noneMatch(h -> paymentId.equals(h.paymentId()));
    }

    /**
     * Refuses an honoree the rules above do not allow, naming the field.
     *
     * @param standing and {@code fullOn}: the member's, or {@code null} for a person or
     *     organization
     * @param payment the linked payment, or {@code null}
     * @param listed the decision's honorees so far
     * @param rewarded every honoree of every decision (a payment rewards one of them)
     */
    public static Honoree checkHonoree(
            Commendation c,
            Honoree h,
            Standing standing,
            LocalDate fullOn,
            Payment payment,
            Collection<Honoree> listed,
            Collection<Honoree> rewarded) {
        Set<RecipientKind> holders = holders(c.title());
        if (!holders.contains(h.who().kind())) {
            throw new ValidationError(
                    "field.honoree.who",
                    "rule.commendation.holder",
                    c.title(),
                    Messages.format("commendation.holders." + holderKey(holders)));
        }
        if (needsFullMember(c.title()) && !fullMemberOn(standing, fullOn, c.decidedOn())) {
            throw new ValidationError(
                    "field.honoree.who", "rule.commendation.fullMember", h.who().name(), c.title());
        }
        if (!listedOnce(listed, h.who())) {
            throw new ValidationError(
                    "field.honoree.who", "rule.commendation.twice", h.who().name());
        }
        if (!deedsFit(h.deeds())) {
            throw new ValidationError(
                    "field.honoree.deeds", "rule.commendation.deeds", DEEDS_MIN, DEEDS_MAX);
        }
        if (!paymentMatchesForm(h.form(), h.paymentId())) {
            throw new ValidationError(
                    "field.honoree.payment",
                    h.form() == HonorForm.REWARD
                            ? "rule.commendation.rewardNeedsPayment"
                            : "rule.commendation.certificateNoPayment");
        }
        if (payment != null && !rewardFits(payment, h.who())) {
            throw new ValidationError(
                    "field.honoree.payment", "rule.commendation.rewardMismatch", h.who().name());
        }
        if (!paymentUnused(rewarded, h.paymentId())) {
            throw new ValidationError("field.honoree.payment", "rule.commendation.paymentUsed");
        }
        return h;
    }

    private static String holderKey(Set<RecipientKind> holders) {
        return holders.size() == 1 ? holders.iterator().next().name() : "INDIVIDUAL";
    }
}
