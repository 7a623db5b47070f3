package org.branchdesk.store.duty;

import java.util.UUID;
import org.branchdesk.domain.duty.Team;

/** A member or a person from a row's two columns, exactly one of which is set. */
final class Someones {
    private Someones() {}

    static Team.Someone of(UUID memberId, UUID personId) {
        return memberId == null && personId == null ? null : new Team.Someone(memberId, personId);
    }

    static UUID member(Team.Someone who) {
        return who == null ? null : who.memberId();
    }

    static UUID person(Team.Someone who) {
        return who == null ? null : who.personId();
    }
}
