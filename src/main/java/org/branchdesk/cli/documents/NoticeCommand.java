package org.branchdesk.cli.documents;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.branchdesk.cli.Cli;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.Pdfs;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.service.Services;
import org.branchdesk.service.documents.DocumentService;
import org.branchdesk.service.documents.NoticeKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code notice branch-approval|branch-setup --org NAME --out FILE.pdf [--issue] [--signed-on
 * DATE]}; {@code notice appointment|removal --org NAME --member NAME [--id-tail NNNN] ...}; {@code
 * notice election-result --org NAME --meeting DATE ...}: a draft without a number, or, with {@code
 * --issue}, the issued notice with the next number of the dispatch register (a reprint keeps its
 * number). An ambiguous name exits 1.
 */
@Command(name = "notice", mixinStandardHelpOptions = true, sortOptions = false)
public final class NoticeCommand implements Callable<Integer> {
    /** The notices, as the command line names them. */
    enum Kind {
        BRANCH_APPROVAL("branch-approval"),
        BRANCH_SETUP("branch-setup"),
        APPOINTMENT("appointment"),
        REMOVAL("removal"),
        ELECTION_RESULT("election-result"),
        ROSTER_WEEK("roster"),
        REPORTING_FEEDBACK("reporting-feedback"),
        COMMENDATION("commendation");

        final String cli;

        Kind(String cli) {
            this.cli = cli;
        }

        @Override
        public String toString() {
            return cli;
        }
    }

    private final OfficeOpener opener;
    @ParentCommand RootCommand root;
    @Spec CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "KIND",
            descriptionKey = "param.noticeKind",
            converter = KindConverter.class)
    Kind kind;

    @Option(names = "--org", paramLabel = "NAME", descriptionKey = "option.org")
    String org;

    @Option(names = "--week", paramLabel = "DATE", descriptionKey = "option.noticeWeek")
    LocalDate week;

    @Option(names = "--community", paramLabel = "NAME", descriptionKey = "option.rosterCommunity")
    String community;

    @Option(names = "--compound", paramLabel = "NAME", descriptionKey = "option.rosterCompound")
    String compound;

    @Option(names = "--member", paramLabel = "NAME", descriptionKey = "option.leaderMember")
    String member;

    @Option(names = "--id-tail", paramLabel = "NNNN", descriptionKey = "option.idTail")
    String idTail;

    @Option(names = "--meeting", paramLabel = "DATE", descriptionKey = "option.meeting")
    LocalDate meeting;

    @Option(
            names = "--commendation",
            paramLabel = "CODE",
            descriptionKey = "option.noticeCommendation")
    String commendation;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "option.pdfOut")
    Path out;

    @Option(names = "--issue", descriptionKey = "option.issue")
    boolean issue;

    @Option(names = "--signed-on", paramLabel = "DATE", descriptionKey = "option.signedOn")
    LocalDate signedOn;

    public NoticeCommand(OfficeOpener opener) {
        this.opener = opener;
    }

    /** Accepts {@code branch-approval} and {@code branch-setup}. */
    public static final class KindConverter implements picocli.CommandLine.ITypeConverter<Kind> {
        @Override
        public Kind convert(String value) {
            for (Kind k : Kind.values()) {
                if (k.cli.equals(value)) {
                    return k;
                }
            }
            throw new picocli.CommandLine.TypeConversionException(
                    Messages.format("cli.notice.badKind", value));
        }
    }

    /** What the notice is about: the organization, a member's holding in it, or its renewal. */
    private UUID subject(Services s) {
        if (kind == Kind.ROSTER_WEEK) {
            if (week == null || community == null) {
                throw new UserError("error.notice.weekNeeded");
            }
            UUID c = s.roster().communityNamed(community);
            return s.roster()
                    .publishedWeek(
                            c,
                            compound == null ? null : s.roster().compoundNamed(c, compound),
                            week);
        }
        if (kind == Kind.REPORTING_FEEDBACK) {
            if (member == null) {
                throw new UserError("error.notice.feedbackMemberNeeded");
            }
            return s.reportings().latestReportingOf(s.dutyNames().member(member, idTail));
        }
        if (kind == Kind.COMMENDATION) {
            if (commendation == null) {
                throw new UserError("error.notice.commendationNeeded");
            }
            return s.commendations().coded(commendation);
        }
        if (org == null) {
            throw new UserError("error.notice.orgNeeded", kind.cli);
        }
        UUID orgId = s.documents().organizationNamed(org);
        return switch (kind) {
            case BRANCH_APPROVAL, BRANCH_SETUP -> orgId;
            case APPOINTMENT, REMOVAL -> {
                if (member == null) {
                    throw new UserError("error.notice.memberNeeded", kind.cli);
                }
                yield s.leadership()
                        .newestHolding(
                                orgId,
                                s.leadership().memberNamed(member, idTail),
                                kind == Kind.REMOVAL);
            }
            case ELECTION_RESULT -> {
                if (meeting == null) {
                    throw new UserError("error.notice.meetingNeeded");
                }
                yield s.leadership().electionHeld(orgId, meeting);
            }
            case ROSTER_WEEK -> throw new IllegalStateException("a roster week has no org");
            case REPORTING_FEEDBACK -> throw new IllegalStateException("a reporting has no org");
            case COMMENDATION -> throw new IllegalStateException("a commendation has no org");
        };
    }

    @Override
    public Integer call() {
        Pdfs.requirePdf(out);
        try (Services s = opener.openToPrint(root.dataDir(), root.credentials())) {
            DocumentService.Printed p =
                    s.documents()
                            .notice(
                                    NoticeKind.valueOf(kind.name()),
                                    subject(s),
                                    signedOn,
                                    issue,
                                    out);
            spec.commandLine()
                    .getOut()
                    .println(
                            p.draft()
                                    ? Messages.format(
                                            "cli.notice.draft", p.pages(), out.toAbsolutePath())
                                    : Messages.format(
                                            "cli.notice.issued",
                                            p.number(),
                                            p.pages(),
                                            out.toAbsolutePath()));
        }
        return Cli.OK;
    }
}
