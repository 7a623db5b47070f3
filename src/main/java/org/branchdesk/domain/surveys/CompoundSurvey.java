package org.branchdesk.domain.surveys;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Fields;
import org.branchdesk.domain.common.ValidationError;

/**
 * A compound's survey (排查摸底): when it was surveyed and the "four clears" (四清) as recorded — basic
 * facts, residents and members, management/service gaps, conflicts and hazards. "None found" is a
 * record too (write 无).
 */
public record CompoundSurvey(
        UUID compoundId,
        LocalDate surveyedOn,
        String basicFacts,
        String residentsAndMembers,
        String gaps,
        String hazards) {
    public static final int MAX_TEXT = 2000;

    public CompoundSurvey {
        Objects.requireNonNull(compoundId, "compoundId");
    }

    public static CompoundSurvey of(
            UUID compoundId,
            LocalDate surveyedOn,
            String basicFacts,
            String residentsAndMembers,
            String gaps,
            String hazards,
            LocalDate today) {
        if (surveyedOn != null && surveyedOn.isAfter(today)) {
            throw new ValidationError("field.survey.surveyedOn", "rule.dateInFuture");
        }
        return new CompoundSurvey(
                compoundId,
                surveyedOn,
                Fields.optional("field.survey.basicFacts", basicFacts, MAX_TEXT),
                Fields.optional("field.survey.residentsAndMembers", residentsAndMembers, MAX_TEXT),
                Fields.optional("field.survey.gaps", gaps, MAX_TEXT),
                Fields.optional("field.survey.hazards", hazards, MAX_TEXT));
    }

    /** Four-clear (四清): all four points are recorded. */
    public boolean isFourClear() {
        return basicFacts != null && residentsAndMembers != null && gaps != null && hazards != null;
    }

    /** How many of the four points are recorded (0-4), for progress. */
    public int pointsRecorded() {
        int n = 0;
        for (String s : new String[] {basicFacts, residentsAndMembers, gaps, hazards}) {
            if (s != null) {
                n++;
            }
        }
        return n;
    }
}
