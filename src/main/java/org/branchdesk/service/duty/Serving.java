package org.branchdesk.service.duty;

import java.time.LocalDate;
import java.util.LinkedHashSet;
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
        Set<Team.Someone> out = new LinkedHashSet<>();
        for (Member m : s.members().active(community)) {
            if (m.presence() != Presence.WENT_OUT && m.presence() != Presence.LOST_CONTACT) {
                out.add(Team.Someone.member(m.id()));
            }
        }
        out.addAll(sentDown(s, community, first, last));
        Set<Team.Someone> others = new LinkedHashSet<>();
        for (Team t : s.teams().list()) {
            if (t.isActive() && t.communityId().equals(community)) {
                others.addAll(t.members());
                if (t.leader() != null) {
                    others.add(t.leader());
                }
            }
        }
        for (PostShift ps : d.shifts.values()) {
            if (d.posts.get(ps.postId()).communityId().equals(community)) {
                others.addAll(d.people(ps.id()));
            }
        }
        for (Team.Someone w : others) {
            if (!out.contains(w) && Who.isOnRegister(s, w)) {
                out.add(Who.onRegister(s, w));
            }
        }
        return out;
    }
}
