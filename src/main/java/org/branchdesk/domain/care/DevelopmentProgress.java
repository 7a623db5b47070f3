package org.branchdesk.domain.care;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where one development case (发展党员) stands: the applicant's birth date, the day each step taken so
 * far was recorded on, and the extension of the probation if the branch decided one.
 *
 * @param taken the day of each step taken, steps in order
 * @param extension {@code null} unless the probation was extended
 */
public record DevelopmentProgress(
        LocalDate birthDate, Map<DevelopmentStep, LocalDate> taken, ProbationExtension extension) {

    /**
     * The branch meeting's decision to extend the probation (延长预备期).
     *
     * @param months six to twelve
     */
    public record ProbationExtension(LocalDate decidedOn, int months) {
        public ProbationExtension {
            Objects.requireNonNull(decidedOn, "decidedOn");
        }
    }

    public DevelopmentProgress {
        Objects.requireNonNull(birthDate, "birthDate");
        EnumMap<DevelopmentStep, LocalDate> copy = new EnumMap<>(DevelopmentStep.class);
        copy.putAll(taken);
        taken = Collections.unmodifiableMap(copy);
    }

    /** A case before its application. */
    public static DevelopmentProgress of(LocalDate birthDate) {
        return new DevelopmentProgress(birthDate, Map.of(), null);
    }

    /** The day a step was taken, or {@code null}. */
    public LocalDate on(DevelopmentStep step) {
        return taken.get(step);
    }

    public boolean hasTaken(DevelopmentStep step) {
        return taken.containsKey(step);
    }

    /** The last step taken, or {@code null} before the application. */
    public DevelopmentStep last() {
        DevelopmentStep last = null;
        for (DevelopmentStep s : taken.keySet()) {
            last = s; // EnumMap iterates in the steps' order
        }
        return last;
    }

    /** The step to take next, or {@code null} once a full member. */
    public DevelopmentStep next() {
        DevelopmentStep last = last();
        return last == null ? DevelopmentStep.APPLICATION : last.next();
    }

    /** The same case with one more step taken, once {@link DevelopmentRules#check} allows it. */
    public DevelopmentProgress with(DevelopmentStep step, LocalDate on) {
        Map<DevelopmentStep, LocalDate> more = new EnumMap<>(DevelopmentStep.class);
        more.putAll(taken);
        more.put(step, on);
        return new DevelopmentProgress(birthDate, more, extension);
    }

    /** The same case with its probation extended, once {@link DevelopmentRules} allows it. */
    public DevelopmentProgress extended(ProbationExtension by) {
        return new DevelopmentProgress(birthDate, taken, by);
    }
}
