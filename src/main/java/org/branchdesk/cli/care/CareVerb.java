package org.branchdesk.cli.care;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.branchdesk.cli.Cli;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.service.Services;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * One verb of care's commands ({@code fund add}, {@code payment approve}, …): opens the office as
 * the account the command line names, runs, and closes it. A refusal leaves the office as it was
 * and exits 1.
 */
abstract class CareVerb implements Callable<Integer> {
    @Spec CommandSpec spec;
    private final OfficeOpener opener;

    /** An enum as the command line writes it: lower case, {@code -} for {@code _}. */
    static <E extends Enum<E>> E word(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new UserError("cli.care.unknownWord", value);
        }
    }

    CareVerb(OfficeOpener opener) {
        this.opener = opener;
    }

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RootCommand root = (RootCommand) spec.root().userObject();
        try (Services s = opener.open(root.dataDir(), root.credentials())) {
            run(s, out);
        }
        return Cli.OK;
    }

    /** Does the verb's work in the open office, printing to {@code out}. */
    abstract void run(Services s, PrintWriter out);

    /** The day given, or the office's today. */
    static LocalDate dayOr(LocalDate on, Services s) {
        return on != null ? on : s.office().today();
    }

    /** The usage of a noun without a verb. */
    static Integer usage(CommandSpec noun) {
        CommandLine line = noun.commandLine();
        line.usage(line.getOut());
        return Cli.USAGE;
    }
}
