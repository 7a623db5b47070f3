package org.branchdesk.cli.demo;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.branchdesk.cli.Cli;
import org.branchdesk.cli.Credentials;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.cli.SetUpMessages;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.service.Services;
import org.branchdesk.service.accounts.OfficeAccess;
import org.branchdesk.service.demo.DemoService;
import org.branchdesk.service.importing.ImportPlan.Fate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code demo [--scale N] [--dry-run]}: loads the fictional demo street. */
@Command(name = "demo", sortOptions = false, mixinStandardHelpOptions = true)
public final class DemoCommand implements Callable<Integer> {
    private final OfficeOpener opener;
    @ParentCommand RootCommand root;
    @Spec CommandSpec spec;

    @Option(names = "--scale", paramLabel = "N", descriptionKey = "option.scale")
    Integer scale;

    @Option(names = "--dry-run", descriptionKey = "option.dryRun")
    boolean dryRun;

    public DemoCommand(OfficeOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        if (scale != null && (scale < 1 || scale > 2_000_000)) {
            throw new UserError("cli.demo.badScale", scale);
        }
        Credentials who = root.credentials();
        if (dryRun && opener.state(root.dataDir()) != OfficeAccess.State.ACCOUNTS) {
            throw new UserError("cli.demo.dryRunNeedsOffice");
        }
        OfficeAccess.SetUp opened = opener.openOrSetUp(root.dataDir(), who);
        try (Services s = opened.services()) {
            SetUpMessages.print(spec.commandLine().getOut(), opened);
            DemoService.Outcome o = s.demo().load(scale == null ? 0 : scale, dryRun);
            PrintWriter out = spec.commandLine().getOut();
            var compounds = o.compounds().plan();
            if (!o.changedAnything() && !dryRun) {
                out.println(Messages.format("cli.demo.unchanged", o.office().name()));
            } else {
                long updated = compounds.count(Fate.UPDATE) + o.members().plan().count(Fate.UPDATE);
                out.println(
                        Messages.format(
                                dryRun ? "cli.demo.dryRun" : "cli.demo.done",
                                o.office().name(),
                                compounds.newCommunities().size(),
                                compounds.count(Fate.NEW),
                                o.organizationsCreated(),
                                o.groupsCreated(),
                                o.members().plan().count(Fate.NEW),
                                updated,
                                o.households().plan().count(Fate.NEW)));
                out.println(
                        Messages.format(
                                "cli.demo.leaders",
                                o.leaders().plan().count(Fate.NEW),
                                o.organizationsDissolved()));
                if (o.dutyRows() > 0) {
                    out.println(Messages.format("cli.demo.duty", o.dutyRows()));
                }
            }
        }
        return Cli.OK;
    }
}
