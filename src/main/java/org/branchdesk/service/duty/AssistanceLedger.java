package org.branchdesk.service.duty;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.branchdesk.domain.common.Masking;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.duty.ServiceKind;
import org.branchdesk.print.Ledger;
import org.branchdesk.service.duty.AssistanceService.PairingLine;
import org.branchdesk.service.duty.AssistanceService.Resident;
import org.branchdesk.service.paper.LedgerSource;
import org.branchdesk.service.paper.LedgerTable;
import org.branchdesk.store.StoreSession;

/**
 * 一对一帮扶台账 ({@code ledger assistance}): every pairing, ended ones too, with its member, the resident
 * under assistance (head of household, place, phone masked as households are), category, period,
 * services by kind and the last service. What residents need and the health details of the service
 * logs are never printed, nor hashed.
 */
public final class AssistanceLedger implements LedgerSource {
    private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);

    @Override
    public LedgerTable table(StoreSession s, Filter filter, Scope scope) {
        String community = filter.community();
        String compound = filter.compound();
        if (community != null
                && s.communities().list().stream().noneMatch(c -> c.name().equals(community))) {
            throw new UserError("error.ledger.noSuchCommunity", community);
        }
        if (compound != null
                && s.compounds().list().stream().noneMatch(c -> c.name().equals(compound))) {
            throw new UserError("error.pairing.ledgerNoCompound", compound);
        }
        Masking masking = s.office().masking();
        List<PairingLine> printed = kept(AssistanceService.pairings(s, true, masking), filter);
        // phones are hashed masked the standard way: a later masking setting is no change of data
        List<PairingLine> hashed =
                masking == Masking.STANDARD
                        ? printed
                        : kept(AssistanceService.pairings(s, true, Masking.STANDARD), filter);
        List<LedgerTable.Row> rows = new ArrayList<>(printed.size());
        for (int i = 0; i < printed.size(); i++) {
            PairingLine l = printed.get(i);
            Resident r = l.household();
            rows.add(
                    new LedgerTable.Row(
                            l.id().toString(),
                            Messages.format(
                                    "ledger.assistance.row",
                                    l.member(),
                                    r == null ? Messages.format("cli.pairing.gone") : r.head()),
                            cells(l),
                            cells(hashed.get(i))));
        }
        List<String> h = List.of(Messages.format("ledger.cols.ASSISTANCE").split(","));
        float[] weights = {
            1f, 1f, 1.1f, 1.1f, 1.4f, 1.1f, 1f, 1f, 1f, 0.55f, 0.55f, 0.7f, 0.55f, 1f
        };
        List<Ledger.Column> columns = new ArrayList<>();
        for (int i = 0; i < h.size(); i++) {
            columns.add(
                    i >= 9 && i <= 12
                            ? Ledger.Column.number(h.get(i), weights[i])
                            : Ledger.Column.text(h.get(i), weights[i]));
        }
        String title =
                Messages.format(
                        "ledger.title.ASSISTANCE",
                        compound != null
                                ? compound
                                : community != null ? community : scope.officeName());
        return LedgerTable.of(title, scope.unit(), columns, rows, true);
    }

    /** The pairings of the community and compound asked for, by place, head and start. */
    private static List<PairingLine> kept(List<PairingLine> all, Filter filter) {
        return all.stream()
                .filter(
                        l ->
                                filter.community() == null
                                        || l.household() != null
                                                && l.household()
                                                        .community()
                                                        .equals(filter.community()))
                .filter(
                        l ->
                                filter.compound() == null
                                        || l.household() != null
                                                && l.household()
                                                        .compound()
                                                        .equals(filter.compound()))
                .sorted(
                        Comparator.comparing((PairingLine l) -> place(l), CHINESE)
                                .thenComparing(PairingLine::startedOn)
                                .thenComparing(l -> l.id().toString()))
                .toList();
    }

    private static String place(PairingLine l) {
        Resident r = l.household();
        return r == null
                ? "\uFFFF"
                : String.join("\t", r.community(), r.compound(), r.address(), r.head());
    }

    /** One pairing's cells: never what the resident needs, never a health detail. */
    private static List<String> cells(PairingLine l) {
        Resident r = l.household();
        List<String> cells = new ArrayList<>();
        cells.add(l.member() == null ? "" : l.member());
        cells.add(r == null ? Messages.format("cli.pairing.gone") : r.head());
        cells.add(r == null ? "" : r.community());
        cells.add(r == null ? "" : r.compound());
        cells.add(r == null ? "" : r.address());
        cells.add(r == null || r.maskedPhone() == null ? "" : r.maskedPhone());
        cells.add(Messages.format("assistanceCategory." + l.category().name()));
        cells.add(l.startedOn().toString());
        cells.add(l.endedOn() == null ? "" : l.endedOn().toString());
        for (ServiceKind k : ServiceKind.values()) {
            cells.add(Integer.toString(l.services().get(k)));
        }
        cells.add(l.lastService() == null ? "" : l.lastService().toString());
        return cells;
    }
}
