package org.branchdesk.domain.duty;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Fields;
import org.branchdesk.domain.common.ValidationError;

/**
 * One contact a cadre made with the area they answer for: the day, by phone, WeChat, video or on
 * site, and a note of what was done.
 *
 * @param note what was done or found, or {@code null}
 */
public record AreaContact(
        UUID id, UUID areaId, LocalDate onDay, ContactChannel channel, String note) {
    public static final int MAX_NOTE = 200;

    public AreaContact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(areaId, "areaId");
        Objects.requireNonNull(onDay, "onDay");
        Objects.requireNonNull(channel, "channel");
    }

    /** A contact as a form or a command gives it; refused naming the field. */
    public static AreaContact of(
            UUID id, UUID areaId, LocalDate onDay, ContactChannel channel, String note) {
        if (onDay == null) {
            throw new ValidationError("field.contact.onDay", "rule.required");
        }
        if (channel == null) {
            throw new ValidationError("field.contact.channel", "rule.required");
        }
        return new AreaContact(
                id, areaId, onDay, channel, Fields.optional("field.contact.note", note, MAX_NOTE));
    }
}
