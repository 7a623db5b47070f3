package org.branchdesk.service.duty;

import java.nio.file.Path;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.common.Disclosure;
import org.branchdesk.domain.common.Masking;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.PeopleRules;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.domain.members.CitizenId;
import org.branchdesk.domain.members.Member;
import org.branchdesk.service.access.Access;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.sheets.Spreadsheets;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;

/**
 * The people register: those who serve without being members here. A person whose ID number is a
 * member's is linked to the member, never copied; nobody is listed twice; nobody is deleted.
 */
public final class PeopleService {
    static final String ENTITY = "person";

    private final Store store;
    private final Actor actor;
    private final Clock clock;

    public PeopleService(Store store, Actor actor, Clock clock) {
        this.store = store;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * A person as a clerk enters them.
     *
     * @param tags the office's tags as typed (医护背景、志愿者 …), or empty
     */
    public record NewPerson(
            String name, String idNumber, String phone, PersonKind kind, String note, String tags) {
        /** A person without tags. */
        public NewPerson(String name, String idNumber, String phone, PersonKind kind, String note) {
            this(name, idNumber, phone, kind, note, null);
        }
    }

    /** Puts a person on the register; refused, naming the field, when a rule forbids it. */
    public Person add(NewPerson f) {
        Person draft =
                Person.of(
                        UUID.randomUUID(),
                        f.name(),
                        f.idNumber(),
                        f.phone(),
                        f.kind(),
                        null,
                        f.note(),
                        f.tags());
        return Access.write(store, actor, Permission.EDIT, s -> add(s, actor.name(), draft));
    }

    /**
     * Puts a person on the register inside a running transaction (the people import does it this
     * way): linked to the member with the same ID number, if any.
     */
    static Person add(StoreSession s, String actorName, Person draft) {
        Member member = memberOf(s, draft);
        refuse(draft, member, listed(s, draft, member));
        Person p =
                new Person(
                        draft.id(),
                        draft.name(),
                        draft.citizenId(),
                        draft.phone(),
                        draft.kind(),
                        member == null ? null : member.id(),
                        draft.note(),
                        null,
                        draft.tags());
        s.people().insert(p);
        s.audit().record(actorName, ENTITY, p.id(), Action.CREATE, null, p);
        return p;
    }

    /** The member whose ID number the person carries, or {@code null}. */
    private static Member memberOf(StoreSession s, Person draft) {
        return draft.citizenId() == null
                ? null
                : s.members().findByIdNumber(draft.citizenId().value()).orElse(null);
    }

    /** Refuses, naming the field, a person the people rules do not let on the register. */
    private static void refuse(Person draft, Member member, boolean listed) {
        PeopleRules.Refusal refusal =
                PeopleRules.check(draft.name(), member == null ? null : member.name(), listed);
        if (refusal != null) {
            throw new ValidationError(
                    refusal == PeopleRules.Refusal.ALREADY_LISTED
                            ? "field.person.idNumber"
                            : "field.person.name",
                    "refusal.people." + refusal.name(),
                    member == null ? "" : member.name());
        }
    }

    /**
     * Whether someone else on the register has the same ID number or is the same member (the person
     * being corrected does not count against themself).
     */
    static boolean listed(StoreSession s, Person draft, Member member) {
        return s.people().list().stream()
                .filter(Person::isActive)
                .filter(p -> !p.id().equals(draft.id()))
                .anyMatch(
                        p ->
                                draft.citizenId() != null
                                                && p.citizenId() != null
                                                && p.citizenId().equals(draft.citizenId())
                                        || member != null && member.id().equals(p.memberId()));
    }

    /**
     * Corrects a person's name, ID number, phone, kind, tags and note, checked as when they were
     * added: an ID number someone else on the register has is refused, and the person is linked to
     * the member whose ID number they carry (a member already linked to someone else is refused).
     * The form never shows the ID number or the phone in clear, so an empty one keeps what is
     * recorded. Audited; an unchanged person is not written.
     */
    public Person update(UUID id, NewPerson f) {
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    Person before =
                            s.people()
                                    .find(id)
                                    .orElseThrow(() -> new UserError("error.person.notFound"));
                    Person draft =
                            Person.of(
                                    id,
                                    f.name(),
                                    keep(
                                            f.idNumber(),
                                            before.citizenId() == null
                                                    ? null
                                                    : before.citizenId().value()),
                                    keep(f.phone(), before.phone()),
                                    f.kind(),
                                    null,
                                    f.note(),
                                    f.tags());
                    Member member = memberOf(s, draft);
                    refuse(draft, member, listed(s, draft, member));
                    Person after =
                            new Person(
                                    id,
                                    draft.name(),
                                    draft.citizenId(),
                                    draft.phone(),
                                    draft.kind(),
                                    member == null ? null : member.id(),
                                    draft.note(),
                                    before.leftOn(),
                                    draft.tags());
                    if (after.equals(before)) {
                        return before;
                    }
                    s.people().update(after);
                    s.audit().record(actor.name(), ENTITY, id, Action.UPDATE, before, after);
                    return after;
                });
    }

    /** What a form field gives, or what is recorded when the clerk left it empty. */
    private static String keep(String typed, String recorded) {
        return Text.emptyToNull(typed) == null ? recorded : typed;
    }

    /** Takes a person off the register on a day; the record stays. */
    public Person leave(UUID id, LocalDate on) {
        if (on.isAfter(LocalDate.now(clock))) {
            throw new ValidationError("field.person.leftOn", "rule.dateInFuture");
        }
        return Access.write(
                store,
                actor,
                Permission.EDIT,
                s -> {
                    Person before =
                            s.people()
                                    .find(id)
                                    .orElseThrow(() -> new UserError("error.person.notFound"));
                    if (!before.isActive()) {
                        throw new UserError("error.person.alreadyLeft", before.leftOn());
                    }
                    Person after = before.leaving(on);
                    s.people().update(after);
                    s.audit().record(actor.name(), ENTITY, id, Action.UPDATE, before, after);
                    return after;
                });
    }

    /**
     * What the registers know of an ID number, for a form to say as the clerk types (the people
     * rules then read it with the name typed): the member it belongs to, and whether someone on the
     * people register has it (or is that member) already.
     *
     * @param memberName the member with this ID number, whom the person would be linked to, or
     *     {@code null}
     */
    public record Match(String memberName, boolean listed) {}

    /** Looks a valid ID number up in the members and people registers, changing nothing. */
    public Match match(String idNumber) {
        return match(idNumber, UUID.randomUUID());
    }

    /**
     * Looks a valid ID number up for the form that corrects a person: the person themself does not
     * count as listed already.
     */
    public Match match(String idNumber, UUID person) {
        CitizenId id = CitizenId.parse(idNumber);
        Person draft = new Person(person, "", id, null, PersonKind.OTHER, null, null, null, null);
        return store.read(
                s -> {
                    Member member = s.members().findByIdNumber(id.value()).orElse(null);
                    return new Match(
                            member == null ? null : member.name(), listed(s, draft, member));
                });
    }

    /** Whether this account may add, correct and take people off the register (not supervisors). */
    public boolean mayEdit() {
        return actor.may(Permission.EDIT);
    }

    /** A line of the register as lists show it: ID number and phone masked the office's way. */
    public record Line(Person person, String maskedId, String maskedPhone, String memberName) {}

    /**
     * The people on the register (and, with {@code all}, those taken off it), in pinyin order of
     * names as the members are.
     */
    public List<Line> lines(boolean all) {
        return store.read(
                s -> {
                    Masking masking = s.office().masking();
                    Disclosure listed = Disclosure.list(masking, false);
                    return s.people().list().stream()
                            .filter(p -> all || p.isActive())
                            .map(
                                    p ->
                                            new Line(
                                                    p,
                                                    p.citizenId() == null
                                                            ? ""
                                                            : masking.id(p.citizenId().value()),
                                                    p.phone() == null
                                                            ? ""
                                                            : listed.apply(p).phone(),
                                                    p.memberId() == null
                                                            ? null
                                                            : s.members()
                                                                    .find(p.memberId())
                                                                    .map(Member::name)
                                                                    .orElse(null)))
                            .sorted(
                                    Comparator.comparing(
                                            (Line l) -> l.person().name(),
                                            Collator.getInstance(Locale.CHINA)))
                            .toList();
                });
    }

    /**
     * Writes the people on the register to {@code .xlsx}, in the import template's columns, ID
     * numbers and phones masked the office's way: what a list handed out may carry.
     */
    public int export(Path out) {
        List<Line> lines = lines(false);
        List<List<String>> rows = new ArrayList<>();
        for (Line l : lines) {
            Person p = l.person();
            rows.add(
                    List.of(
                            p.name(),
                            l.maskedId(),
                            l.maskedPhone(),
                            Messages.format("personKind." + p.kind().name()),
                            p.note() == null ? "" : p.note(),
                            p.tags() == null ? "" : p.tags()));
        }
        List<String> header =
                Arrays.stream(PersonImporter.Column.values()).map(c -> c.headers().get(0)).toList();
        Spreadsheets.writeXlsx(out, Messages.format("sheet.people"), header, rows);
        return rows.size();
    }
}
