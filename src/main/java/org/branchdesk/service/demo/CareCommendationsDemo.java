package org.branchdesk.service.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchdesk.domain.care.Assessment;
import org.branchdesk.domain.care.AssessmentGrade;
import org.branchdesk.domain.care.AssessmentRules;
import org.branchdesk.domain.care.Commendation;
import org.branchdesk.domain.care.CommendationLevel;
import org.branchdesk.domain.care.CommendationRules;
import org.branchdesk.domain.care.HonorForm;
import org.branchdesk.domain.care.Honoree;
import org.branchdesk.domain.care.Payment;
import org.branchdesk.domain.care.PaymentKind;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.domain.places.Community;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.sheets.CsvFile;
import org.branchdesk.service.sheets.SheetRow;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.StoreSession;

/**
 * Loads the commendations of the demo street's 2020 ({@code seeds/demo/care/}): the street's own
 * decisions, one from the district and one from the city, their honorees (certificates: the demo
 * has no commendation-reward payments to link yet), and each community's 2020 assessment. Every row
 * goes through the domain's rules; whatever is already there is left alone, so loading again
 * changes nothing.
 */
final class CareCommendationsDemo {
    static final String PREFIX = "care-";

    private CareCommendationsDemo() {}

    /** Adds what is missing inside the demo's transaction; the number of rows added. */
    static int load(StoreSession s, Actor actor) {
        return decisions(s, actor) + honorees(s, actor) + assessments(s, actor);
    }

    private static int decisions(StoreSession s, Actor actor) {
        int added = 0;
        for (SheetRow r : rows("commendations.csv")) {
            LocalDate on = LocalDate.parse(r.cell(4));
            if (decision(s, r.cell(0), on) != null) {
                continue;
            }
            Commendation c =
                    Commendation.of(
                            UUID.randomUUID(),
                            r.cell(0),
                            DutyDemo.label(
                                    CommendationLevel.values(), "commendationLevel.", r.cell(1)),
                            r.cell(2),
                            r.cell(3),
                            on);
            s.commendations().insert(c);
            s.audit().record(actor.name(), "commendation", c.id(), Action.CREATE, null, c);
            added++;
        }
        return added;
    }

    private static Commendation decision(StoreSession s, String title, LocalDate on) {
        return s.commendations().list().stream()
                .filter(c -> c.title().equals(title) && c.decidedOn().equals(on))
                .findFirst()
                .orElse(null);
    }

    private static int honorees(StoreSession s, Actor actor) {
        int added = 0;
        Map<String, Member> members = s.members().byIdNumber();
        List<Person> people = s.people().list();
        for (SheetRow r : rows("honorees.csv")) {
            Commendation c = decision(s, r.cell(0), LocalDate.parse(r.cell(1)));
            if (c == null) {
                throw new UserError("error.demo.invalidSeeds", r.cell(0));
            }
            RecipientKind kind =
                    DutyDemo.label(RecipientKind.values(), "recipientKind.", r.cell(2));
            Member m = kind == RecipientKind.MEMBER ? members.get(r.cell(4)) : null;
            UUID id =
                    switch (kind) {
                        case MEMBER -> m == null ? null : m.id();
                        case PERSON ->
                                people.stream()
                                        .filter(
                                                p ->
                                                        p.citizenId() != null
                                                                && p.citizenId()
                                                                        .value()
                                                                        .equals(r.cell(4)))
                                        .map(Person::id)
                                        .findFirst()
                                        .orElse(null);
                        case ORGANIZATION ->
                                s.orgs().findByName(r.cell(3)).stream()
                                        .filter(PartyOrg::isActive)
                                        .map(PartyOrg::id)
                                        .findFirst()
                                        .orElse(null);
                    };
            if (id == null) {
                throw new UserError("error.demo.invalidSeeds", r.cell(3));
            }
            Payment.Recipient who = new Payment.Recipient(kind, id, r.cell(3));
            List<Honoree> listed = s.commendations().honorees(c.id());
            if (!CommendationRules.listedOnce(listed, who)) {
                continue;
            }
            Payment reward =
                    r.cell(6).isBlank()
                            ? null
                            : payment(s, PaymentKind.COMMENDATION_REWARD, who.name(), r.cell(6));
            Honoree h =
                    new Honoree(
                            UUID.randomUUID(),
                            c.id(),
                            who,
                            reward == null ? HonorForm.CERTIFICATE : HonorForm.REWARD,
                            reward == null ? null : reward.id(),
                            r.cell(5));
            CommendationRules.checkHonoree(
                    c,
                    h,
                    m == null ? null : m.standing(),
                    m == null ? null : m.fullOn(),
                    reward,
                    listed,
                    s.commendations().honorees(null));
            s.commendations().insert(h);
            s.audit().record(actor.name(), "commendation_honoree", h.id(), Action.CREATE, null, h);
            added++;
        }
        return added;
    }

    private static int assessments(StoreSession s, Actor actor) {
        int added = 0;
        int thisYear = s.now().getYear();
        for (SheetRow r : rows("assessments.csv")) {
            Community c =
                    s.communities()
                            .findByName(r.cell(0))
                            .orElseThrow(() -> new UserError("error.demo.invalidSeeds", r.cell(0)));
            int year = Integer.parseInt(r.cell(1));
            List<Assessment> existing = s.assessments().list();
            if (!AssessmentRules.oncePerYear(existing, c.id(), year)) {
                continue;
            }
            Payment reward =
                    r.cell(4).isBlank()
                            ? null
                            : payment(s, PaymentKind.PERFORMANCE_REWARD, r.cell(4), r.cell(5));
            Assessment a =
                    new Assessment(
                            UUID.randomUUID(),
                            c.id(),
                            year,
                            new BigDecimal(r.cell(2)),
                            DutyDemo.label(AssessmentGrade.values(), "assessmentGrade.", r.cell(3)),
                            reward == null ? null : reward.id());
            AssessmentRules.check(a, thisYear, c.name(), reward, existing);
            s.assessments().insert(a);
            s.audit().record(actor.name(), "community_assessment", a.id(), Action.CREATE, null, a);
            added++;
        }
        return added;
    }

    /**
     * The demo payment of a kind to a recipient of that name for that reason (care-payments' demo,
     * loaded before this one).
     */
    private static Payment payment(StoreSession s, PaymentKind kind, String to, String reason) {
        return s.payments().list(null).stream()
                .filter(p -> p.kind() == kind)
                .filter(p -> p.recipient().name().equals(to) && p.reason().equals(reason))
                .findFirst()
                .orElseThrow(() -> new UserError("error.demo.invalidSeeds", reason));
    }

    private static List<SheetRow> rows(String file) {
        List<SheetRow> all =
                CsvFile.parse(
                        new String(DemoService.resource(PREFIX + file), StandardCharsets.UTF_8));
        return all.subList(Math.min(1, all.size()), all.size()).stream()
                .filter(r -> !r.isBlank())
                .toList();
    }
}
