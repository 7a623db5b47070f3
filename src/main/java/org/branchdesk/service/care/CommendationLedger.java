package org.branchdesk.service.care;

import java.util.ArrayList;
import java.util.List;
import org.branchdesk.domain.care.Commendation;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.print.Ledger;
import org.branchdesk.service.paper.LedgerSource;
import org.branchdesk.service.paper.LedgerTable;
import org.branchdesk.store.StoreSession;

/**
 * 表彰奖励台账 ({@code ledger commendations}): every honoree of every decision, oldest decision first:
 * the title, level, awarding body, document number and day, the honoree and where they belong, the
 * form (the reward's amount, a money column: two places, page subtotal, running total, 合计 in
 * capitals), and the deeds. Names only: no ID number or phone is printed.
 */
public final class CommendationLedger implements LedgerSource {
    @Override
    public LedgerTable table(StoreSession s, Filter filter, Scope scope) {
        if (filter.community() != null) {
            throw new UserError("error.commendation.ledgerWholeOffice");
        }
        List<LedgerTable.Row> rows = new ArrayList<>();
        for (CommendationService.Line l : CommendationService.lines(s)) {
            Commendation c = l.commendation();
            for (CommendationService.HonoreeLine h : l.honorees()) {
                List<String> cells =
                        List.of(
                                c.title(),
                                Messages.format(c.level().key()),
                                c.awardingBody(),
                                l.number() == null ? "" : l.number(),
                                c.decidedOn().toString(),
                                h.honoree().who().name(),
                                Messages.format(h.honoree().who().kind().key()),
                                h.affiliation(),
                                Messages.format(h.honoree().form().key()),
                                h.amount() == null ? "" : h.amount(),
                                h.honoree().deeds());
                rows.add(
                        new LedgerTable.Row(
                                h.honoree().id().toString(),
                                Messages.format(
                                        "ledger.commendations.row",
                                        h.honoree().who().name(),
                                        c.title()),
                                cells));
            }
        }
        List<String> h = List.of(Messages.format("ledger.cols.COMMENDATIONS").split(","));
        float[] weights = {1.1f, 0.5f, 1.1f, 1.1f, 0.9f, 0.8f, 0.45f, 1.1f, 0.6f, 0.7f, 4.5f};
        List<Ledger.Column> columns = new ArrayList<>();
        for (int i = 0; i < h.size(); i++) {
            columns.add(
                    i == 9
                            ? Ledger.Column.money(h.get(i), weights[i])
                            : Ledger.Column.text(h.get(i), weights[i]));
        }
        return LedgerTable.of(
                Messages.format("ledger.title.COMMENDATIONS", scope.officeName()),
                scope.unit(),
                columns,
                rows,
                false);
    }
}
