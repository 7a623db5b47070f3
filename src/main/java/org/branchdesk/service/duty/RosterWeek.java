package org.branchdesk.service.duty;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.duty.AssignmentSource;
import org.branchdesk.domain.duty.Attendance;
import org.branchdesk.domain.duty.Post;
import org.branchdesk.domain.duty.PublishedWeek;
import org.branchdesk.domain.duty.Shift;
import org.branchdesk.domain.duty.ShiftPattern;
import org.branchdesk.domain.duty.Team;

/**
 * One week of a community's roster, or of one of its compounds': days (Monday to Sunday) across,
 * and down, each post's shifts by their hours; in each cell who serves and what is wrong. The week
 * grid, the printed roster and the roster notice are drawn from it.
 *
 * @param compoundId the compound, or {@code null} for every post of the community
 * @param scope the community, or {@code 社区 小区}, as a title names it
 * @param today the office's today (its column may be marked)
 * @param published the week's publication, or {@code null} while it is a draft
 * @param rows each post's shifts by their hours, posts by compound and name
 */
public record RosterWeek(
        UUID communityId,
        UUID compoundId,
        String scope,
        LocalDate monday,
        LocalDate today,
        PublishedWeek published,
        List<LocalDate> days,
        List<Row> rows) {
    public RosterWeek {
        days = List.copyOf(days);
        rows = List.copyOf(rows);
    }

    /**
     * A post's shifts that start at one time, one cell a day.
     *
     * @param place the post's compound, or its community for a community's own post
     * @param hours the shifts' hours, or {@code null} for a post without shifts this week
     * @param cells seven, Monday first
     */
    public record Row(Post post, String place, ShiftPattern hours, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One day of a row.
     *
     * @param shiftId the shift, or {@code null} on a day the post has none at these hours
     * @param shift its day, hours and headcount, or {@code null}
     * @param people who serves it now, in the order they were put there
     * @param withdrawn who was taken off it after publishing (each with the reason)
     * @param problems every broken rule that concerns it, what it lacks included
     */
    public record Cell(
            LocalDate day,
            UUID shiftId,
            Shift shift,
            List<OnDuty> people,
            List<OnDuty> withdrawn,
            List<Finding> problems) {
        public Cell {
            people = List.copyOf(people);
            withdrawn = List.copyOf(withdrawn);
            problems = List.copyOf(problems);
        }

        public boolean hasShift() {
            return shiftId != null;
        }

        /** Places not yet filled. */
        public int open() {
            return shift == null ? 0 : Math.max(0, shift.headcount() - people.size());
        }

        /** Whether someone on it breaks a rule (too few people alone is not a conflict). */
        public boolean inConflict() {
            return problems.stream().anyMatch(f -> f.rule().personal());
        }

        /** Whether it lacks something: too few people, no party member, a tag. */
        public boolean lacking() {
            return problems.stream().anyMatch(f -> !f.rule().personal());
        }

        /**
         * Who serves, as paper shows it: {@code 张伟、李强（缺勤）、柳青（王芳替班）、空缺 1}; empty on a day without a
         * shift.
         */
        public String label() {
            if (!hasShift()) {
                return "";
            }
            List<String> parts = new java.util.ArrayList<>();
            for (OnDuty o : people) {
                parts.add(o.label());
            }
            if (open() > 0) {
                parts.add(Messages.format("roster.cell.open", open()));
            }
            return String.join(Messages.format("roster.cell.separator"), parts);
        }
    }

    /**
     * Someone on a shift.
     *
     * @param team the name of the team they came with, or {@code null}
     * @param overrideReason why a broken rule was accepted, or {@code null}
     * @param substitute the name of who served in their place, or {@code null}
     * @param changeReason why they were taken off, or (a replacement) why they came, or {@code
     *     null}
     */
    public record OnDuty(
            UUID assignmentId,
            Team.Someone who,
            String name,
            AssignmentSource source,
            String team,
            String overrideReason,
            Attendance attendance,
            String substitute,
            String changeReason) {
        /** The name, with how they attended once recorded: {@code 李强（缺勤）}, {@code 柳青（王芳替班）}. */
        public String label() {
            if (attendance == Attendance.ABSENT) {
                return Messages.format("roster.cell.absent", name);
            }
            if (attendance == Attendance.SUBSTITUTED) {
                return Messages.format("roster.cell.substituted", name, substitute);
            }
            return name;
        }
    }

    public boolean isPublished() {
        return published != null;
    }

    /** Places not yet filled in the whole week. */
    public int openPlaces() {
        return rows.stream().flatMap(r -> r.cells().stream()).mapToInt(Cell::open).sum();
    }

    /** Shifts in the week. */
    public int shiftCount() {
        return (int) rows.stream().flatMap(r -> r.cells().stream()).filter(Cell::hasShift).count();
    }

    /** Every broken rule of the week, each once, in time order. */
    public List<Finding> problems() {
        Set<Finding> all = new LinkedHashSet<>();
        for (LocalDate day : days) {
            for (Row r : rows) {
                Cell c = r.cells().get(days.indexOf(day));
                all.addAll(c.problems());
            }
        }
        return List.copyOf(all);
    }
}
