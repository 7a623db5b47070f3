package org.branchdesk.domain.care;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.UUID;
import org.branchdesk.domain.common.ValidationError;

/**
 * The rules of a community's annual assessment (policy article 11: performance rewards after the
 * assessment). One rule per method.
 */
public final class AssessmentRules {
    private AssessmentRules() {}

    /** The first year the office keeps assessments of. */
    public static final int FIRST_YEAR = 2000;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A score is from 0 to 100 with at most one decimal (87.5). */
    public static boolean validScore(BigDecimal score) {
        return score != null
                && score.signum() >= 0
                && score.compareTo(HUNDRED) <= 0
                && score.stripTrailingZeros().scale() <= 1;
    }

    /** A year is assessed once it has begun, and not before the office's records. */
    public static boolean validYear(int year, int thisYear) {
        return year >= FIRST_YEAR && year <= thisYear;
    }

    /** One assessment per community per year. */
    public static boolean oncePerYear(Collection<Assessment> existing, UUID communityId, int year) {
        return existing.stream()
                .noneMatch(a -> a.communityId().equals(communityId) && a.year() == year);
    }

    /** The reward that followed is a performance reward that was not cancelled. */
    public static boolean rewardFits(Payment payment) {
        return payment.kind() == PaymentKind.PERFORMANCE_REWARD
                && payment.state() != PaymentState.CANCELLED;
    }

    /** A community that failed its assessment earns no performance reward. */
    public static boolean rewardEarned(AssessmentGrade grade) {
        return grade != AssessmentGrade.FAIL;
    }

    /** A payment rewards one assessment only. */
    public static boolean paymentUnused(Collection<Assessment> all, UUID paymentId) {
        return paymentId == null || all.stream().noneMatch(a -> paymentId.equals(a.paymentId()));
    }

    /**
     * Refuses an assessment the rules above do not allow, naming the field.
     *
     * @param payment the linked payment, or {@code null}
     * @param existing every assessment on the register
     */
    public static Assessment check(
            Assessment a,
            int thisYear,
            String community,
            Payment payment,
            Collection<Assessment> existing) {
        if (!validYear(a.year(), thisYear)) {
            throw new ValidationError(
                    "field.assessment.year", "rule.assessment.year", FIRST_YEAR, thisYear);
        }
        if (!validScore(a.score())) {
            throw new ValidationError(
                    "field.assessment.score", "rule.assessment.score", a.score().toPlainString());
        }
        if (!oncePerYear(existing, a.communityId(), a.year())) {
            throw new ValidationError(
                    "field.assessment.year", "rule.assessment.once", community, a.year());
        }
        if (payment != null && !rewardFits(payment)) {
            throw new ValidationError("field.assessment.payment", "rule.assessment.rewardKind");
        }
        if (payment != null && !rewardEarned(a.grade())) {
            throw new ValidationError("field.assessment.payment", "rule.assessment.failNoReward");
        }
        if (!paymentUnused(existing, a.paymentId())) {
            throw new ValidationError("field.assessment.payment", "rule.commendation.paymentUsed");
        }
        return a;
    }
}
