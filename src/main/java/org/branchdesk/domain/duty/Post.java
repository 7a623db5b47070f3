package org.branchdesk.domain.duty;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.common.Fields;
import org.branchdesk.domain.common.Names;
import org.branchdesk.domain.common.ValidationError;

/**
 * A duty post (岗位) of a community or one of its compounds: what it is for, how many people each of
 * its shifts needs, and what they must bring (at least one party member, someone with a tag such as
 * 医护背景). A post is closed on a date, never deleted: its shifts from that day on are off the roster.
 *
 * @param compoundId the compound it is kept in, or {@code null} for the whole community
 * @param headcount how many people each shift needs
 * @param needsTag a tag one of a shift's people must have, or {@code null}
 * @param closedOn the first day it is no longer kept, or {@code null} while it is
 */
public record Post(
        UUID id,
        UUID communityId,
        UUID compoundId,
        PostKind kind,
        String name,
        int headcount,
        boolean needsPartyMember,
        String needsTag,
        LocalDate closedOn) {
    /** The most people one shift of a post may need (the register's limit). */
    public static final int MAX_HEADCOUNT = 50;

    /** The longest tag a post may ask for. */
    public static final int MAX_TAG = 40;

    public Post {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (headcount < 1 || headcount > MAX_HEADCOUNT) {
            throw new IllegalArgumentException("headcount: " + headcount);
        }
    }

    /** A new post as a form or a command gives it; refused naming the field. */
    public static Post of(
            UUID id,
            UUID communityId,
            UUID compoundId,
            PostKind kind,
            String name,
            Integer headcount,
            boolean needsPartyMember,
            String needsTag) {
        if (communityId == null) {
            throw new ValidationError("field.post.community", "rule.required");
        }
        if (kind == null) {
            throw new ValidationError("field.post.kind", "rule.required");
        }
        String n = Names.requireName("field.post.name", name);
        if (headcount == null) {
            throw new ValidationError("field.post.headcount", "rule.required");
        }
        if (headcount < 1 || headcount > MAX_HEADCOUNT) {
            throw new ValidationError("field.post.headcount", "rule.post.headcount", MAX_HEADCOUNT);
        }
        return new Post(
                id,
                communityId,
                compoundId,
                kind,
                n,
                headcount,
                needsPartyMember,
                Fields.optional("field.post.needsTag", needsTag, MAX_TAG),
                null);
    }

    /** Whether the post is kept on a day (closed posts are kept until the day before closing). */
    public boolean isOpenOn(LocalDate day) {
        return closedOn == null || day.isBefore(closedOn);
    }

    public boolean isOpen() {
        return closedOn == null;
    }

    public Post closed(LocalDate on) {
        return new Post(
                id, communityId, compoundId, kind, name, headcount, needsPartyMember, needsTag, on);
    }
}
