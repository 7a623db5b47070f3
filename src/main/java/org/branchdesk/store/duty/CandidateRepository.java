package org.branchdesk.store.duty;

import static org.branchdesk.store.jooq.Tables.MEMBER;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.branchdesk.store.StoreSession;
import org.jooq.impl.DSL;

/**
 * Which members a name on a command line may mean: the members on the register now whose name it
 * is, or whose short code (M and the first eight hex digits of the id) it is, read in one query.
 */
public final class CandidateRepository {
    private final StoreSession s;

    public CandidateRepository(StoreSession s) {
        this.s = s;
    }

    /** A member who may be meant, with the ID number to tell namesakes apart. */
    public record Candidate(UUID id, String name, String idNumber) {}

    /**
     * Members on the register with this name, or whose id starts with {@code idPrefix} (eight hex
     * digits, or {@code null}), by ID number.
     */
    public List<Candidate> members(String name, String idPrefix) {
        String like = idPrefix == null ? "-" : idPrefix.toLowerCase(Locale.ROOT) + "%";
        return s.dsl()
                .select(MEMBER.ID, MEMBER.NAME, MEMBER.ID_NUMBER)
                .from(MEMBER)
                .where(MEMBER.DELETED.isFalse().and(MEMBER.DEPARTURE.isNull()))
                .and(MEMBER.NAME.eq(name).or(DSL.cast(MEMBER.ID, String.class).like(like)))
                .orderBy(MEMBER.ID_NUMBER)
                .fetch(r -> new Candidate(r.value1(), r.value2(), r.value3()));
    }
}
