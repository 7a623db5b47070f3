package org.branchdesk.ui.duty;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.members.Member;
import org.branchdesk.service.Services;
import org.branchdesk.service.registers.MemberFilter;
import org.branchdesk.testing.CurrentThreadTaskExecutor;
import org.branchdesk.testing.TestOffice;
import org.branchdesk.ui.common.Desk;

/** The demo street in a real database, with the duty screens' ViewModels on it. */
final class DutyFixture implements AutoCloseable {
    /** A valid ID number from the unassigned 99 region, as the demo's are; nobody's. */
    static final String VOLUNTEER_ID = "990101199001011230";

    final Services services;
    final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();

    /** The PDFs the week grid opened or printed (the system's viewer and printer stand in). */
    final List<Path> opened = new ArrayList<>();

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

    /** The week grid, on the account's permission, printing into {@code scratch}. */
    RosterViewModel roster(Path scratch) {
        return new RosterViewModel(
                services.roster(),
                services.teams(),
                services.places(),
                tasks,
                services.office().clock(),
                services.actor().may(Permission.EDIT),
                new RosterPrinting(
                        services.documents(),
                        tasks,
                        desk(),
                        scratch,
                        services.actor().may(Permission.ISSUE_NOTICES)));
    }

    /** The cadres' areas page, on the account's permission, printing into {@code scratch}. */
    AreasViewModel areas(Path scratch) {
        return new AreasViewModel(
                services.areas(),
                services.teams(),
                services.places(),
                tasks,
                services.office().clock(),
                services.actor().may(Permission.EDIT),
                new LedgerPrinting(services.documents(), tasks, desk(), scratch));
    }

    /** The assistance page, on the account's permission, printing into {@code scratch}. */
    AssistanceViewModel assistance(Path scratch) {
        return new AssistanceViewModel(
                services.assistance(),
                services.places(),
                tasks,
                services.office().clock(),
                services.actor().may(Permission.EDIT),
                new LedgerPrinting(services.documents(), tasks, desk(), scratch));
    }

    /** The system's printer and PDF viewer: what they are given is kept in {@link #opened}. */
    private Desk desk() {
        return new Desk() {
            @Override
            public Object choosePrinter(String jobName) {
                return "printer";
            }

            @Override
            public void print(Object printer, Path pdf) {
                opened.add(pdf);
            }

            @Override
            public void open(Path pdf) {
                opened.add(pdf);
            }
        };
    }

    AvailabilityViewModel availability() {
        return new AvailabilityViewModel(
                services.availability(),
                services.teams(),
                services.places(),
                tasks,
                services.office().clock(),
                services.actor().may(Permission.EDIT));
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
