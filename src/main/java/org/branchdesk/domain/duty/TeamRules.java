package org.branchdesk.domain.duty;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a team must be: one rule per check (policy article 6). */
public final class TeamRules {
    private TeamRules() {}

    /** Why a team cannot stand as given, or {@code null}. */
    public enum Refusal {
        /** A team has at least one member. */
        EMPTY,
        /** Someone is listed twice. */
        LISTED_TWICE,
        /** The leader is not among the team's members. */
        LEADER_NOT_IN_TEAM,
        /** A commando team (党员突击队) is made of party members. */
        COMMANDO_NOT_MEMBER
    }

    /** The first rule the team breaks. */
    public static Refusal check(Team t) {
        return check(t.kind(), t.leader(), t.members());
    }

    /**
     * The first rule a team of this kind, leader and members breaks, or {@code null}; a form checks
     * it as the clerk picks people, before there is a team.
     */
    public static Refusal check(TeamKind kind, Team.Someone leader, List<Team.Someone> members) {
        if (members.isEmpty()) {
            return Refusal.EMPTY;
        }
        Set<Team.Someone> seen = new HashSet<>();
        for (Team.Someone s : members) {
            if (!seen.add(s)) {
                return Refusal.LISTED_TWICE;
            }
        }
        if (leader != null && !seen.contains(leader)) {
            return Refusal.LEADER_NOT_IN_TEAM;
        }
        if (members.stream().anyMatch(s -> !mayJoin(kind, s))) {
            return Refusal.COMMANDO_NOT_MEMBER;
        }
        return null;
    }

    /**
     * Whether someone may serve in a team of this kind: a commando team (党员突击队) takes party members
     * only; the other teams take members and people alike.
     */
    public static boolean mayJoin(TeamKind kind, Team.Someone who) {
        return kind != TeamKind.COMMANDO || who.isMember();
    }

    /** The bundle key of the field a refusal is about (the leader, or the members). */
    public static String fieldOf(Refusal r) {
        return r == Refusal.LEADER_NOT_IN_TEAM ? "field.team.leader" : "field.team.members";
    }
}
