package org.branchdesk.domain.surveys;

import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.places.Compound;

/**
 * What a row of a compounds sheet may change of a compound the office already has (matched by
 * community and name) and of its survey: every cell the row fills; an empty cell keeps what the
 * office has.
 */
public final class CompoundMerge {
    private CompoundMerge() {}

    /** The facts a row may give. */
    public enum Given {
        ADDRESS,
        HOUSEHOLDS,
        RESIDENTS,
        BUILDINGS,
        PROPERTY_COMPANY,
        COMPETENT_UNIT,
        PROPERTY_SERVICE,
        SECURITY,
        SURVEYED_ON,
        BASIC_FACTS,
        RESIDENTS_AND_MEMBERS,
        GAPS,
        HAZARDS
    }

    public static Compound merge(Compound old, Compound row, Set<Given> given) {
        return new Compound(
                old.id(),
                old.communityId(),
                old.name(),
                given.contains(Given.ADDRESS) ? row.address() : old.address(),
                given.contains(Given.HOUSEHOLDS) ? row.households() : old.households(),
                given.contains(Given.RESIDENTS) ? row.residents() : old.residents(),
                given.contains(Given.BUILDINGS) ? row.buildings() : old.buildings(),
                given.contains(Given.PROPERTY_COMPANY)
                        ? row.propertyCompany()
                        : old.propertyCompany(),
                given.contains(Given.COMPETENT_UNIT)
                        ? row.hasCompetentUnit()
                        : old.hasCompetentUnit(),
                given.contains(Given.PROPERTY_SERVICE)
                        ? row.hasPropertyService()
                        : old.hasPropertyService(),
                given.contains(Given.SECURITY) ? row.hasSecurity() : old.hasSecurity());
    }

    /** The survey after the row ({@code old} is {@code null} when the compound had none yet). */
    public static CompoundSurvey mergeSurvey(
            CompoundSurvey old, UUID compoundId, CompoundSurvey row, Set<Given> given) {
        return new CompoundSurvey(
                compoundId,
                given.contains(Given.SURVEYED_ON) || old == null
                        ? row.surveyedOn()
                        : old.surveyedOn(),
                given.contains(Given.BASIC_FACTS) || old == null
                        ? row.basicFacts()
                        : old.basicFacts(),
                given.contains(Given.RESIDENTS_AND_MEMBERS) || old == null
                        ? row.residentsAndMembers()
                        : old.residentsAndMembers(),
                given.contains(Given.GAPS) || old == null ? row.gaps() : old.gaps(),
                given.contains(Given.HAZARDS) || old == null ? row.hazards() : old.hazards());
    }
}
