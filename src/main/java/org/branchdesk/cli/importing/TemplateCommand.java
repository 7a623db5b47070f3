package org.branchdesk.cli.importing;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.branchdesk.cli.Cli;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code template members|compounds|organizations --out FILE}: writes an import template. */
@Command(name = "template", mixinStandardHelpOptions = true)
public final class TemplateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", descriptionKey = "param.importKind")
    ImportCommand.Kind kind;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE",
            descriptionKey = "option.templateOut")
    Path out;

    public TemplateCommand(OfficeOpener opener) {
        // a template needs no office
    }

    @Override
    public Integer call() {
        Services.writeTemplate(kind.kind, out);
        spec.commandLine()
                .getOut()
                .println(Messages.format("cli.template.done", out.toAbsolutePath()));
        return Cli.OK;
    }
}
