package org.branchdesk.cli.importing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.branchdesk.cli.Cli;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.service.Services;
import org.branchdesk.service.coverage.CoverageService;
import org.branchdesk.service.registers.MemberFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code export members|coverage|compounds|organizations|households|people|payments --out FILE.xlsx
 * [--full --reason TEXT] [--from DATE --to DATE --fund NAME]} (the range and fund for payments): ID
 * numbers and phones are masked unless {@code --full} is given with a reason, which the audit log
 * keeps.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false)
public final class ExportCommand implements Callable<Integer> {
    /** What to export. */
    enum Kind {
        members,
        coverage,
        compounds,
        organizations,
        households,
        people,
        payments
    }

    private final OfficeOpener opener;
    @ParentCommand RootCommand root;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", descriptionKey = "param.exportKind")
    Kind kind;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE",
            descriptionKey = "option.exportOut")
    Path out;

    @Option(names = "--full", descriptionKey = "option.full")
    boolean full;

    @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "option.reason")
    String reason;

    @Option(names = "--from", paramLabel = "DATE", descriptionKey = "option.exportFrom")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", descriptionKey = "option.exportTo")
    LocalDate to;

    @Option(names = "--fund", paramLabel = "NAME", descriptionKey = "option.exportFund")
    String fund;

    public ExportCommand(OfficeOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        if (full && kind != Kind.members) {
            throw new UserError("cli.export.fullOnlyMembers");
        }
        if ((from != null || to != null || fund != null) && kind != Kind.payments) {
            throw new UserError("cli.export.rangeOnlyPayments");
        }
        try (Services s = opener.open(root.dataDir(), root.credentials())) {
            MemberFilter all = new MemberFilter(null, null, null, null, null, null, null, true);
            int n;
            if (kind == Kind.coverage) {
                n = s.coverage().export(CoverageService.Filter.ALL, out);
            } else if (kind == Kind.compounds) {
                n = s.surveys().export(s.surveys().compounds(), out);
            } else if (kind == Kind.organizations) {
                n = s.orgs().export(true, out);
            } else if (kind == Kind.households) {
                n = s.households().export(out);
            } else if (kind == Kind.people) {
                n = s.people().export(out);
            } else if (kind == Kind.payments) {
                n = s.payments().export(out, from, to, fund == null ? null : s.funds().named(fund));
            } else if (full) {
                n = s.members().exportFull(all, out, reason);
            } else {
                n = s.members().exportMasked(all, out);
            }
            spec.commandLine()
                    .getOut()
                    .println(
                            Messages.format(
                                    full || kind != Kind.members
                                            ? "cli.export.done"
                                            : "cli.export.doneMasked",
                                    n,
                                    out.toAbsolutePath()));
        }
        return Cli.OK;
    }
}
