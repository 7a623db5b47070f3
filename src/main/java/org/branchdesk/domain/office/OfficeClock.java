package org.branchdesk.domain.office;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.ValidationError;

/**
 * The office's clock: the instant of the PC, read in the office's time zone. Every "today", every
 * date a clerk sees and every date printed comes from here, so that a change made at 00:30 Beijing
 * time is dated that day even on a PC set to another zone.
 */
public final class OfficeClock {
    /** The zone of an office that has not chosen one: China Standard Time. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private OfficeClock() {}

    /** The instants of {@code base} in the office's {@code zone}. */
    public static Clock of(Clock base, ZoneId zone) {
        return base.withZone(zone == null ? DEFAULT_ZONE : zone);
    }

    /** The office's today. */
    public static LocalDate today(Clock office) {
        return LocalDate.now(office);
    }

    /**
     * A zone as a clerk or an administrator gives it ({@code Asia/Shanghai}); refused when unknown.
     */
    public static ZoneId zone(String raw) {
        String v = Text.emptyToNull(raw);
        if (v == null) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(v);
        } catch (DateTimeException e) {
            throw new ValidationError("field.office.timeZone", "rule.office.timeZone", v);
        }
    }
}
