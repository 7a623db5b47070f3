package org.branchdesk.cli.importing;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.branchdesk.cli.Cli;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.service.Services;
import org.branchdesk.service.importing.ImportKind;
import org.branchdesk.service.importing.ImportOptions;
import org.branchdesk.service.importing.ImportPlan;
import org.branchdesk.service.importing.ImportPlan.Fate;
import org.branchdesk.service.importing.ImportProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code import members|compounds|organizations|items|households FILE [--dry-run]
 * [--skip-invalid]}: one line per refused row ({@code 第N行 …}), then a summary. Exit 1 when rows
 * were refused and nothing was imported, 0 otherwise.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false)
public final class ImportCommand implements Callable<Integer> {
    /** What a file holds. */
    public enum Kind {
        members(ImportKind.MEMBERS),
        compounds(ImportKind.COMPOUNDS),
        organizations(ImportKind.ORGANIZATIONS),
        items(ImportKind.SURVEY_ITEMS),
        households(ImportKind.HOUSEHOLDS),
        leaders(ImportKind.LEADERS),
        elections(ImportKind.ELECTIONS),
        people(ImportKind.PEOPLE);

        final ImportKind kind;

        Kind(ImportKind kind) {
            this.kind = kind;
        }
    }

    private final OfficeOpener opener;
    @ParentCommand RootCommand root;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", descriptionKey = "param.importKind")
    Kind kind;

    @Parameters(index = "1", paramLabel = "FILE", descriptionKey = "param.importFile")
    Path file;

    @Option(names = "--dry-run", descriptionKey = "option.dryRun")
    boolean dryRun;

    @Option(names = "--skip-invalid", descriptionKey = "option.skipInvalid")
    boolean skipInvalid;

    public ImportCommand(OfficeOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new UserError("error.file.notFound", file);
        }
        try (Services s = opener.open(root.dataDir(), root.credentials())) {
            if (s.office().current().isEmpty()) {
                throw new UserError("error.office.notInitialized");
            }
            ImportPlan.Result r =
                    s.imports()
                            .run(
                                    s.importer(kind.kind),
                                    file,
                                    new ImportOptions(dryRun, skipInvalid),
                                    ImportProgress.NONE);
            PrintWriter out = spec.commandLine().getOut();
            ImportPlan plan = r.plan();
            plan.refused().forEach(row -> out.println(row.describe()));
            plan.notes().forEach(out::println);
            if (!plan.newCommunities().isEmpty()) {
                out.println(
                        Messages.format(
                                "cli.import.newCommunities",
                                String.join(
                                        Messages.format("list.separator"), plan.newCommunities())));
            }
            if (!plan.newCompounds().isEmpty()) {
                out.println(Messages.format("cli.import.newCompounds", plan.newCompounds().size()));
            }
            String key =
                    r.applied()
                            ? "cli.import.done"
                            : dryRun ? "cli.import.dryRun" : "cli.import.nothing";
            out.println(
                    Messages.format(
                            key,
                            plan.newCommunities().size(),
                            plan.count(Fate.NEW),
                            plan.count(Fate.UPDATE),
                            plan.count(Fate.UNCHANGED),
                            plan.count(Fate.REFUSED)));
            // exit 1 when rows were refused and nothing was (or, in a dry run, would be) imported
            long valid =
                    plan.count(Fate.NEW) + plan.count(Fate.UPDATE) + plan.count(Fate.UNCHANGED);
            if (plan.count(Fate.REFUSED) == 0) {
                return Cli.OK;
            }
            boolean imports = dryRun ? skipInvalid && valid > 0 : r.applied() && valid > 0;
            return imports ? Cli.OK : Cli.REFUSED;
        }
    }
}
