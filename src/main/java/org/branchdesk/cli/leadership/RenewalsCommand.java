package org.branchdesk.cli.leadership;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.branchdesk.cli.Cli;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.service.Services;
import org.branchdesk.service.leadership.LeadershipService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code renewals [--as-of DATE]}: one tab-separated line per organization whose committee's term
 * is due within 180 days or overdue, or that has no secretary: organization, type, what is due, the
 * term's last day.
 */
@Command(name = "renewals", mixinStandardHelpOptions = true)
public final class RenewalsCommand implements Callable<Integer> {
    private final OfficeOpener opener;
    @ParentCommand RootCommand root;
    @Spec CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "option.renewalsAsOf")
    LocalDate asOf;

    public RenewalsCommand(OfficeOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        try (Services s = opener.open(root.dataDir(), root.credentials())) {
            PrintWriter out = spec.commandLine().getOut();
            for (LeadershipService.WatchLine l : s.leadership().renewals(asOf)) {
                out.println(
                        String.join(
                                "\t",
                                l.org().name(),
                                Messages.format("orgType." + l.org().type().name()),
                                Messages.format("watch." + l.watch().name()),
                                l.termLastDay() == null ? "" : l.termLastDay().toString()));
            }
        }
        return Cli.OK;
    }
}
