package org.branchdesk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

/** {@code branchdesk [--data-dir DIR] [FILE...]}: opens the window; with a command, runs it. */
@Command(name = "branchdesk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {InitCommand.class, DemoCommand.class, StatsCommand.class, ImportCommand.class, ExportCommand.class,
            CoverageCommand.class, UnitsCommand.class, LedgerCommand.class, NoticeCommand.class, VerifyCommand.class,
            PrivacyCommand.class,
            TemplateCommand.class, BenchCommand.class},
        sortOptions = false)
public final class RootCommand implements Callable<Integer> {
    private final WindowStarter window;

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "option.dataDir",
            scope = ScopeType.INHERIT)
    Path dataDir;

    @Parameters(paramLabel = "FILE", arity = "0..*", descriptionKey = "param.files")
    List<String> files = new ArrayList<>();

    RootCommand(OfficeOpener opener, WindowStarter window) {
        this.window = window;
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (String file : files) {
            String lower = file.toLowerCase(java.util.Locale.ROOT);
            boolean sheet = lower.endsWith(".csv") || lower.endsWith(".xlsx") || lower.endsWith(".xls");
            if (!sheet || !isFile(file)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        org.branchdesk.domain.UserError.format("cli.notAFile", file));
            }
        }
        return window.start(dataDir, files);
    }

    private static boolean isFile(String name) {
        try {
            return java.nio.file.Files.isRegularFile(Path.of(name));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    Path dataDir() {
        return dataDir;
    }
}
