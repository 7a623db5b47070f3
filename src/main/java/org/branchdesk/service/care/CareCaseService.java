package org.branchdesk.service.care;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.care.InjuryCase;
import org.branchdesk.domain.care.InjuryRules;
import org.branchdesk.domain.care.InjuryStatus;
import org.branchdesk.domain.care.Payment;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.domain.care.SolicitudeVisit;
import org.branchdesk.domain.care.VisitRules;
import org.branchdesk.domain.common.Disclosure;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.registers.ShortCodes;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;

/**
 * Care cases (policy article 11): solicitude visits to front-line members and cadres, with the
 * solicitude payment handed over; and work-injury fast-track cases of staff infected on duty, moved
 * along the fast track by {@link InjuryRules}. Recording needs {@code EDIT}. A diagnosis is a
 * health detail: never in the audit log, shown in clear only to a role that records it, cleared by
 * the privacy purge once the case closed longer ago than the office's retention.
 */
public final class CareCaseService {
    static final String VISIT = "solicitude_visit";
    static final String INJURY = "injury_case";

    private final Store store;
    private final Actor actor;
    private final Clock clock;

    public CareCaseService(Store store, Actor actor, Clock clock) {
        this.store = store;
        this.actor = actor;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ visits

    /**
     * A visit as a clerk records it.
     *
     * @param paymentId the solicitude payment handed over, or {@code null}
     */
    public record NewVisit(
            RecipientKind kind,
            UUID id,
            LocalDate on,
            String visitors,
            String note,
            UUID paymentId) {}

    /**
     * Records a visit; refused, naming the field, when its payment is not a standing solicitude
     * payment to the one visited.
     */
    public SolicitudeVisit visit(NewVisit f) {
        LocalDate today = LocalDate.now(clock);
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    SolicitudeVisit v =
                            SolicitudeVisit.of(
                                    UUID.randomUUID(),
                                    f.kind() == null
                                            ? null
                                            : CareNames.named(
                                                    s, f.kind(), f.id(), "field.visit.visited"),
                                    f.on(),
                                    f.visitors(),
                                    f.note(),
                                    f.paymentId(),
                                    today);
                    if (v.paymentId() != null) {
                        VisitRules.checkPayment(
                                s.payments()
                                        .find(v.paymentId())
                                        .orElseThrow(() -> new UserError("error.payment.notFound")),
                                v.visited());
                    }
                    s.careCases().insert(v);
                    s.audit().record(actor.name(), VISIT, v.id(), Action.CREATE, null, v);
                    return v;
                });
    }

    /**
     * A visit as lists and the solicitude ledger show it.
     *
     * @param paymentCode the linked payment's code (P…), or {@code null}
     * @param amount the linked payment's amount, or {@code null}
     */
    public record VisitLine(
            String code, SolicitudeVisit visit, String paymentCode, BigDecimal amount) {}

    /** Every visit, by day. Names only, so a supervisor reads the same list. */
    public List<VisitLine> visits() {
        return store.read(CareCaseService::visits);
    }

    static List<VisitLine> visits(StoreSession s) {
        Map<UUID, Payment> payments = new HashMap<>();
        s.payments().list(null).forEach(p -> payments.put(p.id(), p));
        return s.careCases().visits().stream()
                .map(
                        v -> {
                            Payment p = v.paymentId() == null ? null : payments.get(v.paymentId());
                            return new VisitLine(
                                    ShortCodes.of('V', v.id()),
                                    v,
                                    p == null ? null : ShortCodes.of('P', p.id()),
                                    p == null ? null : p.amount().value());
                        })
                .toList();
    }

    // ------------------------------------------------------------------ injury cases

    /**
     * A case as a clerk reports it.
     *
     * @param diagnosis a health detail, or {@code null}
     */
    public record NewInjury(
            RecipientKind kind,
            UUID id,
            LocalDate infectedOn,
            LocalDate reportedOn,
            String diagnosis,
            String note) {}

    /** Reports a case of someone infected on duty. */
    public InjuryCase report(NewInjury f) {
        LocalDate today = LocalDate.now(clock);
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    InjuryCase c =
                            InjuryCase.of(
                                    UUID.randomUUID(),
                                    f.kind() == null
                                            ? null
                                            : CareNames.named(
                                                    s, f.kind(), f.id(), "field.injury.person"),
                                    f.infectedOn(),
                                    f.reportedOn() == null ? today : f.reportedOn(),
                                    f.diagnosis(),
                                    f.note(),
                                    today);
                    s.careCases().insert(c);
                    // the audit's JSON leaves the diagnosis out: InjuryCase marks it
                    s.audit().record(actor.name(), INJURY, c.id(), Action.CREATE, null, c);
                    return c;
                });
    }

    /** Moves a case along the fast track on a day; refused, in Chinese, out of order. */
    public InjuryCase move(UUID id, InjuryStatus to, LocalDate on) {
        LocalDate today = LocalDate.now(clock);
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    InjuryCase before = injury(s, id);
                    InjuryCase after = before.movedTo(to, on, today);
                    s.careCases().update(after);
                    s.audit().record(actor.name(), INJURY, id, Action.UPDATE, before, after);
                    return after;
                });
    }

    /** Changes a case's diagnosis (a health detail) and note. */
    public InjuryCase details(UUID id, String diagnosis, String note) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    InjuryCase before = injury(s, id);
                    InjuryCase after = before.withDetails(diagnosis, note);
                    s.careCases().update(after);
                    s.audit().record(actor.name(), INJURY, id, Action.UPDATE, before, after);
                    return after;
                });
    }

    private static InjuryCase injury(StoreSession s, UUID id) {
        return s.careCases().injury(id).orElseThrow(() -> new UserError("error.injury.notFound"));
    }

    /**
     * A case as lists show it.
     *
     * @param shown the case with its diagnosis as this account may see it: in clear for a role that
     *     records it, otherwise only said to be recorded
     * @param applicationDue the last day for the application for recognition
     * @param overdue whether it is still not applied for after that day
     */
    public record InjuryLine(
            String code, InjuryCase shown, LocalDate applicationDue, boolean overdue) {}

    /** Every case, by the day of infection. */
    public List<InjuryLine> injuries() {
        LocalDate today = LocalDate.now(clock);
        return store.read(
                s -> {
                    Disclosure shown =
                            Disclosure.list(s.office().masking(), actor.may(Permission.EDIT));
                    return s.careCases().injuries().stream()
                            .map(
                                    c ->
                                            new InjuryLine(
                                                    ShortCodes.of('W', c.id()),
                                                    shown.apply(c),
                                                    InjuryRules.applicationDue(c.infectedOn()),
                                                    InjuryRules.applicationOverdue(c, today)))
                            .toList();
                });
    }

    /** The case a code names (W and the first eight hex digits of its id, as lists show it). */
    public UUID injuryCoded(String code) {
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        List<UUID> hits =
                store.read(s -> s.careCases().injuries()).stream()
                        .map(InjuryCase::id)
                        .filter(id -> ShortCodes.of('W', id).equals(c))
                        .toList();
        if (hits.size() != 1) {
            throw new UserError("error.injury.notFound");
        }
        return hits.get(0);
    }
}
