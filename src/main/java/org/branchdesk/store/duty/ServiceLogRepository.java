package org.branchdesk.store.duty;

import static org.branchdesk.store.jooq.Tables.PAIRING;
import static org.branchdesk.store.jooq.Tables.SERVICE_LOG;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.common.Personal;
import org.branchdesk.domain.duty.ServiceEntry;
import org.branchdesk.domain.duty.ServiceKind;
import org.branchdesk.store.PersonalColumns;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.ServiceLogRecord;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The service logs of pairings. Health details are found through the mark on {@link ServiceEntry},
 * and cleared once the pairing ended longer ago than the office's retention.
 */
public final class ServiceLogRepository {
    private final StoreSession s;

    public ServiceLogRepository(StoreSession s) {
        this.s = s;
    }

    /** Every entry, by day (the ledger and the pairings list count them). */
    public List<ServiceEntry> list() {
        return s.dsl()
                .selectFrom(SERVICE_LOG)
                .where(SERVICE_LOG.DELETED.isFalse())
                .orderBy(SERVICE_LOG.ON_DAY, SERVICE_LOG.CREATED_AT)
                .fetch(ServiceLogRepository::toEntry);
    }

    /** A pairing's log, by day. */
    public List<ServiceEntry> ofPairing(UUID pairingId) {
        return s.dsl()
                .selectFrom(SERVICE_LOG)
                .where(SERVICE_LOG.PAIRING_ID.eq(pairingId).and(SERVICE_LOG.DELETED.isFalse()))
                .orderBy(SERVICE_LOG.ON_DAY, SERVICE_LOG.CREATED_AT)
                .fetch(ServiceLogRepository::toEntry);
    }

    /** Entries on the register (the register {@code stats} counts). */
    public int count() {
        return s.dsl().fetchCount(SERVICE_LOG, SERVICE_LOG.DELETED.isFalse());
    }

    public void insert(ServiceEntry e) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(SERVICE_LOG)
                .set(SERVICE_LOG.ID, e.id())
                .set(SERVICE_LOG.PAIRING_ID, e.pairingId())
                .set(SERVICE_LOG.ON_DAY, e.day())
                .set(SERVICE_LOG.KIND, e.kind().name())
                .set(SERVICE_LOG.HEALTH, e.health())
                .set(SERVICE_LOG.NOTE, e.note())
                .set(SERVICE_LOG.CREATED_AT, now)
                .set(SERVICE_LOG.UPDATED_AT, now)
                .set(SERVICE_LOG.REVISION, 1L)
                .set(SERVICE_LOG.REVISED_BY, s.officeId())
                .execute();
    }

    /** Entries in the data file, and those holding health details (the privacy inventory). */
    public int[] personalData() {
        var r =
                s.dsl()
                        .select(
                                DSL.count(),
                                DSL.count().filterWhere(PersonalColumns.anyHeld(health())))
                        .from(SERVICE_LOG)
                        .fetchOne();
        return new int[] {r.value1(), r.value2()};
    }

    /** Entries with health details whose pairing ended before {@code cutoff}. */
    public int countHealthPastRetention(LocalDate cutoff) {
        return s.dsl().fetchCount(SERVICE_LOG, pastRetention(cutoff));
    }

    /**
     * Clears the health details of the entries whose pairing ended before {@code cutoff}; the rest
     * of each entry stays for the record.
     */
    public int purgeHealth(LocalDate cutoff) {
        return s.dsl()
                .update(SERVICE_LOG)
                .set(PersonalColumns.cleared(health()))
                .set(SERVICE_LOG.UPDATED_AT, s.now())
                .set(SERVICE_LOG.REVISION, SERVICE_LOG.REVISION.plus(1))
                .set(SERVICE_LOG.REVISED_BY, s.officeId())
                .where(pastRetention(cutoff))
                .execute();
    }

    private static Condition pastRetention(LocalDate cutoff) {
        return PersonalColumns.anyHeld(health())
                .and(
                        SERVICE_LOG.PAIRING_ID.in(
                                DSL.select(PAIRING.ID)
                                        .from(PAIRING)
                                        .where(PAIRING.ENDED_ON.lt(cutoff))));
    }

    /** The columns of the health details a service entry marks. */
    private static List<Field<String>> health() {
        return PersonalColumns.of(SERVICE_LOG, ServiceEntry.class, Personal.Kind.HEALTH);
    }

    private static ServiceEntry toEntry(ServiceLogRecord r) {
        return new ServiceEntry(
                r.getId(),
                r.getPairingId(),
                r.getOnDay(),
                ServiceKind.valueOf(r.getKind()),
                r.getHealth(),
                r.getNote());
    }
}
