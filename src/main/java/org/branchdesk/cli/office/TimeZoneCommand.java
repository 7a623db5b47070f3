package org.branchdesk.cli.office;

import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.branchdesk.cli.Cli;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code time-zone [ZONE]}: shows the office's time zone, or (administrators) sets it. Every
 * "today" of the office, and every date it prints, is read in this zone.
 */
@Command(name = "time-zone", mixinStandardHelpOptions = true)
public final class TimeZoneCommand implements Callable<Integer> {
    private final OfficeOpener opener;
    @ParentCommand RootCommand root;
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ZONE", descriptionKey = "param.timeZone")
    String zone;

    public TimeZoneCommand(OfficeOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        try (Services s = opener.open(root.dataDir(), root.credentials())) {
            if (s.office().current().isEmpty()) {
                throw new UserError("error.office.notInitialized");
            }
            ZoneId now = zone == null ? s.office().timeZone() : s.office().setTimeZone(zone);
            spec.commandLine().getOut().println(Messages.format("cli.timeZone", now.getId()));
        }
        return Cli.OK;
    }
}
