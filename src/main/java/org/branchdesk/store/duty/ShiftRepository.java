package org.branchdesk.store.duty;

import static org.branchdesk.store.jooq.Tables.POST;
import static org.branchdesk.store.jooq.Tables.SHIFT;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.duty.PostShift;
import org.branchdesk.domain.duty.Shift;
import org.branchdesk.domain.duty.ShiftPattern;
import org.branchdesk.store.StoreSession;
import org.jooq.Condition;
import org.jooq.Record;

/**
 * The shifts of the posts, on the office's clock (days and times stored without a zone). A shift of
 * a closed post on or after the day it closed is off the roster: none of the reads here return it.
 */
public final class ShiftRepository {
    private final StoreSession s;

    public ShiftRepository(StoreSession s) {
        this.s = s;
    }

    /** A shift on the roster. */
    public Optional<PostShift> find(UUID id) {
        return list(SHIFT.ID.eq(id)).stream().findFirst();
    }

    /** The shifts on the roster whose id starts with {@code prefix} (hex digits), at most ten. */
    public List<PostShift> byPrefix(String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT);
        return s.dsl()
                .select(SHIFT.fields())
                .from(SHIFT)
                .join(POST)
                .on(POST.ID.eq(SHIFT.POST_ID))
                .where(onRoster().and(SHIFT.ID.cast(String.class).startsWith(p)))
                .limit(10)
                .fetch(ShiftRepository::toShift);
    }

    /** The shifts on the roster from one day to another (both included), in time order. */
    public List<PostShift> between(LocalDate from, LocalDate to) {
        return list(SHIFT.ON_DAY.between(from, to));
    }

    /** The first and last day of any shift on the roster, or empty when there is none. */
    public Optional<LocalDate[]> span() {
        Record r =
                s.dsl()
                        .select(SHIFT.ON_DAY.min(), SHIFT.ON_DAY.max())
                        .from(SHIFT)
                        .join(POST)
                        .on(POST.ID.eq(SHIFT.POST_ID))
                        .where(onRoster())
                        .fetchOne();
        if (r == null || r.get(0) == null) {
            return Optional.empty();
        }
        return Optional.of(new LocalDate[] {(LocalDate) r.get(0), (LocalDate) r.get(1)});
    }

    /**
     * The post, day and start of every shift ever made for some posts in a range, taken off the
     * roster or not ({@code postId/day/start}): a post has one shift a day starting at a time.
     */
    public Set<String> keys(Set<UUID> postIds, LocalDate from, LocalDate to) {
        Set<String> out = new HashSet<>();
        s.dsl()
                .select(SHIFT.POST_ID, SHIFT.ON_DAY, SHIFT.STARTS_AT)
                .from(SHIFT)
                .where(SHIFT.POST_ID.in(postIds).and(SHIFT.ON_DAY.between(from, to)))
                .forEach(r -> out.add(key(r.value1(), r.value2(), r.value3())));
        return out;
    }

    /** The key {@link #keys} gives a shift. */
    public static String key(UUID postId, LocalDate day, LocalTime start) {
        return postId + "/" + day + "/" + start;
    }

    /** Shifts on the roster (the register {@code stats} counts). */
    public int count() {
        return s.dsl()
                .fetchCount(
                        s.dsl()
                                .select(SHIFT.ID)
                                .from(SHIFT)
                                .join(POST)
                                .on(POST.ID.eq(SHIFT.POST_ID))
                                .where(onRoster()));
    }

    /** Inserts many shifts with one prepared statement. */
    public void insertAll(List<PostShift> shifts) {
        if (shifts.isEmpty()) {
            return;
        }
        OffsetDateTime now = s.now();
        UUID office = s.officeId();
        for (int from = 0; from < shifts.size(); from += 1000) {
            var batch =
                    s.dsl()
                            .batch(
                                    s.dsl()
                                            .insertInto(
                                                    SHIFT,
                                                    SHIFT.ID,
                                                    SHIFT.POST_ID,
                                                    SHIFT.ON_DAY,
                                                    SHIFT.STARTS_AT,
                                                    SHIFT.ENDS_AT,
                                                    SHIFT.HEADCOUNT,
                                                    SHIFT.CREATED_AT,
                                                    SHIFT.UPDATED_AT,
                                                    SHIFT.REVISION,
                                                    SHIFT.REVISED_BY)
                                            .values(
                                                    (UUID) null,
                                                    null,
                                                    null,
                                                    null,
                                                    null,
                                                    null,
                                                    null,
                                                    null,
                                                    null,
                                                    null));
            for (PostShift p : shifts.subList(from, Math.min(shifts.size(), from + 1000))) {
                Shift sh = p.shift();
                batch.bind(
                        p.id(),
                        p.postId(),
                        sh.day(),
                        sh.hours().start(),
                        sh.hours().end(),
                        sh.headcount(),
                        now,
                        now,
                        1L,
                        office);
            }
            batch.execute();
        }
    }

    /** Live shifts of posts kept on their day. */
    private static Condition onRoster() {
        return SHIFT.DELETED
                .isFalse()
                .and(POST.DELETED.isFalse())
                .and(POST.CLOSED_ON.isNull().or(SHIFT.ON_DAY.lt(POST.CLOSED_ON)));
    }

    private List<PostShift> list(Condition where) {
        return s.dsl()
                .select(SHIFT.fields())
                .from(SHIFT)
                .join(POST)
                .on(POST.ID.eq(SHIFT.POST_ID))
                .where(onRoster().and(where))
                .orderBy(SHIFT.ON_DAY, SHIFT.STARTS_AT, SHIFT.POST_ID)
                .fetch(ShiftRepository::toShift);
    }

    private static PostShift toShift(Record r) {
        return new PostShift(
                r.get(SHIFT.ID),
                r.get(SHIFT.POST_ID),
                new Shift(
                        r.get(SHIFT.ON_DAY),
                        new ShiftPattern(r.get(SHIFT.STARTS_AT), r.get(SHIFT.ENDS_AT)),
                        r.get(SHIFT.HEADCOUNT)));
    }
}
