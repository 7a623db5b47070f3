package org.branchdesk.cli.leadership;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.branchdesk.cli.Cli;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.leadership.Chosen;
import org.branchdesk.domain.leadership.EndReason;
import org.branchdesk.domain.leadership.Holding;
import org.branchdesk.domain.leadership.Position;
import org.branchdesk.domain.leadership.Source;
import org.branchdesk.service.Services;
import org.branchdesk.service.leadership.LeadershipService;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code leader add|end|list}: who holds which position in a party organization. A person is named
 * by name, with the last four digits of the ID number when the name is not unique; an ambiguous
 * name is refused listing the candidates, masked, each with a code that {@code --org} and {@code
 * --member} accept instead.
 */
@Command(
        name = "leader",
        mixinStandardHelpOptions = true,
        subcommands = {
            LeaderCommand.Add.class,
            LeaderCommand.End.class,
            LeaderCommand.ListHoldings.class
        })
public final class LeaderCommand implements Callable<Integer> {
    @ParentCommand RootCommand root;
    @Spec CommandSpec spec;

    public LeaderCommand(OfficeOpener opener) {
        // the subcommands open the office
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Cli.USAGE;
    }

    /** The words of the command line for an enum ({@code community-committee}, {@code deputy}). */
    static <E extends Enum<E>> E word(Class<E> type, String value) {
        String v = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        if (type == Position.class && v.equals("DEPUTY")) {
            v = "DEPUTY_SECRETARY";
        }
        return Enum.valueOf(type, v);
    }

    /** Converts {@code --position}. */
    public static final class PositionWord implements ITypeConverter<Position> {
        @Override
        public Position convert(String value) {
            return word(Position.class, value);
        }
    }

    /** Converts {@code --source}. */
    public static final class SourceWord implements ITypeConverter<Source> {
        @Override
        public Source convert(String value) {
            return word(Source.class, value);
        }
    }

    /** The person and the organization, as every subcommand names them. */
    abstract static class Named implements Callable<Integer> {
        final OfficeOpener opener;
        @ParentCommand LeaderCommand leader;
        @Spec CommandSpec spec;

        @Option(
                names = "--org",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.leaderOrg")
        String org;

        @Option(
                names = "--member",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.leaderMember")
        String member;

        @Option(names = "--id-tail", paramLabel = "NNNN", descriptionKey = "option.idTail")
        String idTail;

        Named(OfficeOpener opener) {
            this.opener = opener;
        }

        Services open() {
            return opener.open(leader.root.dataDir(), leader.root.credentials());
        }
    }

    /** {@code leader add}: a member takes a position. */
    @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Add extends Named {
        @Option(
                names = "--position",
                required = true,
                paramLabel = "POSITION",
                converter = PositionWord.class,
                descriptionKey = "option.position")
        Position position;

        @Option(names = "--also", paramLabel = "DUTY", descriptionKey = "option.also")
        String also;

        @Option(
                names = "--method",
                required = true,
                paramLabel = "METHOD",
                descriptionKey = "option.method")
        Chosen method;

        @Option(
                names = "--source",
                required = true,
                paramLabel = "SOURCE",
                converter = SourceWord.class,
                descriptionKey = "option.source")
        Source source;

        @Option(
                names = "--from",
                required = true,
                paramLabel = "DATE",
                descriptionKey = "option.from")
        LocalDate from;

        @Option(names = "--doc", paramLabel = "NUMBER", descriptionKey = "option.doc")
        String doc;

        @Option(names = "--exception", paramLabel = "TEXT", descriptionKey = "option.exception")
        String exception;

        public Add(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            try (Services s = open()) {
                UUID orgId = s.leadership().orgNamed(org);
                UUID memberId = s.leadership().memberNamed(member, idTail);
                Holding h =
                        s.leadership()
                                .take(
                                        new LeadershipService.NewHolding(
                                                orgId, memberId, position, also, method, source,
                                                from, doc, null, exception));
                spec.commandLine()
                        .getOut()
                        .println(
                                Messages.format(
                                        "leader.taken",
                                        member,
                                        org,
                                        Messages.format("position." + h.position().name()),
                                        Messages.format("chosen." + h.chosen().name()),
                                        h.from()));
            }
            return Cli.OK;
        }
    }

    /** {@code leader end}: a member's position ends. */
    @Command(name = "end", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class End extends Named {
        @Option(names = "--on", required = true, paramLabel = "DATE", descriptionKey = "option.on")
        LocalDate on;

        @Option(
                names = "--reason",
                required = true,
                paramLabel = "REASON",
                descriptionKey = "option.endReason")
        EndReason reason;

        public End(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            try (Services s = open()) {
                UUID orgId = s.leadership().orgNamed(org);
                UUID memberId = s.leadership().memberNamed(member, idTail);
                Holding h =
                        s.leadership()
                                .end(s.leadership().servingHolding(orgId, memberId), on, reason);
                spec.commandLine()
                        .getOut()
                        .println(
                                Messages.format(
                                        "leader.ended",
                                        member,
                                        Messages.format("position." + h.position().name()),
                                        h.endedOn(),
                                        Messages.format("endReason." + h.endReason().name())));
            }
            return Cli.OK;
        }
    }

    /**
     * {@code leader list [--org NAME]}: one tab-separated line per holding (every position held
     * now, or an organization's history), ID numbers and phones masked.
     */
    @Command(name = "list", mixinStandardHelpOptions = true)
    public static final class ListHoldings implements Callable<Integer> {
        private final OfficeOpener opener;
        @ParentCommand LeaderCommand leader;
        @Spec CommandSpec spec;

        @Option(names = "--org", paramLabel = "NAME", descriptionKey = "option.leaderOrg")
        String org;

        public ListHoldings(OfficeOpener opener) {
            this.opener = opener;
        }

        @Override
        public Integer call() {
            try (Services s = opener.open(leader.root.dataDir(), leader.root.credentials())) {
                UUID orgId = org == null ? null : s.leadership().orgNamed(org);
                PrintWriter out = spec.commandLine().getOut();
                for (LeadershipService.Line l : s.leadership().lines(orgId)) {
                    Holding h = l.holding();
                    out.println(
                            String.join(
                                    "\t",
                                    l.org(),
                                    Messages.format("position." + h.position().name())
                                            + (h.concurrentDuty() == null
                                                    ? ""
                                                    : Messages.format(
                                                            "leader.also", h.concurrentDuty())),
                                    l.member(),
                                    l.maskedId(),
                                    Messages.format("chosen." + h.chosen().name()),
                                    Messages.format("source." + h.source().name()),
                                    h.from().toString(),
                                    h.endedOn() == null ? "" : h.endedOn().toString(),
                                    h.endReason() == null
                                            ? ""
                                            : Messages.format(
                                                    "endReason." + h.endReason().name())));
                }
            }
            return Cli.OK;
        }
    }
}
