package org.branchdesk.cli.duty;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.branchdesk.cli.Cli;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.duty.DutyLimit;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.duty.Unavailability;
import org.branchdesk.service.Services;
import org.branchdesk.service.duty.AvailabilityService;
import org.branchdesk.service.duty.RosterService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code availability set|unavailable|remove|list}: a member's or a person's most shifts a week and
 * least rest between shifts, and the days or hours they cannot serve (on the office's clock).
 */
@Command(
        name = "availability",
        mixinStandardHelpOptions = true,
        subcommands = {
            AvailabilityCommand.Set.class,
            AvailabilityCommand.Unavailable.class,
            AvailabilityCommand.Remove.class,
            AvailabilityCommand.ListAvailability.class
        })
public final class AvailabilityCommand implements DutyCommand, Callable<Integer> {
    @ParentCommand RootCommand root;
    @Spec CommandSpec spec;

    public AvailabilityCommand(OfficeOpener opener) {
        // the subcommands open the office
    }

    @Override
    public RootCommand root() {
        return root;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Cli.USAGE;
    }

    /** A subcommand about one member or person. */
    abstract static class Of extends DutySub {
        @Option(
                names = "--person",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.rosterPerson")
        String person;

        @Option(names = "--id-tail", paramLabel = "NNNN", descriptionKey = "option.idTail")
        String idTail;

        Of(OfficeOpener opener) {
            super(opener);
        }
    }

    /** {@code availability set}. */
    @Command(name = "set", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Set extends Of {
        @Option(names = "--max-per-week", paramLabel = "N", descriptionKey = "option.maxPerWeek")
        Integer max;

        @Option(names = "--min-rest", paramLabel = "HOURS", descriptionKey = "option.minRest")
        Integer rest;

        public Set(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            if (max == null && rest == null) {
                throw new UserError("cli.availability.nothingToSet");
            }
            try (Services s = open()) {
                DutyLimit l = s.availability().setLimit(someone(s, person, idTail), max, rest);
                out().println(
                                Messages.format(
                                        "cli.availability.set",
                                        person,
                                        l.maxShiftsPerWeek(),
                                        l.minRestHours()));
            }
            return Cli.OK;
        }
    }

    /** {@code availability unavailable}: whole days, or from one time to another. */
    @Command(name = "unavailable", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Unavailable extends Of {
        @Option(
                names = "--from",
                required = true,
                paramLabel = "WHEN",
                descriptionKey = "option.unavailableFrom")
        String from;

        @Option(
                names = "--to",
                required = true,
                paramLabel = "WHEN",
                descriptionKey = "option.unavailableTo")
        String to;

        @Option(
                names = "--reason",
                paramLabel = "TEXT",
                descriptionKey = "option.unavailableReason")
        String reason;

        public Unavailable(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            boolean days = isDate(from) && isDate(to);
            try (Services s = open()) {
                Team.Someone who = someone(s, person, idTail);
                Unavailability u =
                        days
                                ? s.availability()
                                        .addDays(
                                                who,
                                                LocalDate.parse(from.trim()),
                                                LocalDate.parse(to.trim()),
                                                reason)
                                : s.availability().addHours(who, time(from), time(to), reason);
                out().println(
                                Messages.format(
                                        "cli.availability.unavailable",
                                        person,
                                        AvailabilityService.describe(u.period()),
                                        RosterService.shortId(u.id())));
            }
            return Cli.OK;
        }

        private static boolean isDate(String v) {
            return v.trim().matches("\\d{4}-\\d{2}-\\d{2}");
        }

        /** {@code 2020-02-03 08:00} or {@code 2020-02-03T08:00}; a date alone is its 00:00. */
        private static LocalDateTime time(String v) {
            String t = v.trim().replace(' ', 'T');
            try {
                return isDate(t) ? LocalDate.parse(t).atStartOfDay() : LocalDateTime.parse(t);
            } catch (DateTimeParseException e) {
                throw new UserError("cli.availability.badTime", v);
            }
        }
    }

    /** {@code availability remove}: takes back an unavailable time. */
    @Command(name = "remove", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Remove extends DutySub {
        @Option(
                names = "--period",
                required = true,
                paramLabel = "ID",
                descriptionKey = "option.periodId")
        String period;

        public Remove(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            try (Services s = open()) {
                Unavailability u =
                        s.availability().remove(s.availability().periodWithPrefix(period));
                out().println(
                                Messages.format(
                                        "cli.availability.removed",
                                        AvailabilityService.describe(u.period())));
            }
            return Cli.OK;
        }
    }

    /**
     * {@code availability list}: one tab-separated line per member or person with limits of their
     * own or unavailable times, each time on a line of its own below.
     */
    @Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class ListAvailability extends DutySub {
        @Option(names = "--person", paramLabel = "NAME", descriptionKey = "option.rosterPerson")
        String person;

        @Option(names = "--id-tail", paramLabel = "NNNN", descriptionKey = "option.idTail")
        String idTail;

        public ListAvailability(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            try (Services s = open()) {
                List<AvailabilityService.Line> lines =
                        person == null
                                ? s.availability().list()
                                : List.of(s.availability().of(someone(s, person, idTail)));
                for (AvailabilityService.Line l : lines) {
                    out().println(
                                    String.join(
                                            "\t",
                                            l.name(),
                                            String.valueOf(l.limit().maxShiftsPerWeek()),
                                            String.valueOf(l.limit().minRestHours()),
                                            l.own()
                                                    ? ""
                                                    : Messages.format("cli.availability.default")));
                    for (Unavailability u : l.off()) {
                        out().println(
                                        String.join(
                                                "\t",
                                                "",
                                                RosterService.shortId(u.id()),
                                                AvailabilityService.describe(u.period()),
                                                u.reason() == null ? "" : u.reason()));
                    }
                }
            }
            return Cli.OK;
        }
    }
}
