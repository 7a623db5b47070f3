package org.branchdesk.cli.office;

import java.util.concurrent.Callable;
import org.branchdesk.cli.Cli;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stats}: one {@code key: N} line per register that a backup carries, nothing else. */
@Command(name = "stats", mixinStandardHelpOptions = true)
public final class StatsCommand implements Callable<Integer> {
    private final OfficeOpener opener;
    @ParentCommand RootCommand root;
    @Spec CommandSpec spec;

    public StatsCommand(OfficeOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        try (Services s = opener.open(root.dataDir(), root.credentials())) {
            s.stats().counts().forEach((k, v) -> spec.commandLine().getOut().println(k + ": " + v));
        }
        return Cli.OK;
    }
}
