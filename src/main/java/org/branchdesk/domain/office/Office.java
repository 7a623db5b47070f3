package org.branchdesk.domain.office;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Fields;
import org.branchdesk.domain.common.Names;
import org.branchdesk.domain.common.ValidationError;

/**
 * The street office (街道) or township that runs this installation: one database per office.
 *
 * @param docPrefix prefix of the office's document numbers, e.g. {@code 某街党工} in {@code
 *     某街党工〔2020〕3号}
 * @param lastBackupAt when the office was last backed up, or {@code null} if never
 */
public record Office(
        UUID id, String name, String district, String docPrefix, Instant lastBackupAt) {
    public static final int MAX_PREFIX = 20;

    public Office {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /** Validates what a clerk entered for a new or edited office and returns it normalised. */
    public static Office of(
            UUID id, String name, String district, String docPrefix, Instant lastBackupAt) {
        String n = Names.requireName("field.office.name", name);
        String d = Fields.optional("field.office.district", district, Names.MAX_NAME);
        String p = Fields.optional("field.office.docPrefix", docPrefix, MAX_PREFIX);
        if (p != null) {
            for (char c : p.toCharArray()) {
                if (c == '〔' || c == '〕' || c == '[' || c == ']' || Character.isDigit(c)) {
                    throw new ValidationError("field.office.docPrefix", "rule.docPrefix");
                }
            }
        }
        return new Office(id, n, d, p, lastBackupAt);
    }

    /** The prefix to number documents with: the one set, else the office's name. */
    public String effectiveDocPrefix() {
        return docPrefix != null ? docPrefix : name;
    }
}
