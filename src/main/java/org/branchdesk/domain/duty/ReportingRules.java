package org.branchdesk.domain.duty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.members.Presence;

/**
 * The rules of in-service members' reporting to the community where they live (在职党员到社区报到, policy
 * article 7: they take on posts, serve, and their unit's party organization hears how they served).
 * One rule per method.
 */
public final class ReportingRules {
    /** The most hours one day can hold. */
    public static final BigDecimal MAX_HOURS_A_DAY = BigDecimal.valueOf(24);

    private ReportingRules() {}

    /**
     * Only a member the register marks as an in-service member reporting here (人员状态：在职党员报到)
     * reports: a member whose membership is held here serves through their own branch.
     */
    public static boolean inService(Presence presence) {
        return presence == Presence.REPORTING_IN_SERVICE;
    }

    /** A member reports to one community at a time: no second open reporting. */
    public static boolean reportingAlready(List<Reporting> ofMember) {
        return ofMember.stream().anyMatch(Reporting::isOpen);
    }

    /**
     * A new reporting starts after every earlier one ended: a member served one community at a
     * time, so a reporting dated before an earlier one's end would count the same days twice (in
     * hours served and on the feedback sheet). Returns the earlier reporting it would overlap, or
     * {@code null}. An earlier one ended on the day the new one starts does not overlap.
     */
    public static Reporting overlapsEarlier(List<Reporting> ofMember, LocalDate reportedOn) {
        return ofMember.stream()
                .filter(r -> r.endedOn() != null)
                .filter(r -> reportedOn.isBefore(r.endedOn()))
                .findFirst()
                .orElse(null);
    }

    /**
     * The feedback sheet goes to the unit's party organization: a unit on the register has its own,
     * a unit given by name needs that organization's name.
     */
    public static boolean feedbackHasAnAddressee(WorkUnit unit) {
        return unit.isOnRegister() || unit.orgName() != null;
    }

    /**
     * Who the feedback sheet is addressed to: the unit's party organization, or the unit itself
     * when a unit on the register has no party organization recorded.
     */
    public static String feedbackAddressee(String orgName, String unitName) {
        return orgName != null ? orgName : unitName;
    }

    /** Hours of one day: more than none, at most 24, to one decimal (half an hour is 0.5). */
    public static boolean validHours(BigDecimal hours) {
        return hours.signum() > 0
                && hours.compareTo(MAX_HOURS_A_DAY) <= 0
                && hours.stripTrailingZeros().scale() <= 1;
    }

    /** A member claims posts of the community they reported to (or of its compounds). */
    public static boolean postInCommunity(UUID postCommunityId, UUID reportingCommunityId) {
        return postCommunityId.equals(reportingCommunityId);
    }

    /** A post is open on a day before the day it was closed ({@code null}: never closed). */
    public static boolean postOpenOn(LocalDate closedOn, LocalDate day) {
        return closedOn == null || day.isBefore(closedOn);
    }

    /** One reporting claims a post once. */
    public static boolean claimedAlready(List<ReportingClaim> claims, UUID postId) {
        return claims.stream().anyMatch(c -> c.postId().equals(postId));
    }

    /**
     * A reporting member without a post (the 概览 asks for them): the reporting is open, none of its
     * claimed posts is still open, and the roster has not assigned them a shift since they
     * reported.
     */
    public static boolean withoutPost(boolean open, boolean anOpenClaim, boolean assigned) {
        return open && !anOpenClaim && !assigned;
    }

    /**
     * Hours served: the hours recorded outside the roster plus the length of every roster shift
     * they attended (an overnight shift's hours on both days), to one decimal.
     */
    public static BigDecimal hoursServed(List<BigDecimal> recorded, List<Duration> attended) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal h : recorded) {
            sum = sum.add(h);
        }
        long minutes = attended.stream().mapToLong(Duration::toMinutes).sum();
        return sum.add(
                        BigDecimal.valueOf(minutes)
                                .divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP))
                .setScale(1, RoundingMode.HALF_UP);
    }
}
