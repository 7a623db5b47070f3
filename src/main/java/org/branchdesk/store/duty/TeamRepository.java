package org.branchdesk.store.duty;

import static org.branchdesk.store.jooq.Tables.TEAM;
import static org.branchdesk.store.jooq.Tables.TEAM_MEMBER;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.duty.TeamKind;
import org.branchdesk.store.StoreSession;

/** Teams and their members. */
public final class TeamRepository {
    private final StoreSession s;

    public TeamRepository(StoreSession s) {
        this.s = s;
    }

    /** Every team, stood down ones too, by name. */
    public List<Team> list() {
        Map<UUID, List<Team.Someone>> members = new HashMap<>();
        Map<UUID, Team.Someone> leaders = new HashMap<>();
        s.dsl()
                .selectFrom(TEAM_MEMBER)
                .where(TEAM_MEMBER.DELETED.isFalse())
                .orderBy(TEAM_MEMBER.TEAM_ID, TEAM_MEMBER.ORDINAL)
                .forEach(
                        r -> {
                            Team.Someone who = new Team.Someone(r.getMemberId(), r.getPersonId());
                            members.computeIfAbsent(r.getTeamId(), k -> new ArrayList<>()).add(who);
                            if (Boolean.TRUE.equals(r.getLeader())) {
                                leaders.put(r.getTeamId(), who);
                            }
                        });
        return s.dsl()
                .selectFrom(TEAM)
                .where(TEAM.DELETED.isFalse())
                .orderBy(TEAM.NAME)
                .fetch(
                        r ->
                                new Team(
                                        r.getId(),
                                        TeamKind.valueOf(r.getKind()),
                                        r.getName(),
                                        r.getCommunityId(),
                                        r.getCompoundId(),
                                        leaders.get(r.getId()),
                                        members.getOrDefault(r.getId(), List.of()),
                                        r.getFormedOn(),
                                        r.getEndedOn()));
    }

    /** Teams not stood down (the register {@code stats} counts). */
    public int count() {
        return s.dsl().fetchCount(TEAM, TEAM.DELETED.isFalse().and(TEAM.ENDED_ON.isNull()));
    }

    public void insert(Team t) {
        OffsetDateTime now = s.now();
        s.dsl()
                .insertInto(TEAM)
                .set(TEAM.ID, t.id())
                .set(TEAM.KIND, t.kind().name())
                .set(TEAM.NAME, t.name())
                .set(TEAM.COMMUNITY_ID, t.communityId())
                .set(TEAM.COMPOUND_ID, t.compoundId())
                .set(TEAM.FORMED_ON, t.formedOn())
                .set(TEAM.ENDED_ON, t.endedOn())
                .set(TEAM.CREATED_AT, now)
                .set(TEAM.UPDATED_AT, now)
                .set(TEAM.REVISION, 1L)
                .set(TEAM.REVISED_BY, s.officeId())
                .execute();
        int ordinal = 0;
        for (Team.Someone who : t.members()) {
            s.dsl()
                    .insertInto(TEAM_MEMBER)
                    .set(TEAM_MEMBER.ID, UUID.randomUUID())
                    .set(TEAM_MEMBER.TEAM_ID, t.id())
                    .set(TEAM_MEMBER.ORDINAL, ordinal++)
                    .set(TEAM_MEMBER.MEMBER_ID, who.memberId())
                    .set(TEAM_MEMBER.PERSON_ID, who.personId())
                    .set(TEAM_MEMBER.LEADER, who.equals(t.leader()))
                    .set(TEAM_MEMBER.CREATED_AT, now)
                    .set(TEAM_MEMBER.UPDATED_AT, now)
                    .set(TEAM_MEMBER.REVISION, 1L)
                    .set(TEAM_MEMBER.REVISED_BY, s.officeId())
                    .execute();
        }
    }

    /** Stands a team down on a day. */
    public void end(UUID id, LocalDate on) {
        s.dsl()
                .update(TEAM)
                .set(TEAM.ENDED_ON, on)
                .set(TEAM.UPDATED_AT, s.now())
                .set(TEAM.REVISION, TEAM.REVISION.plus(1))
                .set(TEAM.REVISED_BY, s.officeId())
                .where(TEAM.ID.eq(id))
                .execute();
    }
}
