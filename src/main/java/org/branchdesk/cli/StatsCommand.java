package org.branchdesk.cli;

import java.util.concurrent.Callable;
import org.branchdesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stats}: one {@code key: N} line per register that a backup carries, nothing else. */
@Command(name = "stats", mixinStandardHelpOptions = true)
final class StatsCommand implements Callable<Integer> {
    private final OfficeOpener opener;
    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;

    StatsCommand(OfficeOpener opener) {
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
