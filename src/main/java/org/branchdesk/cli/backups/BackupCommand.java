package org.branchdesk.cli.backups;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.branchdesk.cli.Cli;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code backup}: writes an encrypted backup into the office's backups folder now. */
@Command(name = "backup", mixinStandardHelpOptions = true)
public final class BackupCommand implements Callable<Integer> {
    private final OfficeOpener opener;
    @ParentCommand RootCommand root;
    @Spec CommandSpec spec;

    public BackupCommand(OfficeOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() throws IOException {
        try (Services s = opener.open(root.dataDir(), root.credentials())) {
            var file = s.backups().backupNow();
            spec.commandLine()
                    .getOut()
                    .println(
                            Messages.format(
                                    "cli.backup.done",
                                    file.toAbsolutePath(),
                                    (Files.size(file) + 1023) / 1024));
        }
        return Cli.OK;
    }
}
