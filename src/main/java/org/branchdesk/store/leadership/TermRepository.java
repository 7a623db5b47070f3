package org.branchdesk.store.leadership;

import static org.branchdesk.store.jooq.Tables.COMMITTEE_TERM;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.leadership.Chosen;
import org.branchdesk.domain.leadership.Term;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.CommitteeTermRecord;

/** The terms of the organizations' committees, ended ones included. */
public final class TermRepository {
    private final StoreSession s;

    public TermRepository(StoreSession s) {
        this.s = s;
    }

    /** An organization's terms, oldest first. */
    public List<Term> ofOrg(UUID orgId) {
        return s.dsl()
                .selectFrom(COMMITTEE_TERM)
                .where(COMMITTEE_TERM.ORG_ID.eq(orgId).and(COMMITTEE_TERM.DELETED.isFalse()))
                .orderBy(COMMITTEE_TERM.STARTED_ON)
                .fetch(TermRepository::toTerm);
    }

    /** Every term, ended ones included, oldest first. */
    public List<Term> all() {
        return s.dsl()
                .selectFrom(COMMITTEE_TERM)
                .where(COMMITTEE_TERM.DELETED.isFalse())
                .orderBy(COMMITTEE_TERM.STARTED_ON)
                .fetch(TermRepository::toTerm);
    }

    /** Every term that has not ended. */
    public List<Term> current() {
        return s.dsl()
                .selectFrom(COMMITTEE_TERM)
                .where(COMMITTEE_TERM.ENDED_ON.isNull().and(COMMITTEE_TERM.DELETED.isFalse()))
                .fetch(TermRepository::toTerm);
    }

    /** Terms that have not ended (the register {@code stats} counts). */
    public int count() {
        return s.dsl()
                .fetchCount(
                        COMMITTEE_TERM,
                        COMMITTEE_TERM.DELETED.isFalse().and(COMMITTEE_TERM.ENDED_ON.isNull()));
    }

    public void insert(Term t) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(COMMITTEE_TERM)
                .set(COMMITTEE_TERM.ID, t.id())
                .set(COMMITTEE_TERM.ORG_ID, t.orgId())
                .set(COMMITTEE_TERM.STARTED_ON, t.startedOn())
                .set(COMMITTEE_TERM.TERM_YEARS, t.years())
                .set(COMMITTEE_TERM.CHOSEN, t.chosen().name())
                .set(COMMITTEE_TERM.DOC_NUMBER, t.docNumber())
                .set(COMMITTEE_TERM.CREATED_AT, now)
                .set(COMMITTEE_TERM.UPDATED_AT, now)
                .set(COMMITTEE_TERM.REVISION, 1L)
                .set(COMMITTEE_TERM.REVISED_BY, s.officeId())
                .execute();
    }

    public void end(UUID id, LocalDate on) {
        s.dsl()
                .update(COMMITTEE_TERM)
                .set(COMMITTEE_TERM.ENDED_ON, on)
                .set(COMMITTEE_TERM.UPDATED_AT, s.now())
                .set(COMMITTEE_TERM.REVISION, COMMITTEE_TERM.REVISION.plus(1))
                .set(COMMITTEE_TERM.REVISED_BY, s.officeId())
                .where(COMMITTEE_TERM.ID.eq(id))
                .execute();
    }

    private static Term toTerm(CommitteeTermRecord r) {
        return new Term(
                r.getId(),
                r.getOrgId(),
                r.getStartedOn(),
                r.getTermYears(),
                Chosen.valueOf(r.getChosen()),
                r.getDocNumber(),
                r.getEndedOn());
    }
}
