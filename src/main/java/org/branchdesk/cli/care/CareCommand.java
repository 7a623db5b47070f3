package org.branchdesk.cli.care;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.domain.care.InjuryCase;
import org.branchdesk.domain.care.InjuryStatus;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.domain.care.SolicitudeVisit;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.service.Services;
import org.branchdesk.service.care.CareCaseService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code care visit add|list}, {@code care injury add|status|list}: solicitude visits and
 * work-injury fast-track cases. A diagnosis is a health detail: it is never given or shown on the
 * command line (the care cases screen records it).
 */
@Command(
        name = "care",
        mixinStandardHelpOptions = true,
        subcommands = {CareCommand.Visit.class, CareCommand.Injury.class})
public final class CareCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    public CareCommand(OfficeOpener opener) {
        // the verbs open the office
    }

    @Override
    public Integer call() {
        return CareVerb.usage(spec);
    }

    static RecipientKind kindOf(Team.Someone who) {
        return who.isMember() ? RecipientKind.MEMBER : RecipientKind.PERSON;
    }

    static java.util.UUID idOf(Team.Someone who) {
        return who.isMember() ? who.memberId() : who.personId();
    }

    static String day(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** {@code care visit add|list}. */
    @Command(
            name = "visit",
            mixinStandardHelpOptions = true,
            subcommands = {Visit.Add.class, Visit.ListVisits.class})
    public static final class Visit implements Callable<Integer> {
        @Spec CommandSpec spec;

        public Visit(OfficeOpener opener) {
            // the verbs open the office
        }

        @Override
        public Integer call() {
            return CareVerb.usage(spec);
        }

        /**
         * {@code care visit add --visited NAME [--id-tail NNNN] [--on DATE] --by NAMES [--payment
         * CODE] [--note TEXT]}.
         */
        @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
        public static final class Add extends CareVerb {
            @Option(
                    names = "--visited",
                    required = true,
                    paramLabel = "NAME",
                    descriptionKey = "option.visitVisited")
            String visited;

            @Option(names = "--id-tail", paramLabel = "NNNN", descriptionKey = "option.careIdTail")
            String idTail;

            @Option(names = "--on", paramLabel = "DATE", descriptionKey = "option.visitOn")
            LocalDate on;

            @Option(
                    names = "--by",
                    required = true,
                    paramLabel = "NAMES",
                    descriptionKey = "option.visitBy")
            String by;

            @Option(
                    names = "--payment",
                    paramLabel = "CODE",
                    descriptionKey = "option.visitPayment")
            String payment;

            @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "option.visitNote")
            String note;

            public Add(OfficeOpener opener) {
                super(opener);
            }

            @Override
            void run(Services s, PrintWriter out) {
                Team.Someone who = s.dutyNames().someone(visited, idTail);
                SolicitudeVisit v =
                        s.careCases()
                                .visit(
                                        new CareCaseService.NewVisit(
                                                kindOf(who),
                                                idOf(who),
                                                dayOr(on, s),
                                                by,
                                                note,
                                                payment == null
                                                        ? null
                                                        : s.payments().coded(payment)));
                out.println(
                        Messages.format(
                                "cli.visit.added",
                                v.visited().name(),
                                v.on().toString(),
                                v.visitors()));
            }
        }

        /** {@code care visit list}: code, day, visited, by whom, payment, amount. */
        @Command(name = "list", mixinStandardHelpOptions = true)
        public static final class ListVisits extends CareVerb {
            public ListVisits(OfficeOpener opener) {
                super(opener);
            }

            @Override
            void run(Services s, PrintWriter out) {
                for (CareCaseService.VisitLine l : s.careCases().visits()) {
                    out.println(
                            String.join(
                                    "\t",
                                    l.code(),
                                    l.visit().on().toString(),
                                    l.visit().visited().name(),
                                    l.visit().visitors(),
                                    l.paymentCode() == null ? "" : l.paymentCode(),
                                    l.amount() == null ? "" : l.amount().toPlainString()));
                }
            }
        }
    }

    /** {@code care injury add|status|list}. */
    @Command(
            name = "injury",
            mixinStandardHelpOptions = true,
            subcommands = {Injury.Add.class, Injury.Status.class, Injury.ListCases.class})
    public static final class Injury implements Callable<Integer> {
        @Spec CommandSpec spec;

        public Injury(OfficeOpener opener) {
            // the verbs open the office
        }

        @Override
        public Integer call() {
            return CareVerb.usage(spec);
        }

        /**
         * {@code care injury add --person NAME [--id-tail NNNN] --infected-on DATE [--on DATE]}.
         */
        @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
        public static final class Add extends CareVerb {
            @Option(
                    names = "--person",
                    required = true,
                    paramLabel = "NAME",
                    descriptionKey = "option.injuryPerson")
            String person;

            @Option(names = "--id-tail", paramLabel = "NNNN", descriptionKey = "option.careIdTail")
            String idTail;

            @Option(
                    names = "--infected-on",
                    required = true,
                    paramLabel = "DATE",
                    descriptionKey = "option.injuryInfectedOn")
            LocalDate infectedOn;

            @Option(names = "--on", paramLabel = "DATE", descriptionKey = "option.injuryReportedOn")
            LocalDate on;

            public Add(OfficeOpener opener) {
                super(opener);
            }

            @Override
            void run(Services s, PrintWriter out) {
                Team.Someone who = s.dutyNames().someone(person, idTail);
                InjuryCase c =
                        s.careCases()
                                .report(
                                        new CareCaseService.NewInjury(
                                                kindOf(who),
                                                idOf(who),
                                                infectedOn,
                                                dayOr(on, s),
                                                null,
                                                null));
                out.println(
                        Messages.format(
                                "cli.injury.added",
                                org.branchdesk.service.registers.ShortCodes.of('W', c.id()),
                                c.person().name(),
                                c.infectedOn().toString(),
                                org.branchdesk.domain.care.InjuryRules.applicationDue(
                                                c.infectedOn())
                                        .toString()));
            }
        }

        /** {@code care injury status CODE --to STATUS [--on DATE]}. */
        @Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false)
        public static final class Status extends CareVerb {
            @Parameters(paramLabel = "CODE", descriptionKey = "param.injuryCode")
            String code;

            @Option(
                    names = "--to",
                    required = true,
                    paramLabel = "STATUS",
                    descriptionKey = "option.injuryStatus")
            String to;

            @Option(names = "--on", paramLabel = "DATE", descriptionKey = "option.injuryStepOn")
            LocalDate on;

            public Status(OfficeOpener opener) {
                super(opener);
            }

            @Override
            void run(Services s, PrintWriter out) {
                InjuryCase c =
                        s.careCases()
                                .move(
                                        s.careCases().injuryCoded(code),
                                        word(InjuryStatus.class, to),
                                        dayOr(on, s));
                out.println(
                        Messages.format(
                                "cli.injury.moved",
                                code.trim().toUpperCase(java.util.Locale.ROOT),
                                c.person().name(),
                                Messages.format(c.status().key()),
                                c.lastStepOn().toString()));
            }
        }

        /**
         * {@code care injury list}: code, name, infected, status, reported, applied, decided,
         * closed, the application's due day, and whether it is overdue. No diagnosis.
         */
        @Command(name = "list", mixinStandardHelpOptions = true)
        public static final class ListCases extends CareVerb {
            public ListCases(OfficeOpener opener) {
                super(opener);
            }

            @Override
            void run(Services s, PrintWriter out) {
                for (CareCaseService.InjuryLine l : s.careCases().injuries()) {
                    InjuryCase c = l.shown();
                    out.println(
                            String.join(
                                    "\t",
                                    l.code(),
                                    c.person().name(),
                                    c.infectedOn().toString(),
                                    Messages.format(c.status().key()),
                                    day(c.reportedOn()),
                                    day(c.appliedOn()),
                                    day(c.decidedOn()),
                                    day(c.closedOn()),
                                    l.applicationDue().toString(),
                                    l.overdue() ? Messages.format("injury.overdue") : ""));
                }
            }
        }
    }
}
