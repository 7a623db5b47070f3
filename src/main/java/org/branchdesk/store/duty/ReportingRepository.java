package org.branchdesk.store.duty;

import static org.branchdesk.store.jooq.Tables.ASSIGNMENT;
import static org.branchdesk.store.jooq.Tables.POST;
import static org.branchdesk.store.jooq.Tables.REPORTING;
import static org.branchdesk.store.jooq.Tables.REPORTING_CLAIM;
import static org.branchdesk.store.jooq.Tables.REPORTING_HOURS;
import static org.branchdesk.store.jooq.Tables.SHIFT;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.branchdesk.domain.duty.Reporting;
import org.branchdesk.domain.duty.ReportingClaim;
import org.branchdesk.domain.duty.ReportingHours;
import org.branchdesk.domain.duty.WorkUnit;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.ReportingRecord;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * In-service members' reportings with the posts they claimed and the hours they recorded; and the
 * reads of the roster's tables that their hours and posts need (posts, attended shifts).
 */
public final class ReportingRepository {
    private final StoreSession s;

    public ReportingRepository(StoreSession s) {
        this.s = s;
    }

    /** Every reporting, ended ones too, in the order they were made. */
    public List<Reporting> list() {
        return s.dsl()
                .selectFrom(REPORTING)
                .where(REPORTING.DELETED.isFalse())
                .orderBy(REPORTING.REPORTED_ON, REPORTING.CREATED_AT)
                .fetch(ReportingRepository::toReporting);
    }

    public Optional<Reporting> find(UUID id) {
        return s.dsl()
                .selectFrom(REPORTING)
                .where(REPORTING.ID.eq(id).and(REPORTING.DELETED.isFalse()))
                .fetchOptional(ReportingRepository::toReporting);
    }

    /** A member's reportings, ended ones too. */
    public List<Reporting> ofMember(UUID memberId) {
        return s.dsl()
                .selectFrom(REPORTING)
                .where(REPORTING.MEMBER_ID.eq(memberId).and(REPORTING.DELETED.isFalse()))
                .orderBy(REPORTING.REPORTED_ON)
                .fetch(ReportingRepository::toReporting);
    }

    /** Open reportings (the register {@code stats} counts). */
    public int count() {
        return s.dsl()
                .fetchCount(
                        REPORTING, REPORTING.DELETED.isFalse().and(REPORTING.ENDED_ON.isNull()));
    }

    /** Every reporting on record, ended ones too (the privacy inventory counts them). */
    public int countAll() {
        return s.dsl().fetchCount(REPORTING, REPORTING.DELETED.isFalse());
    }

    public void insert(Reporting r) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(REPORTING)
                .set(REPORTING.ID, r.id())
                .set(REPORTING.MEMBER_ID, r.memberId())
                .set(REPORTING.COMMUNITY_ID, r.communityId())
                .set(REPORTING.COMPOUND_ID, r.compoundId())
                .set(REPORTING.UNIT_ID, r.unit().unitId())
                .set(REPORTING.UNIT_NAME, r.unit().name())
                .set(REPORTING.UNIT_ORG_NAME, r.unit().orgName())
                .set(REPORTING.REPORTED_ON, r.reportedOn())
                .set(REPORTING.ENDED_ON, r.endedOn())
                .set(REPORTING.CREATED_AT, now)
                .set(REPORTING.UPDATED_AT, now)
                .set(REPORTING.REVISION, 1L)
                .set(REPORTING.REVISED_BY, s.officeId())
                .execute();
    }

    /** Ends a reporting on a day. */
    public void end(UUID id, LocalDate on) {
        s.dsl()
                .update(REPORTING)
                .set(REPORTING.ENDED_ON, on)
                .set(REPORTING.UPDATED_AT, s.now())
                .set(REPORTING.REVISION, REPORTING.REVISION.plus(1))
                .set(REPORTING.REVISED_BY, s.officeId())
                .where(REPORTING.ID.eq(id))
                .execute();
    }

    private static Reporting toReporting(ReportingRecord r) {
        return new Reporting(
                r.getId(),
                r.getMemberId(),
                r.getCommunityId(),
                r.getCompoundId(),
                new WorkUnit(r.getUnitId(), r.getUnitName(), r.getUnitOrgName()),
                r.getReportedOn(),
                r.getEndedOn());
    }

    // ---- posts claimed

    /** Every claim, in the order made. */
    public List<ReportingClaim> claims() {
        return s.dsl()
                .selectFrom(REPORTING_CLAIM)
                .where(REPORTING_CLAIM.DELETED.isFalse())
                .orderBy(REPORTING_CLAIM.CLAIMED_ON, REPORTING_CLAIM.CREATED_AT)
                .fetch(
                        r ->
                                new ReportingClaim(
                                        r.getId(),
                                        r.getReportingId(),
                                        r.getPostId(),
                                        r.getClaimedOn()));
    }

    /** One reporting's claims. */
    public List<ReportingClaim> claimsOf(UUID reportingId) {
        return claims().stream().filter(c -> c.reportingId().equals(reportingId)).toList();
    }

    public int countClaims() {
        return s.dsl().fetchCount(REPORTING_CLAIM, REPORTING_CLAIM.DELETED.isFalse());
    }

    public void insertClaim(ReportingClaim c) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(REPORTING_CLAIM)
                .set(REPORTING_CLAIM.ID, c.id())
                .set(REPORTING_CLAIM.REPORTING_ID, c.reportingId())
                .set(REPORTING_CLAIM.POST_ID, c.postId())
                .set(REPORTING_CLAIM.CLAIMED_ON, c.claimedOn())
                .set(REPORTING_CLAIM.CREATED_AT, now)
                .set(REPORTING_CLAIM.UPDATED_AT, now)
                .set(REPORTING_CLAIM.REVISION, 1L)
                .set(REPORTING_CLAIM.REVISED_BY, s.officeId())
                .execute();
    }

    /** Drops a claim: flagged, never removed. */
    public void dropClaim(UUID id) {
        s.dsl()
                .update(REPORTING_CLAIM)
                .set(REPORTING_CLAIM.DELETED, true)
                .set(REPORTING_CLAIM.UPDATED_AT, s.now())
                .set(REPORTING_CLAIM.REVISION, REPORTING_CLAIM.REVISION.plus(1))
                .set(REPORTING_CLAIM.REVISED_BY, s.officeId())
                .where(REPORTING_CLAIM.ID.eq(id))
                .execute();
    }

    // ---- hours recorded outside the roster

    /** Every hours entry, by day. */
    public List<ReportingHours> hours() {
        return s.dsl()
                .selectFrom(REPORTING_HOURS)
                .where(REPORTING_HOURS.DELETED.isFalse())
                .orderBy(REPORTING_HOURS.ON_DAY, REPORTING_HOURS.CREATED_AT)
                .fetch(
                        r ->
                                new ReportingHours(
                                        r.getId(),
                                        r.getReportingId(),
                                        r.getOnDay(),
                                        r.getHours(),
                                        r.getWhat()));
    }

    public int countHours() {
        return s.dsl().fetchCount(REPORTING_HOURS, REPORTING_HOURS.DELETED.isFalse());
    }

    public void insertHours(ReportingHours h) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(REPORTING_HOURS)
                .set(REPORTING_HOURS.ID, h.id())
                .set(REPORTING_HOURS.REPORTING_ID, h.reportingId())
                .set(REPORTING_HOURS.ON_DAY, h.onDay())
                .set(REPORTING_HOURS.HOURS, h.hours())
                .set(REPORTING_HOURS.WHAT, h.what())
                .set(REPORTING_HOURS.CREATED_AT, now)
                .set(REPORTING_HOURS.UPDATED_AT, now)
                .set(REPORTING_HOURS.REVISION, 1L)
                .set(REPORTING_HOURS.REVISED_BY, s.officeId())
                .execute();
    }

    // ---- reads of the roster's tables (written by the roster)

    /** A duty post as a claim needs it: where it is, its name, when it was closed. */
    public record PostFact(
            UUID id, UUID communityId, UUID compoundId, String name, LocalDate closedOn) {}

    /** The posts of a community and its compounds, closed ones too, by name. */
    public List<PostFact> posts(UUID communityId) {
        return postsWhere(POST.COMMUNITY_ID.eq(communityId));
    }

    /** Every post's facts (for the names of the posts claimed). */
    public List<PostFact> allPosts() {
        return postsWhere(DSL.noCondition());
    }

    public Optional<PostFact> post(UUID id) {
        return postsWhere(POST.ID.eq(id)).stream().findFirst();
    }

    private List<PostFact> postsWhere(Condition where) {
        return s.dsl()
                .select(POST.ID, POST.COMMUNITY_ID, POST.COMPOUND_ID, POST.NAME, POST.CLOSED_ON)
                .from(POST)
                .where(POST.DELETED.isFalse().and(where))
                .orderBy(POST.NAME)
                .fetch(
                        r ->
                                new PostFact(
                                        r.value1(),
                                        r.value2(),
                                        r.value3(),
                                        r.value4(),
                                        r.value5()));
    }

    /**
     * A roster shift a member served or was assigned to, with its day and hours (on the office's
     * clock; it ends on the next day when {@code endsAt} is not after {@code startsAt}).
     *
     * @param attended whether they served it: present, or the substitute who came instead
     */
    public record ShiftServed(
            UUID memberId, LocalDate day, LocalTime startsAt, LocalTime endsAt, boolean attended) {}

    /**
     * The shifts of these members: those they were assigned to (not withdrawn), and those they
     * served as another's substitute.
     */
    public List<ShiftServed> shiftsOf(Collection<UUID> memberIds) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        var live =
                ASSIGNMENT
                        .DELETED
                        .isFalse()
                        .and(ASSIGNMENT.WITHDRAWN_AT.isNull())
                        .and(SHIFT.DELETED.isFalse());
        List<ShiftServed> assigned =
                s.dsl()
                        .select(
                                ASSIGNMENT.MEMBER_ID,
                                SHIFT.ON_DAY,
                                SHIFT.STARTS_AT,
                                SHIFT.ENDS_AT,
                                ASSIGNMENT.ATTENDANCE)
                        .from(ASSIGNMENT)
                        .join(SHIFT)
                        .on(SHIFT.ID.eq(ASSIGNMENT.SHIFT_ID))
                        .where(live.and(ASSIGNMENT.MEMBER_ID.in(memberIds)))
                        .fetch(
                                r ->
                                        new ShiftServed(
                                                r.value1(),
                                                r.value2(),
                                                r.value3(),
                                                r.value4(),
                                                "PRESENT".equals(r.value5())));
        List<ShiftServed> substituted =
                s.dsl()
                        .select(
                                ASSIGNMENT.SUBSTITUTE_MEMBER_ID,
                                SHIFT.ON_DAY,
                                SHIFT.STARTS_AT,
                                SHIFT.ENDS_AT)
                        .from(ASSIGNMENT)
                        .join(SHIFT)
                        .on(SHIFT.ID.eq(ASSIGNMENT.SHIFT_ID))
                        .where(
                                live.and(ASSIGNMENT.ATTENDANCE.eq("SUBSTITUTED"))
                                        .and(ASSIGNMENT.SUBSTITUTE_MEMBER_ID.in(memberIds)))
                        .fetch(
                                r ->
                                        new ShiftServed(
                                                r.value1(),
                                                r.value2(),
                                                r.value3(),
                                                r.value4(),
                                                true));
        return Stream.concat(assigned.stream(), substituted.stream()).toList();
    }
}
