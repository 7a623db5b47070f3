package org.branchdesk.cli.duty;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.service.Services;
import org.branchdesk.service.duty.SentDownService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sentdown add|end|list}: cadres sent down to communities. A cadre is a member or a person
 * on the people register (as 下沉干部), named by name, with {@code --id-tail} when not unique.
 */
@Command(
        name = "sentdown",
        mixinStandardHelpOptions = true,
        subcommands = {
            SentDownCommand.Add.class,
            SentDownCommand.End.class,
            SentDownCommand.ListLines.class
        })
public final class SentDownCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    public SentDownCommand(OfficeOpener opener) {
        // the verbs open the office
    }

    @Override
    public Integer call() {
        return DutyVerb.usage(spec);
    }

    /** {@code sentdown add}: a cadre is sent down by a unit to a community (or compound). */
    @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Add extends OfCadre {
        @Option(
                names = "--unit",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.sendingUnit")
        String unit;

        @Mixin DutyVerb.Place place;

        @Option(
                names = "--from",
                required = true,
                paramLabel = "DATE",
                descriptionKey = "option.dutyFrom")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", descriptionKey = "option.dutyTo")
        LocalDate to;

        public Add(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            UUID community = place.communityId(s);
            var d =
                    s.sentDown()
                            .add(
                                    new SentDownService.NewSentDown(
                                            who(s),
                                            null,
                                            unit,
                                            community,
                                            place.compoundId(s, community),
                                            from,
                                            to));
            SentDownService.Line l =
                    s.sentDown().lines(true).stream()
                            .filter(x -> x.id().equals(d.id()))
                            .findFirst()
                            .orElseThrow();
            out.println(
                    Messages.format(
                            "cli.sentDown.added",
                            l.name(),
                            l.unit(),
                            ReportingCommand.place(l.community(), l.compound()),
                            l.from()));
        }
    }

    /** {@code sentdown end}: a cadre's sending ends on its last day. */
    @Command(name = "end", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class End extends OfCadre {
        @Option(
                names = "--on",
                required = true,
                paramLabel = "DATE",
                descriptionKey = "option.endedOn")
        LocalDate on;

        public End(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            s.sentDown().end(s.sentDown().servingOf(who(s)), on);
            out.println(Messages.format("cli.sentDown.ended", cadre.trim(), on));
        }
    }

    /**
     * {@code sentdown list [--all]}: one tab-separated line per cadre: name, phone (masked), the
     * sending unit, where, from, to.
     */
    @Command(name = "list", mixinStandardHelpOptions = true)
    public static final class ListLines extends DutyVerb {
        @Option(names = "--all", descriptionKey = "option.sentDownAll")
        boolean all;

        public ListLines(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            for (SentDownService.Line l : s.sentDown().lines(all)) {
                out.println(
                        String.join(
                                "\t",
                                l.name(),
                                l.maskedPhone(),
                                l.unit(),
                                ReportingCommand.place(l.community(), l.compound()),
                                l.from().toString(),
                                l.to() == null ? "" : l.to().toString()));
            }
        }
    }
}
