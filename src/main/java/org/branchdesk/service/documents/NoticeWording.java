package org.branchdesk.service.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.orgs.BranchRules;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.print.Notice;
import org.branchdesk.service.paper.LedgerTable;
import org.branchdesk.service.registers.Registers;

/**
 * The wording of the notices about a branch (关于同意成立××党支部的批复, 关于成立××党支部的通知), from the facts alone:
 * no database, no clock. The service gathers the facts; verification words a printed notice again
 * from today's facts and compares.
 */
final class NoticeWording {
    private NoticeWording() {}

    /**
     * What a notice says about its organization.
     *
     * @param prefix the office's document prefix
     * @param mark the red issuing mark
     * @param places the names of the compounds it is built on, in pinyin order
     * @param signedOn the date it is signed, or {@code null} for the organization's establishment
     * @param today the office's today (a notice is never printed before it is signed)
     */
    record Facts(
            String prefix,
            String mark,
            PartyOrg org,
            PartyOrg parent,
            List<String> places,
            Registers.Headcount counts,
            LocalDate signedOn,
            LocalDate today) {}

    record Content(
            String prefix,
            String title,
            LocalDate signedOn,
            LedgerTable.Row data,
            Function<String, Notice> maker) {
        Notice notice(String number) {
            return maker.apply(number);
        }
    }

    /** The notice of {@code kind} on these facts; refused when they cannot make one. */
    static Content of(NoticeKind kind, Facts f) {
        PartyOrg org = f.org();
        if (!org.type().isBranchLevel()) {
            throw new UserError("error.notice.notABranch", org.name());
        }
        PartyOrg parent = f.parent();
        LocalDate signed = f.signedOn() != null ? f.signedOn() : org.establishedOn();
        if (signed == null) {
            throw new UserError("error.notice.noSignedOn", org.name());
        }
        String mark = f.mark();
        Registers.Headcount counts = f.counts();
        List<String> places = f.places();
        String placeText = String.join(Messages.format("list.separator"), places);
        String parentName = parent == null ? mark : parent.fullName();
        String title = Messages.format("notice.title." + kind.name(), org.fullName());
        List<Notice.Paragraph> body = new ArrayList<>();
        if (kind == NoticeKind.BRANCH_APPROVAL) {
            if (org.requestTitle() == null) {
                throw new UserError("error.notice.noRequest", org.name());
            }
            body.add(
                    Notice.Paragraph.body(
                            Messages.format(
                                    "notice.approval.opening",
                                    stripBookQuotes(org.requestTitle()),
                                    org.requestNo() == null
                                            ? ""
                                            : Messages.format(
                                                    "notice.approval.requestNo", org.requestNo()),
                                    org.fullName(),
                                    parentName)));
        } else {
            body.add(
                    Notice.Paragraph.body(
                            Messages.format(
                                    "notice.setup.opening",
                                    places.isEmpty() ? org.name() : placeText,
                                    org.fullName(),
                                    parentName)));
        }
        if (!places.isEmpty()) {
            body.add(
                    Notice.Paragraph.body(
                            Messages.format(
                                    "notice.places",
                                    org.name(),
                                    placeText,
                                    counts.all(),
                                    counts.full())));
        }
        body.add(
                Notice.Paragraph.body(
                        Messages.format(
                                BranchRules.leadershipFor(counts.full())
                                                == BranchRules.Leadership.COMMITTEE
                                        ? "notice.leadership.committee"
                                        : "notice.leadership.secretary",
                                BranchRules.COMMITTEE_THRESHOLD)));
        body.add(Notice.Paragraph.body(Messages.format("notice.closing." + kind.name())));
        String parentLabel = parent == null ? "" : parent.fullName();
        String addressee =
                kind == NoticeKind.BRANCH_APPROVAL
                        ? parentName
                        : Messages.format("notice.setup.addressee");
        LedgerTable.Row data =
                new LedgerTable.Row(
                        org.id().toString(),
                        org.name(),
                        List.of(
                                org.fullName(),
                                parentLabel,
                                placeText,
                                String.valueOf(org.establishedOn()),
                                String.valueOf(org.requestTitle()),
                                String.valueOf(org.requestNo()),
                                Integer.toString(counts.all()),
                                Integer.toString(counts.full())));
        String printedBy = Messages.format("notice.printedBy", mark);
        LocalDate printedOn = f.today().isBefore(signed) ? signed : f.today();
        return new Content(
                f.prefix(),
                title,
                signed,
                data,
                number ->
                        new Notice(
                                mark,
                                true,
                                number,
                                title,
                                addressee,
                                body,
                                List.of(),
                                mark,
                                signed,
                                List.of(),
                                printedBy,
                                printedOn,
                                org.name()));
    }

    private static String stripBookQuotes(String title) {
        return title.replaceAll("^《|》$", "");
    }
}
