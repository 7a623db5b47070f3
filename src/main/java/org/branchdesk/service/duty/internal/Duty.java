package org.branchdesk.service.duty.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.branchdesk.domain.duty.RosterRules;
import org.branchdesk.domain.duty.Shift;

/**
 * A shift as the solver sees it: its times, what its post asks for, and who already serves it
 * outside the solver's reach (manual assignments, people who are not candidates). Also a shift that
 * a candidate already serves elsewhere (then nothing is asked of it).
 */
public final class Duty {
    private final int index;
    private final int key;
    private final Shift shift;
    private final int week;
    private final boolean needsPartyMember;
    private final String needsTag;
    private final List<RosterRules.OnShift> alreadyOn;
    private final boolean counted;
    private final long startMinute;
    private final long endMinute;

    /**
     * @param index the slot's position in the problem, or -1 for a shift served elsewhere
     * @param key its position among all the solver's duties
     * @param week the position of its week ({@link Shift#weekStart}) among the problem's weeks
     * @param counted whether a seat on it counts toward a person's share (inside the date range)
     */
    public Duty(
            int index,
            int key,
            Shift shift,
            int week,
            boolean needsPartyMember,
            String needsTag,
            List<RosterRules.OnShift> alreadyOn,
            boolean counted) {
        this.index = index;
        this.key = key;
        this.shift = shift;
        this.week = week;
        this.needsPartyMember = needsPartyMember;
        this.needsTag = needsTag;
        this.alreadyOn = List.copyOf(alreadyOn);
        this.counted = counted;
        this.startMinute = minutes(shift.startsAt());
        this.endMinute = minutes(shift.endsAt());
    }

    /** Minutes from a fixed origin: a wall-clock time on the office's clock, without a zone. */
    private static long minutes(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC) / 60;
    }

    /**
     * Whether two shifts are so far apart that no rest rule could see them (more than the rest
     * between them): a cheap sieve before {@link RosterRules#check} gives the verdict.
     */
    boolean farApart(Duty other, long restMinutes) {
        return endMinute + restMinutes < other.startMinute
                || other.endMinute + restMinutes < startMinute;
    }

    public int index() {
        return index;
    }

    public Shift shift() {
        return shift;
    }

    /** Its position among all the solver's duties. */
    public int key() {
        return key;
    }

    /** The position of the week it counts in among the problem's weeks. */
    public int week() {
        return week;
    }

    public boolean counted() {
        return counted;
    }

    /** Whether the post asks for a party member or a tag. */
    public boolean hasRequirement() {
        return needsPartyMember || needsTag != null;
    }

    /**
     * How many of the post's requirements the shift's people lack when {@code placed} join those
     * already on it ({@link RosterRules#gaps}, without the headcount, which is the medium level).
     */
    public int requirementsLacking(List<Worker> placed) {
        List<RosterRules.OnShift> people = new ArrayList<>(alreadyOn);
        for (Worker w : placed) {
            people.add(w.onShift());
        }
        int lacking = 0;
        for (RosterRules.Gap g : RosterRules.gaps(shift, people, needsPartyMember, needsTag)) {
            if (g != RosterRules.Gap.UNDERSTAFFED) {
                lacking++;
            }
        }
        return lacking;
    }

    @Override
    public String toString() {
        return "duty " + index + " " + shift.startsAt();
    }
}
