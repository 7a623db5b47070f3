package org.branchdesk.store.members;

import static org.branchdesk.store.jooq.Tables.MEMBER;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.branchdesk.domain.members.CitizenId;
import org.branchdesk.domain.members.Departure;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.members.Presence;
import org.branchdesk.domain.members.Registration;
import org.branchdesk.domain.members.Sex;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.MemberRecord;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/** Party members. Members are never removed: they leave by a dated departure. */
public final class MemberRepository {
    private final StoreSession s;

    public MemberRepository(StoreSession s) {
        this.s = s;
    }

    public Optional<Member> find(UUID id) {
        return s.dsl()
                .selectFrom(MEMBER)
                .where(MEMBER.ID.eq(id).and(MEMBER.DELETED.isFalse()))
                .fetchOptional(MemberRepository::toMember);
    }

    public Optional<Member> findByIdNumber(String idNumber) {
        return s.dsl()
                .selectFrom(MEMBER)
                .where(MEMBER.ID_NUMBER.eq(idNumber).and(MEMBER.DELETED.isFalse()))
                .limit(1)
                .fetchOptional(MemberRepository::toMember);
    }

    /** Every live member keyed by ID number (for planning an import in one pass). */
    public Map<String, Member> byIdNumber() {
        Map<String, Member> map = new HashMap<>();
        s.dsl()
                .selectFrom(MEMBER)
                .where(MEMBER.DELETED.isFalse())
                .forEach(r -> map.put(r.getIdNumber(), toMember(r)));
        return map;
    }

    /** The few facts of every live member that searches and counts need, in one narrow read. */
    public record Fact(
            UUID id,
            String name,
            String idNumber,
            String phone,
            UUID communityId,
            UUID compoundId,
            UUID orgId,
            Standing standing,
            Registration registration,
            Presence presence,
            boolean active,
            String tags) {}

    public void forEachFact(Consumer<Fact> consumer) {
        s.dsl()
                .select(
                        MEMBER.ID,
                        MEMBER.NAME,
                        MEMBER.ID_NUMBER,
                        MEMBER.PHONE,
                        MEMBER.COMMUNITY_ID,
                        MEMBER.COMPOUND_ID,
                        MEMBER.ORG_ID,
                        MEMBER.STANDING,
                        MEMBER.REGISTRATION,
                        MEMBER.PRESENCE,
                        MEMBER.DEPARTURE,
                        MEMBER.TAGS)
                .from(MEMBER)
                .where(MEMBER.DELETED.isFalse())
                .fetchSize(2000)
                .forEach(
                        r ->
                                consumer.accept(
                                        new Fact(
                                                r.value1(),
                                                r.value2(),
                                                r.value3(),
                                                r.value4(),
                                                r.value5(),
                                                r.value6(),
                                                r.value7(),
                                                Standing.valueOf(r.value8()),
                                                Registration.valueOf(r.value9()),
                                                Presence.valueOf(r.value10()),
                                                r.value11() == null,
                                                r.value12())));
    }

    /** A member as lists of a place or a branch name them: who, where, which branch. */
    public record Resident(UUID id, String name, UUID compoundId, String building, UUID orgId) {}

    /** Active members living in a compound. */
    public List<Resident> residentsOf(UUID compoundId) {
        return residents(MEMBER.COMPOUND_ID.eq(compoundId));
    }

    /** Active members of one organization. */
    public List<Resident> membersOf(UUID orgId) {
        return residents(MEMBER.ORG_ID.eq(orgId));
    }

    /** Active members who belong to an organization, in one scan. */
    public List<Resident> withBranch() {
        return residents(MEMBER.ORG_ID.isNotNull());
    }

    /** Active members with a compound, for finding the buildings their residences name. */
    public List<Resident> allResidents() {
        return residents(MEMBER.COMPOUND_ID.isNotNull());
    }

    /** Active (not departed) members matching {@code where}, as residents. */
    private List<Resident> residents(Condition where) {
        return s.dsl()
                .select(MEMBER.ID, MEMBER.NAME, MEMBER.COMPOUND_ID, MEMBER.BUILDING, MEMBER.ORG_ID)
                .from(MEMBER)
                .where(where.and(MEMBER.DELETED.isFalse()).and(MEMBER.DEPARTURE.isNull()))
                .fetchSize(2000)
                .fetch(
                        r ->
                                new Resident(
                                        r.value1(),
                                        r.value2(),
                                        r.value3(),
                                        r.value4(),
                                        r.value5()));
    }

    /**
     * Every member on the register (not departed), of one community or ({@code null}) all, in one
     * scan.
     */
    public List<Member> active(UUID communityId) {
        var where = MEMBER.DELETED.isFalse().and(MEMBER.DEPARTURE.isNull());
        if (communityId != null) {
            where = where.and(MEMBER.COMMUNITY_ID.eq(communityId));
        }
        // Read straight off the result set: jOOQ's record per row, with a converter per field,
        // was two thirds of a members ledger's time in a fresh process (10,000 rows: 1.2 s).
        try (ResultSet rs =
                s.dsl().select(ROW).from(MEMBER).where(where).fetchSize(2000).fetchResultSet()) {
            List<Member> members = new ArrayList<>();
            while (rs.next()) {
                members.add(toMember(rs));
            }
            return members;
        } catch (SQLException e) {
            throw new DataAccessException("reading the members", e);
        }
    }

    /** The columns {@link #toMember(java.sql.ResultSet)} reads, in its order. */
    private static final List<Field<?>> ROW =
            List.of(
                    MEMBER.ID,
                    MEMBER.NAME,
                    MEMBER.SEX,
                    MEMBER.ID_NUMBER,
                    MEMBER.BIRTH_DATE,
                    MEMBER.ID_CONVERTED_FROM_15,
                    MEMBER.ETHNIC_GROUP,
                    MEMBER.EDUCATION,
                    MEMBER.PHONE,
                    MEMBER.JOINED_ON,
                    MEMBER.FULL_ON,
                    MEMBER.STANDING,
                    MEMBER.REGISTRATION,
                    MEMBER.PRESENCE,
                    MEMBER.ORG_ID,
                    MEMBER.COMMUNITY_ID,
                    MEMBER.COMPOUND_ID,
                    MEMBER.BUILDING,
                    MEMBER.UNIT,
                    MEMBER.ROOM,
                    MEMBER.WORKPLACE,
                    MEMBER.NOTE,
                    MEMBER.DEPARTURE,
                    MEMBER.DEPARTED_ON,
                    MEMBER.TAGS);

    /** The same member as {@link #toMember(MemberRecord)}, from a row of {@link #ROW}. */
    private static Member toMember(ResultSet rs) throws SQLException {
        Sex sex = Sex.valueOf(rs.getString(3));
        String departure = rs.getString(23);
        return new Member(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                sex,
                new CitizenId(
                        rs.getString(4), rs.getObject(5, LocalDate.class), sex, rs.getBoolean(6)),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getObject(10, LocalDate.class),
                rs.getObject(11, LocalDate.class),
                Standing.valueOf(rs.getString(12)),
                Registration.valueOf(rs.getString(13)),
                Presence.valueOf(rs.getString(14)),
                rs.getObject(15, UUID.class),
                rs.getObject(16, UUID.class),
                rs.getObject(17, UUID.class),
                rs.getString(18),
                rs.getString(19),
                rs.getString(20),
                rs.getString(21),
                rs.getString(22),
                departure == null ? null : Departure.valueOf(departure),
                rs.getObject(24, LocalDate.class),
                rs.getString(25));
    }

    /** Members by id, in no particular order (the page of a search). */
    public List<Member> findAll(Collection<UUID> ids) {
        return s.dsl()
                .selectFrom(MEMBER)
                .where(MEMBER.ID.in(ids))
                .fetch(MemberRepository::toMember);
    }

    /** How much personal data the register holds, counted in the database. */
    public record PersonalData(
            int active, int departed, int idNumbers, int convertedIds, int phones, int addresses) {}

    public PersonalData personalData() {
        var r =
                s.dsl()
                        .select(
                                DSL.count().filterWhere(MEMBER.DEPARTURE.isNull()),
                                DSL.count().filterWhere(MEMBER.DEPARTURE.isNotNull()),
                                DSL.count(MEMBER.ID_NUMBER),
                                DSL.count().filterWhere(MEMBER.ID_CONVERTED_FROM_15.isTrue()),
                                DSL.count(MEMBER.PHONE),
                                DSL.count()
                                        .filterWhere(
                                                MEMBER.BUILDING
                                                        .isNotNull()
                                                        .or(MEMBER.UNIT.isNotNull())
                                                        .or(MEMBER.ROOM.isNotNull())))
                        .from(MEMBER)
                        .where(MEMBER.DELETED.isFalse())
                        .fetchOne();
        return new PersonalData(
                r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6());
    }

    public int count() {
        return s.dsl().fetchCount(MEMBER, MEMBER.DELETED.isFalse());
    }

    /** Active members per organization, and how many of them are full members. */
    public Map<UUID, int[]> countsByOrg() {
        Map<UUID, int[]> counts = new HashMap<>();
        Field<Integer> full = DSL.count().filterWhere(MEMBER.STANDING.eq(Standing.FULL.name()));
        s.dsl()
                .select(MEMBER.ORG_ID, DSL.count(), full)
                .from(MEMBER)
                .where(
                        MEMBER.DELETED
                                .isFalse()
                                .and(MEMBER.DEPARTURE.isNull())
                                .and(MEMBER.ORG_ID.isNotNull()))
                .groupBy(MEMBER.ORG_ID)
                .forEach(r -> counts.put(r.value1(), new int[] {r.value2(), r.value3()}));
        return counts;
    }

    public void insert(Member m) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(MEMBER)
                .set(MEMBER.ID, m.id())
                .set(values(m))
                .set(MEMBER.CREATED_AT, now)
                .set(MEMBER.UPDATED_AT, now)
                .set(MEMBER.REVISION, 1L)
                .set(MEMBER.REVISED_BY, s.officeId())
                .execute();
    }

    /**
     * Inserts many members with one prepared statement, bound once per member in chunks (imports of
     * tens of thousands of rows).
     */
    public void insertAll(List<Member> members) {
        if (members.isEmpty()) {
            return;
        }
        OffsetDateTime now = s.now();
        UUID office = s.officeId();
        List<Field<?>> fields = new ArrayList<>();
        fields.add(MEMBER.ID);
        fields.addAll(values(members.get(0)).keySet());
        fields.addAll(
                List.of(MEMBER.CREATED_AT, MEMBER.UPDATED_AT, MEMBER.REVISION, MEMBER.REVISED_BY));
        for (int from = 0; from < members.size(); from += 1000) {
            var batch =
                    s.dsl()
                            .batch(
                                    s.dsl()
                                            .insertInto(MEMBER, fields)
                                            .values(new Object[fields.size()]));
            for (Member m : members.subList(from, Math.min(members.size(), from + 1000))) {
                List<Object> row = new ArrayList<>(fields.size());
                row.add(m.id());
                row.addAll(values(m).values());
                row.addAll(List.of(now, now, 1L, office));
                batch.bind(row.toArray());
            }
            batch.execute();
        }
    }

    public void update(Member m) {
        s.dsl()
                .update(MEMBER)
                .set(values(m))
                .set(MEMBER.UPDATED_AT, s.now())
                .set(MEMBER.REVISION, MEMBER.REVISION.plus(1))
                .set(MEMBER.REVISED_BY, s.officeId())
                .where(MEMBER.ID.eq(m.id()))
                .execute();
    }

    private static Map<Field<?>, Object> values(Member m) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(MEMBER.NAME, m.name());
        v.put(MEMBER.SEX, m.sex().name());
        v.put(MEMBER.ID_NUMBER, m.citizenId().value());
        v.put(MEMBER.ID_CONVERTED_FROM_15, m.citizenId().convertedFrom15());
        v.put(MEMBER.BIRTH_DATE, m.citizenId().birthDate());
        v.put(MEMBER.ETHNIC_GROUP, m.ethnicGroup());
        v.put(MEMBER.EDUCATION, m.education());
        v.put(MEMBER.PHONE, m.phone());
        v.put(MEMBER.JOINED_ON, m.joinedOn());
        v.put(MEMBER.FULL_ON, m.fullOn());
        v.put(MEMBER.STANDING, m.standing().name());
        v.put(MEMBER.REGISTRATION, m.registration().name());
        v.put(MEMBER.PRESENCE, m.presence().name());
        v.put(MEMBER.ORG_ID, m.orgId());
        v.put(MEMBER.COMMUNITY_ID, m.communityId());
        v.put(MEMBER.COMPOUND_ID, m.compoundId());
        v.put(MEMBER.BUILDING, m.building());
        v.put(MEMBER.UNIT, m.unit());
        v.put(MEMBER.ROOM, m.room());
        v.put(MEMBER.WORKPLACE, m.workplace());
        v.put(MEMBER.NOTE, m.note());
        v.put(MEMBER.DEPARTURE, m.departure() == null ? null : m.departure().name());
        v.put(MEMBER.DEPARTED_ON, m.departedOn());
        v.put(MEMBER.TAGS, m.tags());
        return v;
    }

    static Member toMember(MemberRecord r) {
        Sex sex = Sex.valueOf(r.getSex());
        return new Member(
                r.getId(),
                r.getName(),
                sex,
                new CitizenId(
                        r.getIdNumber(),
                        r.getBirthDate(),
                        sex,
                        Boolean.TRUE.equals(r.getIdConvertedFrom_15())),
                r.getEthnicGroup(),
                r.getEducation(),
                r.getPhone(),
                r.getJoinedOn(),
                r.getFullOn(),
                Standing.valueOf(r.getStanding()),
                Registration.valueOf(r.getRegistration()),
                Presence.valueOf(r.getPresence()),
                r.getOrgId(),
                r.getCommunityId(),
                r.getCompoundId(),
                r.getBuilding(),
                r.getUnit(),
                r.getRoom(),
                r.getWorkplace(),
                r.getNote(),
                r.getDeparture() == null ? null : Departure.valueOf(r.getDeparture()),
                r.getDepartedOn(),
                r.getTags());
    }
}
