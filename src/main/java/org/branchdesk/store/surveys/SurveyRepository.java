package org.branchdesk.store.surveys;

import static org.branchdesk.store.jooq.Tables.COMPOUND_SURVEY;
import static org.branchdesk.store.jooq.Tables.SURVEY_ITEM;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.branchdesk.domain.surveys.CompoundSurvey;
import org.branchdesk.domain.surveys.SurveyItem;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.SurveyItemRecord;
import org.jooq.Field;

/** Compound surveys (one per compound) and their gap and hazard items. */
public final class SurveyRepository {
    private final StoreSession s;

    public SurveyRepository(StoreSession s) {
        this.s = s;
    }

    public Optional<CompoundSurvey> find(UUID compoundId) {
        return s.dsl()
                .selectFrom(COMPOUND_SURVEY)
                .where(
                        COMPOUND_SURVEY
                                .COMPOUND_ID
                                .eq(compoundId)
                                .and(COMPOUND_SURVEY.DELETED.isFalse()))
                .limit(1)
                .fetchOptional(
                        r ->
                                new CompoundSurvey(
                                        r.getCompoundId(),
                                        r.getSurveyedOn(),
                                        r.getBasicFacts(),
                                        r.getResidentsAndMembers(),
                                        r.getGaps(),
                                        r.getHazards()));
    }

    /** Every compound's survey, by compound. */
    public Map<UUID, CompoundSurvey> all() {
        Map<UUID, CompoundSurvey> map = new HashMap<>();
        s.dsl()
                .selectFrom(COMPOUND_SURVEY)
                .where(COMPOUND_SURVEY.DELETED.isFalse())
                .forEach(
                        r ->
                                map.put(
                                        r.getCompoundId(),
                                        new CompoundSurvey(
                                                r.getCompoundId(),
                                                r.getSurveyedOn(),
                                                r.getBasicFacts(),
                                                r.getResidentsAndMembers(),
                                                r.getGaps(),
                                                r.getHazards())));
        return map;
    }

    /** Records a compound's survey, replacing the one it had. */
    public void save(CompoundSurvey survey) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(COMPOUND_SURVEY.SURVEYED_ON, survey.surveyedOn());
        v.put(COMPOUND_SURVEY.BASIC_FACTS, survey.basicFacts());
        v.put(COMPOUND_SURVEY.RESIDENTS_AND_MEMBERS, survey.residentsAndMembers());
        v.put(COMPOUND_SURVEY.GAPS, survey.gaps());
        v.put(COMPOUND_SURVEY.HAZARDS, survey.hazards());
        OffsetDateTime now = s.now();
        int updated =
                s.dsl()
                        .update(COMPOUND_SURVEY)
                        .set(v)
                        .set(COMPOUND_SURVEY.UPDATED_AT, now)
                        .set(COMPOUND_SURVEY.REVISION, COMPOUND_SURVEY.REVISION.plus(1))
                        .set(COMPOUND_SURVEY.REVISED_BY, s.officeId())
                        .where(
                                COMPOUND_SURVEY
                                        .COMPOUND_ID
                                        .eq(survey.compoundId())
                                        .and(COMPOUND_SURVEY.DELETED.isFalse()))
                        .execute();
        if (updated == 0) {
            s.dsl()
                    .insertInto(COMPOUND_SURVEY)
                    .set(COMPOUND_SURVEY.ID, UUID.randomUUID())
                    .set(COMPOUND_SURVEY.COMPOUND_ID, survey.compoundId())
                    .set(v)
                    .set(COMPOUND_SURVEY.CREATED_AT, now)
                    .set(COMPOUND_SURVEY.UPDATED_AT, now)
                    .set(COMPOUND_SURVEY.REVISION, 1L)
                    .set(COMPOUND_SURVEY.REVISED_BY, s.officeId())
                    .execute();
        }
    }

    public int countSurveys() {
        return s.dsl().fetchCount(COMPOUND_SURVEY, COMPOUND_SURVEY.DELETED.isFalse());
    }

    public List<SurveyItem> items() {
        return s.dsl()
                .selectFrom(SURVEY_ITEM)
                .where(SURVEY_ITEM.DELETED.isFalse())
                .orderBy(SURVEY_ITEM.CREATED_AT)
                .fetch(SurveyRepository::toItem);
    }

    public List<SurveyItem> itemsOf(UUID compoundId) {
        return s.dsl()
                .selectFrom(SURVEY_ITEM)
                .where(SURVEY_ITEM.COMPOUND_ID.eq(compoundId).and(SURVEY_ITEM.DELETED.isFalse()))
                .orderBy(SURVEY_ITEM.CREATED_AT)
                .fetch(SurveyRepository::toItem);
    }

    public Optional<SurveyItem> findItem(UUID id) {
        return s.dsl()
                .selectFrom(SURVEY_ITEM)
                .where(SURVEY_ITEM.ID.eq(id).and(SURVEY_ITEM.DELETED.isFalse()))
                .fetchOptional(SurveyRepository::toItem);
    }

    public int countItems() {
        return s.dsl().fetchCount(SURVEY_ITEM, SURVEY_ITEM.DELETED.isFalse());
    }

    public void insertItem(SurveyItem item) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(SURVEY_ITEM)
                .set(SURVEY_ITEM.ID, item.id())
                .set(itemValues(item))
                .set(SURVEY_ITEM.CREATED_AT, now)
                .set(SURVEY_ITEM.UPDATED_AT, now)
                .set(SURVEY_ITEM.REVISION, 1L)
                .set(SURVEY_ITEM.REVISED_BY, s.officeId())
                .execute();
    }

    public void updateItem(SurveyItem item) {
        s.dsl()
                .update(SURVEY_ITEM)
                .set(itemValues(item))
                .set(SURVEY_ITEM.UPDATED_AT, s.now())
                .set(SURVEY_ITEM.REVISION, SURVEY_ITEM.REVISION.plus(1))
                .set(SURVEY_ITEM.REVISED_BY, s.officeId())
                .where(SURVEY_ITEM.ID.eq(item.id()))
                .execute();
    }

    private static Map<Field<?>, Object> itemValues(SurveyItem i) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(SURVEY_ITEM.COMPOUND_ID, i.compoundId());
        v.put(SURVEY_ITEM.KIND, i.kind().name());
        v.put(SURVEY_ITEM.DESCRIPTION, i.description());
        v.put(SURVEY_ITEM.RESPONSIBLE, i.responsible());
        v.put(SURVEY_ITEM.DEADLINE, i.deadline());
        v.put(SURVEY_ITEM.STATUS, i.status().name());
        v.put(SURVEY_ITEM.CLOSED_ON, i.closedOn());
        return v;
    }

    private static SurveyItem toItem(SurveyItemRecord r) {
        return new SurveyItem(
                r.getId(),
                r.getCompoundId(),
                SurveyItem.Kind.valueOf(r.getKind()),
                r.getDescription(),
                r.getResponsible(),
                r.getDeadline(),
                SurveyItem.Status.valueOf(r.getStatus()),
                r.getClosedOn());
    }
}
