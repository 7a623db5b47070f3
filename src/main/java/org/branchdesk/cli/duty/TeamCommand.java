package org.branchdesk.cli.duty;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.duty.TeamKind;
import org.branchdesk.service.Services;
import org.branchdesk.service.duty.TeamService;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code team add|end|list}: commando, volunteer and patrol teams of a community or compound. Each
 * member or the leader is named {@code NAME}, or {@code NAME#NNNN} with the last four digits of the
 * ID number when the name is not unique (members and people on the people register alike).
 */
@Command(
        name = "team",
        mixinStandardHelpOptions = true,
        subcommands = {TeamCommand.Add.class, TeamCommand.End.class, TeamCommand.ListLines.class})
public final class TeamCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    public TeamCommand(OfficeOpener opener) {
        // the verbs open the office
    }

    @Override
    public Integer call() {
        return DutyVerb.usage(spec);
    }

    /** Converts {@code --kind} ({@code commando}, {@code volunteer}, {@code patrol}). */
    public static final class KindWord implements ITypeConverter<TeamKind> {
        @Override
        public TeamKind convert(String value) {
            return DutyVerb.word(TeamKind.class, value);
        }
    }

    /** {@code team add}: a team is formed with its members and, perhaps, its leader. */
    @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Add extends DutyVerb {
        @Option(
                names = "--kind",
                required = true,
                paramLabel = "KIND",
                converter = KindWord.class,
                descriptionKey = "option.teamKind")
        TeamKind kind;

        @Option(
                names = "--name",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.teamName")
        String name;

        @Mixin DutyVerb.Place place;

        @Option(
                names = "--member",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.teamMember")
        List<String> members = new ArrayList<>();

        @Option(names = "--leader", paramLabel = "NAME", descriptionKey = "option.teamLeader")
        String leader;

        @Option(
                names = "--on",
                required = true,
                paramLabel = "DATE",
                descriptionKey = "option.formedOn")
        LocalDate on;

        public Add(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            UUID community = place.communityId(s);
            List<Team.Someone> who = members.stream().map(m -> someone(s, m)).toList();
            Team t =
                    s.teams()
                            .add(
                                    new TeamService.NewTeam(
                                            kind,
                                            name,
                                            community,
                                            place.compoundId(s, community),
                                            leader == null ? null : someone(s, leader),
                                            who,
                                            on));
            out.println(
                    Messages.format(
                            "cli.team.added",
                            Messages.format("teamKind." + t.kind().name()),
                            t.name(),
                            t.members().size(),
                            t.formedOn()));
        }
    }

    /** {@code team end}: a team is stood down on a day; its record stays. */
    @Command(name = "end", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class End extends DutyVerb {
        @Option(
                names = "--name",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.teamName")
        String name;

        @Option(names = "--community", paramLabel = "NAME", descriptionKey = "option.teamCommunity")
        String community;

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
            UUID c = community == null ? null : s.dutyNames().community(community);
            Team t = s.teams().end(s.dutyNames().team(name, c), on);
            out.println(Messages.format("cli.team.ended", t.name(), on));
        }
    }

    /**
     * {@code team list [--all]}: one tab-separated line per team: kind, name, where, leader,
     * members, formed on, stood down on.
     */
    @Command(name = "list", mixinStandardHelpOptions = true)
    public static final class ListLines extends DutyVerb {
        @Option(names = "--all", descriptionKey = "option.teamAll")
        boolean all;

        public ListLines(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            for (TeamService.Line l : s.teams().lines()) {
                Team t = l.team();
                if (!all && !t.isActive()) {
                    continue;
                }
                out.println(
                        String.join(
                                "\t",
                                Messages.format("teamKind." + t.kind().name()),
                                t.name(),
                                ReportingCommand.place(
                                        l.community(), l.compound() == null ? "" : l.compound()),
                                l.leader() == null ? "" : l.leader(),
                                String.join("、", l.members()),
                                t.formedOn().toString(),
                                t.endedOn() == null ? "" : t.endedOn().toString()));
            }
        }
    }
}
