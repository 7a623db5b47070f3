package org.branchdesk.domain.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.households.Household;
import org.branchdesk.domain.members.Member;

/**
 * The rules of one-to-one assistance (一对一帮扶, policy article 8), one per method. {@link #pairing},
 * {@link #ending} and {@link #entry} ask them in order and give the first one broken, so that the
 * service, a form and a command refuse alike.
 */
public final class AssistanceRules {
    private AssistanceRules() {}

    /** Why a pairing, its end or a service entry cannot stand as given. */
    public enum Refusal {
        /** A pairing starts later than today. */
        START_IN_FUTURE,
        /** The member has left the members register. */
        MEMBER_NOT_ACTIVE,
        /** The household is not a resident under assistance on the households register. */
        HOUSEHOLD_NOT_ASSISTED,
        /** The member is already paired with this household, and that pairing is open. */
        ALREADY_PAIRED,
        /** An earlier pairing of this member and household ended on or after the new start. */
        OVERLAPS_EARLIER,
        /** The pairing has ended already. */
        ALREADY_ENDED,
        /** A pairing ends later than today. */
        END_IN_FUTURE,
        /** A pairing ends before it started. */
        END_BEFORE_START,
        /** A pairing ends before the last service its log records. */
        END_BEFORE_LAST_SERVICE,
        /** A service is dated later than today. */
        DAY_IN_FUTURE,
        /** A service is dated before its pairing started. */
        DAY_BEFORE_START,
        /** A service is dated after its pairing ended. */
        DAY_AFTER_END
    }

    /** A day is today or earlier: what is recorded has happened. */
    public static boolean notInFuture(LocalDate day, LocalDate today) {
        return !day.isAfter(today);
    }

    /** Only a member on the register is paired with a resident. */
    public static boolean memberOnRegister(Member member) {
        return member != null && member.isActive();
    }

    /** Only a resident under assistance (帮扶对象) on the households register is paired. */
    public static boolean householdAssisted(Household household) {
        return household != null && household.kind() == Household.Kind.ASSISTED;
    }

    /** Whether a member and a household already have an open pairing among {@code pairings}. */
    public static boolean openPairingOf(List<Pairing> pairings, UUID memberId, UUID householdId) {
        return pairings.stream()
                .anyMatch(
                        p ->
                                p.isOpen()
                                        && p.memberId().equals(memberId)
                                        && p.householdId().equals(householdId));
    }

    /**
     * Whether a pairing that starts on {@code start} would overlap an ended pairing of the same
     * member and household (one that ended on or after that day).
     */
    public static boolean overlapsEnded(
            List<Pairing> pairings, UUID memberId, UUID householdId, LocalDate start) {
        return pairings.stream()
                .anyMatch(
                        p ->
                                !p.isOpen()
                                        && p.memberId().equals(memberId)
                                        && p.householdId().equals(householdId)
                                        && !p.endedOn().isBefore(start));
    }

    /** A pairing ends on or after the day it started (a pairing of one day is one). */
    public static boolean endsNotBeforeStart(LocalDate start, LocalDate end) {
        return !end.isBefore(start);
    }

    /** The service log stays within the period: no service after the pairing's last day. */
    public static boolean endKeepsTheLog(LocalDate end, LocalDate lastService) {
        return lastService == null || !lastService.isAfter(end);
    }

    /** A service is dated on or after the day its pairing started. */
    public static boolean notBeforeStart(Pairing p, LocalDate day) {
        return !day.isBefore(p.startedOn());
    }

    /** A service is dated on or before the day its pairing ended, if it has. */
    public static boolean notAfterEnd(Pairing p, LocalDate day) {
        return p.isOpen() || !day.isAfter(p.endedOn());
    }

    /**
     * The first rule a new pairing breaks, or {@code null}.
     *
     * @param member the member named, {@code null} when not on the register
     * @param household the household named, {@code null} when not on the register
     * @param existing the pairings on the register (those of this member and household suffice)
     */
    public static Refusal pairing(
            Pairing p,
            Member member,
            Household household,
            List<Pairing> existing,
            LocalDate today) {
        if (!notInFuture(p.startedOn(), today)) {
            return Refusal.START_IN_FUTURE;
        }
        if (!memberOnRegister(member)) {
            return Refusal.MEMBER_NOT_ACTIVE;
        }
        if (!householdAssisted(household)) {
            return Refusal.HOUSEHOLD_NOT_ASSISTED;
        }
        if (openPairingOf(existing, p.memberId(), p.householdId())) {
            return Refusal.ALREADY_PAIRED;
        }
        if (overlapsEnded(existing, p.memberId(), p.householdId(), p.startedOn())) {
            return Refusal.OVERLAPS_EARLIER;
        }
        return null;
    }

    /**
     * The first rule ending a pairing on {@code on} breaks, or {@code null}.
     *
     * @param lastService the day of the last service its log records, {@code null} for none
     */
    public static Refusal ending(Pairing p, LocalDate on, LocalDate lastService, LocalDate today) {
        if (!p.isOpen()) {
            return Refusal.ALREADY_ENDED;
        }
        if (!notInFuture(on, today)) {
            return Refusal.END_IN_FUTURE;
        }
        if (!endsNotBeforeStart(p.startedOn(), on)) {
            return Refusal.END_BEFORE_START;
        }
        if (!endKeepsTheLog(on, lastService)) {
            return Refusal.END_BEFORE_LAST_SERVICE;
        }
        return null;
    }

    /** The first rule a service entry dated {@code day} breaks, or {@code null}. */
    public static Refusal entry(Pairing p, LocalDate day, LocalDate today) {
        if (!notInFuture(day, today)) {
            return Refusal.DAY_IN_FUTURE;
        }
        if (!notBeforeStart(p, day)) {
            return Refusal.DAY_BEFORE_START;
        }
        if (!notAfterEnd(p, day)) {
            return Refusal.DAY_AFTER_END;
        }
        return null;
    }

    /** The field (bundle key) a refusal names. */
    public static String fieldOf(Refusal r) {
        return switch (r) {
            case START_IN_FUTURE, OVERLAPS_EARLIER -> "field.pairing.startedOn";
            case MEMBER_NOT_ACTIVE, ALREADY_PAIRED -> "field.pairing.member";
            case HOUSEHOLD_NOT_ASSISTED -> "field.pairing.household";
            case ALREADY_ENDED, END_IN_FUTURE, END_BEFORE_START, END_BEFORE_LAST_SERVICE ->
                    "field.pairing.endedOn";
            case DAY_IN_FUTURE, DAY_BEFORE_START, DAY_AFTER_END -> "field.service.day";
        };
    }
}
