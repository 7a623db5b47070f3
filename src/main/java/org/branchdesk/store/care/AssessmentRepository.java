package org.branchdesk.store.care;

import static org.branchdesk.store.jooq.Tables.COMMUNITY_ASSESSMENT;

import java.time.OffsetDateTime;
import java.util.List;
import org.branchdesk.domain.care.Assessment;
import org.branchdesk.domain.care.AssessmentGrade;
import org.branchdesk.store.StoreSession;

/** Communities' annual assessments. */
public final class AssessmentRepository {
    private final StoreSession s;

    public AssessmentRepository(StoreSession s) {
        this.s = s;
    }

    /** Every assessment, by year. */
    public List<Assessment> list() {
        return s.dsl()
                .selectFrom(COMMUNITY_ASSESSMENT)
                .where(COMMUNITY_ASSESSMENT.DELETED.isFalse())
                .orderBy(COMMUNITY_ASSESSMENT.ASSESSED_YEAR, COMMUNITY_ASSESSMENT.CREATED_AT)
                .fetch(
                        r ->
                                new Assessment(
                                        r.getId(),
                                        r.getCommunityId(),
                                        r.getAssessedYear(),
                                        r.getScore(),
                                        AssessmentGrade.valueOf(r.getGrade()),
                                        r.getPaymentId()));
    }

    /** Assessments on the register ({@code stats}). */
    public int count() {
        return s.dsl().fetchCount(COMMUNITY_ASSESSMENT, COMMUNITY_ASSESSMENT.DELETED.isFalse());
    }

    public void insert(Assessment a) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(COMMUNITY_ASSESSMENT)
                .set(COMMUNITY_ASSESSMENT.ID, a.id())
                .set(COMMUNITY_ASSESSMENT.COMMUNITY_ID, a.communityId())
                .set(COMMUNITY_ASSESSMENT.ASSESSED_YEAR, a.year())
                .set(COMMUNITY_ASSESSMENT.SCORE, a.score())
                .set(COMMUNITY_ASSESSMENT.GRADE, a.grade().name())
                .set(COMMUNITY_ASSESSMENT.PAYMENT_ID, a.paymentId())
                .set(COMMUNITY_ASSESSMENT.CREATED_AT, now)
                .set(COMMUNITY_ASSESSMENT.UPDATED_AT, now)
                .set(COMMUNITY_ASSESSMENT.REVISION, 1L)
                .set(COMMUNITY_ASSESSMENT.REVISED_BY, s.officeId())
                .execute();
    }
}
