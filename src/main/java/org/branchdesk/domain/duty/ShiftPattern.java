package org.branchdesk.domain.duty;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.branchdesk.domain.common.Text;
import org.branchdesk.domain.common.ValidationError;

/**
 * The hours of a shift as a pattern repeats them every day: 07:00–12:00, or overnight 22:00–07:00
 * (an end at or before the start runs into the next day). An overnight shift belongs to the day it
 * starts.
 */
public record ShiftPattern(LocalTime start, LocalTime end) {
    /** The day a compound's checkpoint is usually kept: morning, afternoon, evening, night. */
    public static final List<ShiftPattern> DEFAULT =
            List.of(
                    new ShiftPattern(LocalTime.of(7, 0), LocalTime.of(12, 0)),
                    new ShiftPattern(LocalTime.of(12, 0), LocalTime.of(18, 0)),
                    new ShiftPattern(LocalTime.of(18, 0), LocalTime.of(22, 0)),
                    new ShiftPattern(LocalTime.of(22, 0), LocalTime.of(7, 0)));

    public ShiftPattern {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** Whether it runs past midnight into the next day. */
    public boolean overnight() {
        return !end.isAfter(start);
    }

    /** How long it lasts (an overnight shift's hours on both days). */
    public Duration length() {
        Duration d = Duration.between(start, end);
        return overnight() ? d.plusDays(1) : d;
    }

    /**
     * Patterns as a clerk writes them, {@code 07:00-12:00,12:00-18:00,22:00-07:00} (a dash or an en
     * dash, commas or 、 between); empty means {@link #DEFAULT}. Refused naming the field and the
     * piece that is wrong, or a start given twice.
     */
    public static List<ShiftPattern> parseAll(String raw) {
        String v = Text.emptyToNull(raw);
        if (v == null) {
            return DEFAULT;
        }
        List<ShiftPattern> out = new ArrayList<>();
        Set<LocalTime> starts = new HashSet<>();
        for (String piece : v.split("[,，、;；]")) {
            String p = piece.trim();
            if (p.isEmpty()) {
                continue;
            }
            ShiftPattern pattern = parse(p);
            if (!starts.add(pattern.start())) {
                throw new ValidationError("field.roster.patterns", "rule.roster.patternTwice", p);
            }
            out.add(pattern);
        }
        if (out.isEmpty()) {
            return DEFAULT;
        }
        return List.copyOf(out);
    }

    /** One pattern, {@code 22:00-07:00}. */
    static ShiftPattern parse(String piece) {
        String[] ends = piece.split("\\s*[-–~至]\\s*");
        if (ends.length != 2) {
            throw new ValidationError("field.roster.patterns", "rule.roster.pattern", piece);
        }
        try {
            return new ShiftPattern(time(ends[0]), time(ends[1]));
        } catch (DateTimeParseException e) {
            throw new ValidationError("field.roster.patterns", "rule.roster.pattern", piece);
        }
    }

    /** {@code 7:00} or {@code 07:00}; {@code 24:00} is the next midnight. */
    private static LocalTime time(String raw) {
        String t = raw.trim().replace('：', ':');
        if (t.equals("24:00")) {
            return LocalTime.MIDNIGHT;
        }
        if (t.matches("\\d:\\d\\d")) {
            t = "0" + t;
        }
        return LocalTime.parse(t);
    }

    /** {@code 07:00-12:00}, as {@link #parseAll} reads it. */
    @Override
    public String toString() {
        return start + "-" + end;
    }
}
