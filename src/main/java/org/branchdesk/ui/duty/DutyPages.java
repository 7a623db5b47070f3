package org.branchdesk.ui.duty;

import java.util.List;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.service.Services;
import org.branchdesk.service.importing.ImportKind;
import org.branchdesk.ui.importing.SheetImportView;

/**
 * The pages of the duty section (值班服务), in tab order. A later duty screen (reporting members,
 * assistance, cadres' areas) is one more entry here: its key, its icon and how it is built; the
 * section shows only the pages listed.
 */
public final class DutyPages {
    private DutyPages() {}

    public static List<DutyPage> all() {
        return List.of(
                new DutyPage("people", "mdmz-people_alt", DutyPages::people),
                new DutyPage("teams", "mdal-groups", DutyPages::teams),
                new DutyPage("roster", "mdal-calendar_today", DutyPages::roster),
                new DutyPage("availability", "mdal-event_busy", DutyPages::availability),
                new DutyPage("reporting", "mdal-how_to_reg", DutyPages::reporting),
                new DutyPage("sentDown", "mdal-home_work", DutyPages::sentDown),
                new DutyPage("assistance", "mdal-favorite_border", DutyPages::assistance),
                new DutyPage("areas", "mdal-assignment_ind", DutyPages::areas));
    }

    private static DutyPage.Built people(DutyContext c) {
        Services s = c.services();
        PeopleViewModel vm = new PeopleViewModel(s.people(), c.tasks(), s.office().clock());
        PeopleView view = new PeopleView(vm);
        if (s.actor().may(Permission.EDIT)) {
            view.addTool(new SheetImportView(c.sheets(), ImportKind.PEOPLE).node());
        }
        return new DutyPage.Built(view.root(), vm::reload);
    }

    private static DutyPage.Built teams(DutyContext c) {
        Services s = c.services();
        TeamsViewModel vm =
                new TeamsViewModel(s.teams(), s.places(), c.tasks(), s.office().clock());
        return new DutyPage.Built(new TeamsView(vm).root(), vm::reload);
    }

    private static DutyPage.Built roster(DutyContext c) {
        Services s = c.services();
        RosterViewModel vm =
                new RosterViewModel(
                        s.roster(),
                        s.teams(),
                        s.places(),
                        c.tasks(),
                        s.office().clock(),
                        s.actor().may(Permission.EDIT),
                        new RosterPrinting(
                                s.documents(),
                                c.tasks(),
                                c.desk(),
                                c.scratch(),
                                s.actor().may(Permission.ISSUE_NOTICES)));
        return new DutyPage.Built(new RosterView(vm).root(), vm::reload);
    }

    private static DutyPage.Built availability(DutyContext c) {
        Services s = c.services();
        AvailabilityViewModel vm =
                new AvailabilityViewModel(
                        s.availability(),
                        s.teams(),
                        s.places(),
                        c.tasks(),
                        s.office().clock(),
                        s.actor().may(Permission.EDIT));
        return new DutyPage.Built(new AvailabilityView(vm).root(), vm::reload);
    }

    private static DutyPage.Built reporting(DutyContext c) {
        Services s = c.services();
        ReportingViewModel vm =
                new ReportingViewModel(
                        s.reportings(),
                        s.places(),
                        s.units(),
                        c.tasks(),
                        s.office().clock(),
                        s.actor().may(Permission.EDIT),
                        new NoticePrinting(
                                s.documents(),
                                c.tasks(),
                                c.desk(),
                                c.scratch(),
                                s.actor().may(Permission.ISSUE_NOTICES)));
        return new DutyPage.Built(new ReportingView(vm).root(), vm::reload);
    }

    private static DutyPage.Built sentDown(DutyContext c) {
        Services s = c.services();
        SentDownViewModel vm =
                new SentDownViewModel(
                        s.sentDown(),
                        s.teams(),
                        s.places(),
                        s.units(),
                        c.tasks(),
                        s.office().clock(),
                        s.actor().may(Permission.EDIT));
        return new DutyPage.Built(new SentDownView(vm).root(), vm::reload);
    }

    private static DutyPage.Built assistance(DutyContext c) {
        Services s = c.services();
        AssistanceViewModel vm =
                new AssistanceViewModel(
                        s.assistance(),
                        s.places(),
                        c.tasks(),
                        s.office().clock(),
                        s.actor().may(Permission.EDIT),
                        new LedgerPrinting(s.documents(), c.tasks(), c.desk(), c.scratch()));
        return new DutyPage.Built(new AssistanceView(vm).root(), vm::reload);
    }

    private static DutyPage.Built areas(DutyContext c) {
        Services s = c.services();
        AreasViewModel vm =
                new AreasViewModel(
                        s.areas(),
                        s.teams(),
                        s.places(),
                        c.tasks(),
                        s.office().clock(),
                        s.actor().may(Permission.EDIT),
                        new LedgerPrinting(s.documents(), c.tasks(), c.desk(), c.scratch()));
        return new DutyPage.Built(new AreasView(vm).root(), vm::reload);
    }
}
