package org.branchdesk.store.duty;

import static org.branchdesk.store.jooq.Tables.PERSON;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.domain.members.CitizenId;
import org.branchdesk.store.StoreSession;
import org.branchdesk.store.jooq.tables.records.PersonRecord;
import org.jooq.impl.DSL;

/** The people register: everyone who serves without being a member here. */
public final class PersonRepository {
    private final StoreSession s;

    public PersonRepository(StoreSession s) {
        this.s = s;
    }

    public Optional<Person> find(UUID id) {
        return s.dsl()
                .selectFrom(PERSON)
                .where(PERSON.ID.eq(id).and(PERSON.DELETED.isFalse()))
                .fetchOptional(PersonRepository::toPerson);
    }

    /** Everyone, those taken off the register too, by name. */
    public List<Person> list() {
        return s.dsl()
                .selectFrom(PERSON)
                .where(PERSON.DELETED.isFalse())
                .orderBy(PERSON.NAME)
                .fetch(PersonRepository::toPerson);
    }

    /** People on the register now (the register {@code stats} counts). */
    public int count() {
        return s.dsl().fetchCount(PERSON, PERSON.DELETED.isFalse().and(PERSON.LEFT_ON.isNull()));
    }

    /**
     * What the people register holds for the privacy inventory, those taken off it included: rows,
     * ID numbers, phones.
     */
    public int[] personalData() {
        var r =
                s.dsl()
                        .select(DSL.count(), DSL.count(PERSON.ID_NUMBER), DSL.count(PERSON.PHONE))
                        .from(PERSON)
                        .where(PERSON.DELETED.isFalse())
                        .fetchOne();
        return new int[] {r.value1(), r.value2(), r.value3()};
    }

    public void insert(Person p) {
        OffsetDateTime now = s.now();
        PersonRecord r = fields(p);
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.setRevision(1L);
        s.dsl().insertInto(PERSON).set(r).execute();
    }

    public void update(Person p) {
        PersonRecord r = fields(p);
        r.setUpdatedAt(s.now());
        s.dsl()
                .update(PERSON)
                .set(r)
                .set(PERSON.REVISION, PERSON.REVISION.plus(1))
                .where(PERSON.ID.eq(p.id()))
                .execute();
    }

    /** A person's fields as a record to write, the office that revised it set. */
    private PersonRecord fields(Person p) {
        PersonRecord r = s.dsl().newRecord(PERSON);
        r.setId(p.id());
        r.setName(p.name());
        r.setIdNumber(p.citizenId() == null ? null : p.citizenId().value());
        r.setPhone(p.phone());
        r.setKind(p.kind().name());
        r.setMemberId(p.memberId());
        r.setNote(p.note());
        r.setLeftOn(p.leftOn());
        r.setTags(p.tags());
        r.setRevisedBy(s.officeId());
        return r;
    }

    private static Person toPerson(PersonRecord r) {
        return new Person(
                r.getId(),
                r.getName(),
                r.getIdNumber() == null ? null : CitizenId.parse(r.getIdNumber()),
                r.getPhone(),
                PersonKind.valueOf(r.getKind()),
                r.getMemberId(),
                r.getNote(),
                r.getLeftOn(),
                r.getTags());
    }
}
