package org.branchdesk.service.registers;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.branchdesk.domain.members.Membership;
import org.branchdesk.domain.members.Registration;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.domain.office.Office;
import org.branchdesk.domain.orgs.BranchGroup;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.domain.places.OwnerlessRule;
import org.branchdesk.domain.surveys.CompoundSurvey;
import org.branchdesk.domain.surveys.SurveyItem;
import org.branchdesk.domain.units.Unit;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.members.MemberRepository.Fact;

/**
 * The registers as the screens read them, held in memory and rebuilt when the office changes (the
 * store's generation moved on). A street of 100,000 members takes a few MB here and answers a
 * search or a count in milliseconds, where the database would scan every row.
 */
public final class Registers {
    private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);

    private final long generation;
    private final Office office;
    private final OwnerlessRule rule;
    private final List<Community> communities;
    private final List<Compound> compounds;
    private final List<PartyOrg> orgs;
    private final Map<UUID, String> communityNames = new HashMap<>();
    private final Map<UUID, String> compoundNames = new HashMap<>();
    private final Map<UUID, String> orgNames = new HashMap<>();

    /** Live members in pinyin order of their names. */
    private final Fact[] members;

    /** The digits of each member's phone, as typed numbers are compared. */
    private final String[] phoneDigits;

    private final Map<UUID, Integer> activeByCompound = new HashMap<>();
    private final Map<UUID, Integer> eligibleByCompound = new HashMap<>();
    private final Map<UUID, Map<Registration, Integer>> registrationsByCompound = new HashMap<>();
    private final Map<UUID, CompoundSurvey> surveys;
    private final List<Unit> units;
    private final List<BranchGroup> groups;
    private final Map<UUID, Integer> temporaryParticipants;

    /** Active members per organization: {all, full members}. */
    private final Map<UUID, int[]> membersByOrg = new HashMap<>();

    /** Serving holders of a position, per organization (its committee's size, or its secretary). */
    private final Map<UUID, Integer> servingSeats = new HashMap<>();

    /** Gaps and hazards not yet closed, per compound. */
    private final Map<UUID, Integer> openItemsByCompound = new HashMap<>();

    private Registers(long generation, StoreSession s) {
        this.generation = generation;
        this.office = s.office().find().orElse(null);
        this.rule = s.office().ownerlessRule();
        this.communities = s.communities().list();
        this.compounds = s.compounds().list();
        this.orgs = s.orgs().list();
        this.surveys = s.surveys().all();
        this.units = s.units().list();
        this.groups = s.groups().list();
        this.temporaryParticipants = s.temporaryBranches().participantsByBranch();
        for (SurveyItem item : s.surveys().items()) {
            if (item.status() != SurveyItem.Status.CLOSED) {
                openItemsByCompound.merge(item.compoundId(), 1, Integer::sum);
            }
        }
        s.positions().serving().forEach(h -> servingSeats.merge(h.orgId(), 1, Integer::sum));
        communities.forEach(c -> communityNames.put(c.id(), c.name()));
        compounds.forEach(c -> compoundNames.put(c.id(), c.name()));
        orgs.forEach(o -> orgNames.put(o.id(), o.name()));
        List<Fact> facts = new ArrayList<>();
        s.members().forEachFact(facts::add);
        Keyed[] keyed = new Keyed[facts.size()];
        for (int i = 0; i < keyed.length; i++) {
            Fact f = facts.get(i);
            keyed[i] = new Keyed(CHINESE.getCollationKey(f.name()), f);
            if (f.active() && f.orgId() != null) {
                int[] n = membersByOrg.computeIfAbsent(f.orgId(), k -> new int[2]);
                n[0]++;
                if (f.standing() == Standing.FULL) {
                    n[1]++;
                }
            }
            if (f.active() && f.compoundId() != null) {
                activeByCompound.merge(f.compoundId(), 1, Integer::sum);
                registrationsByCompound
                        .computeIfAbsent(f.compoundId(), k -> new EnumMap<>(Registration.class))
                        .merge(f.registration(), 1, Integer::sum);
                if (Membership.countsTowardRegularBranch(
                        true, f.standing(), f.registration(), f.presence())) {
                    eligibleByCompound.merge(f.compoundId(), 1, Integer::sum);
                }
            }
        }
        Arrays.sort(
                keyed,
                (a, b) -> {
                    int c = a.key().compareTo(b.key());
                    return c != 0 ? c : a.fact().id().compareTo(b.fact().id());
                });
        this.members = new Fact[keyed.length];
        this.phoneDigits = new String[keyed.length];
        for (int i = 0; i < keyed.length; i++) {
            members[i] = keyed[i].fact();
            phoneDigits[i] =
                    members[i].phone() == null ? "" : members[i].phone().replaceAll("[^0-9]", "");
        }
    }

    public long generation() {
        return generation;
    }

    public Office office() {
        return office;
    }

    public OwnerlessRule rule() {
        return rule;
    }

    public List<Community> communities() {
        return Collections.unmodifiableList(communities);
    }

    public List<Compound> compounds() {
        return Collections.unmodifiableList(compounds);
    }

    public List<PartyOrg> orgs() {
        return Collections.unmodifiableList(orgs);
    }

    public Map<UUID, String> communityNames() {
        return Collections.unmodifiableMap(communityNames);
    }

    public Map<UUID, String> compoundNames() {
        return Collections.unmodifiableMap(compoundNames);
    }

    public Map<UUID, String> orgNames() {
        return Collections.unmodifiableMap(orgNames);
    }

    /** Live members in pinyin order of their names (a copy). */
    public List<Fact> members() {
        return Collections.unmodifiableList(Arrays.asList(members)); // a view: no copy of 100,000
    }

    public Map<UUID, Integer> activeByCompound() {
        return Collections.unmodifiableMap(activeByCompound);
    }

    public Map<UUID, Integer> eligibleByCompound() {
        return Collections.unmodifiableMap(eligibleByCompound);
    }

    public Map<UUID, Map<Registration, Integer>> registrationsByCompound() {
        return Collections.unmodifiableMap(registrationsByCompound);
    }

    public Map<UUID, CompoundSurvey> surveys() {
        return Collections.unmodifiableMap(surveys);
    }

    public List<Unit> units() {
        return Collections.unmodifiableList(units);
    }

    public List<BranchGroup> groups() {
        return Collections.unmodifiableList(groups);
    }

    public Map<UUID, Integer> temporaryParticipants() {
        return Collections.unmodifiableMap(temporaryParticipants);
    }

    /** Active members of an organization, all and full members. */
    public Headcount headcount(UUID org) {
        int[] n = membersByOrg.getOrDefault(org, new int[2]);
        return new Headcount(n[0], n[1]);
    }

    /**
     * How many seats of an organization are held now: three or more make a committee (the flag
     * "committee needed" clears once one is elected).
     */
    public int servingSeats(UUID org) {
        return servingSeats.getOrDefault(org, 0);
    }

    /** Active members of an organization: all of them, and its full members. */
    public record Headcount(int all, int full) {}

    public Map<UUID, Integer> openItemsByCompound() {
        return Collections.unmodifiableMap(openItemsByCompound);
    }

    private record Keyed(CollationKey key, Fact fact) {}

    /**
     * Members matching a filter, in pinyin order of names; at most {@code limit}, plus whether
     * more.
     */
    public List<Fact> search(MemberFilter f, int limit) {
        String t = f.text() == null ? "" : f.text().trim();
        String upper = t.toUpperCase(Locale.ROOT);
        boolean idLike = upper.matches("[0-9X]{4,18}");
        boolean phoneLike = t.matches("[0-9 -]{4,}");
        String digits = t.replaceAll("[^0-9]", "");
        List<Fact> hits = new ArrayList<>();
        for (int i = 0; i < members.length; i++) {
            Fact m = members[i];
            if (!f.includeDeparted() && !m.active()
                    || f.communityId() != null && !f.communityId().equals(m.communityId())
                    || f.compoundId() != null && !f.compoundId().equals(m.compoundId())
                    || f.orgId() != null && !f.orgId().equals(m.orgId())
                    || f.standing() != null && f.standing() != m.standing()
                    || f.registration() != null && f.registration() != m.registration()
                    || f.presence() != null && f.presence() != m.presence()) {
                continue;
            }
            if (!t.isEmpty()
                    && !m.name().contains(t)
                    && !(idLike && m.idNumber().endsWith(upper))
                    && !(phoneLike && phoneDigits[i].contains(digits))
                    && !(m.compoundId() != null
                            && compoundNames.getOrDefault(m.compoundId(), "").contains(t))
                    && !(m.tags() != null && m.tags().contains(t))) {
                continue;
            }
            hits.add(m);
            if (hits.size() > limit) {
                break;
            }
        }
        return hits;
    }

    /** Keeps one snapshot and rebuilds it when the office has changed. */
    public static final class Holder {
        private final Store store;
        private volatile Registers current;

        public Holder(Store store) {
            this.store = store;
        }

        public Registers get() {
            long generation = store.generation();
            Registers s = current;
            if (s == null || s.generation != generation) {
                s = store.read(session -> new Registers(generation, session));
                current = s;
            }
            return s;
        }
    }
}
