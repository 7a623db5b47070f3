package org.branchdesk.cli.duty;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.branchdesk.cli.Cli;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.service.Services;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * One verb of duty's commands ({@code reporting add}, {@code area quiet}, …): opens the office as
 * the account the command line names, runs, and closes it. A refusal ({@code UserError}) leaves the
 * office as it was and exits 1.
 */
abstract class DutyVerb implements Callable<Integer> {
    final OfficeOpener opener;
    @Spec CommandSpec spec;

    DutyVerb(OfficeOpener opener) {
        this.opener = opener;
    }

    @Override
    public final Integer call() {
        RootCommand root = (RootCommand) spec.root().userObject();
        try (Services s = opener.open(root.dataDir(), root.credentials())) {
            run(s, spec.commandLine().getOut());
        }
        return Cli.OK;
    }

    /** Does the verb's work in the open office, printing to {@code out}. */
    abstract void run(Services s, PrintWriter out);

    /** The usage of a noun without a verb. */
    static Integer usage(CommandSpec spec) {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Cli.USAGE;
    }

    /** An enum as the command line writes it: lower case, {@code -} for {@code _}. */
    static <E extends Enum<E>> E word(Class<E> type, String value) {
        return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** {@code --community NAME [--compound NAME]}: a community, or one compound within it. */
    static final class Place {
        @Option(
                names = "--community",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.dutyCommunity")
        String community;

        @Option(names = "--compound", paramLabel = "NAME", descriptionKey = "option.dutyCompound")
        String compound;

        UUID communityId(Services s) {
            return s.dutyNames().community(community);
        }

        UUID compoundId(Services s, UUID communityId) {
            return s.dutyNames().compound(communityId, compound);
        }
    }

    /** Someone named {@code NAME} or {@code NAME#NNNN} (the last four digits of the ID number). */
    static Team.Someone someone(Services s, String nameAndTail) {
        String[] nt = nameAndTail.trim().split("#", 2);
        return s.dutyNames().someone(nt[0].trim(), nt.length == 2 ? nt[1].trim() : null);
    }
}
