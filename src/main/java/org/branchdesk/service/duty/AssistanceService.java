package org.branchdesk.service.duty;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.common.Disclosure;
import org.branchdesk.domain.common.Masking;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.AssistanceCategory;
import org.branchdesk.domain.duty.AssistanceRules;
import org.branchdesk.domain.duty.Pairing;
import org.branchdesk.domain.duty.ServiceEntry;
import org.branchdesk.domain.duty.ServiceKind;
import org.branchdesk.domain.households.Household;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.registers.ShortCodes;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;

/**
 * One-to-one assistance (一对一帮扶): members paired with residents under assistance, the service log of
 * each pairing, and the residents nobody is paired with. Health details in the log are personal
 * data: the audit log never holds them, lists show them only to roles that record them (the {@code
 * EDIT} permission), and the privacy purge clears them once a pairing ended longer ago than the
 * office's retention.
 */
public final class AssistanceService {
    static final String PAIRING = "pairing";
    static final String SERVICE = "service_log";
    private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);

    private final Store store;
    private final Actor actor;
    private final Clock clock;

    public AssistanceService(Store store, Actor actor, Clock clock) {
        this.store = store;
        this.actor = actor;
        this.clock = clock;
    }

    /** A pairing as a clerk records it. */
    public record NewPairing(
            UUID memberId, UUID householdId, AssistanceCategory category, LocalDate startedOn) {}

    /** Pairs a member with a resident under assistance; refused, naming the field, by a rule. */
    public Pairing pair(NewPairing f) {
        Pairing p =
                Pairing.of(
                        UUID.randomUUID(),
                        f.memberId(),
                        f.householdId(),
                        f.category(),
                        f.startedOn());
        LocalDate today = LocalDate.now(clock);
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    refuse(
                            AssistanceRules.pairing(
                                    p,
                                    s.members().find(p.memberId()).orElse(null),
                                    s.households().find(p.householdId()).orElse(null),
                                    s.pairings().of(p.memberId(), p.householdId()),
                                    today));
                    s.pairings().insert(p);
                    s.audit().record(actor.name(), PAIRING, p.id(), Action.CREATE, null, p);
                    return p;
                });
    }

    /** Ends a pairing on a day; the pairing and its log stay. */
    public Pairing end(UUID pairingId, LocalDate on) {
        if (on == null) {
            throw new ValidationError("field.pairing.endedOn", "rule.required");
        }
        LocalDate today = LocalDate.now(clock);
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    Pairing before = find(s, pairingId);
                    LocalDate last =
                            s.serviceLogs().ofPairing(pairingId).stream()
                                    .map(ServiceEntry::day)
                                    .max(Comparator.naturalOrder())
                                    .orElse(null);
                    refuse(AssistanceRules.ending(before, on, last, today));
                    s.pairings().end(pairingId, on);
                    Pairing after = before.endedOn(on);
                    s.audit()
                            .record(actor.name(), PAIRING, pairingId, Action.UPDATE, before, after);
                    return after;
                });
    }

    /**
     * A service as a clerk records it.
     *
     * @param health health details noted that day, or {@code null}: personal data
     */
    public record NewService(
            UUID pairingId, LocalDate day, ServiceKind kind, String health, String note) {}

    /** Records a service in a pairing's log; refused, naming the field, by a rule. */
    public ServiceEntry log(NewService f) {
        ServiceEntry e =
                ServiceEntry.of(
                        UUID.randomUUID(), f.pairingId(), f.day(), f.kind(), f.health(), f.note());
        LocalDate today = LocalDate.now(clock);
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    refuse(AssistanceRules.entry(find(s, e.pairingId()), e.day(), today));
                    s.serviceLogs().insert(e);
                    // the log's JSON leaves the health details out: ServiceEntry marks them
                    s.audit().record(actor.name(), SERVICE, e.id(), Action.CREATE, null, e);
                    return e;
                });
    }

    private static void refuse(AssistanceRules.Refusal r) {
        if (r != null) {
            throw new ValidationError(AssistanceRules.fieldOf(r), "refusal.pairing." + r.name());
        }
    }

    private static Pairing find(StoreSession s, UUID id) {
        return s.pairings().find(id).orElseThrow(() -> new UserError("error.pairing.notFound"));
    }

    /**
     * A resident under assistance as the assistance lists and ledger show them: named and placed,
     * the phone masked the office's way, what they need never shown.
     *
     * @param code the short code a command accepts in place of the head's name
     */
    public record Resident(
            UUID householdId,
            String code,
            String head,
            String community,
            String compound,
            String address,
            String maskedPhone) {}

    /**
     * A pairing as lists and the assistance ledger show it.
     *
     * @param code the short code commands take ({@code pairing end --pairing CODE})
     * @param household {@code null} when the household has been taken off the register
     * @param services how many services of each kind the log records
     * @param lastService the day of the latest service, {@code null} for none
     */
    public record PairingLine(
            UUID id,
            String code,
            UUID memberId,
            String member,
            Resident household,
            AssistanceCategory category,
            LocalDate startedOn,
            LocalDate endedOn,
            Map<ServiceKind, Integer> services,
            LocalDate lastService) {
        public PairingLine {
            services = Collections.unmodifiableMap(new EnumMap<>(services));
        }

        public boolean isOpen() {
            return endedOn == null;
        }

        /** Services of every kind. */
        public int servicesTotal() {
            return services.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * A service as a pairing's log lists it.
     *
     * @param health the health details as this account may see them: in clear for a role that
     *     records them, otherwise only said to be recorded; {@code null} when none were noted
     */
    public record ServiceLine(
            UUID id, UUID pairingId, LocalDate day, ServiceKind kind, String health, String note) {}

    /** The open pairings, or ({@code all}) every pairing, ended ones too; oldest first. */
    public List<PairingLine> pairings(boolean all) {
        return store.read(s -> pairings(s, all, s.office().masking()));
    }

    /**
     * The pairings as lists and the ledger show them, residents' phones masked with {@code
     * masking}, inside a running read (the assistance ledger builds its rows this way).
     */
    static List<PairingLine> pairings(StoreSession s, boolean all, Masking masking) {
        Places places = Places.of(s, masking);
        Map<UUID, List<ServiceEntry>> logs = new HashMap<>();
        s.serviceLogs()
                .list()
                .forEach(e -> logs.computeIfAbsent(e.pairingId(), k -> new ArrayList<>()).add(e));
        List<Pairing> pairings =
                s.pairings().list().stream().filter(p -> all || p.isOpen()).toList();
        Map<UUID, String> members = new HashMap<>();
        s.members()
                .findAll(pairings.stream().map(Pairing::memberId).distinct().toList())
                .forEach(m -> members.put(m.id(), m.name()));
        Map<UUID, Resident> residents = new HashMap<>();
        for (UUID h : pairings.stream().map(Pairing::householdId).distinct().toList()) {
            s.households().find(h).ifPresent(x -> residents.put(h, places.resident(x)));
        }
        return pairings.stream()
                .map(
                        p ->
                                line(
                                        p,
                                        members.get(p.memberId()),
                                        residents.get(p.householdId()),
                                        logs.getOrDefault(p.id(), List.of())))
                .toList();
    }

    private static PairingLine line(
            Pairing p, String member, Resident household, List<ServiceEntry> log) {
        Map<ServiceKind, Integer> counts = new EnumMap<>(ServiceKind.class);
        for (ServiceKind k : ServiceKind.values()) {
            counts.put(k, 0);
        }
        LocalDate last = null;
        for (ServiceEntry e : log) {
            counts.merge(e.kind(), 1, Integer::sum);
            last = last == null || e.day().isAfter(last) ? e.day() : last;
        }
        return new PairingLine(
                p.id(),
                ShortCodes.of('P', p.id()),
                p.memberId(),
                member,
                household,
                p.category(),
                p.startedOn(),
                p.endedOn(),
                counts,
                last);
    }

    /**
     * A pairing's service log, by day. Health details show in clear only to a role that records
     * them (the {@code EDIT} permission); a supervisor reads that they were noted, not what.
     */
    public List<ServiceLine> serviceLog(UUID pairingId) {
        return store.read(
                s -> {
                    find(s, pairingId);
                    Disclosure shown =
                            Disclosure.list(s.office().masking(), actor.may(Permission.EDIT));
                    return s.serviceLogs().ofPairing(pairingId).stream()
                            .map(shown::apply)
                            .map(
                                    e ->
                                            new ServiceLine(
                                                    e.id(),
                                                    e.pairingId(),
                                                    e.day(),
                                                    e.kind(),
                                                    e.health(),
                                                    e.note()))
                            .toList();
                });
    }

    /**
     * Residents under assistance on the register whom no member is paired with now (unpaired
     * residents), by community, compound and address.
     */
    public List<Resident> unpaired() {
        return store.read(
                s -> {
                    Places places = Places.of(s, s.office().masking());
                    Set<UUID> paired = new HashSet<>();
                    s.pairings().list().stream()
                            .filter(Pairing::isOpen)
                            .forEach(p -> paired.add(p.householdId()));
                    return s.households().ofKind(Household.Kind.ASSISTED).stream()
                            .filter(h -> !paired.contains(h.id()))
                            .map(places::resident)
                            .sorted(
                                    Comparator.comparing(Resident::community, CHINESE)
                                            .thenComparing(Resident::compound, CHINESE)
                                            .thenComparing(Resident::address, CHINESE)
                                            .thenComparing(Resident::head, CHINESE))
                            .toList();
                });
    }

    /**
     * A member a clerk may pair with a resident, as the window's picker shows them: the ID number
     * masked the office's way (to tell two of the same name apart), their compound, and how many
     * residents they are paired with now.
     */
    public record MemberChoice(
            UUID id, String name, String maskedId, String compound, int openPairings) {}

    /** The members on the register in a community, in pinyin order of names. */
    public List<MemberChoice> members(UUID communityId) {
        return store.read(
                s -> {
                    Masking masking = s.office().masking();
                    Map<UUID, String> compounds = new HashMap<>();
                    s.compounds().list().forEach(c -> compounds.put(c.id(), c.name()));
                    Map<UUID, Integer> open = new HashMap<>();
                    s.pairings().list().stream()
                            .filter(Pairing::isOpen)
                            .forEach(p -> open.merge(p.memberId(), 1, Integer::sum));
                    return s.members().active(communityId).stream()
                            .map(
                                    m ->
                                            new MemberChoice(
                                                    m.id(),
                                                    m.name(),
                                                    masking.id(m.citizenId().value()),
                                                    m.compoundId() == null
                                                            ? null
                                                            : compounds.get(m.compoundId()),
                                                    open.getOrDefault(m.id(), 0)))
                            .sorted(Comparator.comparing(MemberChoice::name, CHINESE))
                            .toList();
                });
    }

    /**
     * The resident under assistance a clerk names: by the head of the household's name (narrowed by
     * community and compound names when given), or by the short code a list or an earlier refusal
     * showed. An unknown name is refused; an ambiguous one lists the candidates, phones masked.
     */
    public UUID householdNamed(String nameOrCode, String community, String compound) {
        String wanted = nameOrCode == null ? "" : nameOrCode.trim();
        return store.read(
                s -> {
                    Places places = Places.of(s, s.office().masking());
                    List<Resident> hits =
                            s.households().ofKind(Household.Kind.ASSISTED).stream()
                                    .map(places::resident)
                                    .filter(
                                            r ->
                                                    r.head().equals(wanted)
                                                            || r.code().equalsIgnoreCase(wanted))
                                    .filter(
                                            r ->
                                                    community == null
                                                            || r.community().equals(community))
                                    .filter(r -> compound == null || r.compound().equals(compound))
                                    .toList();
                    if (hits.size() == 1) {
                        return hits.get(0).householdId();
                    }
                    if (hits.isEmpty()) {
                        throw new UserError("error.pairing.noSuchHousehold", wanted);
                    }
                    String list =
                            String.join(
                                    "\n",
                                    hits.stream()
                                            .map(
                                                    r ->
                                                            Messages.format(
                                                                    "pairing.candidateHousehold",
                                                                    r.code(),
                                                                    r.head(),
                                                                    r.community(),
                                                                    r.compound(),
                                                                    r.address(),
                                                                    r.maskedPhone() == null
                                                                            ? ""
                                                                            : r.maskedPhone()))
                                            .toList());
                    throw new UserError("error.pairing.ambiguousHousehold", wanted, list);
                });
    }

    /** The pairing of a short code that {@code pairing list} and {@code pairing add} print. */
    public UUID pairingCoded(String code) {
        String wanted = code == null ? "" : code.trim();
        List<UUID> hits =
                store.read(
                        s ->
                                s.pairings().list().stream()
                                        .map(Pairing::id)
                                        .filter(
                                                id ->
                                                        ShortCodes.of('P', id)
                                                                .equalsIgnoreCase(wanted))
                                        .toList());
        if (hits.size() != 1) {
            throw new UserError("error.pairing.noSuchCode", wanted);
        }
        return hits.get(0);
    }

    /** Names of the places a resident lives in, read once per list. */
    private record Places(
            Map<UUID, Compound> compounds,
            Map<UUID, String> communities,
            Map<UUID, String> buildings,
            Disclosure shown) {
        static Places of(StoreSession s, Masking masking) {
            Map<UUID, Compound> compounds = new HashMap<>();
            s.compounds().list().forEach(c -> compounds.put(c.id(), c));
            Map<UUID, String> communities = new HashMap<>();
            s.communities().list().forEach(c -> communities.put(c.id(), c.name()));
            Map<UUID, String> buildings = new HashMap<>();
            s.buildings().list().forEach(b -> buildings.put(b.id(), b.name()));
            // a resident's phone is masked in every list; what they need is never shown here
            return new Places(compounds, communities, buildings, Disclosure.export(masking));
        }

        Resident resident(Household raw) {
            Household h = shown.apply(raw);
            Compound c = compounds.get(h.compoundId());
            return new Resident(
                    h.id(),
                    ShortCodes.of('H', h.id()),
                    h.headName(),
                    c == null ? "" : communities.getOrDefault(c.communityId(), ""),
                    c == null ? "" : c.name(),
                    h.address(buildings.get(h.buildingId())),
                    h.phone());
        }
    }
}
