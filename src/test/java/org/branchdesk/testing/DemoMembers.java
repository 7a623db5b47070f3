package org.branchdesk.testing;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.members.Presence;
import org.branchdesk.service.Services;
import org.branchdesk.service.members.MemberService;
import org.branchdesk.service.registers.MemberFilter;

/**
 * Members of the demo street that a test may report itself. The demo reports every in-service
 * member it has (to the community where they live, from February 2020), so a test that records a
 * reporting of its own takes residents the demo reports nowhere and marks them on the register as
 * in-service members reporting here (人员状态：在职党员报到), as a clerk would in the member form.
 */
public final class DemoMembers {
    /** The community whose February 2020 roster the demo keeps: its members have served shifts. */
    public static final String ROSTERED = DemoRoster.COMMUNITY;

    private DemoMembers() {}

    /** Active members of the register with that presence, in the register's order. */
    public static List<Member> withPresence(Services s, Presence presence) {
        return s
                .members()
                .search(new MemberFilter(null, null, null, null, null, null, presence, false), 1000)
                .rows()
                .stream()
                .map(r -> s.members().get(r.id()))
                .toList();
    }

    /**
     * {@code n} residents living in a compound outside {@link #ROSTERED} (so no roster shift of the
     * demo is theirs) who also pass {@code also}, now marked as in-service members reporting here;
     * none of them has a reporting yet.
     */
    public static List<Member> freeToReport(Services s, int n, Predicate<Member> also) {
        UUID rostered = s.roster().communityNamed(ROSTERED);
        List<Member> free =
                withPresence(s, Presence.RESIDENT).stream()
                        .filter(m -> m.compoundId() != null && !m.communityId().equals(rostered))
                        .filter(also)
                        .limit(n)
                        .toList();
        if (free.size() < n) {
            throw new IllegalStateException("the demo has only " + free.size() + " such residents");
        }
        return free.stream().map(m -> inService(s, m)).toList();
    }

    /** The member, their presence on the register changed to 在职党员报到 and everything else kept. */
    public static Member inService(Services s, Member m) {
        return s.members()
                .update(
                        m.id(),
                        new MemberService.NewMember(
                                m.name(),
                                m.citizenId().value(),
                                m.phone(),
                                m.joinedOn(),
                                m.fullOn(),
                                m.standing(),
                                m.registration(),
                                Presence.REPORTING_IN_SERVICE,
                                m.compoundId(),
                                m.orgId(),
                                m.building(),
                                m.unit(),
                                m.room(),
                                m.workplace(),
                                m.ethnicGroup(),
                                m.education(),
                                m.note(),
                                m.tags()));
    }
}
