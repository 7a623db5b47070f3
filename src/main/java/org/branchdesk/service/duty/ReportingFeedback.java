package org.branchdesk.service.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.duty.Reporting;
import org.branchdesk.print.Notice;
import org.branchdesk.print.NoticeRenderer;
import org.branchdesk.service.paper.NoticeSource;
import org.branchdesk.service.paper.NoticeText;
import org.branchdesk.store.StoreSession;

/**
 * The feedback sheet to a reporting member's unit party organization (在职党员到社区报到服务情况反馈表), one per
 * reporting: where and when they reported, the posts they claimed and the hours they served up to
 * the day it is signed (so that verification words it again the same way until something recorded
 * up to that day changes). Addressed to the unit's party organization, or to the unit when a unit
 * on the register has none recorded.
 */
public final class ReportingFeedback implements NoticeSource {
    private final Clock clock;

    /**
     * @param clock the office's clock: a draft without a date is signed today, or on the end
     */
    public ReportingFeedback(Clock clock) {
        this.clock = clock;
    }

    @Override
    public NoticeText wording(StoreSession s, UUID reportingId, LocalDate signedOn) {
        Reporting r =
                s.reportings()
                        .find(reportingId)
                        .orElseThrow(() -> new UserError("error.reporting.notFound"));
        LocalDate today = LocalDate.now(clock);
        LocalDate signed = signedOn != null ? signedOn : r.isOpen() ? today : r.endedOn();
        if (signed.isBefore(r.reportedOn())) {
            throw new UserError("error.reporting.feedbackBeforeReporting", r.reportedOn());
        }
        ReportingService.Line l =
                ReportingService.line(s, reportingId, today, signed).orElseThrow();
        String place = Messages.format("duty.placeInProse", l.community(), l.compound());
        String posts =
                l.posts().isEmpty()
                        ? Messages.format("feedback.noPost")
                        : String.join(Messages.format("list.separator"), l.posts());
        List<Notice.Paragraph> body = new ArrayList<>();
        body.add(
                Notice.Paragraph.body(
                        Messages.format(
                                "feedback.reported",
                                l.member(),
                                l.unit(),
                                NoticeRenderer.chineseDate(l.reportedOn()),
                                place)));
        body.add(Notice.Paragraph.body(Messages.format("feedback.posts", posts)));
        body.add(
                Notice.Paragraph.body(
                        Messages.format(
                                "feedback.hours",
                                NoticeRenderer.chineseDate(signed),
                                l.hoursServed().toPlainString())));
        if (l.endedOn() != null && !l.endedOn().isAfter(signed)) {
            body.add(
                    Notice.Paragraph.body(
                            Messages.format(
                                    "feedback.ended", NoticeRenderer.chineseDate(l.endedOn()))));
        }
        body.add(Notice.Paragraph.body(Messages.format("feedback.closing")));
        return new NoticeText(
                Messages.format("notice.title.REPORTING_FEEDBACK"),
                signed,
                l.feedbackTo(),
                body,
                l.member() + "/" + l.community(),
                List.of(
                        l.member(),
                        l.unit(),
                        l.feedbackTo(),
                        place,
                        l.reportedOn().toString(),
                        String.valueOf(l.endedOn()),
                        posts,
                        l.hoursServed().toPlainString()),
                place);
    }

    @Override
    public boolean exists(StoreSession s, UUID reportingId) {
        return s.reportings().find(reportingId).isPresent();
    }
}
