package org.branchdesk.service.duty;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.branchdesk.domain.duty.Assignment;
import org.branchdesk.domain.duty.Post;
import org.branchdesk.domain.duty.PostShift;
import org.branchdesk.domain.duty.PublishedWeek;
import org.branchdesk.domain.duty.RosterCheck;

/** Builds the week of a community's or compound's roster from the roster around it. */
final class RosterWeeks {
    private RosterWeeks() {}

    static RosterWeek of(
            RosterData d, UUID communityId, UUID compoundId, LocalDate monday, LocalDate today) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            days.add(monday.plusDays(i));
        }
        PublishedWeek published =
                d.published.stream()
                        .filter(w -> w.weekStart().equals(monday))
                        .filter(w -> w.communityId().equals(communityId))
                        .filter(w -> w.compoundId() == null || w.compoundId().equals(compoundId))
                        .findFirst()
                        .orElse(null);
        Map<UUID, List<Finding>> problems = problemsByShift(d, monday);
        List<Post> posts =
                d.posts.values().stream()
                        .filter(p -> RosterService.inScope(p, communityId, compoundId))
                        .filter(p -> p.isOpenOn(monday) || hasShifts(d, p, monday))
                        .sorted(
                                Comparator.comparing((Post p) -> p.compoundId() != null)
                                        .thenComparing(p -> placeOf(d, p))
                                        .thenComparing(Post::kind)
                                        .thenComparing(Post::name))
                        .toList();
        List<RosterWeek.Row> rows = new ArrayList<>();
        for (Post p : posts) {
            TreeMap<LocalTime, Map<LocalDate, PostShift>> byStart = new TreeMap<>();
            for (PostShift ps : d.shifts.values()) {
                if (ps.postId().equals(p.id()) && ps.shift().weekStart().equals(monday)) {
                    byStart.computeIfAbsent(ps.shift().hours().start(), k -> new HashMap<>())
                            .put(ps.shift().day(), ps);
                }
            }
            if (byStart.isEmpty()) {
                List<RosterWeek.Cell> empty = new ArrayList<>();
                days.forEach(day -> empty.add(cell(d, day, null, problems)));
                rows.add(new RosterWeek.Row(p, placeOf(d, p), null, empty));
            }
            for (Map<LocalDate, PostShift> shifts : byStart.values()) {
                List<RosterWeek.Cell> cells = new ArrayList<>();
                for (LocalDate day : days) {
                    cells.add(cell(d, day, shifts.get(day), problems));
                }
                rows.add(
                        new RosterWeek.Row(
                                p,
                                placeOf(d, p),
                                shifts.values().iterator().next().shift().hours(),
                                cells));
            }
        }
        return new RosterWeek(
                communityId,
                compoundId,
                d.scopeName(communityId, compoundId),
                monday,
                today,
                published,
                days,
                rows);
    }

    private static boolean hasShifts(RosterData d, Post p, LocalDate monday) {
        return d.shifts.values().stream()
                .anyMatch(
                        ps -> ps.postId().equals(p.id()) && ps.shift().weekStart().equals(monday));
    }

    private static String placeOf(RosterData d, Post p) {
        return p.compoundId() == null
                ? d.communities.getOrDefault(p.communityId(), "")
                : d.compounds.getOrDefault(p.compoundId(), "");
    }

    /**
     * Each shift's broken rules: those on it, the pairs it is the earlier of, and a week over
     * someone's maximum on each of their shifts that week.
     */
    private static Map<UUID, List<Finding>> problemsByShift(RosterData d, LocalDate monday) {
        Map<UUID, List<Finding>> out = new HashMap<>();
        for (RosterCheck.Problem p : d.problems()) {
            Finding f = d.finding(p);
            if (p.rule() == RosterCheck.Rule.OVER_WEEKLY_MAX) {
                LocalDate week = d.shifts.get(p.shiftId()).shift().weekStart();
                for (PostShift ps : d.shifts.values()) {
                    if (ps.shift().weekStart().equals(week)
                            && d.people(ps.id()).contains(p.who())) {
                        out.computeIfAbsent(ps.id(), k -> new ArrayList<>()).add(f);
                    }
                }
                continue;
            }
            out.computeIfAbsent(p.shiftId(), k -> new ArrayList<>()).add(f);
            if (p.otherShiftId() != null) {
                // the other shift's cell names this one, never itself: two shifts starting at the
                // same hour have no earlier one, and a clerk reads each cell on its own
                RosterCheck.Problem mirrored =
                        new RosterCheck.Problem(p.rule(), p.otherShiftId(), p.who(), p.shiftId());
                out.computeIfAbsent(p.otherShiftId(), k -> new ArrayList<>())
                        .add(d.shifts.containsKey(p.otherShiftId()) ? d.finding(mirrored) : f);
            }
        }
        return out;
    }

    private static RosterWeek.Cell cell(
            RosterData d, LocalDate day, PostShift ps, Map<UUID, List<Finding>> problems) {
        if (ps == null) {
            return new RosterWeek.Cell(day, null, null, List.of(), List.of(), List.of());
        }
        return new RosterWeek.Cell(
                day,
                ps.id(),
                ps.shift(),
                d.active.getOrDefault(ps.id(), List.of()).stream().map(a -> onDuty(d, a)).toList(),
                d.withdrawn.getOrDefault(ps.id(), List.of()).stream()
                        .map(a -> onDuty(d, a))
                        .toList(),
                problems.getOrDefault(ps.id(), List.of()));
    }

    private static RosterWeek.OnDuty onDuty(RosterData d, Assignment a) {
        return new RosterWeek.OnDuty(
                a.id(),
                a.who(),
                d.name(a.who()),
                a.source(),
                d.teamName(a.teamId()),
                a.overrideReason(),
                a.attendance(),
                a.substitute() == null ? null : d.name(a.substitute()),
                a.changeReason());
    }
}
