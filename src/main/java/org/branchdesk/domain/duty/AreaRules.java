package org.branchdesk.domain.duty;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The rules of cadres' areas (包联): a cadre answers for a place once at a time (policy article 6,
 * 领导干部包村（片、区）责任制), and keeps in touch on grassroots work days by phone, WeChat, video or in person
 * (article 8). One rule per method.
 */
public final class AreaRules {
    /** The longest look-back the quiet-areas list takes, in days (a year). */
    public static final int MAX_QUIET_DAYS = 366;

    /**
     * How far back the quiet-areas list looks unless told otherwise: a week, so that an area nobody
     * contacted on any grassroots work day of the last week shows (article 8).
     */
    public static final int DEFAULT_QUIET_DAYS = 7;

    private AreaRules() {}

    /** A cadre answers for one place (a community, or one compound) once at a time. */
    public static boolean answersAlready(
            List<CadreArea> ofCadre, UUID communityId, UUID compoundId) {
        return ofCadre.stream().anyMatch(a -> a.isOpen() && a.samePlace(communityId, compoundId));
    }

    /** The quiet-areas list looks back at least one day and at most {@link #MAX_QUIET_DAYS}. */
    public static boolean validQuietDays(int days) {
        return days >= 1 && days <= MAX_QUIET_DAYS;
    }

    /**
     * An area nobody contacted in the last {@code days} days, counting back from the office's
     * today: its last contact (or, with none, the day it started, so that an area started less than
     * {@code days} days ago is not quiet yet) is {@code days} or more days before today. An area
     * that has ended is never quiet.
     *
     * @param lastContact the day of its latest contact, or {@code null} for none
     */
    public static boolean quiet(
            LocalDate from, LocalDate to, LocalDate lastContact, LocalDate today, int days) {
        if (to != null) {
            return false;
        }
        return daysWithoutContact(from, lastContact, today) >= days;
    }

    /**
     * How many days an area has gone without contact by {@code today}: since its last contact, or,
     * with none (or none since it started), since the day it started; 0 on the day itself.
     *
     * @param lastContact the day of its latest contact, or {@code null} for none
     */
    public static long daysWithoutContact(LocalDate from, LocalDate lastContact, LocalDate today) {
        LocalDate since = lastContact == null || lastContact.isBefore(from) ? from : lastContact;
        return ChronoUnit.DAYS.between(since, today);
    }
}
