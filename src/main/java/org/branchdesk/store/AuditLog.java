package org.branchdesk.store;

import static org.branchdesk.store.jooq.Tables.AUDIT_LOG;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Writes who changed what, in the transaction of the change itself. */
public final class AuditLog {
    /**
     * The names the log gives the entities that more than one capability changes (a member moves
     * with its compound; a party group's leader leaves with the member).
     */
    public static final String MEMBER = "member";

    public static final String BRANCH_GROUP = "branch_group";
    public static final String TEMPORARY_BRANCH_MEMBER = "temporary_branch_member";

    /** What happened to a row. */
    public enum Action {
        CREATE,
        UPDATE,
        RENAME,
        MOVE,
        DELETE,
        EXPORT,
        PURGE,
        ACCOUNT,
        RESTORE
    }

    private final StoreSession s;

    AuditLog(StoreSession s) {
        this.s = s;
    }

    /**
     * Records a change; {@code before} is {@code null} for a creation and {@code after} for a
     * deletion. Snapshots are the domain records, written as JSON.
     */
    public void record(
            String user, String entity, UUID entityId, Action action, Record before, Record after) {
        var now = s.now();
        s.dsl()
                .insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.ID, UUID.randomUUID())
                .set(AUDIT_LOG.AT, now)
                .set(AUDIT_LOG.USER_NAME, user)
                .set(AUDIT_LOG.ENTITY, entity)
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.ACTION, action.name())
                .set(AUDIT_LOG.BEFORE_JSON, Json.of(before))
                .set(AUDIT_LOG.AFTER_JSON, Json.of(after))
                .set(AUDIT_LOG.CREATED_AT, now)
                .set(AUDIT_LOG.UPDATED_AT, now)
                .set(AUDIT_LOG.REVISION, 1L)
                .set(AUDIT_LOG.REVISED_BY, s.officeId())
                .execute();
    }

    /** Records the creation of many rows of one entity in one batch (imports). */
    public void recordAll(
            String user, String entity, Action action, List<? extends Record> created) {
        if (created.isEmpty()) {
            return;
        }
        var now = s.now();
        UUID office = s.officeId();
        for (int from = 0; from < created.size(); from += 1000) {
            var batch =
                    s.dsl()
                            .batch(
                                    s.dsl()
                                            .insertInto(
                                                    AUDIT_LOG,
                                                    List.of(
                                                            AUDIT_LOG.ID,
                                                            AUDIT_LOG.AT,
                                                            AUDIT_LOG.USER_NAME,
                                                            AUDIT_LOG.ENTITY,
                                                            AUDIT_LOG.ENTITY_ID,
                                                            AUDIT_LOG.ACTION,
                                                            AUDIT_LOG.BEFORE_JSON,
                                                            AUDIT_LOG.AFTER_JSON,
                                                            AUDIT_LOG.CREATED_AT,
                                                            AUDIT_LOG.UPDATED_AT,
                                                            AUDIT_LOG.REVISION,
                                                            AUDIT_LOG.REVISED_BY))
                                            .values(new Object[12]));
            for (Record r : created.subList(from, Math.min(created.size(), from + 1000))) {
                batch.bind(
                        UUID.randomUUID(),
                        now,
                        user,
                        entity,
                        idOf(r),
                        action.name(),
                        null,
                        Json.of(r),
                        now,
                        now,
                        1L,
                        office);
            }
            batch.execute();
        }
    }

    private static UUID idOf(Record r) {
        try {
            return (UUID) r.getClass().getMethod("id").invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("an audited record needs an id() of type UUID", e);
        }
    }

    /** Number of audit entries in all. */
    public int count() {
        return s.dsl().fetchCount(AUDIT_LOG);
    }

    /** Number of entries of one action (full exports, say). */
    public int count(Action action) {
        return s.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq(action.name()));
    }

    /** Number of audit entries for one row. */
    public int countFor(UUID entityId) {
        return s.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY_ID.eq(entityId));
    }

    /** All entries, newest first, as a list of {@code action user entity}. */
    public List<Entry> latest(int limit) {
        return s.dsl()
                .selectFrom(AUDIT_LOG)
                .orderBy(AUDIT_LOG.AT.desc())
                .limit(limit)
                .fetch(
                        r ->
                                new Entry(
                                        r.getAt().toInstant(),
                                        r.getUserName(),
                                        r.getEntity(),
                                        r.getEntityId(),
                                        Action.valueOf(r.getAction()),
                                        r.getBeforeJson(),
                                        r.getAfterJson()));
    }

    /** One audit entry. */
    public record Entry(
            Instant at,
            String user,
            String entity,
            UUID entityId,
            Action action,
            String beforeJson,
            String afterJson) {}
}
