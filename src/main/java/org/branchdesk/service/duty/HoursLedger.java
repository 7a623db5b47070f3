package org.branchdesk.service.duty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.print.Ledger;
import org.branchdesk.service.paper.LedgerSource;
import org.branchdesk.service.paper.LedgerTable;
import org.branchdesk.store.StoreSession;

/**
 * 值班出勤和时数台账 ({@code ledger hours [--from DATE --to DATE]}): each member's and person's shifts and
 * hours over a period (the whole roster when none is given), of a community's or compound's posts
 * or all: assigned, present, absent, substituted, substituting, and the hours they served. Totals
 * at the foot.
 */
public final class HoursLedger implements LedgerSource {
    @Override
    public LedgerTable table(StoreSession s, Filter filter, Scope scope) {
        RosterLedger.Place place = RosterLedger.Place.of(s, filter);
        LocalDate[] span = s.shifts().span().orElse(null);
        LocalDate from = filter.from() != null ? filter.from() : span == null ? null : span[0];
        LocalDate to = filter.to() != null ? filter.to() : span == null ? null : span[1];
        List<LedgerTable.Row> rows = new ArrayList<>();
        if (from != null && to != null) {
            // a ledger of totals may cover the roster's whole history: only generating shifts is
            // bounded to a year at a time
            if (to.isBefore(from)) {
                throw new ValidationError("field.roster.to", "rule.roster.toBeforeFrom");
            }
            RosterData d = RosterData.load(s, from, to, List.of());
            for (RosterService.Totals t :
                    RosterTotals.of(
                            d,
                            ps ->
                                    RosterService.inScope(
                                            d.posts.get(ps.postId()),
                                            place.communityId(),
                                            place.compoundId()))) {
                List<String> cells =
                        List.of(
                                t.name(),
                                Messages.format(
                                        t.who().isMember()
                                                ? "ledger.hours.member"
                                                : "ledger.hours.person"),
                                Integer.toString(t.shifts()),
                                RosterTotals.hours(t.hours()),
                                Integer.toString(t.present()),
                                Integer.toString(t.absent()),
                                Integer.toString(t.substituted()),
                                Integer.toString(t.substituting()),
                                RosterTotals.hours(t.servedHours()));
                rows.add(new LedgerTable.Row(t.who().toString(), t.name(), cells));
            }
        }
        List<String> h = List.of(Messages.format("ledger.cols.HOURS").split(","));
        List<Ledger.Column> columns = new ArrayList<>();
        columns.add(Ledger.Column.text(h.get(0), 1.2f));
        columns.add(Ledger.Column.text(h.get(1), 0.8f));
        for (int i = 2; i < h.size(); i++) {
            columns.add(Ledger.Column.number(h.get(i), 0.9f));
        }
        String title =
                Messages.format(
                        "ledger.title.HOURS",
                        place.name(scope),
                        from == null ? "" : RosterData.date(from),
                        to == null ? "" : RosterData.date(to));
        return LedgerTable.of(title, scope.unit(), columns, rows, true);
    }
}
