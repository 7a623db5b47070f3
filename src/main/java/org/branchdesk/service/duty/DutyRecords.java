package org.branchdesk.service.duty;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.branchdesk.domain.common.Masking;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.DutyPeriods;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.duty.WorkUnit;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.domain.units.Unit;
import org.branchdesk.store.StoreSession;

/**
 * What reportings, cadres sent down and cadres' areas check alike inside their transaction (the
 * place, who serves, the unit), and the names their lists show, read once per list.
 */
final class DutyRecords {
    private DutyRecords() {}

    /**
     * Refuses a community that is not on the register, or a compound that is not one of its own.
     *
     * @param prefix the bundle keys' prefix of the record's fields ({@code field.reporting})
     */
    static void checkPlace(StoreSession s, String prefix, UUID communityId, UUID compoundId) {
        if (s.communities().find(communityId).isEmpty()) {
            throw new ValidationError(prefix + ".community", "rule.duty.noCommunity");
        }
        if (compoundId != null) {
            Compound c =
                    s.compounds()
                            .find(compoundId)
                            .orElseThrow(
                                    () ->
                                            new ValidationError(
                                                    prefix + ".compound",
                                                    "rule.duty.compoundElsewhere"));
            if (DutyPeriods.compoundElsewhere(c.communityId(), communityId)) {
                throw new ValidationError(prefix + ".compound", "rule.duty.compoundElsewhere");
            }
        }
    }

    /** Refuses someone who is not on the members register or the people register now. */
    static void checkOnRegister(StoreSession s, String field, Team.Someone who) {
        boolean on =
                who.isMember()
                        ? s.members().find(who.memberId()).filter(Member::isActive).isPresent()
                        : s.people().find(who.personId()).filter(Person::isActive).isPresent();
        if (!on) {
            throw new ValidationError(field, "rule.duty.notOnRegister");
        }
    }

    /**
     * The unit as it is recorded: linked when it is on the unit register ({@code unitId} given, or
     * a registered unit of that name), otherwise by name with its party organization's name.
     */
    static WorkUnit unit(
            StoreSession s,
            UUID unitId,
            String name,
            String orgName,
            String field,
            String orgField) {
        if (unitId != null) {
            if (s.units().list().stream().noneMatch(u -> u.id().equals(unitId))) {
                throw new UserError("error.duty.unitNotFound");
            }
            return WorkUnit.onRegister(unitId);
        }
        WorkUnit named = WorkUnit.named(field, name, orgField, orgName);
        return s.units()
                .findByName(named.name())
                .map(u -> WorkUnit.onRegister(u.id()))
                .orElse(named);
    }

    /** Refuses a day that has not come yet or falls outside a record's period. */
    static void checkDay(
            String field, LocalDate day, LocalDate today, LocalDate from, LocalDate to) {
        DutyPeriods.requireNotInFuture(field, day, today);
        DutyPeriods.requireWithin(field, day, from, to);
    }

    /**
     * The names a list shows, read once: places, units with their organizations, and the members
     * and people it names (phones masked the office's way).
     */
    static final class Names {
        private final Masking masking;
        private final Map<UUID, String> communities;
        private final Map<UUID, String> compounds;
        private final Map<UUID, Unit> units;
        private final Map<UUID, String> orgs;
        private final Map<UUID, Member> members;
        private final Map<UUID, Person> people;

        Names(StoreSession s, Collection<UUID> memberIds) {
            masking = s.office().masking();
            communities =
                    s.communities().list().stream()
                            .collect(Collectors.toMap(Community::id, Community::name));
            compounds =
                    s.compounds().list().stream()
                            .collect(Collectors.toMap(Compound::id, Compound::name));
            units = s.units().list().stream().collect(Collectors.toMap(Unit::id, u -> u));
            orgs = s.orgs().list().stream().collect(Collectors.toMap(PartyOrg::id, PartyOrg::name));
            members = new HashMap<>();
            if (!memberIds.isEmpty()) {
                s.members().findAll(memberIds).forEach(m -> members.put(m.id(), m));
            }
            people = s.people().list().stream().collect(Collectors.toMap(Person::id, p -> p));
        }

        /** The members named by a list of records. */
        static <T> List<UUID> memberIds(List<T> records, Function<T, UUID> member) {
            return records.stream().map(member).filter(Objects::nonNull).distinct().toList();
        }

        String community(UUID id) {
            return communities.getOrDefault(id, "");
        }

        String compound(UUID id) {
            return id == null ? "" : compounds.getOrDefault(id, "");
        }

        /** A community, or a compound within it, as one label ({@code 青槐社区 长乐新村}). */
        String place(UUID community, UUID compound) {
            return compound == null
                    ? community(community)
                    : Messages.format("duty.place", community(community), compound(compound));
        }

        String unit(WorkUnit u) {
            if (!u.isOnRegister()) {
                return u.name();
            }
            Unit unit = units.get(u.unitId());
            return unit == null ? "" : unit.name();
        }

        /** The unit's party organization's name, or {@code null} when none is recorded. */
        String unitOrg(WorkUnit u) {
            if (!u.isOnRegister()) {
                return u.orgName();
            }
            Unit unit = units.get(u.unitId());
            return unit == null || unit.partyOrgId() == null ? null : orgs.get(unit.partyOrgId());
        }

        Member member(UUID id) {
            return members.get(id);
        }

        String name(Team.Someone who) {
            if (who.isMember()) {
                Member m = members.get(who.memberId());
                return m == null ? "" : m.name();
            }
            Person p = people.get(who.personId());
            return p == null ? "" : p.name();
        }

        String maskedPhone(Team.Someone who) {
            String phone;
            if (who.isMember()) {
                Member m = members.get(who.memberId());
                phone = m == null ? null : m.phone();
            } else {
                Person p = people.get(who.personId());
                phone = p == null ? null : p.phone();
            }
            return phone == null ? "" : masking.phone(phone);
        }
    }
}
