package org.branchdesk.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.service.Services;
import org.branchdesk.service.access.Actor;
import org.branchdesk.store.FxThreadGuard;
import org.branchdesk.store.Store;
import org.branchdesk.store.accounts.DataKey;

/** A real office database in a temporary folder, for service and ViewModel tests. */
public final class TestOffice {
    /** One key per folder, so that a test may close an office and open it again. */
    private static final Map<Path, DataKey> KEYS = new ConcurrentHashMap<>();

    private TestOffice() {}

    public static Services open(Path dir) {
        return open(dir, Role.ADMIN);
    }

    /**
     * An office opened as an account of {@code role}, on a random data key and without a keyring
     * (the slow password derivation is tested where accounts are).
     */
    public static Services open(Path dir, Role role) {
        return open(dir, role, Clock.systemUTC());
    }

    /**
     * As {@link #open(Path, Role)}, on the PC clock {@code pc} (its zone plays no part: the office
     * has its own).
     */
    public static Services open(Path dir, Role role, Clock pc) {
        DataKey key = KEYS.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> DataKey.random());
        return Services.of(Store.open(dir, pc, FxThreadGuard.NONE, key), new Actor("测试员", role));
    }

    /** The data key a folder's test office was encrypted with. */
    public static DataKey keyOf(Path dir) {
        return KEYS.get(dir.toAbsolutePath().normalize());
    }

    /** An office that has been set up (青槐街道), with no communities yet. */
    public static Services initialized(Path dir) {
        Services s = open(dir);
        s.office().initialize("青槐街道", "明川区", "青槐街党工");
        return s;
    }

    /**
     * Sets up again, empty, the temporary branch the demo dissolved (same name and compound, on
     * 2020-07-01): tests that convert or dissolve an empty temporary branch use it.
     */
    public static org.branchdesk.domain.orgs.PartyOrg emptyTemporaryBranch(Services s) {
        org.branchdesk.domain.orgs.PartyOrg gone =
                s.orgs().list().stream()
                        .filter(
                                o ->
                                        o.type()
                                                        == org.branchdesk.domain.orgs.OrgType
                                                                .TEMPORARY_BRANCH
                                                && !o.isActive())
                        .findFirst()
                        .orElseThrow();
        return s.orgs()
                .create(
                        org.branchdesk.domain.orgs.PartyOrg.of(
                                java.util.UUID.randomUUID(),
                                gone.type(),
                                gone.name(),
                                null,
                                gone.parentId(),
                                gone.communityId(),
                                gone.compoundIds(),
                                java.time.LocalDate.of(2020, 7, 1),
                                null,
                                null,
                                null,
                                null,
                                null));
    }

    /**
     * The pairings, as the list of every pairing shows them, that ended before {@code day}: the
     * demo's home observation of February 2020 is one.
     */
    public static java.util.List<java.util.UUID> endedBefore(Services s, java.time.LocalDate day) {
        return s.assistance().pairings(true).stream()
                .filter(l -> l.endedOn() != null && l.endedOn().isBefore(day))
                .map(l -> l.id())
                .toList();
    }

    /** How many entries of these pairings' service logs still note health details. */
    public static int healthNoted(Services s, java.util.List<java.util.UUID> pairings) {
        return (int)
                pairings.stream()
                        .flatMap(p -> s.assistance().serviceLog(p).stream())
                        .filter(e -> e.health() != null)
                        .count();
    }
}
