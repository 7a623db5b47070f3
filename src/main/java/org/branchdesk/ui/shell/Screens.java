package org.branchdesk.ui.shell;

import java.nio.file.Path;
import java.util.List;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.members.Registration;
import org.branchdesk.service.Services;
import org.branchdesk.service.care.DevelopmentService;
import org.branchdesk.service.coverage.CoverageService;
import org.branchdesk.service.importing.ImportKind;
import org.branchdesk.ui.accounts.AccountsView;
import org.branchdesk.ui.accounts.AccountsViewModel;
import org.branchdesk.ui.care.CareContext;
import org.branchdesk.ui.care.CarePages;
import org.branchdesk.ui.care.CareView;
import org.branchdesk.ui.care.CareViewModel;
import org.branchdesk.ui.common.SystemDesk;
import org.branchdesk.ui.coverage.CoverageView;
import org.branchdesk.ui.coverage.CoverageViewModel;
import org.branchdesk.ui.dashboard.CareOverviewViewModel;
import org.branchdesk.ui.dashboard.DashboardView;
import org.branchdesk.ui.dashboard.DashboardViewModel;
import org.branchdesk.ui.dashboard.DutyOverviewViewModel;
import org.branchdesk.ui.documents.DocumentsView;
import org.branchdesk.ui.documents.DocumentsViewModel;
import org.branchdesk.ui.duty.DutyContext;
import org.branchdesk.ui.duty.DutyPages;
import org.branchdesk.ui.duty.DutyView;
import org.branchdesk.ui.duty.DutyViewModel;
import org.branchdesk.ui.importing.SheetImportView;
import org.branchdesk.ui.importing.SheetImportViewModel;
import org.branchdesk.ui.leadership.CommitteeViewModel;
import org.branchdesk.ui.leadership.NoticePrinting;
import org.branchdesk.ui.leadership.RenewalWatchViewModel;
import org.branchdesk.ui.members.MembersView;
import org.branchdesk.ui.members.MembersViewModel;
import org.branchdesk.ui.orgs.OrgsView;
import org.branchdesk.ui.orgs.OrgsViewModel;
import org.branchdesk.ui.places.PlacesView;
import org.branchdesk.ui.places.PlacesViewModel;
import org.branchdesk.ui.surveys.BuildingsViewModel;
import org.branchdesk.ui.surveys.CompoundsView;
import org.branchdesk.ui.surveys.CompoundsViewModel;

/**
 * The screens of the main window, in sidebar order. A new capability's screen is one more entry
 * here: its key, icon, the permission that shows it, and how it is built.
 */
public final class Screens {
    private Screens() {}

    public static List<ScreenEntry> all() {
        return List.of(
                new ScreenEntry("orgTree", "mdal-account_tree", null, Screens::places),
                new ScreenEntry("compounds", "mdal-home_work", null, Screens::compounds),
                new ScreenEntry("orgs", "mdal-account_balance", null, Screens::orgs),
                new ScreenEntry("members", "mdmz-people", null, Screens::members),
                new ScreenEntry("coverage", "mdal-fact_check", null, Screens::coverage),
                new ScreenEntry("duty", "mdal-event_note", null, Screens::duty),
                new ScreenEntry("care", "mdal-card_giftcard", null, Screens::care),
                new ScreenEntry("documents", "mdmz-print", null, Screens::documents),
                new ScreenEntry("dashboard", "mdmz-pie_chart", null, Screens::dashboard),
                new ScreenEntry("accounts", "mdmz-security", null, Screens::accounts));
    }

    private static Screen places(ScreenContext c) {
        PlacesViewModel vm = new PlacesViewModel(c.services().places(), c.tasks());
        return new Screen(new PlacesView(vm).root(), vm::reload, vm);
    }

    private static Screen compounds(ScreenContext c) {
        Services s = c.services();
        CompoundsViewModel vm =
                new CompoundsViewModel(
                        s.surveys(), s.places(), s.office(), c.tasks(), s.office().clock());
        CompoundsView view =
                new CompoundsView(vm, new BuildingsViewModel(s.households(), c.tasks()));
        if (s.actor().may(Permission.EDIT)) {
            view.addTool(
                    new SheetImportView(
                                    sheets(c),
                                    ImportKind.COMPOUNDS,
                                    ImportKind.SURVEY_ITEMS,
                                    ImportKind.HOUSEHOLDS)
                            .node());
        }
        return new Screen(view.root(), vm::reload, vm);
    }

    private static Screen orgs(ScreenContext c) {
        Services s = c.services();
        CommitteeViewModel committee =
                new CommitteeViewModel(
                        s.leadership(),
                        s.elections(),
                        s.members(),
                        c.tasks(),
                        s.office().clock(),
                        new NoticePrinting(
                                s.documents(),
                                new SystemDesk(),
                                ScratchFolder.create(),
                                Path.of(System.getProperty("user.home")),
                                s.actor().may(Permission.ISSUE_NOTICES)));
        OrgsViewModel vm = new OrgsViewModel(s.orgs(), c.tasks(), s.office().clock(), committee);
        OrgsView view = new OrgsView(vm);
        if (c.services().actor().may(Permission.EDIT)) {
            view.addTool(new SheetImportView(sheets(c), ImportKind.ORGANIZATIONS).node());
        }
        return new Screen(view.root(), vm::reload, vm);
    }

    private static SheetImportViewModel sheets(ScreenContext c) {
        return new SheetImportViewModel(
                c.services().imports(), c.services()::importer, c.tasks(), c::refresh);
    }

    private static Screen members(ScreenContext c) {
        Services s = c.services();
        MembersViewModel vm =
                new MembersViewModel(s.members(), s.imports(), s.memberImport(), c.tasks());
        return new Screen(
                new MembersView(vm).root(),
                () -> {
                    vm.search();
                    vm.loadChoices();
                },
                vm);
    }

    /** 值班服务: its pages are listed in {@code ui.duty.DutyPages}, each one a tab of the section. */
    private static Screen duty(ScreenContext c) {
        DutyView view =
                DutyView.build(
                        new DutyContext(
                                c.services(),
                                c.tasks(),
                                sheets(c),
                                new SystemDesk(),
                                ScratchFolder.create()));
        return new Screen(view.root(), view.viewModel()::shown, view.viewModel());
    }

    /** 关怀激励: its pages are listed in {@code ui.care.CarePages}, each one a tab of the section. */
    private static Screen care(ScreenContext c) {
        CareView view =
                CareView.build(
                        new CareContext(
                                c.services(), c.tasks(), new SystemDesk(), ScratchFolder.create()));
        return new Screen(view.root(), view.viewModel()::shown, view.viewModel());
    }

    private static Screen coverage(ScreenContext c) {
        CoverageViewModel vm = new CoverageViewModel(c.services().coverage(), c.tasks());
        return new Screen(new CoverageView(vm).root(), vm::reload, vm);
    }

    private static Screen documents(ScreenContext c) {
        Services s = c.services();
        DocumentsViewModel vm =
                new DocumentsViewModel(
                        s.documents(),
                        s.places(),
                        s.office(),
                        c.tasks(),
                        new SystemDesk(),
                        ScratchFolder.create());
        return new Screen(new DocumentsView(vm).root(), vm::reload, vm);
    }

    private static Screen dashboard(ScreenContext c) {
        DashboardViewModel vm =
                new DashboardViewModel(
                        c.services().coverage(),
                        c.services().privacy(),
                        c.tasks(),
                        new DashboardViewModel.Navigator() {
                            @Override
                            public void showCoverage(
                                    CoverageService.Filter filter, String community) {
                                c.show(
                                        "coverage",
                                        CoverageViewModel.class,
                                        coverage -> {
                                            coverage.filterProperty().set(filter);
                                            coverage.communityProperty().set(community);
                                        });
                            }

                            @Override
                            public void showMembers(Registration registration) {
                                c.show(
                                        "members",
                                        MembersViewModel.class,
                                        members -> {
                                            members.textProperty().set("");
                                            members.standingProperty().set(null);
                                            members.presenceProperty().set(null);
                                            members.registrationProperty().set(registration);
                                        });
                            }
                        },
                        new RenewalWatchViewModel(
                                c.services().leadership(),
                                c.tasks(),
                                org ->
                                        c.show(
                                                "orgs",
                                                OrgsViewModel.class,
                                                o -> o.showCommittee(org))),
                        new DutyOverviewViewModel(
                                c.services().roster(),
                                c.services().assistance(),
                                c.services().reportings(),
                                c.tasks(),
                                key -> DutyPages.all().stream().anyMatch(p -> p.key().equals(key)),
                                key ->
                                        c.show(
                                                "duty",
                                                DutyViewModel.class,
                                                duty -> duty.pageProperty().set(key))));
        vm.withCare(
                new CareOverviewViewModel(
                        c.services().funds(),
                        c.services().payments(),
                        () ->
                                c.services().development().due().stream()
                                        .map(
                                                l ->
                                                        l.applicant()
                                                                + " · "
                                                                + DevelopmentService.next(l))
                                        .toList(),
                        c.tasks(),
                        key -> CarePages.all().stream().anyMatch(p -> p.key().equals(key)),
                        key ->
                                c.show(
                                        "care",
                                        CareViewModel.class,
                                        care -> care.pageProperty().set(key))));
        return new Screen(new DashboardView(vm).root(), vm::reload, vm);
    }

    /** Accounts and privacy: only where the office has a keyring (never in tests' bare offices). */
    private static Screen accounts(ScreenContext c) {
        Services s = c.services();
        if (s.accounts() == null) {
            return null;
        }
        AccountsViewModel vm =
                new AccountsViewModel(
                        s.accounts(),
                        s.privacy(),
                        s.backups(),
                        c.tasks(),
                        c.shell()::showBackup,
                        c.shell()::restore);
        return new Screen(new AccountsView(vm).root(), vm::reload, vm);
    }
}
