package org.branchdesk.domain.leadership;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import org.branchdesk.domain.members.PartyStanding;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.domain.orgs.OrgType;

/**
 * Who may hold a position, for how long, and when a term is due for renewal (换届). One rule per
 * method, each citing where it comes from.
 */
public final class LeadershipRules {
    /** A secretary should have at least this many years of full party standing. */
    public static final int SECRETARY_STANDING_YEARS = 1;

    /** A term is shown as due this many days before it ends. */
    public static final int DUE_WITHIN_DAYS = 180;

    private static final Map<OrgType, Integer> TERM_YEARS = new EnumMap<>(OrgType.class);

    static {
        // 党章 第三十条: a committee serves three to five years. Community and compound
        // organizations serve five, as the residents' committees they work beside do; the
        // others three. An office may set another length per type (termYears with overrides).
        for (OrgType t : OrgType.values()) {
            TERM_YEARS.put(t, 3);
        }
        TERM_YEARS.put(OrgType.COMMUNITY_PARTY_COMMITTEE, 5);
        TERM_YEARS.put(OrgType.COMMUNITY_GENERAL_BRANCH, 5);
        TERM_YEARS.put(OrgType.COMMUNITY_BRANCH, 5);
        TERM_YEARS.put(OrgType.COMPOUND_BRANCH, 5);
    }

    private LeadershipRules() {}

    /** Why a person cannot take a position, or {@code null} when nothing stands in the way. */
    public enum Refusal {
        /** Not on the members register: a seat is for members. */
        NOT_A_MEMBER,
        /** A probationary member can be neither elected nor appointed, with no exception. */
        PROBATIONARY,
        /** The organization already has a serving secretary. */
        SECOND_SECRETARY,
        /**
         * The person already holds a seat in this organization (a concurrent duty is no second
         * seat).
         */
        SECOND_SEAT,
        /** Before the organization was established. */
        BEFORE_ESTABLISHED,
        /** On or after the day the organization was dissolved. */
        AFTER_DISSOLVED,
        /** A temporary branch's leaders are appointed; it holds no elections. */
        TEMPORARY_NOT_ELECTED,
        /** The street working committee is appointed by the district, not here. */
        WORKING_COMMITTEE
    }

    /**
     * The first rule a holding would break, or {@code null}.
     *
     * @param member whether the person is on the members register
     * @param standing the member's standing ({@code null} for a non-member)
     * @param hasSecretary whether the organization has a serving secretary already
     * @param holdsSeat whether the person already holds a seat in the organization
     */
    public static Refusal check(
            OrgType type,
            LocalDate established,
            LocalDate dissolved,
            Position position,
            Chosen chosen,
            boolean member,
            Standing standing,
            boolean hasSecretary,
            boolean holdsSeat,
            LocalDate from) {
        if (type == OrgType.STREET_WORKING_COMMITTEE) {
            return Refusal.WORKING_COMMITTEE;
        }
        if (!member) {
            return Refusal.NOT_A_MEMBER;
        }
        if (standing != Standing.FULL) {
            return Refusal.PROBATIONARY;
        }
        if (type == OrgType.TEMPORARY_BRANCH && chosen != Chosen.APPOINTED) {
            return Refusal.TEMPORARY_NOT_ELECTED;
        }
        if (established != null && from.isBefore(established)) {
            return Refusal.BEFORE_ESTABLISHED;
        }
        if (dissolved != null && !from.isBefore(dissolved)) {
            return Refusal.AFTER_DISSOLVED;
        }
        if (holdsSeat) {
            return Refusal.SECOND_SEAT;
        }
        if (position == Position.SECRETARY && hasSecretary) {
            return Refusal.SECOND_SECRETARY;
        }
        return null;
    }

    /**
     * Whether a secretary needs a recorded exception: less than one year of full party standing on
     * the day the position starts (the exception's reason is shown on the ledger).
     */
    public static boolean secretaryNeedsException(LocalDate fullOn, LocalDate from) {
        Integer years = PartyStanding.years(fullOn, from);
        return years == null || years < SECRETARY_STANDING_YEARS;
    }

    /** How many years a committee term of this kind of organization lasts. */
    public static int termYears(OrgType type) {
        return TERM_YEARS.get(type);
    }

    /**
     * As {@link #termYears(OrgType)}, with the lengths an office has set for some types; a length
     * outside the constitution's three to five years is refused where it is set and ignored here.
     */
    public static int termYears(OrgType type, Map<OrgType, Integer> office) {
        Integer set = office.get(type);
        return set != null && termLengthAllowed(set) ? set : termYears(type);
    }

    /** 党章 第三十条: a committee's term is three to five years. */
    public static boolean termLengthAllowed(int years) {
        return years >= 3 && years <= 5;
    }

    /**
     * The last day of a term that started on {@code start}: the day before its anniversary, which
     * is the first day of the next term.
     */
    public static LocalDate termEnd(OrgType type, LocalDate start) {
        return start.plusYears(termYears(type)).minusDays(1);
    }

    /** As {@link #termEnd(OrgType, LocalDate)}, with the office's term lengths. */
    public static LocalDate termEnd(OrgType type, LocalDate start, Map<OrgType, Integer> office) {
        return start.plusYears(termYears(type, office)).minusDays(1);
    }

    /** Where a term stands on {@code today}. */
    public enum TermStatus {
        RUNNING,
        /** Ends within {@value #DUE_WITHIN_DAYS} days: the renewal should be prepared. */
        DUE,
        /** Ended without a renewal. */
        OVERDUE
    }

    public static TermStatus status(LocalDate termEnd, LocalDate today) {
        if (today.isAfter(termEnd)) {
            return TermStatus.OVERDUE;
        }
        return ChronoUnit.DAYS.between(today, termEnd) <= DUE_WITHIN_DAYS
                ? TermStatus.DUE
                : TermStatus.RUNNING;
    }

    /**
     * Whether two holdings' times overlap. A holding runs from its first day to the day it ended
     * ({@code null}: still held); the day one ends, another may begin (a handover on the same day
     * is no overlap). Two holdings that begin the same day overlap.
     */
    public static boolean overlap(
            LocalDate aFrom, LocalDate aEnd, LocalDate bFrom, LocalDate bEnd) {
        if (aFrom.equals(bFrom)) {
            return true;
        }
        return (bEnd == null || aFrom.isBefore(bEnd)) && (aEnd == null || bFrom.isBefore(aEnd));
    }
}
