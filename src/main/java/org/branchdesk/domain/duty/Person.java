package org.branchdesk.domain.duty;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Fields;
import org.branchdesk.domain.common.Names;
import org.branchdesk.domain.common.Personal;
import org.branchdesk.domain.common.Tags;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.members.CitizenId;

/**
 * Someone on the people register: a community worker, a resident volunteer, a cadre sent down, or
 * another who serves. A person who is also a member is linked to the member record ({@code
 * memberId}) and never entered twice. People are taken off the register ({@code leftOn}), never
 * deleted: rosters and payments name them.
 *
 * @param citizenId optional; validated and masked as a member's
 * @param tags the office's tags (医护背景、志愿者 …) as a member's ({@link Tags}); {@code null} for none. A
 *     post that requires a tag takes a person who has it.
 */
public record Person(
        UUID id,
        String name,
        CitizenId citizenId,
        @Personal(Personal.Kind.PHONE) String phone,
        PersonKind kind,
        UUID memberId,
        String note,
        LocalDate leftOn,
        String tags) {
    public static final int MAX_PHONE = 40;
    public static final int MAX_NOTE = 200;

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** A person without tags. */
    public Person(
            UUID id,
            String name,
            CitizenId citizenId,
            String phone,
            PersonKind kind,
            UUID memberId,
            String note,
            LocalDate leftOn) {
        this(id, name, citizenId, phone, kind, memberId, note, leftOn, null);
    }

    /** A person without tags as a form or a sheet gives them; refused naming the field. */
    public static Person of(
            UUID id,
            String name,
            String idNumber,
            String phone,
            PersonKind kind,
            UUID memberId,
            String note) {
        return of(id, name, idNumber, phone, kind, memberId, note, null);
    }

    /** A person as a form or a sheet gives them, each field checked; refused naming the field. */
    public static Person of(
            UUID id,
            String name,
            String idNumber,
            String phone,
            PersonKind kind,
            UUID memberId,
            String note,
            String tags) {
        if (kind == null) {
            throw new ValidationError("field.person.kind", "rule.required");
        }
        String n = Names.requireName("field.person.name", name);
        CitizenId citizenId = null;
        String id18 = Fields.optional("field.person.idNumber", idNumber, 40);
        if (id18 != null) {
            try {
                citizenId = CitizenId.parse(id18);
            } catch (ValidationError e) {
                throw new ValidationError("field.person.idNumber", e.key(), e.args());
            }
        }
        return new Person(
                id,
                n,
                citizenId,
                Fields.optional("field.person.phone", phone, MAX_PHONE),
                kind,
                memberId,
                Fields.optional("field.person.note", note, MAX_NOTE),
                null,
                Tags.normalize("field.person.tags", tags));
    }

    public boolean isActive() {
        return leftOn == null;
    }

    /** The same person taken off the register on a day. */
    public Person leaving(LocalDate on) {
        return new Person(id, name, citizenId, phone, kind, memberId, note, on, tags);
    }
}
