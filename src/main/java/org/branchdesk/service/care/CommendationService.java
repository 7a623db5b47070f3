package org.branchdesk.service.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.care.Commendation;
import org.branchdesk.domain.care.CommendationLevel;
import org.branchdesk.domain.care.CommendationRules;
import org.branchdesk.domain.care.HonorForm;
import org.branchdesk.domain.care.Honoree;
import org.branchdesk.domain.care.Payment;
import org.branchdesk.domain.care.PaymentKind;
import org.branchdesk.domain.care.PaymentState;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.registers.ShortCodes;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;

/**
 * Commendation decisions (表彰决定) and their honorees, recorded with the clerk's {@code EDIT}
 * permission. The rules are the domain's ({@link CommendationRules}); this service loads what they
 * need and keeps the result. Lists show names only, so a supervisor reads the same.
 */
public final class CommendationService {
    static final String ENTITY = "commendation";
    static final String HONOREE = "commendation_honoree";

    /** The letter of a decision's short code (C and the first eight hex digits of its id). */
    public static final char CODE = 'C';

    private final Store store;
    private final Actor actor;
    private final Clock clock;

    public CommendationService(Store store, Actor actor, Clock clock) {
        this.store = store;
        this.actor = actor;
        this.clock = clock;
    }

    /** A decision as a clerk enters it. */
    public record NewCommendation(
            String title,
            CommendationLevel level,
            String awardingBody,
            String documentNumber,
            LocalDate decidedOn) {}

    /** Records a decision; refused, naming the field, when incomplete or dated after today. */
    public Commendation add(NewCommendation f) {
        Commendation c =
                Commendation.of(
                        UUID.randomUUID(),
                        f.title(),
                        f.level(),
                        f.awardingBody(),
                        f.documentNumber(),
                        f.decidedOn());
        if (c.decidedOn().isAfter(LocalDate.now(clock))) {
            throw new ValidationError("field.commendation.on", "rule.dateInFuture");
        }
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    s.commendations().insert(c);
                    s.audit().record(actor.name(), ENTITY, c.id(), Action.CREATE, null, c);
                    return c;
                });
    }

    /**
     * An honoree as a clerk lists one: who (a register and record), the reward's payment or none
     * for a certificate, and the deeds.
     */
    public record NewHonoree(
            UUID commendationId,
            RecipientKind kind,
            UUID recipientId,
            UUID paymentId,
            String deeds) {}

    /** Lists an honoree on a decision; refused, naming the field, by the commendation rules. */
    public Honoree honor(NewHonoree f) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    Commendation c = commendation(s, f.commendationId());
                    Payment.Recipient who = recipient(s, f.kind(), f.recipientId());
                    Member m =
                            who.kind() == RecipientKind.MEMBER
                                    ? s.members().find(who.id()).orElseThrow()
                                    : null;
                    Payment payment =
                            f.paymentId() == null
                                    ? null
                                    : s.payments()
                                            .find(f.paymentId())
                                            .orElseThrow(
                                                    () -> new UserError("error.payment.notFound"));
                    String deeds = Text.emptyToNull(f.deeds());
                    Honoree h =
                            new Honoree(
                                    UUID.randomUUID(),
                                    c.id(),
                                    who,
                                    payment == null ? HonorForm.CERTIFICATE : HonorForm.REWARD,
                                    f.paymentId(),
                                    deeds == null ? "" : deeds);
                    CommendationRules.checkHonoree(
                            c,
                            h,
                            m == null ? null : m.standing(),
                            m == null ? null : m.fullOn(),
                            payment,
                            s.commendations().honorees(c.id()),
                            s.commendations().honorees(null));
                    s.commendations().insert(h);
                    s.audit().record(actor.name(), HONOREE, h.id(), Action.CREATE, null, h);
                    return h;
                });
    }

    /** Tells an honoree's deeds again (a correction); refused by the deeds rule. */
    public Honoree retell(UUID honoreeId, String deeds) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    Honoree before =
                            s.commendations().honorees(null).stream()
                                    .filter(h -> h.id().equals(honoreeId))
                                    .findFirst()
                                    .orElseThrow(
                                            () -> new UserError("error.commendation.notFound"));
                    if (!CommendationRules.deedsFit(deeds)) {
                        throw new ValidationError(
                                "field.honoree.deeds",
                                "rule.commendation.deeds",
                                CommendationRules.DEEDS_MIN,
                                CommendationRules.DEEDS_MAX);
                    }
                    String told = Text.emptyToNull(deeds);
                    Honoree after =
                            new Honoree(
                                    before.id(),
                                    before.commendationId(),
                                    before.who(),
                                    before.form(),
                                    before.paymentId(),
                                    told);
                    s.commendations().updateDeeds(honoreeId, told);
                    s.audit()
                            .record(actor.name(), HONOREE, honoreeId, Action.UPDATE, before, after);
                    return after;
                });
    }

    static Commendation commendation(StoreSession s, UUID id) {
        return s.commendations()
                .find(id)
                .orElseThrow(() -> new UserError("error.commendation.notFound"));
    }

    /** The honoree's name on its register now; refused when it is not there. */
    private static Payment.Recipient recipient(StoreSession s, RecipientKind kind, UUID id) {
        if (kind == null || id == null) {
            throw new ValidationError("field.honoree.who", "rule.required");
        }
        String name =
                switch (kind) {
                    case MEMBER ->
                            s.members()
                                    .find(id)
                                    .filter(Member::isActive)
                                    .map(Member::name)
                                    .orElse(null);
                    case PERSON ->
                            s.people()
                                    .find(id)
                                    .filter(Person::isActive)
                                    .map(Person::name)
                                    .orElse(null);
                    case ORGANIZATION ->
                            s.orgs()
                                    .find(id)
                                    .filter(PartyOrg::isActive)
                                    .map(PartyOrg::name)
                                    .orElse(null);
                };
        if (name == null) {
            throw new ValidationError("field.honoree.who", "rule.commendation.noHonoree");
        }
        return new Payment.Recipient(kind, id, name);
    }

    /** The decision a code names (C and the first eight hex digits of its id). */
    public UUID coded(String code) {
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        List<UUID> hits =
                store.read(s -> s.commendations().list()).stream()
                        .map(Commendation::id)
                        .filter(id -> ShortCodes.of(CODE, id).equals(c))
                        .toList();
        if (hits.size() != 1) {
            throw new UserError("error.commendation.notFound");
        }
        return hits.get(0);
    }

    /**
     * One honoree as lists, the ledger and the notice show it.
     *
     * @param affiliation a member's organization, a person's kind; empty for an organization
     * @param paymentCode the reward's payment code (P…), or {@code null}
     * @param amount the reward's amount in figures ({@code 500.00}), or {@code null}
     */
    public record HonoreeLine(
            Honoree honoree, String affiliation, String paymentCode, String amount) {}

    /**
     * A decision as lists show it, with its honorees.
     *
     * @param number the document number: the outside one, else the number its notice was issued
     *     with, else {@code null}
     */
    public record Line(
            String code, Commendation commendation, String number, List<HonoreeLine> honorees) {}

    /** Every decision with its honorees, oldest first. */
    public List<Line> lines() {
        return store.read(CommendationService::lines);
    }

    /** One decision with its honorees. */
    public Line line(UUID id) {
        return store.read(s -> line(s, commendation(s, id)));
    }

    static List<Line> lines(StoreSession s) {
        List<Line> out = new ArrayList<>();
        for (Commendation c : s.commendations().list()) {
            out.add(line(s, c));
        }
        return out;
    }

    static Line line(StoreSession s, Commendation c) {
        List<HonoreeLine> hs = new ArrayList<>();
        for (Honoree h : s.commendations().honorees(c.id())) {
            Payment p =
                    h.paymentId() == null ? null : s.payments().find(h.paymentId()).orElse(null);
            hs.add(
                    new HonoreeLine(
                            h,
                            affiliation(s, h.who()),
                            p == null ? null : ShortCodes.of('P', p.id()),
                            p == null ? null : p.amount().value().toPlainString()));
        }
        String number =
                c.documentNumber() != null
                        ? c.documentNumber()
                        : s.documents()
                                .noticeAbout(CommendationNotice.KIND, c.id())
                                .map(d -> d.number())
                                .orElse(null);
        return new Line(ShortCodes.of(CODE, c.id()), c, number, hs);
    }

    /**
     * Someone a decision may name, as the honoree picker lists them: names only.
     *
     * @param affiliation a member's organization, a person's kind; empty for an organization
     * @param fullMember whether a member is a full member (a title for party members needs one)
     */
    public record Candidate(
            RecipientKind kind, UUID id, String name, String affiliation, boolean fullMember) {
        public Payment.Recipient recipient() {
            return new Payment.Recipient(kind, id, name);
        }
    }

    /** Everyone a decision may name: members on the register, active people, organizations. */
    public List<Candidate> candidates() {
        return store.read(
                s -> {
                    List<Candidate> out = new ArrayList<>();
                    for (Member m : s.members().active(null)) {
                        out.add(
                                new Candidate(
                                        RecipientKind.MEMBER,
                                        m.id(),
                                        m.name(),
                                        placeOf(s, m),
                                        m.standing()
                                                == org.branchdesk.domain.members.Standing.FULL));
                    }
                    for (Person p : s.people().list()) {
                        if (p.isActive()) {
                            out.add(
                                    new Candidate(
                                            RecipientKind.PERSON,
                                            p.id(),
                                            p.name(),
                                            Messages.format("personKind." + p.kind().name()),
                                            false));
                        }
                    }
                    for (PartyOrg o : s.orgs().list()) {
                        if (o.isActive()) {
                            out.add(
                                    new Candidate(
                                            RecipientKind.ORGANIZATION,
                                            o.id(),
                                            o.name(),
                                            "",
                                            false));
                        }
                    }
                    return out;
                });
    }

    /**
     * A commendation-reward payment an honoree's reward may link: its code, to whom and how much.
     */
    public record Reward(String code, Payment payment) {}

    /** The commendation-reward payments not cancelled and not yet any honoree's reward. */
    public List<Reward> freeRewards() {
        return store.read(
                s -> {
                    List<Honoree> all = s.commendations().honorees(null);
                    return s.payments().list(null).stream()
                            .filter(p -> p.kind() == PaymentKind.COMMENDATION_REWARD)
                            .filter(p -> p.state() != PaymentState.CANCELLED)
                            .filter(p -> CommendationRules.paymentUnused(all, p.id()))
                            .map(p -> new Reward(ShortCodes.of('P', p.id()), p))
                            .toList();
                });
    }

    /** A member's organization, else the community they live in, else nothing. */
    private static String placeOf(StoreSession s, Member m) {
        if (m.orgId() != null) {
            return s.orgs().find(m.orgId()).map(PartyOrg::name).orElse("");
        }
        if (m.communityId() != null) {
            return s.communities().find(m.communityId()).map(c -> c.name()).orElse("");
        }
        return "";
    }

    /** Where an honoree belongs: a member's organization, a person's kind; nothing for an org. */
    static String affiliation(StoreSession s, Payment.Recipient who) {
        return switch (who.kind()) {
            case MEMBER -> s.members().find(who.id()).map(m -> placeOf(s, m)).orElse("");
            case PERSON ->
                    s.people()
                            .find(who.id())
                            .map(p -> Messages.format("personKind." + p.kind().name()))
                            .orElse("");
            case ORGANIZATION -> "";
        };
    }
}
