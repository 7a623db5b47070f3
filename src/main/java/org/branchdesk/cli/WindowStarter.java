package org.branchdesk.cli;

import java.nio.file.Path;
import java.util.List;

/** Starts the window when the command line names no command. */
@FunctionalInterface
public interface WindowStarter {
    /** Returns an exit code, or {@link Cli#KEEP_RUNNING} when the window is now open. */
    int start(Path dataDirOption, List<String> arguments);
}
