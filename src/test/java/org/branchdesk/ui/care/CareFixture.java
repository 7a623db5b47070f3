package org.branchdesk.ui.care;

import java.nio.file.Path;
import java.time.LocalDate;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.service.Services;
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

    @Override
    public void close() {
        services.close();
    }
}
