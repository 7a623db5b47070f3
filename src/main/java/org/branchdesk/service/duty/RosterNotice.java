package org.branchdesk.service.duty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.duty.PublishedWeek;
import org.branchdesk.print.Notice;
import org.branchdesk.service.paper.NoticeSource;
import org.branchdesk.service.paper.NoticeText;
import org.branchdesk.store.StoreSession;

/**
 * 排班通知 ({@code notice roster --week DATE --community NAME [--compound NAME]}): a published week of
 * a community's or compound's roster, day by day, each post's shifts with who serves them. Its
 * subject is the publication; it is signed, unless a date is given, on the day the week was
 * published (the office's day). Verification words it again from today's roster: a swap after
 * issuing reads as a change.
 */
public final class RosterNotice implements NoticeSource {
    @Override
    public NoticeText wording(StoreSession s, UUID weekId, LocalDate signedOn) {
        PublishedWeek w =
                s.rosterWeeks()
                        .find(weekId)
                        .orElseThrow(() -> new UserError("error.roster.noSuchPublication"));
        LocalDate monday = w.weekStart();
        RosterWeek week =
                RosterWeeks.of(
                        RosterService.around(s, monday, List.of()),
                        w.communityId(),
                        w.compoundId(),
                        monday,
                        monday);
        LocalDate signed =
                signedOn != null
                        ? signedOn
                        : LocalDate.ofInstant(w.publishedAt(), s.office().timeZone());
        String period =
                Messages.format(
                        "notice.roster.period",
                        RosterData.date(monday),
                        RosterData.date(monday.plusDays(6)));
        List<Notice.Paragraph> body = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        body.add(
                Notice.Paragraph.body(
                        Messages.format("notice.roster.opening", week.scope(), period)));
        facts.add(week.scope());
        facts.add(monday.toString());
        String[] numerals = Messages.format("notice.roster.numerals").split(" ");
        for (int i = 0; i < week.days().size(); i++) {
            LocalDate day = week.days().get(i);
            String heading =
                    Messages.format(
                            "notice.roster.day",
                            numerals[i],
                            day.getMonthValue(),
                            day.getDayOfMonth(),
                            RosterData.weekday(day));
            body.add(new Notice.Paragraph(Notice.Level.HEADING_1, heading));
            facts.add(heading);
            boolean any = false;
            for (RosterWeek.Row r : week.rows()) {
                RosterWeek.Cell c = r.cells().get(i);
                if (!c.hasShift()) {
                    continue;
                }
                any = true;
                String line =
                        Messages.format(
                                "notice.roster.line",
                                r.place(),
                                r.post().name(),
                                r.hours().toString(),
                                c.people().isEmpty()
                                        ? Messages.format("notice.roster.nobody")
                                        : c.label());
                body.add(Notice.Paragraph.body(line));
                facts.add(line);
            }
            if (!any) {
                body.add(Notice.Paragraph.body(Messages.format("notice.roster.noShifts")));
            }
        }
        body.add(Notice.Paragraph.body(Messages.format("notice.roster.swaps")));
        body.add(Notice.Paragraph.body(Messages.format("notice.closing.notice")));
        LocalDate sunday = monday.plusDays(6);
        return new NoticeText(
                Messages.format(
                        "notice.title.ROSTER_WEEK",
                        week.scope(),
                        Messages.format(
                                "notice.roster.shortPeriod",
                                monday.getMonthValue(),
                                monday.getDayOfMonth(),
                                sunday.getMonthValue(),
                                sunday.getDayOfMonth())),
                signed,
                Messages.format("notice.roster.addressee", week.scope()),
                body,
                week.scope() + " " + monday,
                facts,
                week.scope());
    }

    @Override
    public boolean exists(StoreSession s, UUID weekId) {
        return s.rosterWeeks().find(weekId).isPresent();
    }
}
