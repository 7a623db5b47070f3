package org.branchdesk.store.care;

import static org.branchdesk.store.jooq.Tables.DEVELOPMENT_CASE;
import static org.branchdesk.store.jooq.Tables.DEVELOPMENT_MATERIAL;
import static org.branchdesk.store.jooq.Tables.DEVELOPMENT_PERSON;
import static org.branchdesk.store.jooq.Tables.DEVELOPMENT_STEP;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.branchdesk.domain.care.DevelopmentCase;
import org.branchdesk.domain.care.DevelopmentMaterial;
import org.branchdesk.domain.care.DevelopmentProgress.ProbationExtension;
import org.branchdesk.domain.care.DevelopmentRecord;
import org.branchdesk.domain.care.DevelopmentStep;
import org.branchdesk.domain.members.CitizenId;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.DevelopmentCaseRecord;
import org.jooq.impl.DSL;

/**
 * Development cases (发展党员), the steps taken in them with their people, and the materials of each
 * step's checklist ticked.
 */
public final class DevelopmentRepository {
    private final StoreSession s;

    public DevelopmentRepository(StoreSession s) {
        this.s = s;
    }

    /** Every case not deleted, oldest first. */
    public List<DevelopmentCase> list() {
        return s.dsl()
                .selectFrom(DEVELOPMENT_CASE)
                .where(DEVELOPMENT_CASE.DELETED.isFalse())
                .orderBy(DEVELOPMENT_CASE.CREATED_AT, DEVELOPMENT_CASE.ID)
                .fetch(DevelopmentRepository::developmentCase);
    }

    public Optional<DevelopmentCase> find(UUID id) {
        return s.dsl()
                .selectFrom(DEVELOPMENT_CASE)
                .where(DEVELOPMENT_CASE.ID.eq(id), DEVELOPMENT_CASE.DELETED.isFalse())
                .fetchOptional(DevelopmentRepository::developmentCase);
    }

    /** Cases on the register ({@code stats}). */
    public int count() {
        return s.dsl().fetchCount(DEVELOPMENT_CASE, DEVELOPMENT_CASE.DELETED.isFalse());
    }

    /** Steps recorded ({@code stats}). */
    public int countSteps() {
        return s.dsl().fetchCount(DEVELOPMENT_STEP, DEVELOPMENT_STEP.DELETED.isFalse());
    }

    private static DevelopmentCase developmentCase(DevelopmentCaseRecord r) {
        return new DevelopmentCase(
                r.getId(),
                r.getPersonId(),
                r.getName(),
                CitizenId.parse(r.getIdNumber()),
                r.getOrgId(),
                r.getFrontLine(),
                r.getPriority(),
                DevelopmentCase.State.valueOf(r.getState()),
                r.getMemberId(),
                r.getExtensionOn() == null
                        ? null
                        : new ProbationExtension(r.getExtensionOn(), r.getExtensionMonths()));
    }

    public void insert(DevelopmentCase c) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(DEVELOPMENT_CASE)
                .set(DEVELOPMENT_CASE.ID, c.id())
                .set(DEVELOPMENT_CASE.PERSON_ID, c.personId())
                .set(DEVELOPMENT_CASE.NAME, c.name())
                .set(DEVELOPMENT_CASE.ID_NUMBER, c.citizenId().value())
                .set(DEVELOPMENT_CASE.BIRTH_DATE, c.citizenId().birthDate())
                .set(DEVELOPMENT_CASE.ORG_ID, c.orgId())
                .set(DEVELOPMENT_CASE.FRONT_LINE, c.frontLine())
                .set(DEVELOPMENT_CASE.PRIORITY, c.priority())
                .set(DEVELOPMENT_CASE.STATE, c.state().name())
                .set(DEVELOPMENT_CASE.MEMBER_ID, c.memberId())
                .set(DEVELOPMENT_CASE.CREATED_AT, now)
                .set(DEVELOPMENT_CASE.UPDATED_AT, now)
                .set(DEVELOPMENT_CASE.REVISION, 1L)
                .set(DEVELOPMENT_CASE.REVISED_BY, s.officeId())
                .execute();
    }

    /** The case's state, member record, priority and extension as changed; bumps the revision. */
    public void update(DevelopmentCase c) {
        s.dsl()
                .update(DEVELOPMENT_CASE)
                .set(DEVELOPMENT_CASE.FRONT_LINE, c.frontLine())
                .set(DEVELOPMENT_CASE.PRIORITY, c.priority())
                .set(DEVELOPMENT_CASE.STATE, c.state().name())
                .set(DEVELOPMENT_CASE.MEMBER_ID, c.memberId())
                .set(
                        DEVELOPMENT_CASE.EXTENSION_ON,
                        c.extension() == null ? null : c.extension().decidedOn())
                .set(
                        DEVELOPMENT_CASE.EXTENSION_MONTHS,
                        c.extension() == null ? null : c.extension().months())
                .set(DEVELOPMENT_CASE.UPDATED_AT, s.now())
                .set(DEVELOPMENT_CASE.REVISION, DEVELOPMENT_CASE.REVISION.plus(1))
                .set(DEVELOPMENT_CASE.REVISED_BY, s.officeId())
                .where(DEVELOPMENT_CASE.ID.eq(c.id()))
                .execute();
    }

    /** The steps of every case (or of one), each case's in the procedure's order. */
    public Map<UUID, List<DevelopmentRecord>> steps(UUID caseId) {
        Map<UUID, List<UUID>> people = new HashMap<>();
        s.dsl()
                .selectFrom(DEVELOPMENT_PERSON)
                .where(DEVELOPMENT_PERSON.DELETED.isFalse())
                .and(caseId == null ? DSL.noCondition() : DEVELOPMENT_PERSON.CASE_ID.eq(caseId))
                .orderBy(DEVELOPMENT_PERSON.CREATED_AT, DEVELOPMENT_PERSON.ID)
                .forEach(
                        r ->
                                people.computeIfAbsent(r.getStepId(), k -> new ArrayList<>())
                                        .add(r.getMemberId()));
        Map<UUID, List<DevelopmentRecord>> out = new HashMap<>();
        s.dsl()
                .selectFrom(DEVELOPMENT_STEP)
                .where(DEVELOPMENT_STEP.DELETED.isFalse())
                .and(caseId == null ? DSL.noCondition() : DEVELOPMENT_STEP.CASE_ID.eq(caseId))
                .orderBy(DEVELOPMENT_STEP.TAKEN_ON, DEVELOPMENT_STEP.CREATED_AT)
                .forEach(
                        r ->
                                out.computeIfAbsent(r.getCaseId(), k -> new ArrayList<>())
                                        .add(
                                                new DevelopmentRecord(
                                                        r.getId(),
                                                        r.getCaseId(),
                                                        DevelopmentStep.valueOf(r.getStep()),
                                                        r.getTakenOn(),
                                                        r.getDocumentNumber(),
                                                        people.getOrDefault(r.getId(), List.of()),
                                                        r.getTrainingDays(),
                                                        r.getTrainingHours(),
                                                        r.getSpecialReason())));
        out.values().forEach(l -> l.sort((a, b) -> a.step().compareTo(b.step())));
        return out;
    }

    /** A step taken, with its people. */
    public void insert(DevelopmentRecord r) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(DEVELOPMENT_STEP)
                .set(DEVELOPMENT_STEP.ID, r.id())
                .set(DEVELOPMENT_STEP.CASE_ID, r.caseId())
                .set(DEVELOPMENT_STEP.STEP, r.step().name())
                .set(DEVELOPMENT_STEP.TAKEN_ON, r.on())
                .set(DEVELOPMENT_STEP.DOCUMENT_NUMBER, r.documentNumber())
                .set(DEVELOPMENT_STEP.TRAINING_DAYS, r.trainingDays())
                .set(DEVELOPMENT_STEP.TRAINING_HOURS, r.trainingHours())
                .set(DEVELOPMENT_STEP.SPECIAL_REASON, r.specialReason())
                .set(DEVELOPMENT_STEP.CREATED_AT, now)
                .set(DEVELOPMENT_STEP.UPDATED_AT, now)
                .set(DEVELOPMENT_STEP.REVISION, 1L)
                .set(DEVELOPMENT_STEP.REVISED_BY, s.officeId())
                .execute();
        for (UUID member : r.people()) {
            s.dsl()
                    .insertInto(DEVELOPMENT_PERSON)
                    .set(DEVELOPMENT_PERSON.ID, UUID.randomUUID())
                    .set(DEVELOPMENT_PERSON.CASE_ID, r.caseId())
                    .set(DEVELOPMENT_PERSON.STEP_ID, r.id())
                    .set(DEVELOPMENT_PERSON.ROLE, r.role())
                    .set(DEVELOPMENT_PERSON.MEMBER_ID, member)
                    .set(DEVELOPMENT_PERSON.CREATED_AT, now)
                    .set(DEVELOPMENT_PERSON.UPDATED_AT, now)
                    .set(DEVELOPMENT_PERSON.REVISION, 1L)
                    .set(DEVELOPMENT_PERSON.REVISED_BY, s.officeId())
                    .execute();
        }
    }

    /** The materials ticked in every case (or one), with the day each was ticked. */
    public Map<UUID, Map<DevelopmentMaterial, LocalDate>> materials(UUID caseId) {
        Map<UUID, Map<DevelopmentMaterial, LocalDate>> out = new HashMap<>();
        s.dsl()
                .selectFrom(DEVELOPMENT_MATERIAL)
                .where(DEVELOPMENT_MATERIAL.DELETED.isFalse())
                .and(caseId == null ? DSL.noCondition() : DEVELOPMENT_MATERIAL.CASE_ID.eq(caseId))
                .forEach(
                        r ->
                                out.computeIfAbsent(
                                                r.getCaseId(),
                                                k -> new EnumMap<>(DevelopmentMaterial.class))
                                        .putIfAbsent(
                                                DevelopmentMaterial.valueOf(r.getMaterial()),
                                                r.getTickedOn()));
        return out;
    }

    /** A material of a case's checklist ticked on a day. */
    public void tick(UUID caseId, DevelopmentMaterial material, LocalDate on) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(DEVELOPMENT_MATERIAL)
                .set(DEVELOPMENT_MATERIAL.ID, UUID.randomUUID())
                .set(DEVELOPMENT_MATERIAL.CASE_ID, caseId)
                .set(DEVELOPMENT_MATERIAL.MATERIAL, material.name())
                .set(DEVELOPMENT_MATERIAL.TICKED_ON, on)
                .set(DEVELOPMENT_MATERIAL.CREATED_AT, now)
                .set(DEVELOPMENT_MATERIAL.UPDATED_AT, now)
                .set(DEVELOPMENT_MATERIAL.REVISION, 1L)
                .set(DEVELOPMENT_MATERIAL.REVISED_BY, s.officeId())
                .execute();
    }
}
