package org.branchdesk.service.care;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.branchdesk.domain.care.SolicitudeVisit;
import org.branchdesk.domain.care.SupplyRules;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.print.Ledger;
import org.branchdesk.service.paper.LedgerSource;
import org.branchdesk.service.paper.LedgerTable;

/**
 * Care's ledgers of solicitude visits (慰问台账) and of supplies in and out (防疫物资收发台账), for the
 * documents service to print, number, register and verify. Names only: no ID number, phone or
 * health detail is printed.
 */
public final class CareLedgers {
    private CareLedgers() {}

    /**
     * The solicitude ledger: visited, member or person, day, by whom, the payment and its amount.
     */
    public static LedgerSource solicitude() {
        return (s, filter, scope) -> {
            List<LedgerTable.Row> rows = new ArrayList<>();
            for (CareCaseService.VisitLine l : CareCaseService.visits(s)) {
                SolicitudeVisit v = l.visit();
                rows.add(
                        new LedgerTable.Row(
                                v.id().toString(),
                                v.visited().name(),
                                List.of(
                                        v.visited().name(),
                                        Messages.format(v.visited().kind().key()),
                                        v.on().toString(),
                                        v.visitors(),
                                        l.paymentCode() == null ? "" : l.paymentCode(),
                                        v.note() == null ? "" : v.note(),
                                        l.amount() == null ? "" : money(l.amount()))));
            }
            String[] h = Messages.format("ledger.cols.SOLICITUDE").split(",");
            List<Ledger.Column> columns = text(h, 1.1f, 0.7f, 1f, 2.2f, 1f, 2.2f);
            columns.add(Ledger.Column.money(h[6], 1.1f));
            return LedgerTable.of(
                    Messages.format("ledger.title.SOLICITUDE", scope.officeName()),
                    scope.unit(),
                    columns,
                    rows,
                    true);
        };
    }

    /**
     * The supplies ledger: for each item by category and name, what came in and went out by day,
     * from whom or to whom, and the stock after each.
     */
    public static LedgerSource supplies() {
        return (s, filter, scope) -> {
            List<LedgerTable.Row> rows = new ArrayList<>();
            for (SupplyService.Movement m : SupplyService.movements(s)) {
                String q = SupplyRules.plain(m.quantity());
                rows.add(
                        new LedgerTable.Row(
                                m.id().toString(),
                                m.item().name() + " " + m.on(),
                                List.of(
                                        m.item().name(),
                                        m.item().unit(),
                                        m.on().toString(),
                                        Messages.format(m.in() ? "supply.in" : "supply.out"),
                                        m.counterpart(),
                                        m.detail() == null ? "" : m.detail(),
                                        m.in() ? q : "",
                                        m.in() ? "" : q,
                                        SupplyRules.plain(m.stock()))));
            }
            String[] h = Messages.format("ledger.cols.SUPPLIES").split(",");
            List<Ledger.Column> columns = text(h, 1.4f, 0.5f, 1f, 0.6f, 1.8f, 2f);
            columns.add(new Ledger.Column(h[6], 0.8f, true, false));
            columns.add(new Ledger.Column(h[7], 0.8f, true, false));
            columns.add(new Ledger.Column(h[8], 0.8f, true, false));
            return LedgerTable.of(
                    Messages.format("ledger.title.SUPPLIES", scope.officeName()),
                    scope.unit(),
                    columns,
                    rows,
                    false);
        };
    }

    /** An amount as a money column takes it: {@code 1409.50}. */
    static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /**
     * The first headers of a ledger (a bundle key, comma-separated) as text columns of these
     * widths.
     */
    private static List<Ledger.Column> text(String[] headers, float... weights) {
        List<Ledger.Column> out = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            out.add(Ledger.Column.text(headers[i], weights[i]));
        }
        return out;
    }
}
