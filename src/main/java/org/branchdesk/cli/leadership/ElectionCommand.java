package org.branchdesk.cli.leadership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.branchdesk.cli.Cli;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.leadership.Election;
import org.branchdesk.domain.leadership.Position;
import org.branchdesk.domain.leadership.Source;
import org.branchdesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code election record --org NAME ...}: records the steps of an organization's renewal taken so
 * far, continuing the one under way; {@code election abandon --org NAME} gives the one under way up
 * (kept in the audit log). Candidates are {@code NAME[#NNNN]=VOTES}, with a trailing {@code *} when
 * the meeting declared them elected; positions at approval are {@code
 * NAME[#NNNN]=secretary|deputy|organization|publicity|discipline|member}. The whole renewal is
 * checked; a refusal exits 1 with the rule in Chinese and changes nothing.
 */
@Command(name = "election", mixinStandardHelpOptions = true, sortOptions = false)
public final class ElectionCommand implements Callable<Integer> {
    private final OfficeOpener opener;
    @ParentCommand RootCommand root;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "record", descriptionKey = "param.electionVerb")
    String verb;

    @Option(names = "--org", required = true, paramLabel = "NAME", descriptionKey = "option.org")
    String org;

    @Option(names = "--seats", paramLabel = "N", descriptionKey = "option.seats")
    Integer seats;

    @Option(names = "--requested", paramLabel = "DATE", descriptionKey = "option.stepDate")
    LocalDate requested;

    @Option(names = "--request-doc", paramLabel = "NUMBER", descriptionKey = "option.stepDoc")
    String requestDoc;

    @Option(names = "--replied", paramLabel = "DATE", descriptionKey = "option.stepDate")
    LocalDate replied;

    @Option(names = "--reply-doc", paramLabel = "NUMBER", descriptionKey = "option.stepDoc")
    String replyDoc;

    @Option(names = "--meeting", paramLabel = "DATE", descriptionKey = "option.meeting")
    LocalDate meeting;

    @Option(names = "--entitled", paramLabel = "N", descriptionKey = "option.entitled")
    Integer entitled;

    @Option(names = "--present", paramLabel = "N", descriptionKey = "option.present")
    Integer present;

    @Option(
            names = "--candidate",
            paramLabel = "NAME=VOTES[*]",
            descriptionKey = "option.candidate")
    List<String> candidates = new ArrayList<>();

    @Option(names = "--reported", paramLabel = "DATE", descriptionKey = "option.stepDate")
    LocalDate reported;

    @Option(names = "--report-doc", paramLabel = "NUMBER", descriptionKey = "option.stepDoc")
    String reportDoc;

    @Option(names = "--approved", paramLabel = "DATE", descriptionKey = "option.stepDate")
    LocalDate approved;

    @Option(names = "--approval-doc", paramLabel = "NUMBER", descriptionKey = "option.stepDoc")
    String approvalDoc;

    @Option(
            names = "--position",
            paramLabel = "NAME=POSITION",
            descriptionKey = "option.electedPosition")
    List<String> positions = new ArrayList<>();

    @Option(names = "--exception", paramLabel = "TEXT", descriptionKey = "option.exception")
    String exception;

    public ElectionCommand(OfficeOpener opener) {
        this.opener = opener;
    }

    private static final Map<String, Position> POSITIONS =
            Map.of(
                    "secretary", Position.SECRETARY,
                    "deputy", Position.DEPUTY_SECRETARY,
                    "organization", Position.ORGANIZATION,
                    "publicity", Position.PUBLICITY,
                    "discipline", Position.DISCIPLINE,
                    "member", Position.MEMBER);

    @Override
    public Integer call() {
        if (!"record".equals(verb) && !"abandon".equals(verb)) {
            throw new UserError("error.election.badVerb", verb);
        }
        try (Services s = opener.open(root.dataDir(), root.credentials())) {
            UUID orgId = s.leadership().orgNamed(org);
            if ("abandon".equals(verb)) {
                Election underWay =
                        s.elections()
                                .underWay(orgId)
                                .orElseThrow(() -> new UserError("error.election.noneUnderWay"));
                s.elections().abandon(underWay.id());
                spec.commandLine().getOut().println(Messages.format("cli.election.abandoned"));
                return Cli.OK;
            }
            Election base =
                    s.elections()
                            .underWay(orgId)
                            .orElse(
                                    new Election(
                                            UUID.randomUUID(),
                                            orgId,
                                            seats == null ? 0 : seats,
                                            null,
                                            null,
                                            null,
                                            null,
                                            null,
                                            List.of()));
            List<Election.Candidate> list = new ArrayList<>(base.candidates());
            if (!candidates.isEmpty()) {
                list.clear();
                for (String c : candidates) {
                    list.add(candidate(s, c));
                }
            }
            for (String p : positions) {
                String[] kv = p.split("=", 2);
                Position pos =
                        kv.length == 2
                                ? POSITIONS.get(kv[1].trim().toLowerCase(Locale.ROOT))
                                : null;
                if (pos == null) {
                    throw new UserError("error.election.badPosition", p);
                }
                UUID member = member(s, kv[0]);
                boolean found = false;
                for (int i = 0; i < list.size(); i++) {
                    Election.Candidate c = list.get(i);
                    if (c.memberId().equals(member)) {
                        list.set(
                                i,
                                new Election.Candidate(
                                        c.memberId(),
                                        c.votes(),
                                        c.elected(),
                                        pos,
                                        c.concurrentDuty(),
                                        c.source() == null ? Source.RESIDENT : c.source(),
                                        pos == Position.SECRETARY
                                                ? exception
                                                : c.standingException()));
                        found = true;
                    }
                }
                if (!found) {
                    throw new UserError("error.election.notACandidate", kv[0]);
                }
            }
            Election e =
                    new Election(
                            base.id(),
                            orgId,
                            seats == null ? base.seats() : seats,
                            requested == null
                                    ? base.request()
                                    : new Election.Step(requested, requestDoc),
                            replied == null ? base.reply() : new Election.Step(replied, replyDoc),
                            meeting == null
                                    ? base.meeting()
                                    : new Election.Meeting(
                                            meeting,
                                            entitled == null ? 0 : entitled,
                                            present == null ? 0 : present),
                            reported == null
                                    ? base.report()
                                    : new Election.Step(reported, reportDoc),
                            approved == null
                                    ? base.approval()
                                    : new Election.Step(approved, approvalDoc),
                            list);
            Election saved = s.elections().save(e);
            spec.commandLine()
                    .getOut()
                    .println(
                            Messages.format(
                                    "cli.election.saved",
                                    Messages.format("stage." + saved.stage().name())));
        }
        return Cli.OK;
    }

    /** {@code NAME[#NNNN]=VOTES[*]}. */
    private static Election.Candidate candidate(Services s, String text) {
        String[] kv = text.split("=", 2);
        if (kv.length != 2) {
            throw new UserError("error.election.badCandidate", text);
        }
        String votes = kv[1].trim();
        boolean elected = votes.endsWith("*");
        if (elected) {
            votes = votes.substring(0, votes.length() - 1);
        }
        int n;
        try {
            n = Integer.parseInt(votes.trim());
        } catch (NumberFormatException x) {
            throw new UserError("error.election.badCandidate", text);
        }
        return new Election.Candidate(
                member(s, kv[0]), n, elected, null, null, Source.RESIDENT, null);
    }

    private static UUID member(Services s, String nameAndTail) {
        String[] nt = nameAndTail.trim().split("#", 2);
        return s.leadership().memberNamed(nt[0].trim(), nt.length == 2 ? nt[1].trim() : null);
    }
}
