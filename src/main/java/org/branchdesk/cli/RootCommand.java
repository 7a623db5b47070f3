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
        subcommands = {InitCommand.class, DemoCommand.class, StatsCommand.class, ImportCommand.class,
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

    @Override
    public Integer call() {
        return window.start(dataDir, files);
    }

    Path dataDir() {
        return dataDir;
    }
}
