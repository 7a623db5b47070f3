package org.branchdesk.domain.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of a domain record as personal data of a kind. It is the one mark that the
 * audit log's JSON, exports, lists and the privacy purge read (through {@link Disclosure}): a
 * component is recognised by its mark, never by its name.
 *
 * <p>ID numbers need no mark: they are {@code CitizenId} values, which print masked.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Personal {
    Kind value();

    /** What kind of personal data a component holds, and so how it may be shown. */
    enum Kind {
        /**
         * A phone number: masked the office's way in lists and exports, always the standard way in
         * the audit log, in clear only in a full export made with a stated reason.
         */
        PHONE,
        /**
         * Health details (a temperature, symptoms, what an assisted resident needs): never in the
         * audit log or an export; in a list only for a role that records them; cleared by the
         * privacy purge once past the office's retention.
         */
        HEALTH
    }
}
