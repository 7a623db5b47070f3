package org.branchdesk.cli.coverage;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.branchdesk.cli.Cli;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.service.Services;
import org.branchdesk.service.coverage.CoverageService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code coverage [--filter ...]}: one tab-separated line per compound: community, compound,
 * eligible full members (a number, 0 included), branch status, suggestion.
 */
@Command(name = "coverage", mixinStandardHelpOptions = true)
public final class CoverageCommand implements Callable<Integer> {
    /** Which compounds to list. */
    enum Which {
        all(CoverageService.Filter.ALL),
        nobranch(CoverageService.Filter.NO_BRANCH),
        ownerless(CoverageService.Filter.OWNERLESS),
        unclear(CoverageService.Filter.NOT_FOUR_CLEAR),
        action(CoverageService.Filter.NEEDS_ACTION);

        final CoverageService.Filter filter;

        Which(CoverageService.Filter filter) {
            this.filter = filter;
        }
    }

    private final OfficeOpener opener;
    @ParentCommand RootCommand root;
    @Spec CommandSpec spec;

    @Option(
            names = "--filter",
            paramLabel = "WHICH",
            defaultValue = "all",
            descriptionKey = "option.coverageFilter")
    Which which;

    public CoverageCommand(OfficeOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        try (Services s = opener.open(root.dataDir(), root.credentials())) {
            PrintWriter out = spec.commandLine().getOut();
            for (CoverageService.Line line : s.coverage().coverage(which.filter)) {
                String status = Messages.format("coverage." + line.coverage().name());
                if (line.branch() != null) {
                    status = Messages.format("format.withName", status, line.branch());
                }
                out.println(
                        String.join(
                                "\t",
                                line.community(),
                                line.compound(),
                                Integer.toString(line.eligibleFullMembers()),
                                status,
                                Messages.format(line.suggestion().key())));
            }
        }
        return Cli.OK;
    }
}
