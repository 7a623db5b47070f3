package org.branchdesk.ui.care;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.care.FundSource;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.service.Services;
import org.branchdesk.service.access.Actor;
import org.branchdesk.store.FxThreadGuard;
import org.branchdesk.store.Store;
import org.branchdesk.testing.CurrentThreadTaskExecutor;
import org.branchdesk.testing.TestOffice;

/** An office in a real database, with the care pages' ViewModels on it, run synchronously. */
final class CareFixture implements AutoCloseable {
    final Services services;
    final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();

    private CareFixture(Services services) {
        this.services = services;
    }

    /** An office set up, with no funds yet. */
    static CareFixture empty(Path dir) {
        return new CareFixture(TestOffice.initialized(dir));
    }

    /** The same office opened again as an account of {@code role} (close this one first). */
    static CareFixture reopened(Path dir, Role role) {
        return new CareFixture(TestOffice.open(dir, role));
    }

    /** The demo street, opened by an administrator. */
    static CareFixture demo(Path dir) {
        Services s = TestOffice.open(dir);
        s.demo().load(0, false);
        return new CareFixture(s);
    }

    /** The same office opened again as the account {@code name} of {@code role}. */
    static CareFixture as(Path dir, String name, Role role) {
        return new CareFixture(
                Services.of(
                        Store.open(
                                dir, Clock.systemUTC(), FxThreadGuard.NONE, TestOffice.keyOf(dir)),
                        new Actor(name, role)));
    }

    LocalDate today() {
        return LocalDate.now(services.office().clock());
    }

    FundsViewModel funds() {
        return new FundsViewModel(
                services.funds(),
                tasks,
                services.office().clock(),
                services.actor().may(Permission.EDIT));
    }

    PaymentsViewModel payments() {
        return new PaymentsViewModel(
                services.payments(),
                services.funds(),
                services.paymentBatches(),
                tasks,
                services.office().clock(),
                services.actor().may(Permission.EDIT),
                services.actor().may(Permission.APPROVE_PAYMENTS));
    }

    /** Opens a fund of a source with an amount allocated today. */
    UUID fund(String name, FundSource source, String amount) {
        UUID id = services.funds().add(name, source).id();
        services.funds().allocate(id, Yuan.parse(amount), today(), "青槐街〔2026〕1号");
        return id;
    }

    @Override
    public void close() {
        services.close();
    }
}
