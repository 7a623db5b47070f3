package org.branchdesk.service.duty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.PeopleRules;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.domain.members.Member;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.importing.ImportKind;
import org.branchdesk.service.importing.ImportLookups;
import org.branchdesk.service.importing.ImportPlan;
import org.branchdesk.service.importing.ImportPlan.Fate;
import org.branchdesk.service.importing.ImportPlan.RowOutcome;
import org.branchdesk.service.importing.ImportProgress;
import org.branchdesk.service.importing.Importer;
import org.branchdesk.service.importing.Parsed;
import org.branchdesk.service.importing.Planned;
import org.branchdesk.service.importing.RowReader;
import org.branchdesk.service.sheets.ImportColumn;
import org.branchdesk.service.sheets.Vocabulary;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.StoreSession;

/**
 * Imports the people register from a sheet. A row is matched to a person on the register by ID
 * number, or (without one) by name and phone: its phone, kind, note and tags are updated when
 * given; other rows are new people, linked to the member whose ID number they carry, and refused
 * naming the row when someone would be listed twice.
 */
public final class PersonImporter implements Importer<PersonImporter.Values, List<Person[]>> {
    /** The columns of the people template. */
    public enum Column implements ImportColumn {
        NAME("field.person.name"),
        ID_NUMBER("field.person.idNumber"),
        PHONE("field.person.phone"),
        KIND("field.person.kind"),
        NOTE("field.person.note"),
        TAGS("field.person.tags");

        final String fieldKey;

        Column(String fieldKey) {
            this.fieldKey = fieldKey;
        }

        @Override
        public String fieldKey() {
            return fieldKey;
        }

        @Override
        public List<String> headers() {
            return Vocabulary.words("people." + name());
        }
    }

    /** A row: the person as it gives them, and whether it gave a phone, a note and tags. */
    public record Values(
            int row, Person person, boolean phoneGiven, boolean noteGiven, boolean tagsGiven) {}

    private final Actor actor;

    public PersonImporter(Actor actor) {
        this.actor = actor;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.PEOPLE;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.values());
    }

    @Override
    public Parsed<Values> parse(byte[] content, String source, ImportProgress progress) {
        return RowReader.read(
                content,
                source,
                Column.class,
                2,
                Column.NAME,
                Column.KIND,
                progress,
                (c, row) -> c.get(row, Column.NAME),
                (c, row) ->
                        new Values(
                                row.number(),
                                Person.of(
                                        UUID.randomUUID(),
                                        c.get(row, Column.NAME),
                                        c.get(row, Column.ID_NUMBER),
                                        c.get(row, Column.PHONE),
                                        ImportLookups.choice(
                                                Column.KIND.fieldKey,
                                                c.get(row, Column.KIND),
                                                "personKind.",
                                                PersonKind.values(),
                                                null),
                                        null,
                                        c.get(row, Column.NOTE),
                                        c.get(row, Column.TAGS)),
                                c.get(row, Column.PHONE) != null,
                                c.get(row, Column.NOTE) != null,
                                c.get(row, Column.TAGS) != null));
    }

    @Override
    public Planned<Values, List<Person[]>> plan(
            StoreSession s, Parsed<Values> parsed, ImportProgress progress) {
        List<Person> onRegister = s.people().list().stream().filter(Person::isActive).toList();
        List<RowOutcome> outcomes = new ArrayList<>(parsed.refused());
        List<Person[]> changes = new ArrayList<>();
        Set<String> inFile = new HashSet<>();
        int index = 0;
        for (Values v : parsed.rows()) {
            progress.step(index++, parsed.rows().size());
            Person p = v.person();
            try {
                String key =
                        p.citizenId() != null
                                ? p.citizenId().value()
                                : p.name() + "/" + Objects.toString(p.phone(), "");
                if (!inFile.add(key)) {
                    throw new ValidationError(Column.NAME.fieldKey, "rule.repeatedInFile");
                }
                Person old =
                        onRegister.stream()
                                .filter(
                                        o ->
                                                p.citizenId() != null
                                                        ? p.citizenId().equals(o.citizenId())
                                                        : o.citizenId() == null
                                                                && o.name().equals(p.name())
                                                                && Objects.equals(
                                                                        o.phone(), p.phone()))
                                .findFirst()
                                .orElse(null);
                if (old == null) {
                    Member m =
                            p.citizenId() == null
                                    ? null
                                    : s.members()
                                            .findByIdNumber(p.citizenId().value())
                                            .orElse(null);
                    PeopleRules.Refusal refusal =
                            PeopleRules.check(
                                    p.name(),
                                    m == null ? null : m.name(),
                                    PeopleService.listed(s, p, m));
                    if (refusal != null) {
                        throw new ValidationError(
                                refusal == PeopleRules.Refusal.ALREADY_LISTED
                                        ? Column.ID_NUMBER.fieldKey
                                        : Column.NAME.fieldKey,
                                "refusal.people." + refusal.name(),
                                m == null ? "" : m.name());
                    }
                    changes.add(new Person[] {null, p});
                    outcomes.add(new RowOutcome(v.row(), Fate.NEW, p.name(), null, null));
                    continue;
                }
                if (!old.name().equals(p.name())) {
                    throw new ValidationError(
                            Column.NAME.fieldKey, "rule.people.listedAs", old.name());
                }
                // an empty cell keeps what the register has
                Person now =
                        new Person(
                                old.id(),
                                old.name(),
                                old.citizenId(),
                                v.phoneGiven() ? p.phone() : old.phone(),
                                p.kind(),
                                old.memberId(),
                                v.noteGiven() ? p.note() : old.note(),
                                null,
                                v.tagsGiven() ? p.tags() : old.tags());
                boolean same = now.equals(old);
                if (!same) {
                    changes.add(new Person[] {old, now});
                }
                outcomes.add(
                        new RowOutcome(
                                v.row(),
                                same ? Fate.UNCHANGED : Fate.UPDATE,
                                p.name(),
                                null,
                                null));
            } catch (ValidationError e) {
                outcomes.add(RowReader.refusal(v.row(), p.name(), e));
            }
        }
        outcomes.sort(Comparator.comparingInt(RowOutcome::row));
        return new Planned<>(
                new ImportPlan(parsed.source(), outcomes, List.of(), List.of(), List.of()),
                parsed,
                changes);
    }

    @Override
    public void apply(
            StoreSession s, Planned<Values, List<Person[]>> planned, ImportProgress progress) {
        int i = 0;
        for (Person[] change : planned.work()) {
            progress.step(i++, planned.work().size());
            if (change[0] == null) {
                PeopleService.add(s, actor.name(), change[1]);
            } else {
                s.people().update(change[1]);
                s.audit()
                        .record(
                                actor.name(),
                                PeopleService.ENTITY,
                                change[1].id(),
                                Action.UPDATE,
                                change[0],
                                change[1]);
            }
        }
    }
}
