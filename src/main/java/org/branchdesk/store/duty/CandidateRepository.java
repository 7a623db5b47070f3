package org.branchdesk.store.duty;

import static org.branchdesk.store.jooq.Tables.MEMBER;
import static org.branchdesk.store.jooq.Tables.PERSON;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.store.StoreSession;
import org.jooq.impl.DSL;

/**
 * Who a name on a command line may mean: the members on the register and the people on the people
 * register now whose name it is, or whose short code (a letter and the first eight hex digits of
 * the id) it is. A person linked to a member is found as the member.
 */
public final class CandidateRepository {
    private final StoreSession s;

    public CandidateRepository(StoreSession s) {
        this.s = s;
    }

    /**
     * One who may be meant: a member ({@code personKind} {@code null}) or a person.
     *
     * @param idNumber the ID number on the register, or {@code null} (people may have none)
     */
    public record Candidate(UUID id, String name, String idNumber, PersonKind personKind) {
        public boolean isMember() {
            return personKind == null;
        }
    }

    /**
     * Members on the register with this name, or whose id starts with {@code memberIdPrefix} (eight
     * hex digits, or {@code null}); with {@code peopleToo}, people on the register likewise with
     * {@code personIdPrefix} (not those linked to a member: they are found as the member).
     */
    public List<Candidate> named(
            String name, String memberIdPrefix, String personIdPrefix, boolean peopleToo) {
        List<Candidate> out = new ArrayList<>();
        s.dsl()
                .select(MEMBER.ID, MEMBER.NAME, MEMBER.ID_NUMBER)
                .from(MEMBER)
                .where(MEMBER.DELETED.isFalse().and(MEMBER.DEPARTURE.isNull()))
                .and(
                        MEMBER.NAME
                                .eq(name)
                                .or(DSL.cast(MEMBER.ID, String.class).like(like(memberIdPrefix))))
                .orderBy(MEMBER.ID_NUMBER)
                .forEach(r -> out.add(new Candidate(r.value1(), r.value2(), r.value3(), null)));
        if (peopleToo) {
            s.dsl()
                    .select(PERSON.ID, PERSON.NAME, PERSON.ID_NUMBER, PERSON.KIND)
                    .from(PERSON)
                    .where(
                            PERSON.DELETED
                                    .isFalse()
                                    .and(PERSON.LEFT_ON.isNull())
                                    .and(PERSON.MEMBER_ID.isNull()))
                    .and(
                            PERSON.NAME
                                    .eq(name)
                                    .or(
                                            DSL.cast(PERSON.ID, String.class)
                                                    .like(like(personIdPrefix))))
                    .orderBy(PERSON.ID_NUMBER)
                    .forEach(
                            r ->
                                    out.add(
                                            new Candidate(
                                                    r.value1(),
                                                    r.value2(),
                                                    r.value3(),
                                                    PersonKind.valueOf(r.value4()))));
        }
        return out;
    }

    /** A LIKE pattern for ids starting with a prefix; one no id matches when there is none. */
    private static String like(String prefix) {
        return prefix == null ? "-" : prefix.toLowerCase(Locale.ROOT) + "%";
    }
}
