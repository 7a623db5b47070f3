package org.branchdesk.service.paper;

import java.time.LocalDate;
import java.util.UUID;
import org.branchdesk.store.StoreSession;

/**
 * A notice that a capability words about its own subject (a holding of a position, a renewal, a
 * published roster week), numbered, printed, registered and verified by the documents service. The
 * composition root hands each source to the documents service under its notice kind, so the
 * documents package knows no capability, and no capability knows the documents package.
 */
public interface NoticeSource {

    /** What the notice about {@code subjectId} says; refused ({@code UserError}) when it cannot. */
    NoticeText wording(StoreSession s, UUID subjectId, LocalDate signedOn);

    /** Whether the subject is still on the register (verification reports it otherwise). */
    boolean exists(StoreSession s, UUID subjectId);

    /**
     * Refuses to issue (number) the notice while its subject is not ready for it, though a draft
     * may already be printed. Nothing is refused unless a source says so.
     */
    default void requireIssuable(StoreSession s, UUID subjectId) {}
}
