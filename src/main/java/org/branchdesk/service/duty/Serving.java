package org.branchdesk.service.duty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.duty.PostShift;
import org.branchdesk.domain.duty.SentDown;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.members.Presence;
import org.branchdesk.store.StoreSession;

/**
 * Who may serve a community's posts: one definition for auto-fill and for the roster page's side
 * list. The community's members serve where they live or report; the cadres sent down to it come to
 * serve it over their sending; whoever is on its teams or already on its roster may serve again.
 */
final class Serving {
    private Serving() {}

    /**
     * The cadres sent down to a community on any day of a span, members or people, as they serve (a
     * person linked to a member comes as the member), while on their register.
     */
    static Set<Team.Someone> sentDown(
            StoreSession s, UUID community, LocalDate first, LocalDate last) {
        Set<Team.Someone> out = new LinkedHashSet<>();
        for (SentDown d : s.sentDown().list()) {
            if (d.communityId().equals(community)
                    && d.servesDuring(first, last)
                    && Who.isOnRegister(s, d.cadre())) {
                out.add(Who.onRegister(s, d.cadre()));
            }
        }
        return out;
    }

    /**
     * Who may serve a community's posts from {@code first} to {@code last}: its active members
     * (living there or reporting there), not those who went out or lost contact; the cadres sent
     * down to it over the span; and whoever is on its active teams or already on its roster in
     * {@code d}, while on the register.
     */
    static Set<Team.Someone> mayServe(
            StoreSession s, RosterData d, UUID community, LocalDate first, LocalDate last) {
        Set<Team.Someone> out = residents(s, community);
        out.addAll(sentDown(s, community, first, last));
        out.addAll(others(s, d, community));
        return out;
    }

    /**
     * The cadres who may serve a community over a span only because they were sent down to it (not
     * living or reporting there, on none of its teams), with their sendings to it that the span
     * touches: outside those, they do not serve there. Being on its roster already does not count:
     * auto-fill may have put them there during a sending.
     */
    static Map<Team.Someone, List<SentDown>> onlySentDown(
            StoreSession s, UUID community, LocalDate first, LocalDate last) {
        Set<Team.Someone> otherwise = residents(s, community);
        otherwise.addAll(onRegister(s, teams(s, community)));
        Map<Team.Someone, List<SentDown>> out = new LinkedHashMap<>();
        for (SentDown x : s.sentDown().list()) {
            if (x.communityId().equals(community)
                    && x.servesDuring(first, last)
                    && Who.isOnRegister(s, x.cadre())) {
                Team.Someone w = Who.onRegister(s, x.cadre());
                if (!otherwise.contains(w)) {
                    out.computeIfAbsent(w, k -> new ArrayList<>()).add(x);
                }
            }
        }
        return out;
    }

    /** A community's active members, not those who went out or lost contact. */
    private static Set<Team.Someone> residents(StoreSession s, UUID community) {
        Set<Team.Someone> out = new LinkedHashSet<>();
        for (Member m : s.members().active(community)) {
            if (m.presence() != Presence.WENT_OUT && m.presence() != Presence.LOST_CONTACT) {
                out.add(Team.Someone.member(m.id()));
            }
        }
        return out;
    }

    /** Whoever is on a community's active teams or on its roster in {@code d}, as they serve. */
    private static Set<Team.Someone> others(StoreSession s, RosterData d, UUID community) {
        Set<Team.Someone> others = teams(s, community);
        for (PostShift ps : d.shifts.values()) {
            if (d.posts.get(ps.postId()).communityId().equals(community)) {
                others.addAll(d.people(ps.id()));
            }
        }
        return onRegister(s, others);
    }

    /** The leaders and members of a community's active teams, as the teams name them. */
    private static Set<Team.Someone> teams(StoreSession s, UUID community) {
        Set<Team.Someone> out = new LinkedHashSet<>();
        for (Team t : s.teams().list()) {
            if (t.isActive() && t.communityId().equals(community)) {
                out.addAll(t.members());
                if (t.leader() != null) {
                    out.add(t.leader());
                }
            }
        }
        return out;
    }

    /** Those still on their register, as they serve (a person linked to a member as the member). */
    private static Set<Team.Someone> onRegister(StoreSession s, Set<Team.Someone> some) {
        Set<Team.Someone> out = new LinkedHashSet<>();
        for (Team.Someone w : some) {
            if (Who.isOnRegister(s, w)) {
                out.add(Who.onRegister(s, w));
            }
        }
        return out;
    }
}
