package org.branchdesk.cli.duty;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.branchdesk.cli.Cli;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.duty.Attendance;
import org.branchdesk.domain.duty.PublishedWeek;
import org.branchdesk.domain.duty.ShiftPattern;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.service.Services;
import org.branchdesk.service.duty.AutoFill;
import org.branchdesk.service.duty.Finding;
import org.branchdesk.service.duty.RosterAutoFill;
import org.branchdesk.service.duty.RosterService;
import org.branchdesk.service.duty.RosterWeek;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code roster generate|list|assign|unassign|attend|check|publish|copy-week|swap|totals|autofill}:
 * the roster of the posts. Shifts are named by the start of their id as {@code roster list} prints
 * it (eight hex digits; any unique start is taken); people by name, with {@code --id-tail} (the
 * last four digits of the ID number) when the name is not unique. Every broken rule of an
 * assignment is listed at once, and refused unless {@code --override} gives the reason, which is
 * recorded.
 */
@Command(
        name = "roster",
        mixinStandardHelpOptions = true,
        subcommands = {
            RosterCommand.Generate.class,
            RosterCommand.ListShifts.class,
            RosterCommand.Assign.class,
            RosterCommand.Unassign.class,
            RosterCommand.Attend.class,
            RosterCommand.Check.class,
            RosterCommand.Publish.class,
            RosterCommand.CopyWeek.class,
            RosterCommand.Swap.class,
            RosterCommand.Totals.class,
            RosterCommand.AutoFillShifts.class
        })
public final class RosterCommand implements DutyCommand, Callable<Integer> {
    @ParentCommand RootCommand root;
    @Spec CommandSpec spec;

    public RosterCommand(OfficeOpener opener) {
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

    /** Converts {@code --status}. */
    public static final class StatusWord implements ITypeConverter<Attendance> {
        @Override
        public Attendance convert(String value) {
            return DutySub.word(Attendance.class, value);
        }
    }

    /** A subcommand about one shift. */
    abstract static class OnShift extends DutySub {
        @Option(
                names = "--shift",
                required = true,
                paramLabel = "ID",
                descriptionKey = "option.shiftId")
        String shift;

        OnShift(OfficeOpener opener) {
            super(opener);
        }
    }

    /** A subcommand about one shift and someone on it. */
    abstract static class OnShiftSomeone extends OnShift {
        @Option(
                names = "--person",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.rosterPerson")
        String person;

        @Option(names = "--id-tail", paramLabel = "NNNN", descriptionKey = "option.idTail")
        String idTail;

        OnShiftSomeone(OfficeOpener opener) {
            super(opener);
        }
    }

    /** A subcommand about a week of a community or compound. */
    abstract static class OnWeek extends DutySub {
        @Option(
                names = "--week",
                required = true,
                paramLabel = "DATE",
                descriptionKey = "option.rosterWeek")
        LocalDate week;

        @Option(
                names = "--community",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.rosterCommunity")
        String community;

        @Option(names = "--compound", paramLabel = "NAME", descriptionKey = "option.rosterCompound")
        String compound;

        OnWeek(OfficeOpener opener) {
            super(opener);
        }
    }

    /** {@code roster generate}. */
    @Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Generate extends DutySub {
        @Option(
                names = "--community",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.rosterCommunity")
        String community;

        @Option(names = "--compound", paramLabel = "NAME", descriptionKey = "option.rosterCompound")
        String compound;

        @Option(names = "--post", paramLabel = "NAME", descriptionKey = "option.rosterPost")
        String post;

        @Option(
                names = "--from",
                required = true,
                paramLabel = "DATE",
                descriptionKey = "option.rosterFrom")
        LocalDate from;

        @Option(
                names = "--to",
                required = true,
                paramLabel = "DATE",
                descriptionKey = "option.rosterTo")
        LocalDate to;

        @Option(names = "--patterns", paramLabel = "HOURS", descriptionKey = "option.patterns")
        String patterns;

        public Generate(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            List<ShiftPattern> hours = ShiftPattern.parseAll(patterns);
            try (Services s = open()) {
                UUID c = community(s, community);
                UUID cp = compound(s, c, compound);
                UUID p = post == null ? null : s.roster().postNamed(c, cp, post);
                RosterService.Generated g = s.roster().generate(c, cp, p, from, to, hours);
                out().println(
                                Messages.format(
                                        "cli.roster.generated",
                                        g.created(),
                                        g.posts(),
                                        g.existing(),
                                        g.published()));
            }
            return Cli.OK;
        }
    }

    /** {@code roster list}: one tab-separated line per shift, its id's first eight digits first. */
    @Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class ListShifts extends DutySub {
        @Option(names = "--from", paramLabel = "DATE", descriptionKey = "option.rosterFromWeek")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", descriptionKey = "option.rosterToWeek")
        LocalDate to;

        @Option(
                names = "--community",
                paramLabel = "NAME",
                descriptionKey = "option.rosterCommunity")
        String community;

        @Option(names = "--compound", paramLabel = "NAME", descriptionKey = "option.rosterCompound")
        String compound;

        public ListShifts(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            try (Services s = open()) {
                LocalDate a = from == null ? thisMonday(s) : from;
                LocalDate b = to == null ? a.plusDays(6) : to;
                UUID c = community(s, community);
                for (RosterService.ShiftLine l :
                        s.roster().shifts(a, b, c, compound(s, c, compound))) {
                    var sh = l.shift().shift();
                    out().println(
                                    String.join(
                                            "\t",
                                            RosterService.shortId(l.shift().id()),
                                            sh.day().toString(),
                                            Messages.format(
                                                    "roster.weekday." + sh.day().getDayOfWeek()),
                                            sh.hours().toString(),
                                            l.place(),
                                            l.people().size() + "/" + sh.headcount(),
                                            String.join("、", l.people()),
                                            l.published()
                                                    ? Messages.format("cli.roster.published")
                                                    : ""));
                }
            }
            return Cli.OK;
        }
    }

    /** {@code roster assign}: a member, a person or a whole team onto a shift. */
    @Command(name = "assign", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Assign extends OnShift {
        @Option(names = "--person", paramLabel = "NAME", descriptionKey = "option.rosterPerson")
        String person;

        @Option(names = "--id-tail", paramLabel = "NNNN", descriptionKey = "option.idTail")
        String idTail;

        @Option(names = "--team", paramLabel = "NAME", descriptionKey = "option.rosterTeam")
        String team;

        @Option(names = "--override", paramLabel = "REASON", descriptionKey = "option.override")
        String override;

        @Option(names = "--check", descriptionKey = "option.assignCheck")
        boolean check;

        public Assign(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            if ((person == null) == (team == null)) {
                throw new org.branchdesk.domain.common.UserError("cli.roster.personOrTeam");
            }
            try (Services s = open()) {
                UUID id = shift(s, shift);
                UUID teamId = team == null ? null : s.roster().teamNamed(team, id);
                Team.Someone who = someone(s, person, idTail);
                if (check) {
                    RosterService.Preview p =
                            teamId == null
                                    ? s.roster().preview(id, List.of(who))
                                    : s.roster().previewTeam(id, teamId);
                    p.skipped().forEach(out()::println);
                    p.broken().forEach(f -> out().println(f.line()));
                    return p.breaksNoRule() ? Cli.OK : Cli.REFUSED;
                }
                RosterService.Assigned done =
                        teamId == null
                                ? s.roster().assign(id, who, override)
                                : s.roster().assignTeam(id, teamId, override);
                out().println(Messages.format("cli.roster.assigned", done.made().size()));
                done.skipped()
                        .forEach(x -> out().println(Messages.format("cli.roster.skipped", x)));
                done.overridden()
                        .forEach(
                                f ->
                                        out().println(
                                                        Messages.format(
                                                                "cli.roster.overridden",
                                                                f.line())));
            }
            return Cli.OK;
        }
    }

    /** {@code roster unassign}: someone off a shift of a week not yet published. */
    @Command(name = "unassign", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Unassign extends OnShiftSomeone {
        public Unassign(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            try (Services s = open()) {
                s.roster().unassign(shift(s, shift), someone(s, person, idTail));
                out().println(Messages.format("cli.roster.unassigned", person));
            }
            return Cli.OK;
        }
    }

    /** {@code roster attend}: whether someone served their shift. */
    @Command(name = "attend", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Attend extends OnShiftSomeone {
        @Option(
                names = "--status",
                required = true,
                paramLabel = "STATUS",
                converter = StatusWord.class,
                descriptionKey = "option.attendance")
        Attendance status;

        @Option(names = "--by", paramLabel = "NAME", descriptionKey = "option.substitute")
        String by;

        @Option(names = "--by-id-tail", paramLabel = "NNNN", descriptionKey = "option.idTail")
        String byIdTail;

        public Attend(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            try (Services s = open()) {
                s.roster()
                        .attend(
                                shift(s, shift),
                                someone(s, person, idTail),
                                status,
                                someone(s, by, byIdTail));
                String how = Messages.format("attendance." + status.name());
                out().println(
                                by == null
                                        ? Messages.format("cli.roster.attended", person, how)
                                        : Messages.format(
                                                "cli.roster.attendedBy", person, how, by));
            }
            return Cli.OK;
        }
    }

    /**
     * {@code roster check}: one line per broken rule and nothing else; exits 0 when there is none
     * and 1 when there are some.
     */
    @Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Check extends DutySub {
        @Option(names = "--from", paramLabel = "DATE", descriptionKey = "option.checkFrom")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", descriptionKey = "option.checkTo")
        LocalDate to;

        public Check(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            try (Services s = open()) {
                List<Finding> found = s.roster().check(from, to);
                PrintWriter out = out();
                found.forEach(f -> out.println(f.line()));
                return found.isEmpty() ? Cli.OK : Cli.REFUSED;
            }
        }
    }

    /** {@code roster publish}: a week of a community's or compound's roster. */
    @Command(name = "publish", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Publish extends OnWeek {
        public Publish(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            try (Services s = open()) {
                UUID c = community(s, community);
                UUID cp = compound(s, c, compound);
                PublishedWeek w = s.roster().publish(c, cp, week);
                RosterWeek v = s.roster().week(c, cp, w.weekStart());
                out().println(
                                Messages.format(
                                        "cli.roster.publishedWeek",
                                        v.scope(),
                                        w.weekStart(),
                                        v.shiftCount(),
                                        v.openPlaces()));
            }
            return Cli.OK;
        }
    }

    /** {@code roster copy-week}: the week before into a week. */
    @Command(name = "copy-week", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class CopyWeek extends OnWeek {
        public CopyWeek(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            try (Services s = open()) {
                UUID c = community(s, community);
                RosterService.Copied done = s.roster().copyWeek(c, compound(s, c, compound), week);
                out().println(
                                Messages.format(
                                        "cli.roster.copied",
                                        done.monday(),
                                        done.copied(),
                                        done.shiftsMade(),
                                        done.alreadyThere(),
                                        done.skipped().size()));
                for (RosterService.Skipped k : done.skipped()) {
                    out().println(
                                    Messages.format(
                                            "cli.roster.notCopied", k.where(), k.name(), k.why()));
                }
            }
            return Cli.OK;
        }
    }

    /**
     * {@code roster swap}: a change to a shift with its reason (after publishing, the only one).
     */
    @Command(name = "swap", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Swap extends OnShift {
        @Option(names = "--out", paramLabel = "NAME", descriptionKey = "option.swapOut")
        String out;

        @Option(names = "--out-id-tail", paramLabel = "NNNN", descriptionKey = "option.idTail")
        String outIdTail;

        @Option(names = "--in", paramLabel = "NAME", descriptionKey = "option.swapIn")
        String in;

        @Option(names = "--in-id-tail", paramLabel = "NNNN", descriptionKey = "option.idTail")
        String inIdTail;

        @Option(
                names = "--reason",
                required = true,
                paramLabel = "TEXT",
                descriptionKey = "option.swapReason")
        String reason;

        @Option(names = "--override", paramLabel = "REASON", descriptionKey = "option.override")
        String override;

        public Swap(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            try (Services s = open()) {
                RosterService.Swapped done =
                        s.roster()
                                .swap(
                                        shift(s, shift),
                                        someone(s, out, outIdTail),
                                        someone(s, in, inIdTail),
                                        reason,
                                        override);
                out().println(
                                Messages.format(
                                        "cli.roster.swapped",
                                        out == null ? "—" : out,
                                        in == null ? "—" : in,
                                        reason));
                done.overridden()
                        .forEach(
                                f ->
                                        out().println(
                                                        Messages.format(
                                                                "cli.roster.overridden",
                                                                f.line())));
            }
            return Cli.OK;
        }
    }

    /** {@code roster totals}: each person's shifts and hours over a span. */
    @Command(name = "totals", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Totals extends DutySub {
        @Option(names = "--from", paramLabel = "DATE", descriptionKey = "option.rosterFromWeek")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", descriptionKey = "option.rosterToWeek")
        LocalDate to;

        public Totals(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            try (Services s = open()) {
                LocalDate a = from == null ? thisMonday(s) : from;
                LocalDate b = to == null ? a.plusDays(6) : to;
                for (RosterService.Totals t : s.roster().totals(a, b)) {
                    out().println(
                                    String.join(
                                            "\t",
                                            t.name(),
                                            String.valueOf(t.shifts()),
                                            RosterService.hours(t.hours()),
                                            String.valueOf(t.present()),
                                            String.valueOf(t.absent()),
                                            String.valueOf(t.substituted()),
                                            String.valueOf(t.substituting()),
                                            RosterService.hours(t.servedHours())));
                }
            }
            return Cli.OK;
        }
    }

    /**
     * {@code roster autofill}: the open places of a span's unpublished shifts filled by the
     * auto-fill, one tab-separated line per place filled and per shift left short (with why, in
     * Chinese), then a summary. Exits 0 even when some places stay open.
     */
    @Command(name = "autofill", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class AutoFillShifts extends DutySub {
        @Option(
                names = "--from",
                required = true,
                paramLabel = "DATE",
                descriptionKey = "option.rosterFrom")
        LocalDate from;

        @Option(
                names = "--to",
                required = true,
                paramLabel = "DATE",
                descriptionKey = "option.rosterTo")
        LocalDate to;

        @Option(names = "--seconds", paramLabel = "N", descriptionKey = "option.autofillSeconds")
        Integer seconds;

        @Option(names = "--dry-run", descriptionKey = "option.autofillDryRun")
        boolean dryRun;

        public AutoFillShifts(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            if (seconds != null && (seconds < 1 || seconds > 600)) {
                throw new org.branchdesk.domain.common.UserError("cli.autofill.badSeconds");
            }
            Duration limit = seconds == null ? AutoFill.DEFAULT_LIMIT : Duration.ofSeconds(seconds);
            try (Services s = open()) {
                RosterAutoFill.Report r =
                        s.roster().autofill(from, to, limit, dryRun, p -> {}, () -> false);
                PrintWriter out = out();
                for (RosterAutoFill.Placed p : r.filled()) {
                    out.println(
                            line(
                                    "cli.autofill.filled",
                                    p.shiftId(),
                                    p.day(),
                                    p.hours(),
                                    p.post(),
                                    p.name()));
                }
                for (RosterAutoFill.Open o : r.unfilled()) {
                    out.println(
                            line(
                                    "cli.autofill.unfilled",
                                    o.shiftId(),
                                    o.day(),
                                    o.hours(),
                                    o.post(),
                                    Messages.format("cli.autofill.why", o.places(), o.why())));
                }
                out.println(
                        Messages.format(
                                r.written() ? "cli.autofill.summary" : "cli.autofill.summaryDryRun",
                                r.places(),
                                r.filled().size(),
                                r.unfilledPlaces(),
                                r.publishedLeftAlone(),
                                r.dropped(),
                                String.format(
                                        java.util.Locale.ROOT,
                                        "%.1f",
                                        r.took().toMillis() / 1000.0)));
            }
            return Cli.OK;
        }

        private static String line(
                String kind, UUID shiftId, LocalDate day, String hours, String post, String last) {
            return String.join(
                    "\t",
                    Messages.format(kind),
                    RosterService.shortId(shiftId),
                    day.toString(),
                    Messages.format("roster.weekday." + day.getDayOfWeek()),
                    hours,
                    post,
                    last);
        }
    }
}
