package org.branchdesk.store.care;

import static org.branchdesk.store.jooq.Tables.COMMENDATION;
import static org.branchdesk.store.jooq.Tables.COMMENDATION_HONOREE;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.branchdesk.domain.care.Commendation;
import org.branchdesk.domain.care.CommendationLevel;
import org.branchdesk.domain.care.HonorForm;
import org.branchdesk.domain.care.Honoree;
import org.branchdesk.domain.care.Payment;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.CommendationHonoreeRecord;

/** Commendation decisions and their honorees. */
public final class CommendationRepository {
    private final StoreSession s;

    public CommendationRepository(StoreSession s) {
        this.s = s;
    }

    /** Every decision, oldest first. */
    public List<Commendation> list() {
        return s.dsl()
                .selectFrom(COMMENDATION)
                .where(COMMENDATION.DELETED.isFalse())
                .orderBy(COMMENDATION.DECIDED_ON, COMMENDATION.CREATED_AT)
                .fetch(
                        r ->
                                new Commendation(
                                        r.getId(),
                                        r.getTitle(),
                                        CommendationLevel.valueOf(r.getLevel()),
                                        r.getAwardingBody(),
                                        r.getDocumentNumber(),
                                        r.getDecidedOn()));
    }

    public Optional<Commendation> find(UUID id) {
        return list().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** A decision's honorees in the order entered; every decision's when {@code id} is null. */
    public List<Honoree> honorees(UUID commendationId) {
        return s.dsl()
                .selectFrom(COMMENDATION_HONOREE)
                .where(COMMENDATION_HONOREE.DELETED.isFalse())
                .and(
                        commendationId == null
                                ? COMMENDATION_HONOREE.ID.isNotNull()
                                : COMMENDATION_HONOREE.COMMENDATION_ID.eq(commendationId))
                .orderBy(COMMENDATION_HONOREE.CREATED_AT, COMMENDATION_HONOREE.ID)
                .fetch(CommendationRepository::honoree);
    }

    private static Honoree honoree(CommendationHonoreeRecord r) {
        RecipientKind kind = RecipientKind.valueOf(r.getRecipientKind());
        UUID id =
                switch (kind) {
                    case MEMBER -> r.getMemberId();
                    case PERSON -> r.getPersonId();
                    case ORGANIZATION -> r.getOrganizationId();
                };
        return new Honoree(
                r.getId(),
                r.getCommendationId(),
                new Payment.Recipient(kind, id, r.getHonoreeName()),
                HonorForm.valueOf(r.getForm()),
                r.getPaymentId(),
                r.getDeeds());
    }

    /** Decisions on the register ({@code stats}). */
    public int count() {
        return s.dsl().fetchCount(COMMENDATION, COMMENDATION.DELETED.isFalse());
    }

    /** Honorees on the register ({@code stats}). */
    public int countHonorees() {
        return s.dsl().fetchCount(COMMENDATION_HONOREE, COMMENDATION_HONOREE.DELETED.isFalse());
    }

    public void insert(Commendation c) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(COMMENDATION)
                .set(COMMENDATION.ID, c.id())
                .set(COMMENDATION.TITLE, c.title())
                .set(COMMENDATION.LEVEL, c.level().name())
                .set(COMMENDATION.AWARDING_BODY, c.awardingBody())
                .set(COMMENDATION.DOCUMENT_NUMBER, c.documentNumber())
                .set(COMMENDATION.DECIDED_ON, c.decidedOn())
                .set(COMMENDATION.CREATED_AT, now)
                .set(COMMENDATION.UPDATED_AT, now)
                .set(COMMENDATION.REVISION, 1L)
                .set(COMMENDATION.REVISED_BY, s.officeId())
                .execute();
    }

    public void insert(Honoree h) {
        OffsetDateTime now = s.now();
        Payment.Recipient who = h.who();
        s.dsl()
                .insertInto(COMMENDATION_HONOREE)
                .set(COMMENDATION_HONOREE.ID, h.id())
                .set(COMMENDATION_HONOREE.COMMENDATION_ID, h.commendationId())
                .set(COMMENDATION_HONOREE.RECIPIENT_KIND, who.kind().name())
                .set(
                        COMMENDATION_HONOREE.MEMBER_ID,
                        who.kind() == RecipientKind.MEMBER ? who.id() : null)
                .set(
                        COMMENDATION_HONOREE.PERSON_ID,
                        who.kind() == RecipientKind.PERSON ? who.id() : null)
                .set(
                        COMMENDATION_HONOREE.ORGANIZATION_ID,
                        who.kind() == RecipientKind.ORGANIZATION ? who.id() : null)
                .set(COMMENDATION_HONOREE.HONOREE_NAME, who.name())
                .set(COMMENDATION_HONOREE.FORM, h.form().name())
                .set(COMMENDATION_HONOREE.PAYMENT_ID, h.paymentId())
                .set(COMMENDATION_HONOREE.DEEDS, h.deeds())
                .set(COMMENDATION_HONOREE.CREATED_AT, now)
                .set(COMMENDATION_HONOREE.UPDATED_AT, now)
                .set(COMMENDATION_HONOREE.REVISION, 1L)
                .set(COMMENDATION_HONOREE.REVISED_BY, s.officeId())
                .execute();
    }

    /** A honoree's deeds told again (a correction): the revision goes up. */
    public void updateDeeds(UUID honoreeId, String deeds) {
        s.dsl()
                .update(COMMENDATION_HONOREE)
                .set(COMMENDATION_HONOREE.DEEDS, deeds)
                .set(COMMENDATION_HONOREE.UPDATED_AT, s.now())
                .set(COMMENDATION_HONOREE.REVISION, COMMENDATION_HONOREE.REVISION.plus(1))
                .set(COMMENDATION_HONOREE.REVISED_BY, s.officeId())
                .where(COMMENDATION_HONOREE.ID.eq(honoreeId))
                .execute();
    }
}
