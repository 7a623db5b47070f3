package org.branchdesk.cli.duty;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.duty.Reporting;
import org.branchdesk.service.Services;
import org.branchdesk.service.duty.ReportingService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reporting add|end|claim|hours|list|idle}: in-service members reporting to the community
 * where they live. A member is named by name, with {@code --id-tail} (the last four digits of the
 * ID number) when the name is not unique.
 */
@Command(
        name = "reporting",
        mixinStandardHelpOptions = true,
        subcommands = {
            ReportingCommand.Add.class,
            ReportingCommand.End.class,
            ReportingCommand.Claim.class,
            ReportingCommand.Hours.class,
            ReportingCommand.ListLines.class,
            ReportingCommand.Idle.class
        })
public final class ReportingCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    public ReportingCommand(OfficeOpener opener) {
        // the verbs open the office
    }

    @Override
    public Integer call() {
        return DutyVerb.usage(spec);
    }

    /** A verb about one member's reporting: {@code --member NAME [--id-tail NNNN]}. */
    abstract static class OfMember extends DutyVerb {
        @Option(
                names = "--member",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.reportingMember")
        String member;

        @Option(names = "--id-tail", paramLabel = "NNNN", descriptionKey = "option.idTail")
        String idTail;

        OfMember(OfficeOpener opener) {
            super(opener);
        }

        UUID memberId(Services s) {
            return s.dutyNames().member(member, idTail);
        }

        /** The member's open reporting. */
        UUID reporting(Services s) {
            return s.reportings().openReportingOf(memberId(s));
        }
    }

    /** {@code reporting add}: a member reports to a community (or a compound). */
    @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Add extends OfMember {
        @Mixin DutyVerb.Place place;

        @Option(
                names = "--unit",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.reportingUnit")
        String unit;

        @Option(
                names = "--unit-org",
                paramLabel = "NAME",
                descriptionKey = "option.reportingUnitOrg")
        String unitOrg;

        @Option(
                names = "--on",
                required = true,
                paramLabel = "DATE",
                descriptionKey = "option.reportedOn")
        LocalDate on;

        public Add(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            UUID community = place.communityId(s);
            Reporting r =
                    s.reportings()
                            .report(
                                    new ReportingService.NewReporting(
                                            memberId(s),
                                            community,
                                            place.compoundId(s, community),
                                            null,
                                            unit,
                                            unitOrg,
                                            on));
            ReportingService.Line l = s.reportings().line(r.id());
            out.println(
                    Messages.format(
                            "cli.reporting.added",
                            l.member(),
                            l.reportedOn(),
                            place(l.community(), l.compound()),
                            l.unit(),
                            Messages.format(
                                    l.unitOnRegister()
                                            ? "cli.reporting.onRegister"
                                            : "cli.reporting.byName")));
        }
    }

    /** {@code reporting end}: a member's reporting ends on a day. */
    @Command(name = "end", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class End extends OfMember {
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
            Reporting r = s.reportings().end(reporting(s), on);
            out.println(
                    Messages.format(
                            "cli.reporting.ended", s.reportings().line(r.id()).member(), on));
        }
    }

    /** {@code reporting claim}: a member claims a post of the community they reported to. */
    @Command(name = "claim", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Claim extends OfMember {
        @Option(
                names = "--post",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.reportingPost")
        String post;

        @Option(
                names = "--on",
                required = true,
                paramLabel = "DATE",
                descriptionKey = "option.claimedOn")
        LocalDate on;

        public Claim(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            UUID reporting = reporting(s);
            ReportingService.Line l = s.reportings().line(reporting);
            s.reportings().claim(reporting, s.dutyNames().post(l.communityId(), post), on);
            out.println(Messages.format("cli.reporting.claimed", l.member(), post.trim(), on));
        }
    }

    /** {@code reporting hours}: hours a member served on a day outside the roster. */
    @Command(name = "hours", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Hours extends OfMember {
        @Option(
                names = "--on",
                required = true,
                paramLabel = "DATE",
                descriptionKey = "option.servedOn")
        LocalDate on;

        @Option(
                names = "--hours",
                required = true,
                paramLabel = "H",
                descriptionKey = "option.servedHours")
        BigDecimal hours;

        @Option(names = "--what", paramLabel = "TEXT", descriptionKey = "option.servedWhat")
        String what;

        public Hours(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            UUID reporting = reporting(s);
            var h = s.reportings().recordHours(reporting, on, hours, what);
            ReportingService.Line l = s.reportings().line(reporting);
            out.println(
                    Messages.format(
                            "cli.reporting.hours",
                            l.member(),
                            on,
                            h.hours().toPlainString(),
                            l.hoursServed().toPlainString()));
        }
    }

    /**
     * {@code reporting list [--all]}: one tab-separated line per reporting: member, phone (masked),
     * where, unit, its party organization, reported on, ended on, posts, hours served.
     */
    @Command(name = "list", mixinStandardHelpOptions = true)
    public static final class ListLines extends DutyVerb {
        @Option(names = "--all", descriptionKey = "option.reportingAll")
        boolean all;

        public ListLines(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            for (ReportingService.Line l : s.reportings().lines(all)) {
                out.println(
                        String.join(
                                "\t",
                                l.member(),
                                l.maskedPhone(),
                                place(l.community(), l.compound()),
                                l.unit(),
                                l.unitOrg() == null ? "" : l.unitOrg(),
                                l.reportedOn().toString(),
                                l.endedOn() == null ? "" : l.endedOn().toString(),
                                String.join("、", l.posts()),
                                l.hoursServed().toPlainString()));
            }
        }
    }

    /**
     * {@code reporting idle}: reporting members without a post (no claimed post still open, no
     * roster shift since they reported), one tab-separated line each.
     */
    @Command(name = "idle", mixinStandardHelpOptions = true)
    public static final class Idle extends DutyVerb {
        public Idle(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            for (ReportingService.Line l : s.reportings().withoutPost()) {
                out.println(
                        String.join(
                                "\t",
                                l.member(),
                                l.maskedPhone(),
                                place(l.community(), l.compound()),
                                l.unit(),
                                l.reportedOn().toString()));
            }
        }
    }

    /** A community, or a compound within it, as one label. */
    static String place(String community, String compound) {
        return compound.isEmpty() ? community : Messages.format("duty.place", community, compound);
    }
}
