package org.branchdesk.service.documents;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The ledgers the office prints; the lower-case name is the command line's. */
public enum LedgerKind {
    /** 党组织体系台账: each organization, type, secretary, member counts. */
    ORG(true),
    /** 小区排查台账: compounds with their survey status. */
    COMPOUNDS(true),
    /** 三无小区台账: ownerless compounds with the four clears and open items. */
    OWNERLESS(true),
    /** 党员分布台账: per compound, membership held here, elsewhere, mobile. */
    DISTRIBUTION(false),
    /** 党员花名册: the members roster, ID numbers and phones masked. */
    MEMBERS(true),
    /** 党组织书记台账: every serving secretary, how chosen, source, term end, phone (masked). */
    SECRETARIES(true),
    /** 党组织班子成员任免台账: every holding of a position, serving and ended. */
    APPOINTMENTS(true),
    /** 一对一帮扶台账: every pairing, its period and services by kind; no health details. */
    ASSISTANCE(true),
    /** 值班表: a week of a compound's (or community's) posts, days across, names in the cells. */
    ROSTER(true),
    /** 值班出勤和时数台账: each person's shifts and hours over a period, as attended. */
    HOURS(false),
    /** 在职党员到社区报到台账: member, unit, reported on, posts claimed, hours served, phone (masked). */
    REPORTING(true),
    /** 干部包联台账: cadre, area, period, contacts, the latest contact. */
    AREAS(false),
    /** 慰问台账: who was visited, when, by whom, the solicitude payment handed over. */
    SOLICITUDE(true),
    /** 防疫物资收发台账: each item's ins and outs with the running stock. */
    SUPPLIES(true),
    /** 发展党员工作台账: each case, its branch, the day of each step, the stage and what is due next. */
    DEVELOPMENT(true),
    /** 关怀资金发放台账: approved and paid payments and their reversals, with the money columns. */
    PAYMENTS(true),
    /** 表彰奖励台账: every honoree of every commendation decision, the form and the deeds. */
    COMMENDATIONS(true);

    /** A filter a ledger is printed with; the documents screen offers a kind's own and no other. */
    public enum Filter {
        /** A community (none: the whole office). */
        COMMUNITY,
        /** A compound within the community. */
        COMPOUND,
        /** Any day of a week. */
        WEEK,
        /** From one day to another. */
        PERIOD,
        /** The registers as they stood on a day. */
        AS_OF
    }

    private final boolean landscape;

    LedgerKind(boolean landscape) {
        this.landscape = landscape;
    }

    public boolean landscape() {
        return landscape;
    }

    /** The filters a ledger of this kind is printed with, in the order a form asks for them. */
    public Set<Filter> filters() {
        return switch (this) {
            case ROSTER -> EnumSet.of(Filter.COMMUNITY, Filter.COMPOUND, Filter.WEEK);
            case HOURS -> EnumSet.of(Filter.COMMUNITY, Filter.COMPOUND, Filter.PERIOD);
            case ASSISTANCE, REPORTING, AREAS -> EnumSet.of(Filter.COMMUNITY, Filter.COMPOUND);
            case SOLICITUDE, SUPPLIES -> EnumSet.noneOf(Filter.class);
            case DEVELOPMENT -> EnumSet.of(Filter.COMMUNITY);
            case PAYMENTS -> EnumSet.of(Filter.COMMUNITY, Filter.PERIOD);
            case COMMENDATIONS -> EnumSet.noneOf(Filter.class);
            default -> EnumSet.of(Filter.COMMUNITY, Filter.AS_OF);
        };
    }

    /** The kind a command line names ({@code org}, {@code members}, ...). */
    public static LedgerKind of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
