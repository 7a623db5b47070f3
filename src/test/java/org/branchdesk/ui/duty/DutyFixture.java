package org.branchdesk.ui.duty;

import java.nio.file.Path;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.members.Member;
import org.branchdesk.service.Services;
import org.branchdesk.service.registers.MemberFilter;
import org.branchdesk.testing.CurrentThreadTaskExecutor;
import org.branchdesk.testing.TestOffice;

/** The demo street in a real database, with the duty screens' ViewModels on it. */
final class DutyFixture implements AutoCloseable {
    /** A valid ID number from the unassigned 99 region, as the demo's are; nobody's. */
    static final String VOLUNTEER_ID = "990101199001011230";

    final Services services;
    final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();

    private DutyFixture(Services services) {
        this.services = services;
    }

    /** The demo street, opened by an administrator. */
    static DutyFixture demo(Path dir) {
        Services s = TestOffice.open(dir);
        s.demo().load(0, false);
        return new DutyFixture(s);
    }

    /** An office set up with no communities, nobody on the people register, no teams. */
    static DutyFixture empty(Path dir) {
        return new DutyFixture(TestOffice.initialized(dir));
    }

    /** The number of people on the register now. */
    int peopleCount() {
        return services.stats().counts().get("people");
    }

    /** The same office opened again as an account of {@code role} (close this one first). */
    static DutyFixture reopened(Path dir, Role role) {
        return new DutyFixture(TestOffice.open(dir, role));
    }

    PeopleViewModel people() {
        return new PeopleViewModel(services.people(), tasks, services.office().clock());
    }

    TeamsViewModel teams() {
        return new TeamsViewModel(
                services.teams(), services.places(), tasks, services.office().clock());
    }

    /** The {@code n}th member of the register, in pinyin order. */
    Member member(int n) {
        return services.members()
                .get(
                        services.members()
                                .search(
                                        new MemberFilter(
                                                null, null, null, null, null, null, null, false),
                                        n + 1)
                                .rows()
                                .get(n)
                                .id());
    }

    /** A member whose ID number nobody on the people register has. */
    Member memberNotOnThePeopleRegister() {
        for (int n = 0; ; n++) {
            Member m = member(n);
            if (!services.people().match(m.citizenId().value()).listed()) {
                return m;
            }
        }
    }

    @Override
    public void close() {
        services.close();
    }
}
