package org.branchdesk.domain.duty;

import java.util.HashSet;
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
        if (t.members().isEmpty()) {
            return Refusal.EMPTY;
        }
        Set<Team.Someone> seen = new HashSet<>();
        for (Team.Someone s : t.members()) {
            if (!seen.add(s)) {
                return Refusal.LISTED_TWICE;
            }
        }
        if (t.leader() != null && !seen.contains(t.leader())) {
            return Refusal.LEADER_NOT_IN_TEAM;
        }
        if (t.kind() == TeamKind.COMMANDO && t.members().stream().anyMatch(s -> !s.isMember())) {
            return Refusal.COMMANDO_NOT_MEMBER;
        }
        return null;
    }

    static String fieldOf(Refusal r) {
        return r == Refusal.LEADER_NOT_IN_TEAM ? "field.team.leader" : "field.team.members";
    }
}
