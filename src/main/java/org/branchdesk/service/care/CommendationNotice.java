package org.branchdesk.service.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.care.Commendation;
import org.branchdesk.domain.care.CommendationLevel;
import org.branchdesk.domain.care.CommendationRules;
import org.branchdesk.domain.care.HonorForm;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.print.Notice;
import org.branchdesk.service.paper.NoticeSource;
import org.branchdesk.service.paper.NoticeText;
import org.branchdesk.store.StoreSession;

/**
 * The street's commendation decision (关于表彰××的决定), a GB/T 9704 notice listing the honorees with
 * their deeds, numbered from the dispatch register when issued. Only the street's own decisions are
 * printed: a decision from above is the awarding body's paper, and its number is data.
 */
public final class CommendationNotice implements NoticeSource {
    /** The notice kind's name, as the register of issued documents keeps it. */
    static final String KIND = "COMMENDATION";

    @Override
    public NoticeText wording(StoreSession s, UUID commendationId, LocalDate signedOn) {
        CommendationService.Line l =
                CommendationService.line(s, CommendationService.commendation(s, commendationId));
        Commendation c = l.commendation();
        if (c.level() != CommendationLevel.STREET) {
            throw new UserError(
                    "error.commendation.notOurs",
                    c.awardingBody(),
                    Messages.format(c.level().key()));
        }
        if (l.honorees().isEmpty()) {
            throw new UserError("error.commendation.noHonorees", c.title());
        }
        boolean organizations =
                CommendationRules.holders(c.title()).contains(RecipientKind.ORGANIZATION);
        String whom =
                Messages.format(
                        organizations ? "commendation.whom.ORG" : "commendation.whom.PEOPLE");
        List<Notice.Paragraph> body = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        facts.add(c.title());
        facts.add(c.awardingBody());
        facts.add(c.decidedOn().toString());
        body.add(
                Notice.Paragraph.body(
                        Messages.format("notice.commendation.opening", whom, c.title())));
        List<String> rewarded = new ArrayList<>();
        int n = 0;
        for (CommendationService.HonoreeLine h : l.honorees()) {
            n++;
            String name = h.honoree().who().name();
            String line =
                    h.affiliation().isEmpty()
                            ? Messages.format(
                                    "notice.commendation.honoree", n, name, h.honoree().deeds())
                            : Messages.format(
                                    "notice.commendation.honoreeOf",
                                    n,
                                    name,
                                    h.affiliation(),
                                    h.honoree().deeds());
            body.add(Notice.Paragraph.body(line));
            facts.add(h.honoree().who().kind() + "/" + name + "/" + h.affiliation());
            facts.add(h.honoree().form().name() + "/" + h.honoree().deeds());
            if (h.honoree().form() == HonorForm.REWARD) {
                rewarded.add(name);
            }
        }
        String sep = Messages.format("list.separator");
        body.add(
                Notice.Paragraph.body(
                        rewarded.isEmpty()
                                ? Messages.format("notice.commendation.certificates", whom)
                                : Messages.format(
                                        "notice.commendation.rewards",
                                        whom,
                                        String.join(sep, rewarded))));
        body.add(Notice.Paragraph.body(Messages.format("notice.commendation.closing", whom)));
        return new NoticeText(
                Messages.format("notice.title.COMMENDATION", c.title()),
                signedOn != null ? signedOn : c.decidedOn(),
                Messages.format("notice.commendation.addressee"),
                body,
                c.title() + "/" + c.decidedOn(),
                facts,
                null);
    }

    /**
     * A street decision that already carries a number was issued on paper before: it is not
     * numbered again (a draft may still be printed).
     */
    @Override
    public void requireIssuable(StoreSession s, UUID commendationId) {
        Commendation c = CommendationService.commendation(s, commendationId);
        if (c.documentNumber() != null) {
            throw new UserError("error.commendation.numbered", c.documentNumber());
        }
    }

    @Override
    public boolean exists(StoreSession s, UUID commendationId) {
        return s.commendations().find(commendationId).isPresent();
    }
}
