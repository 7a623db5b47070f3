package org.branchdesk.store.leadership;

import static org.branchdesk.store.jooq.Tables.ELECTION;
import static org.branchdesk.store.jooq.Tables.ELECTION_CANDIDATE;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.branchdesk.domain.leadership.Election;
import org.branchdesk.domain.leadership.Position;
import org.branchdesk.domain.leadership.Source;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.ElectionCandidateRecord;
import org.branchdesk.store.jooq.tables.records.ElectionRecord;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** The renewals of the organizations' committees, step by step, with their candidates. */
public final class ElectionRepository {
    private final StoreSession s;

    public ElectionRepository(StoreSession s) {
        this.s = s;
    }

    public Optional<Election> find(UUID id) {
        ElectionRecord r =
                s.dsl()
                        .selectFrom(ELECTION)
                        .where(ELECTION.ID.eq(id).and(ELECTION.DELETED.isFalse()))
                        .fetchOne();
        return r == null ? Optional.empty() : Optional.of(toElection(r, candidates(id)));
    }

    /** An organization's renewals, oldest first. */
    public List<Election> ofOrg(UUID orgId) {
        return list(ELECTION.ORG_ID.eq(orgId));
    }

    /** Every renewal, oldest first. */
    public List<Election> all() {
        return list(DSL.noCondition());
    }

    private List<Election> list(Condition where) {
        List<ElectionRecord> rows =
                s.dsl()
                        .selectFrom(ELECTION)
                        .where(where.and(ELECTION.DELETED.isFalse()))
                        .orderBy(ELECTION.REQUESTED_ON, ELECTION.CREATED_AT)
                        .fetch();
        Map<UUID, List<Election.Candidate>> byElection = new HashMap<>();
        s.dsl()
                .selectFrom(ELECTION_CANDIDATE)
                .where(
                        ELECTION_CANDIDATE
                                .ELECTION_ID
                                .in(rows.stream().map(ElectionRecord::getId).toList())
                                .and(ELECTION_CANDIDATE.DELETED.isFalse()))
                .orderBy(ELECTION_CANDIDATE.ORDINAL)
                .forEach(
                        c ->
                                byElection
                                        .computeIfAbsent(c.getElectionId(), k -> new ArrayList<>())
                                        .add(toCandidate(c)));
        return rows.stream()
                .map(r -> toElection(r, byElection.getOrDefault(r.getId(), List.of())))
                .toList();
    }

    public int count() {
        return s.dsl().fetchCount(ELECTION, ELECTION.DELETED.isFalse());
    }

    /**
     * Marks a renewal deleted (an abandoned one); its rows stay, for the exchange and the audit.
     */
    public void delete(UUID id) {
        s.dsl()
                .update(ELECTION)
                .set(ELECTION.DELETED, true)
                .set(ELECTION.UPDATED_AT, s.now())
                .set(ELECTION.REVISION, ELECTION.REVISION.plus(1))
                .set(ELECTION.REVISED_BY, s.officeId())
                .where(ELECTION.ID.eq(id))
                .execute();
    }

    /** Candidates of every renewal as recorded now (a correction replaces them). */
    public int candidateCount() {
        return s.dsl().fetchCount(ELECTION_CANDIDATE, ELECTION_CANDIDATE.DELETED.isFalse());
    }

    /** Writes an election and its candidates, new or changed (the candidates are replaced). */
    public void save(Election e) {
        OffsetDateTime now = s.now();
        boolean exists = s.dsl().fetchExists(ELECTION, ELECTION.ID.eq(e.id()));
        ElectionRecord r = s.dsl().newRecord(ELECTION);
        r.setId(e.id());
        r.setOrgId(e.orgId());
        r.setSeats(e.seats());
        r.setRequestedOn(e.request() == null ? null : e.request().on());
        r.setRequestDoc(e.request() == null ? null : e.request().docNumber());
        r.setRepliedOn(e.reply() == null ? null : e.reply().on());
        r.setReplyDoc(e.reply() == null ? null : e.reply().docNumber());
        r.setMeetingOn(e.meeting() == null ? null : e.meeting().on());
        r.setEntitled(e.meeting() == null ? null : e.meeting().entitled());
        r.setPresent(e.meeting() == null ? null : e.meeting().present());
        r.setReportedOn(e.report() == null ? null : e.report().on());
        r.setReportDoc(e.report() == null ? null : e.report().docNumber());
        r.setApprovedOn(e.approval() == null ? null : e.approval().on());
        r.setApprovalDoc(e.approval() == null ? null : e.approval().docNumber());
        r.setUpdatedAt(now);
        r.setRevisedBy(s.officeId());
        if (exists) {
            s.dsl()
                    .update(ELECTION)
                    .set(r)
                    .set(ELECTION.REVISION, ELECTION.REVISION.plus(1))
                    .where(ELECTION.ID.eq(e.id()))
                    .execute();
        } else {
            r.setCreatedAt(now);
            r.setRevision(1L);
            s.dsl().insertInto(ELECTION).set(r).execute();
        }
        // a correction before approval: the earlier rows stay, marked deleted, for the exchange
        s.dsl()
                .update(ELECTION_CANDIDATE)
                .set(ELECTION_CANDIDATE.DELETED, true)
                .set(ELECTION_CANDIDATE.UPDATED_AT, now)
                .set(ELECTION_CANDIDATE.REVISION, ELECTION_CANDIDATE.REVISION.plus(1))
                .set(ELECTION_CANDIDATE.REVISED_BY, s.officeId())
                .where(
                        ELECTION_CANDIDATE
                                .ELECTION_ID
                                .eq(e.id())
                                .and(ELECTION_CANDIDATE.DELETED.isFalse()))
                .execute();
        int ordinal = 0;
        for (Election.Candidate c : e.candidates()) {
            s.dsl()
                    .insertInto(ELECTION_CANDIDATE)
                    .set(ELECTION_CANDIDATE.ID, UUID.randomUUID())
                    .set(ELECTION_CANDIDATE.ELECTION_ID, e.id())
                    .set(ELECTION_CANDIDATE.ORDINAL, ordinal++)
                    .set(ELECTION_CANDIDATE.MEMBER_ID, c.memberId())
                    .set(ELECTION_CANDIDATE.VOTES, c.votes())
                    .set(ELECTION_CANDIDATE.ELECTED, c.elected())
                    .set(
                            ELECTION_CANDIDATE.POSITION,
                            c.position() == null ? null : c.position().name())
                    .set(ELECTION_CANDIDATE.CONCURRENT_DUTY, c.concurrentDuty())
                    .set(ELECTION_CANDIDATE.SOURCE, c.source() == null ? null : c.source().name())
                    .set(ELECTION_CANDIDATE.STANDING_EXCEPTION, c.standingException())
                    .set(ELECTION_CANDIDATE.CREATED_AT, now)
                    .set(ELECTION_CANDIDATE.UPDATED_AT, now)
                    .set(ELECTION_CANDIDATE.REVISION, 1L)
                    .set(ELECTION_CANDIDATE.REVISED_BY, s.officeId())
                    .execute();
        }
    }

    private List<Election.Candidate> candidates(UUID electionId) {
        return s.dsl()
                .selectFrom(ELECTION_CANDIDATE)
                .where(
                        ELECTION_CANDIDATE
                                .ELECTION_ID
                                .eq(electionId)
                                .and(ELECTION_CANDIDATE.DELETED.isFalse()))
                .orderBy(ELECTION_CANDIDATE.ORDINAL)
                .fetch(ElectionRepository::toCandidate);
    }

    private static Election.Candidate toCandidate(ElectionCandidateRecord c) {
        return new Election.Candidate(
                c.getMemberId(),
                c.getVotes(),
                c.getElected(),
                c.getPosition() == null ? null : Position.valueOf(c.getPosition()),
                c.getConcurrentDuty(),
                c.getSource() == null ? null : Source.valueOf(c.getSource()),
                c.getStandingException());
    }

    private static Election toElection(ElectionRecord r, List<Election.Candidate> candidates) {
        return new Election(
                r.getId(),
                r.getOrgId(),
                r.getSeats(),
                r.getRequestedOn() == null
                        ? null
                        : new Election.Step(r.getRequestedOn(), r.getRequestDoc()),
                r.getRepliedOn() == null
                        ? null
                        : new Election.Step(r.getRepliedOn(), r.getReplyDoc()),
                r.getMeetingOn() == null
                        ? null
                        : new Election.Meeting(r.getMeetingOn(), r.getEntitled(), r.getPresent()),
                r.getReportedOn() == null
                        ? null
                        : new Election.Step(r.getReportedOn(), r.getReportDoc()),
                r.getApprovedOn() == null
                        ? null
                        : new Election.Step(r.getApprovedOn(), r.getApprovalDoc()),
                candidates);
    }
}
