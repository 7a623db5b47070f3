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

    public void insert(Person p) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(PERSON)
                .set(PERSON.ID, p.id())
                .set(PERSON.NAME, p.name())
                .set(PERSON.ID_NUMBER, p.citizenId() == null ? null : p.citizenId().value())
                .set(PERSON.PHONE, p.phone())
                .set(PERSON.KIND, p.kind().name())
                .set(PERSON.MEMBER_ID, p.memberId())
                .set(PERSON.NOTE, p.note())
                .set(PERSON.LEFT_ON, p.leftOn())
                .set(PERSON.CREATED_AT, now)
                .set(PERSON.UPDATED_AT, now)
                .set(PERSON.REVISION, 1L)
                .set(PERSON.REVISED_BY, s.officeId())
                .execute();
    }

    public void update(Person p) {
        s.dsl()
                .update(PERSON)
                .set(PERSON.NAME, p.name())
                .set(PERSON.ID_NUMBER, p.citizenId() == null ? null : p.citizenId().value())
                .set(PERSON.PHONE, p.phone())
                .set(PERSON.KIND, p.kind().name())
                .set(PERSON.MEMBER_ID, p.memberId())
                .set(PERSON.NOTE, p.note())
                .set(PERSON.LEFT_ON, p.leftOn())
                .set(PERSON.UPDATED_AT, s.now())
                .set(PERSON.REVISION, PERSON.REVISION.plus(1))
                .set(PERSON.REVISED_BY, s.officeId())
                .where(PERSON.ID.eq(p.id()))
                .execute();
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
                r.getLeftOn());
    }
}
