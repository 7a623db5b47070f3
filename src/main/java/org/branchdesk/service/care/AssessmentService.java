package org.branchdesk.service.care;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.care.Assessment;
import org.branchdesk.domain.care.AssessmentGrade;
import org.branchdesk.domain.care.AssessmentRules;
import org.branchdesk.domain.care.Payment;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.places.Community;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.registers.ShortCodes;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;

/**
 * Each community's annual assessment: its epidemic-work score, grade and the performance reward
 * that followed. Recorded with {@code EDIT}; the rules are {@link AssessmentRules}.
 */
public final class AssessmentService {
    static final String ENTITY = "community_assessment";

    private final Store store;
    private final Actor actor;
    private final Clock clock;

    public AssessmentService(Store store, Actor actor, Clock clock) {
        this.store = store;
        this.actor = actor;
        this.clock = clock;
    }

    /** An assessment as a clerk enters it; the payment is optional. */
    public record NewAssessment(
            UUID communityId,
            Integer year,
            BigDecimal score,
            AssessmentGrade grade,
            UUID paymentId) {}

    /** Records an assessment; refused, naming the field, by the assessment rules. */
    public Assessment add(NewAssessment f) {
        if (f.communityId() == null) {
            throw new ValidationError("field.assessment.community", "rule.required");
        }
        if (f.year() == null) {
            throw new ValidationError("field.assessment.year", "rule.required");
        }
        if (f.score() == null) {
            throw new ValidationError("field.assessment.score", "rule.required");
        }
        if (f.grade() == null) {
            throw new ValidationError("field.assessment.grade", "rule.required");
        }
        int thisYear = LocalDate.now(clock).getYear();
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    Community c =
                            s.communities()
                                    .find(f.communityId())
                                    .orElseThrow(() -> new UserError("error.community.notFound"));
                    Payment p =
                            f.paymentId() == null
                                    ? null
                                    : s.payments()
                                            .find(f.paymentId())
                                            .orElseThrow(
                                                    () -> new UserError("error.payment.notFound"));
                    Assessment a =
                            new Assessment(
                                    UUID.randomUUID(),
                                    c.id(),
                                    f.year(),
                                    f.score(),
                                    f.grade(),
                                    f.paymentId());
                    AssessmentRules.check(a, thisYear, c.name(), p, s.assessments().list());
                    s.assessments().insert(a);
                    s.audit().record(actor.name(), ENTITY, a.id(), Action.CREATE, null, a);
                    return a;
                });
    }

    /**
     * An assessment as lists show it.
     *
     * @param paymentCode the performance reward's code (P…), or {@code null}
     * @param amount the reward's amount in figures, or {@code null}
     */
    public record Line(
            String code,
            String community,
            Assessment assessment,
            String paymentCode,
            String amount) {}

    /** Every assessment, by year and then community. */
    public List<Line> lines() {
        return store.read(
                s -> {
                    Map<UUID, String> names = new HashMap<>();
                    s.communities().list().forEach(c -> names.put(c.id(), c.name()));
                    List<Line> out = new ArrayList<>();
                    for (Assessment a : s.assessments().list()) {
                        Payment p =
                                a.paymentId() == null
                                        ? null
                                        : s.payments().find(a.paymentId()).orElse(null);
                        out.add(
                                new Line(
                                        ShortCodes.of('A', a.id()),
                                        names.get(a.communityId()),
                                        a,
                                        p == null ? null : ShortCodes.of('P', p.id()),
                                        p == null ? null : p.amount().value().toPlainString()));
                    }
                    return out;
                });
    }
}
