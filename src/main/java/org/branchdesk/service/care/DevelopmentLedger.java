package org.branchdesk.service.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchdesk.domain.care.DevelopmentStep;
import org.branchdesk.domain.common.Masking;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.places.Community;
import org.branchdesk.print.Ledger;
import org.branchdesk.service.care.DevelopmentService.Line;
import org.branchdesk.service.paper.LedgerSource;
import org.branchdesk.service.paper.LedgerTable;
import org.branchdesk.store.StoreSession;

/**
 * 发展党员工作台账 ({@code ledger development}): every case not withdrawn, as the board orders them, with
 * the applicant (ID number masked as the office prints), the branch, the day of each of the
 * thirteen steps, the current stage and what is due next with its date. ID numbers are hashed
 * masked the standard way, so a later masking setting is no change of data.
 */
public final class DevelopmentLedger implements LedgerSource {

    @Override
    public LedgerTable table(StoreSession s, Filter filter, Scope scope) {
        String community = filter.community();
        UUID communityId = null;
        if (community != null) {
            communityId =
                    s.communities().list().stream()
                            .filter(c -> c.name().equals(community))
                            .map(Community::id)
                            .findFirst()
                            .orElseThrow(
                                    () -> new UserError("error.ledger.noSuchCommunity", community));
        }
        Map<UUID, UUID> orgCommunity = new HashMap<>();
        s.orgs().list().forEach(o -> orgCommunity.put(o.id(), o.communityId()));
        Map<UUID, UUID> caseOrg = new HashMap<>();
        s.development().list().forEach(c -> caseOrg.put(c.id(), c.orgId()));
        LocalDate today = scope.today();
        Masking masking = s.office().masking();
        List<Line> printed = DevelopmentService.lines(s, today, masking);
        List<Line> hashed =
                masking == Masking.STANDARD
                        ? printed
                        : DevelopmentService.lines(s, today, Masking.STANDARD);
        List<LedgerTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < printed.size(); i++) {
            Line l = printed.get(i);
            if (communityId != null && !communityId.equals(orgCommunity.get(caseOrg.get(l.id())))) {
                continue;
            }
            rows.add(
                    new LedgerTable.Row(
                            l.id().toString(),
                            Messages.format("ledger.development.row", l.applicant(), l.maskedId()),
                            cells(l, true),
                            cells(hashed.get(i), false)));
        }
        List<Ledger.Column> columns = new ArrayList<>();
        columns.add(Ledger.Column.text(Messages.format("ledger.development.applicant"), 1.2f));
        columns.add(Ledger.Column.text(Messages.format("ledger.development.idNumber"), 1.7f));
        columns.add(Ledger.Column.text(Messages.format("ledger.development.branch"), 1.4f));
        columns.add(Ledger.Column.text(Messages.format("ledger.development.steps"), 6f));
        columns.add(Ledger.Column.text(Messages.format("ledger.development.stage"), 1.4f));
        columns.add(Ledger.Column.text(Messages.format("ledger.development.next"), 2.2f));
        String title =
                Messages.format(
                        "ledger.title.DEVELOPMENT",
                        community != null ? community : scope.officeName());
        return LedgerTable.of(title, scope.unit(), columns, rows, true);
    }

    /**
     * A case's cells: applicant, masked ID number, branch, the day of each step taken, stage, next
     * due ({@code printed}: saying when it is overdue, which the hash leaves out).
     */
    private static List<String> cells(Line l, boolean printed) {
        List<String> cells = new ArrayList<>();
        cells.add(
                l.applicant()
                        + (l.frontLine() ? Messages.format("development.frontLineMark") : ""));
        cells.add(l.maskedId());
        cells.add(l.branch() == null ? "" : l.branch());
        List<String> days = new ArrayList<>();
        for (DevelopmentStep step : DevelopmentStep.values()) {
            LocalDate on = l.taken().get(step);
            if (on != null) {
                days.add(
                        Messages.format(
                                "ledger.development.stepOn",
                                step.number(),
                                Messages.format("ledger.development.step." + step.name()),
                                on.toString()));
            }
        }
        cells.add(String.join(Messages.format("ledger.development.stepSeparator"), days));
        cells.add(l.stage() == null ? "" : Messages.format(l.stage().key()));
        cells.add(DevelopmentService.next(l, printed));
        return cells;
    }
}
