package org.branchdesk.cli.office;

import java.util.UUID;
import java.util.concurrent.Callable;
import org.branchdesk.cli.Cli;
import org.branchdesk.cli.Credentials;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.cli.SetUpMessages;
import org.branchdesk.domain.accounts.Accounts;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.office.Office;
import org.branchdesk.service.Services;
import org.branchdesk.service.accounts.OfficeAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code init --office NAME [--district NAME] [--doc-prefix TEXT] [--dry-run]}. */
@Command(name = "init", sortOptions = false, mixinStandardHelpOptions = true)
public final class InitCommand implements Callable<Integer> {
    private final OfficeOpener opener;
    @ParentCommand RootCommand root;
    @Spec CommandSpec spec;

    @Option(
            names = "--office",
            required = true,
            paramLabel = "NAME",
            descriptionKey = "option.office")
    String office;

    @Option(names = "--district", paramLabel = "NAME", descriptionKey = "option.district")
    String district;

    @Option(names = "--doc-prefix", paramLabel = "TEXT", descriptionKey = "option.docPrefix")
    String docPrefix;

    @Option(names = "--dry-run", descriptionKey = "option.dryRun")
    boolean dryRun;

    public InitCommand(OfficeOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        Office checked = Office.of(UUID.randomUUID(), office, district, docPrefix, null);
        Credentials who = root.credentials();
        if (dryRun && opener.state(root.dataDir()) != OfficeAccess.State.ACCOUNTS) {
            // Nothing exists yet and a dry run creates nothing: check what would be created.
            Accounts.checkPassword(Accounts.name(who.user()), who.password());
            spec.commandLine()
                    .getOut()
                    .println(
                            Messages.format(
                                    "cli.init.dryRun",
                                    describe(checked),
                                    checked.effectiveDocPrefix()));
            return Cli.OK;
        }
        OfficeAccess.SetUp opened = opener.openOrSetUp(root.dataDir(), who);
        try (Services s = opened.services()) {
            SetUpMessages.print(spec.commandLine().getOut(), opened);
            var existing = s.office().current();
            if (existing.isPresent()) {
                throw new UserError("cli.init.exists", existing.get().name());
            }
            Office made = dryRun ? checked : s.office().initialize(office, district, docPrefix);
            spec.commandLine()
                    .getOut()
                    .println(
                            Messages.format(
                                    dryRun ? "cli.init.dryRun" : "cli.init.done",
                                    describe(made),
                                    made.effectiveDocPrefix(),
                                    s.databaseFile()));
        }
        return Cli.OK;
    }

    private static String describe(Office o) {
        return o.district() == null
                ? o.name()
                : Messages.format("status.office", o.name(), o.district());
    }
}
