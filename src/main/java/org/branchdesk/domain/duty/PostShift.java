package org.branchdesk.domain.duty;

import java.util.Objects;
import java.util.UUID;

/** A shift on the roster: one post's shift on one day. */
public record PostShift(UUID id, UUID postId, Shift shift) {
    public PostShift {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(shift, "shift");
    }
}
