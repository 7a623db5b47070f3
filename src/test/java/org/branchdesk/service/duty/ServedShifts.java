package org.branchdesk.service.duty;

import static org.branchdesk.store.jooq.Tables.ASSIGNMENT;
import static org.branchdesk.store.jooq.Tables.POST;
import static org.branchdesk.store.jooq.Tables.SHIFT;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.branchdesk.store.FxThreadGuard;
import org.branchdesk.store.Store;
import org.branchdesk.testing.TestOffice;

/**
 * Writes posts, shifts and assignments straight into a test office's tables, as the roster would:
 * reporting reads them (the posts claimed, the shifts attended) but never writes them.
 */
final class ServedShifts implements AutoCloseable {
    private final Store store;

    /** A second door to the test office open in {@code dir} (the same database, in this JVM). */
    ServedShifts(Path dir) {
        store = Store.open(dir, Clock.systemUTC(), FxThreadGuard.NONE, TestOffice.keyOf(dir));
    }

    UUID post(UUID community, UUID compound, String name, LocalDate closedOn) {
        UUID id = UUID.randomUUID();
        store.write(
                s -> {
                    OffsetDateTime now = s.now();
                    return s.dsl()
                            .insertInto(POST)
                            .set(POST.ID, id)
                            .set(POST.COMMUNITY_ID, community)
                            .set(POST.COMPOUND_ID, compound)
                            .set(POST.KIND, "CHECKPOINT")
                            .set(POST.NAME, name)
                            .set(POST.HEADCOUNT, 2)
                            .set(POST.CLOSED_ON, closedOn)
                            .set(POST.CREATED_AT, now)
                            .set(POST.UPDATED_AT, now)
                            .set(POST.REVISION, 1L)
                            .set(POST.REVISED_BY, s.officeId())
                            .execute();
                });
        return id;
    }

    UUID shift(UUID post, LocalDate day, String from, String to) {
        UUID id = UUID.randomUUID();
        store.write(
                s -> {
                    OffsetDateTime now = s.now();
                    return s.dsl()
                            .insertInto(SHIFT)
                            .set(SHIFT.ID, id)
                            .set(SHIFT.POST_ID, post)
                            .set(SHIFT.ON_DAY, day)
                            .set(SHIFT.STARTS_AT, LocalTime.parse(from))
                            .set(SHIFT.ENDS_AT, LocalTime.parse(to))
                            .set(SHIFT.HEADCOUNT, 2)
                            .set(SHIFT.CREATED_AT, now)
                            .set(SHIFT.UPDATED_AT, now)
                            .set(SHIFT.REVISION, 1L)
                            .set(SHIFT.REVISED_BY, s.officeId())
                            .execute();
                });
        return id;
    }

    /**
     * Assigns a member to a shift with an attendance ({@code null}: not recorded yet), and the
     * member who came instead when it is {@code SUBSTITUTED}.
     */
    void assign(UUID shift, UUID member, String attendance, UUID substitute) {
        store.write(
                s -> {
                    OffsetDateTime now = s.now();
                    return s.dsl()
                            .insertInto(ASSIGNMENT)
                            .set(ASSIGNMENT.ID, UUID.randomUUID())
                            .set(ASSIGNMENT.SHIFT_ID, shift)
                            .set(ASSIGNMENT.MEMBER_ID, member)
                            .set(ASSIGNMENT.SOURCE, "MANUAL")
                            .set(ASSIGNMENT.ATTENDANCE, attendance)
                            .set(ASSIGNMENT.SUBSTITUTE_MEMBER_ID, substitute)
                            .set(ASSIGNMENT.CREATED_AT, now)
                            .set(ASSIGNMENT.UPDATED_AT, now)
                            .set(ASSIGNMENT.REVISION, 1L)
                            .set(ASSIGNMENT.REVISED_BY, s.officeId())
                            .execute();
                });
    }

    @Override
    public void close() {
        store.close();
    }
}
