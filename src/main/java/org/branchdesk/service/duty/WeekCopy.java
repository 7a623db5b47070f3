package org.branchdesk.service.duty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.duty.Assignment;
import org.branchdesk.domain.duty.AssignmentSource;
import org.branchdesk.domain.duty.Post;
import org.branchdesk.domain.duty.PostShift;
import org.branchdesk.domain.duty.RosterCheck;
import org.branchdesk.domain.duty.Shift;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.StoreSession;

/**
 * Copying a week's assignments into the next, inside one transaction: each to the same post's shift
 * on the same weekday and hours, checked as the roster fills, so two copied shifts never clash with
 * each other either.
 */
final class WeekCopy {
    private final StoreSession s;
    private final RosterData d;
    private final String actorName;
    private final List<PostShift> made = new ArrayList<>();
    private final List<Assignment> copied = new ArrayList<>();
    private final List<RosterService.Skipped> skipped = new ArrayList<>();
    private int already;

    WeekCopy(StoreSession s, RosterData d, String actorName) {
        this.s = s;
        this.d = d;
        this.actorName = actorName;
    }

    /** Copies {@code source} (shifts of the week before, in time order) into the week of Monday. */
    RosterService.Copied copy(List<PostShift> source, LocalDate monday) {
        for (PostShift src : source) {
            Post post = d.posts.get(src.postId());
            if (d.published.stream().anyMatch(w -> w.covers(post, monday))) {
                throw new UserError("error.roster.copyIntoPublished", d.postLabel(post), monday);
            }
        }
        for (PostShift src : source) {
            Post post = d.posts.get(src.postId());
            LocalDate day = src.shift().day().plusDays(7);
            if (!post.isOpenOn(day)) {
                for (Team.Someone who : d.people(src.id())) {
                    skip(d.where(src.id()), who, Messages.format("roster.skipped.postClosed"));
                }
                continue;
            }
            PostShift target = targetOf(src, post, day);
            for (Assignment a : List.copyOf(d.active.getOrDefault(src.id(), List.of()))) {
                copyOne(a, target);
            }
        }
        s.shifts().insertAll(made);
        s.audit().recordAll(actorName, RosterService.SHIFT, Action.CREATE, made);
        for (Assignment a : copied) {
            s.assignments().insert(a);
        }
        s.audit().recordAll(actorName, RosterService.ASSIGNMENT, Action.CREATE, copied);
        return new RosterService.Copied(monday, copied.size(), made.size(), already, skipped);
    }

    private void copyOne(Assignment a, PostShift target) {
        Team.Someone who = a.who();
        if (d.people(target.id()).contains(who)) {
            already++;
            return;
        }
        if (!Who.isOnRegister(s, who)) {
            skip(d.where(target.id()), who, Messages.format("roster.skipped.leftRegister"));
            return;
        }
        List<RosterCheck.Problem> broken =
                RosterCheck.assigning(d.slot(target), who, d.servedBy(who), d.availabilityOf(who));
        if (!broken.isEmpty()) {
            skip(
                    d.where(target.id()),
                    who,
                    String.join("；", broken.stream().map(p -> d.finding(p).what()).toList()));
            return;
        }
        Assignment c = Assignment.of(target.id(), who, a.teamId(), AssignmentSource.COPY, null);
        d.active.computeIfAbsent(target.id(), k -> new ArrayList<>()).add(c);
        copied.add(c);
    }

    /** The post's shift a week later at the same hours, made when missing. */
    private PostShift targetOf(PostShift src, Post post, LocalDate day) {
        for (PostShift ps : d.shifts.values()) {
            if (ps.postId().equals(post.id())
                    && ps.shift().day().equals(day)
                    && ps.shift().hours().start().equals(src.shift().hours().start())) {
                return ps;
            }
        }
        PostShift ps =
                new PostShift(
                        java.util.UUID.randomUUID(),
                        post.id(),
                        new Shift(day, src.shift().hours(), post.headcount()));
        d.shifts.put(ps.id(), ps);
        made.add(ps);
        return ps;
    }

    private void skip(String where, Team.Someone who, String why) {
        skipped.add(new RosterService.Skipped(where, d.name(who), why));
    }
}
