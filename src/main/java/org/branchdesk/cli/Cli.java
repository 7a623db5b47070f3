package org.branchdesk.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The command line: picocli over the same services as the window, no JavaFX started. Commands never
 * prompt or read standard input. Exit codes: 0 success, 1 input refused, 2 usage error, 3 internal
 * error (details in the log, never a stack trace on screen).
 */
public final class Cli {
    public static final int OK = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    /** Returned when the window has opened and the process must keep running. */
    public static final int KEEP_RUNNING = -1;

    static final String BUNDLE = "org.branchdesk.i18n.cli";

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private final OfficeOpener opener;
    private final WindowStarter window;
    private final String logHint;
    private final UnaryOperator<String> env;

    /**
     * @param logHint where the log file is, for the message of an internal error
     * @param env the process's environment variables (the account and password may be there)
     */
    public Cli(
            OfficeOpener opener, WindowStarter window, String logHint, UnaryOperator<String> env) {
        this.opener = opener;
        this.window = window;
        this.logHint = logHint;
        this.env = env;
    }

    /** Parses and runs; output goes to {@code out} and {@code err}. */
    public int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(out, err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    CommandLine commandLine(PrintWriter out, PrintWriter err) {
        RootCommand root = new RootCommand(opener, window, env);
        CommandLine cl = new CommandLine(root, new Factory(opener));
        cl.setResourceBundle(ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(
                (ex, a) -> {
                    err.println(UsageMessages.of(ex));
                    err.println(Messages.format("cli.seeHelp"));
                    return USAGE;
                });
        cl.setExecutionExceptionHandler(
                (ex, c, parsed) -> {
                    if (ex instanceof UserError ue) {
                        err.println(ue.getMessage());
                        return REFUSED;
                    }
                    LOG.error("command failed", ex);
                    err.println(Messages.format("cli.internalError", logHint));
                    return INTERNAL;
                });
        return cl;
    }

    /** Builds subcommands with the opener they need (constructor injection). */
    private record Factory(OfficeOpener opener) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(OfficeOpener.class).newInstance(opener);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
