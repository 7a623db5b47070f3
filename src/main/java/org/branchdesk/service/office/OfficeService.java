package org.branchdesk.service.office;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.common.Fields;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.office.Office;
import org.branchdesk.domain.office.OfficeClock;
import org.branchdesk.domain.places.OwnerlessRule;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;

/** The office itself: first-run set-up and its settings. */
public final class OfficeService {
    static final String ENTITY = "office";
    private final Store store;
    private final Actor actor;
    private final Clock clock;

    public OfficeService(Store store, Actor actor, Clock clock) {
        this.store = store;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * The office's clock: the PC's instants in the office's time zone (read when the office
     * opened).
     */
    public Clock clock() {
        return clock;
    }

    /** The office's today. */
    public LocalDate today() {
        return OfficeClock.today(clock);
    }

    /**
     * The office's time zone as recorded ({@code Asia/Shanghai} unless an administrator chose
     * another).
     */
    public ZoneId timeZone() {
        return store.read(s -> s.office().timeZone());
    }

    /**
     * Sets the office's time zone (administrators); the dates of the office follow it from its next
     * opening.
     */
    public ZoneId setTimeZone(String zone) {
        ZoneId z = OfficeClock.zone(zone);
        return Access.write(
                store,
                actor,
                Permission.SETTINGS,
                s -> {
                    ZoneId before = s.office().timeZone();
                    if (!before.equals(z)) {
                        s.office().setTimeZone(z);
                        s.audit()
                                .record(
                                        actor.name(),
                                        ENTITY,
                                        s.office().find().map(Office::id).orElse(null),
                                        Action.UPDATE,
                                        new TimeZoneSetting(before.getId()),
                                        new TimeZoneSetting(z.getId()));
                    }
                    return z;
                });
    }

    /** The time-zone setting, as the audit log records it. */
    public record TimeZoneSetting(String timeZone) {}

    public Optional<Office> current() {
        return store.read(s -> s.office().find());
    }

    /** First-run set-up; refused when the office already exists. */
    public Office initialize(String name, String district, String docPrefix) {
        Office office = Office.of(UUID.randomUUID(), name, district, docPrefix, null);
        return Access.write(store, actor, Permission.SETTINGS, s -> initialize(s, office));
    }

    /** First-run set-up inside a running transaction (the demo uses it). */
    public Office initialize(StoreSession s, Office office) {
        if (s.office().find().isPresent()) {
            throw new UserError("error.office.alreadyInitialized");
        }
        s.office().insert(office);
        s.audit().record(actor.name(), ENTITY, office.id(), Action.CREATE, null, office);
        return office;
    }

    /** Changes the office's name, district or document prefix. */
    public Office update(String name, String district, String docPrefix) {
        return Access.write(
                store,
                actor,
                Permission.SETTINGS,
                s -> {
                    Office before =
                            s.office()
                                    .find()
                                    .orElseThrow(
                                            () -> new UserError("error.office.notInitialized"));
                    Office after =
                            Office.of(
                                    before.id(), name, district, docPrefix, before.lastBackupAt());
                    if (after.equals(before)) {
                        return before;
                    }
                    s.office().update(after);
                    s.audit()
                            .record(actor.name(), ENTITY, after.id(), Action.UPDATE, before, after);
                    return after;
                });
    }

    /** How the office reads "ownerless": all three management facts missing, or any one. */
    public OwnerlessRule ownerlessRule() {
        return store.read(s -> s.office().ownerlessRule());
    }

    /** Changes the ownerless reading; every list and count follows it at once. Audited. */
    public void setOwnerlessRule(OwnerlessRule rule) {
        Access.write(
                store,
                actor,
                Permission.SETTINGS,
                s -> {
                    OwnerlessRule before = s.office().ownerlessRule();
                    if (before != rule) {
                        Office office =
                                s.office()
                                        .find()
                                        .orElseThrow(
                                                () -> new UserError("error.office.notInitialized"));
                        s.office().setOwnerlessRule(rule);
                        s.audit()
                                .record(
                                        actor.name(),
                                        ENTITY,
                                        office.id(),
                                        Action.UPDATE,
                                        new RuleSetting(before),
                                        new RuleSetting(rule));
                    }
                    return null;
                });
    }

    /** The ownerless setting as the audit log records it. */
    public record RuleSetting(OwnerlessRule ownerlessRule) {}

    /** The issuing-authority mark printed in red on notices: as set, or 中共<office>工作委员会. */
    public String issuingMark() {
        return store.read(
                s -> {
                    Office office =
                            s.office()
                                    .find()
                                    .orElseThrow(
                                            () -> new UserError("error.office.notInitialized"));
                    String mark = s.office().issuingMark();
                    return mark != null && !mark.isBlank()
                            ? mark
                            : Messages.format("notice.defaultMark", office.name());
                });
    }

    /** Sets the issuing-authority mark (empty: back to the default). Audited. */
    public void setIssuingMark(String mark) {
        String m = Fields.optional("documents.issuingMark", mark, 30);
        Access.write(
                store,
                actor,
                Permission.SETTINGS,
                s -> {
                    Office office =
                            s.office()
                                    .find()
                                    .orElseThrow(
                                            () -> new UserError("error.office.notInitialized"));
                    String before = s.office().issuingMark();
                    if (!Objects.equals(before, m)) {
                        s.office().setIssuingMark(m);
                        s.audit()
                                .record(
                                        actor.name(),
                                        ENTITY,
                                        office.id(),
                                        Action.UPDATE,
                                        new MarkSetting(before),
                                        new MarkSetting(m));
                    }
                    return null;
                });
    }

    /** The issuing mark as the audit log records it. */
    public record MarkSetting(String issuingMark) {}
}
