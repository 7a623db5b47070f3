package org.branchdesk.cli.backups;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.branchdesk.cli.Cli;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code restore FILE}: puts a backup back in place of the office's data (administrators). */
@Command(name = "restore", mixinStandardHelpOptions = true)
public final class RestoreCommand implements Callable<Integer> {
    private final OfficeOpener opener;
    @ParentCommand RootCommand root;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.backupFile")
    Path backup;

    public RestoreCommand(OfficeOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        try (Services s = opener.restore(root.dataDir(), root.credentials(), backup)) {
            spec.commandLine()
                    .getOut()
                    .println(
                            Messages.format(
                                    "cli.restore.done",
                                    backup.getFileName(),
                                    s.backups().folder()));
            s.stats().counts().forEach((k, v) -> spec.commandLine().getOut().println(k + ": " + v));
        }
        return Cli.OK;
    }
}
