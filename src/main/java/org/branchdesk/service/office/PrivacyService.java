package org.branchdesk.service.office;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.common.Masking;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.members.MemberRepository.PersonalData;

/**
 * Where the office keeps personal data and how much of it: members' ID numbers, phones and
 * addresses; households' phones and what assisted residents need (often health details); one-to-one
 * pairings and the health details of their service logs; the diagnoses of work-injury cases; full
 * exports made; printed documents. Counts only: the inventory itself shows no one's data.
 */
public final class PrivacyService {
    static final String ENTITY = "office";
    private final Store store;
    private final Actor actor;
    private final Clock clock;

    public PrivacyService(Store store, Actor actor, Clock clock) {
        this.store = store;
        this.actor = actor;
        this.clock = clock;
    }

    /** The office's time zone, for the times the accounts and privacy screen shows. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** The office's privacy settings. */
    public record Settings(Masking masking, int healthRetentionMonths) {
        public Settings {
            if (healthRetentionMonths < 1 || healthRetentionMonths > 120) {
                throw new ValidationError("field.privacy.retention", "rule.privacy.retention");
            }
        }
    }

    public Settings settings() {
        return store.read(
                s -> new Settings(s.office().masking(), s.office().healthRetentionMonths()));
    }

    /**
     * Changes how lists and exports mask, and how long health details are kept. Administrators;
     * audited.
     */
    public void changeSettings(Settings settings) {
        Access.write(
                store,
                actor,
                Permission.SETTINGS,
                s -> {
                    Settings before =
                            new Settings(s.office().masking(), s.office().healthRetentionMonths());
                    if (!before.equals(settings)) {
                        var office =
                                s.office()
                                        .find()
                                        .orElseThrow(
                                                () -> new UserError("error.office.notInitialized"));
                        s.office().setMasking(settings.masking());
                        s.office().setHealthRetentionMonths(settings.healthRetentionMonths());
                        s.audit()
                                .record(
                                        actor.name(),
                                        ENTITY,
                                        office.id(),
                                        Action.UPDATE,
                                        before,
                                        settings);
                    }
                    return null;
                });
    }

    /**
     * What a purge would clear now (or did): health details past the retention, those of households
     * that left the register before {@code cutoff}, those in the service logs of pairings that
     * ended before it, and the diagnoses of work-injury cases closed before it.
     */
    public record Purge(int households, int serviceLogs, int injuryCases, LocalDate cutoff) {
        /** Health details in all. */
        public int healthDetails() {
            return households + serviceLogs + injuryCases;
        }
    }

    public Purge purgeable() {
        return store.read(
                s -> {
                    OffsetDateTime cutoff = cutoff(s.office().healthRetentionMonths());
                    return new Purge(
                            s.households().countNeedsPastRetention(cutoff),
                            s.serviceLogs().countHealthPastRetention(cutoff.toLocalDate()),
                            s.careCases().countHealthPastRetention(cutoff.toLocalDate()),
                            cutoff.toLocalDate());
                });
    }

    /**
     * Clears the health details past the retention period: what assisted residents needed, for
     * households that left the register longer ago, and what the service logs noted, for pairings
     * that ended longer ago. Administrators; the audit records how many, never what.
     */
    public Purge purge() {
        return Access.write(
                store,
                actor,
                Permission.PURGE,
                s -> {
                    OffsetDateTime cutoff = cutoff(s.office().healthRetentionMonths());
                    int households = s.households().purgeNeeds(cutoff);
                    int logs = s.serviceLogs().purgeHealth(cutoff.toLocalDate());
                    int injuries = s.careCases().purgeHealth(cutoff.toLocalDate());
                    if (households + logs + injuries > 0) {
                        var office =
                                s.office()
                                        .find()
                                        .orElseThrow(
                                                () -> new UserError("error.office.notInitialized"));
                        s.audit()
                                .record(
                                        actor.name(),
                                        "health_details",
                                        office.id(),
                                        Action.PURGE,
                                        null,
                                        new Purged(
                                                households, logs, injuries, cutoff.toLocalDate()));
                    }
                    return new Purge(households, logs, injuries, cutoff.toLocalDate());
                });
    }

    /**
     * A purge as the audit log records it: counts only (households that left, service logs of
     * pairings that ended, work-injury cases closed, before {@code before}).
     */
    public record Purged(int households, int serviceLogs, int injuryCases, LocalDate before) {}

    private OffsetDateTime cutoff(int months) {
        return OffsetDateTime.now(clock).minusMonths(months);
    }

    /** One line of the inventory: where, what, how many. */
    public record Item(String place, String what, int count) {}

    public List<Item> inventory() {
        return store.read(
                s -> {
                    PersonalData m = s.members().personalData();
                    int[] h = s.households().personalData();
                    List<Item> items = new ArrayList<>();
                    String members = Messages.format("privacy.place.members");
                    items.add(
                            new Item(
                                    members,
                                    Messages.format("privacy.what.records"),
                                    m.active() + m.departed()));
                    items.add(
                            new Item(
                                    members,
                                    Messages.format("privacy.what.idNumbers"),
                                    m.idNumbers()));
                    items.add(
                            new Item(
                                    members,
                                    Messages.format("privacy.what.convertedIds"),
                                    m.convertedIds()));
                    items.add(
                            new Item(members, Messages.format("privacy.what.phones"), m.phones()));
                    items.add(
                            new Item(
                                    members,
                                    Messages.format("privacy.what.addresses"),
                                    m.addresses()));
                    String households = Messages.format("privacy.place.households");
                    items.add(new Item(households, Messages.format("privacy.what.records"), h[0]));
                    items.add(new Item(households, Messages.format("privacy.what.phones"), h[1]));
                    items.add(new Item(households, Messages.format("privacy.what.health"), h[2]));
                    int[] p = s.people().personalData();
                    String people = Messages.format("privacy.place.people");
                    items.add(new Item(people, Messages.format("privacy.what.records"), p[0]));
                    items.add(new Item(people, Messages.format("privacy.what.idNumbers"), p[1]));
                    items.add(new Item(people, Messages.format("privacy.what.phones"), p[2]));
                    // development cases hold their applicants' ID numbers (the member record made
                    // at the approval needs one)
                    String development = Messages.format("privacy.place.development");
                    int cases = s.development().count();
                    items.add(
                            new Item(development, Messages.format("privacy.what.records"), cases));
                    items.add(
                            new Item(
                                    development, Messages.format("privacy.what.idNumbers"), cases));
                    int[] logs = s.serviceLogs().personalData();
                    items.add(
                            new Item(
                                    Messages.format("privacy.place.pairings"),
                                    Messages.format("privacy.what.records"),
                                    s.pairings().countAll()));
                    String serviceLogs = Messages.format("privacy.place.serviceLogs");
                    items.add(
                            new Item(
                                    serviceLogs, Messages.format("privacy.what.records"), logs[0]));
                    items.add(
                            new Item(
                                    serviceLogs,
                                    Messages.format("privacy.what.serviceHealth"),
                                    logs[1]));
                    int[] injuries = s.careCases().personalData();
                    String injuryCases = Messages.format("privacy.place.injuryCases");
                    items.add(
                            new Item(
                                    injuryCases,
                                    Messages.format("privacy.what.records"),
                                    injuries[0]));
                    items.add(
                            new Item(
                                    injuryCases,
                                    Messages.format("privacy.what.diagnosis"),
                                    injuries[1]));
                    items.add(
                            new Item(
                                    Messages.format("privacy.place.reportings"),
                                    Messages.format("privacy.what.records"),
                                    s.reportings().countAll()));
                    items.add(
                            new Item(
                                    Messages.format("privacy.place.sentDown"),
                                    Messages.format("privacy.what.records"),
                                    s.sentDown().countAll()));
                    items.add(
                            new Item(
                                    Messages.format("privacy.place.areaContacts"),
                                    Messages.format("privacy.what.contactNotes"),
                                    s.areas().countNotes()));
                    String audit = Messages.format("privacy.place.audit");
                    items.add(
                            new Item(
                                    audit,
                                    Messages.format("privacy.what.fullExports"),
                                    s.audit().count(Action.EXPORT)));
                    items.add(
                            new Item(
                                    Messages.format("privacy.place.documents"),
                                    Messages.format("privacy.what.documents"),
                                    s.documents().count()));
                    return items;
                });
    }

    /** The database file and its size in bytes (it holds everything above). */
    public record DataFile(Path path, long bytes) {}

    public DataFile dataFile() {
        Path p = store.databaseFile();
        try {
            return new DataFile(p, Files.exists(p) ? Files.size(p) : 0);
        } catch (IOException e) {
            return new DataFile(p, -1);
        }
    }
}
