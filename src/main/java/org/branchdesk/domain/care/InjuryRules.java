package org.branchdesk.domain.care;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.ValidationError;

/**
 * The rules of the work-injury fast track for staff infected on duty (policy article 11:
 * 协调有关部门对因履职感染人员开辟工伤认定绿色通道; 人社部函〔2020〕11号 counts infection on duty as a work injury). One rule per
 * method.
 */
public final class InjuryRules {
    /**
     * Days within which the employer applies for recognition after the diagnosis (《工伤保险条例》第十七条: 30
     * 日内).
     */
    public static final int APPLICATION_DAYS = 30;

    private InjuryRules() {}

    /**
     * The steps a case may take from where it stands: a reported case is applied for (or closed,
     * when the person withdraws); an application is decided either way; a decided case is closed; a
     * closed case takes no step.
     */
    public static Set<InjuryStatus> next(InjuryStatus from) {
        return switch (from) {
            case REPORTED -> EnumSet.of(InjuryStatus.APPLIED, InjuryStatus.CLOSED);
            case APPLIED -> EnumSet.of(InjuryStatus.RECOGNISED, InjuryStatus.REJECTED);
            case RECOGNISED, REJECTED -> EnumSet.of(InjuryStatus.CLOSED);
            case CLOSED -> EnumSet.noneOf(InjuryStatus.class);
        };
    }

    /** Whether a case may move from one status to another. */
    public static boolean allowed(InjuryStatus from, InjuryStatus to) {
        return to != null && next(from).contains(to);
    }

    /** The last day the application for recognition is due (《工伤保险条例》第十七条). */
    public static LocalDate applicationDue(LocalDate infectedOn) {
        return infectedOn.plusDays(APPLICATION_DAYS);
    }

    /**
     * Whether an open case is past the application's due day without an application: still reported
     * after the 30 days.
     */
    public static boolean applicationOverdue(InjuryCase c, LocalDate today) {
        return c.status() == InjuryStatus.REPORTED && today.isAfter(applicationDue(c.infectedOn()));
    }

    /**
     * Refuses a step's day that is in the future or before the day of infection (or the step
     * before).
     */
    static void checkDay(InjuryStatus to, LocalDate on, LocalDate notBefore, LocalDate today) {
        if (on.isAfter(today)) {
            throw new ValidationError("field.injury.on", "rule.dateInFuture");
        }
        if (on.isBefore(notBefore)) {
            throw new ValidationError(
                    "field.injury.on",
                    "rule.injury.tooEarly",
                    Messages.format(to.key()),
                    notBefore);
        }
    }

    /** Refuses a step the case may not take from where it stands, or on a day out of order. */
    public static void checkMove(InjuryCase c, InjuryStatus to, LocalDate on, LocalDate today) {
        if (to == null) {
            throw new ValidationError("field.injury.status", "rule.required");
        }
        if (on == null) {
            throw new ValidationError("field.injury.on", "rule.required");
        }
        if (!allowed(c.status(), to)) {
            throw new ValidationError(
                    "field.injury.status",
                    "rule.injury.transition",
                    Messages.format(c.status().key()),
                    Messages.format(to.key()));
        }
        checkDay(to, on, c.lastStepOn(), today);
    }
}
