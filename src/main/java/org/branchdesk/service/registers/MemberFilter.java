package org.branchdesk.service.registers;

import java.util.UUID;
import org.branchdesk.domain.members.Presence;
import org.branchdesk.domain.members.Registration;
import org.branchdesk.domain.members.Standing;

/**
 * What a search of the members register keeps: text typed by the clerk (a name, the last digits of
 * an ID number, part of a phone, a compound or a tag) and the filters chosen beside it.
 */
public record MemberFilter(
        String text,
        UUID communityId,
        UUID compoundId,
        UUID orgId,
        Standing standing,
        Registration registration,
        Presence presence,
        boolean includeDeparted) {
    public static MemberFilter text(String text) {
        return new MemberFilter(text, null, null, null, null, null, null, false);
    }
}
