package org.branchdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.branchdesk.domain.UserError;
import org.branchdesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code template compounds --out FILE}: writes the import template. */
@Command(name = "template", mixinStandardHelpOptions = true)
final class TemplateCommand implements Callable<Integer> {
    private final OfficeOpener opener;
    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", descriptionKey = "param.importKind")
    ImportCommand.Kind kind;
    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "option.out")
    Path out;

    TemplateCommand(OfficeOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        try (Services s = opener.open(root.dataDir())) {
            s.compoundImport().writeTemplate(out);
        }
        spec.commandLine().getOut().println(UserError.format("cli.template.done", out.toAbsolutePath()));
        return Cli.OK;
    }
}
