package org.branchdesk.cli.units;

import java.util.concurrent.Callable;
import org.branchdesk.cli.Cli;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.service.Services;
import org.branchdesk.service.units.UnitService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code units}: one tab-separated line per unit: kind, name, its party organization or the gap.
 */
@Command(name = "units", mixinStandardHelpOptions = true)
public final class UnitsCommand implements Callable<Integer> {
    private final OfficeOpener opener;
    @ParentCommand RootCommand root;
    @Spec CommandSpec spec;

    public UnitsCommand(OfficeOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        try (Services s = opener.open(root.dataDir(), root.credentials())) {
            for (UnitService.Row r : s.units().list()) {
                spec.commandLine()
                        .getOut()
                        .println(
                                String.join(
                                        "\t",
                                        Messages.format("unitKind." + r.unit().kind().name()),
                                        r.unit().name(),
                                        r.partyOrg() != null
                                                ? r.partyOrg()
                                                : r.needsPartyOrganization()
                                                        ? Messages.format("units.noPartyOrg")
                                                        : ""));
            }
        }
        return Cli.OK;
    }
}
