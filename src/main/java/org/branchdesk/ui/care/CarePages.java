package org.branchdesk.ui.care;

import java.util.List;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.service.Services;
import org.branchdesk.ui.duty.NoticePrinting;

/**
 * The pages of the care section (关怀激励), in tab order. A care screen (payments, supplies, care
 * cases, commendations, development) is one more entry here: its key, its icon and how it is built
 * from a {@link CareContext}; the section shows only the pages listed. Tab text is the bundle's
 * {@code care.page.KEY}.
 */
public final class CarePages {
    private CarePages() {}

    public static List<CarePage> all() {
        return List.of(
                new CarePage("funds", "mdal-account_balance_wallet", CarePages::funds),
                new CarePage("payments", "mdmz-payments", CarePages::payments),
                new CarePage("supplies", "mdmz-masks", CarePages::supplies),
                new CarePage("development", "mdal-how_to_reg", CarePages::development),
                new CarePage("commendations", "mdal-emoji_events", CarePages::commendations));
    }

    private static CarePage.Built funds(CareContext c) {
        Services s = c.services();
        FundsViewModel vm =
                new FundsViewModel(
                        s.funds(), c.tasks(), s.office().clock(), s.actor().may(Permission.EDIT));
        return new CarePage.Built(new FundsView(vm).root(), vm::reload);
    }

    private static CarePage.Built supplies(CareContext c) {
        Services s = c.services();
        SuppliesViewModel vm =
                new SuppliesViewModel(
                        s.supplies(),
                        s.payments(),
                        c.tasks(),
                        s.office().clock(),
                        s.actor().may(Permission.EDIT));
        return new CarePage.Built(new SuppliesView(vm).root(), vm::reload);
    }

    private static CarePage.Built payments(CareContext c) {
        Services s = c.services();
        PaymentsViewModel vm =
                new PaymentsViewModel(
                        s.payments(),
                        s.funds(),
                        s.paymentBatches(),
                        c.tasks(),
                        s.office().clock(),
                        s.actor().may(Permission.EDIT),
                        s.actor().may(Permission.APPROVE_PAYMENTS));
        return new CarePage.Built(new PaymentsView(vm).root(), vm::reload);
    }

    private static CarePage.Built development(CareContext c) {
        Services s = c.services();
        DevelopmentViewModel vm =
                new DevelopmentViewModel(
                        s.development(), c.tasks(), s.actor().may(Permission.EDIT));
        return new CarePage.Built(new DevelopmentView(vm).root(), vm::reload);
    }

    private static CarePage.Built commendations(CareContext c) {
        Services s = c.services();
        CommendationsViewModel vm =
                new CommendationsViewModel(
                        s.commendations(),
                        c.tasks(),
                        s.office().clock(),
                        s.actor().may(Permission.EDIT),
                        new NoticePrinting(
                                s.documents(),
                                c.tasks(),
                                c.desk(),
                                c.scratch(),
                                s.actor().may(Permission.ISSUE_NOTICES)));
        return new CarePage.Built(new CommendationsView(vm).root(), vm::reload);
    }
}
