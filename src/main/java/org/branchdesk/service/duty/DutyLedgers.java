package org.branchdesk.service.duty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchdesk.domain.common.Masking;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.print.Ledger;
import org.branchdesk.service.paper.LedgerSource;
import org.branchdesk.service.paper.LedgerTable;
import org.branchdesk.store.StoreSession;

/**
 * Duty's ledgers of reporting members (在职党员到社区报到台账) and of cadres' areas (干部包联台账), for the
 * documents service to print, number, register and verify: the whole office, one community, or one
 * compound within it. Phones are printed masked the office's way and hashed masked the standard
 * way.
 */
public final class DutyLedgers {
    private DutyLedgers() {}

    /** The reporting members' ledger: member, phone, where, unit, reported, posts, hours. */
    public static LedgerSource reporting() {
        return (s, filter, scope) -> {
            Where where = Where.of(s, filter);
            Masking masking = s.office().masking();
            List<ReportingService.Line> lines =
                    ReportingService.lines(s, scope.today(), true, false, null).stream()
                            .filter(l -> where.holds(l.communityId(), l.compoundId()))
                            .toList();
            Map<UUID, String> phones = new HashMap<>();
            if (!lines.isEmpty()) {
                s
                        .members()
                        .findAll(lines.stream().map(ReportingService.Line::memberId).toList())
                        .stream()
                        .filter(m -> m.phone() != null)
                        .forEach(m -> phones.put(m.id(), m.phone()));
            }
            List<LedgerTable.Row> rows = new ArrayList<>();
            for (ReportingService.Line l : lines) {
                String phone = phones.get(l.memberId());
                List<String> tail =
                        List.of(
                                place(l.community(), l.compound()),
                                l.unit(),
                                l.unitOrg() == null ? "" : l.unitOrg(),
                                l.reportedOn().toString(),
                                l.endedOn() == null ? "" : l.endedOn().toString(),
                                String.join(Messages.format("list.separator"), l.posts()),
                                l.hoursServed().toPlainString());
                rows.add(
                        new LedgerTable.Row(
                                l.id().toString(),
                                l.member(),
                                cells(l.member(), phone == null ? "" : masking.phone(phone), tail),
                                cells(
                                        l.member(),
                                        phone == null ? "" : Masking.STANDARD.phone(phone),
                                        tail)));
            }
            return LedgerTable.of(
                    Messages.format("ledger.title.REPORTING", where.title(scope)),
                    scope.unit(),
                    columns("ledger.cols.REPORTING", 1f, 1.1f, 1.6f, 1.6f, 1.8f, 1f, 1f, 1.8f),
                    rows,
                    true);
        };
    }

    /** The cadres' area ledger: cadre, area, period, how many contacts, the latest. */
    public static LedgerSource areas() {
        return (s, filter, scope) -> {
            Where where = Where.of(s, filter);
            List<LedgerTable.Row> rows = new ArrayList<>();
            for (AreaService.Line l : AreaService.lines(s, a -> true)) {
                if (!where.holds(l.communityId(), l.compoundId())) {
                    continue;
                }
                rows.add(
                        new LedgerTable.Row(
                                l.id().toString(),
                                l.name(),
                                List.of(
                                        l.name(),
                                        place(l.community(), l.compound()),
                                        l.to() == null
                                                ? Messages.format("duty.periodOpen", l.from())
                                                : Messages.format("duty.period", l.from(), l.to()),
                                        Integer.toString(l.contacts()),
                                        l.lastContact() == null
                                                ? Messages.format("cli.area.neverContacted")
                                                : l.lastContact().toString())));
            }
            List<Ledger.Column> columns = columns("ledger.cols.AREAS", 1f, 2f, 2f);
            List<String> h = Arrays.asList(Messages.format("ledger.cols.AREAS").split(","));
            columns.add(Ledger.Column.number(h.get(3), 0.8f));
            columns.add(Ledger.Column.text(h.get(4), 1.1f));
            return LedgerTable.of(
                    Messages.format("ledger.title.AREAS", where.title(scope)),
                    scope.unit(),
                    columns,
                    rows,
                    true);
        };
    }

    private static List<String> cells(String name, String phone, List<String> tail) {
        List<String> out = new ArrayList<>();
        out.add(name);
        out.add(phone);
        out.addAll(tail);
        return out;
    }

    /**
     * Text columns under a ledger's headers (a bundle key, comma-separated), with these widths; a
     * last header without a width is a summed number column.
     */
    private static List<Ledger.Column> columns(String key, float... weights) {
        String[] h = Messages.format(key).split(",");
        List<Ledger.Column> out = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            out.add(Ledger.Column.text(h[i], weights[i]));
        }
        if (h.length == weights.length + 1) {
            out.add(Ledger.Column.number(h[weights.length], 0.9f));
        }
        return out;
    }

    static String place(String community, String compound) {
        return compound.isEmpty() ? community : Messages.format("duty.place", community, compound);
    }

    /** What a ledger is printed for: the office, a community, or a compound within it. */
    private record Where(Community community, Compound compound) {
        static Where of(StoreSession s, LedgerSource.Filter f) {
            if (f.community() == null) {
                return new Where(null, null);
            }
            Community c =
                    s.communities()
                            .findByName(f.community())
                            .orElseThrow(
                                    () ->
                                            new UserError(
                                                    "error.ledger.noSuchCommunity", f.community()));
            Compound p =
                    f.compound() == null
                            ? null
                            : s.compounds()
                                    .findByName(c.id(), f.compound())
                                    .orElseThrow(
                                            () ->
                                                    new UserError(
                                                            "error.duty.noSuchCompound",
                                                            c.name(),
                                                            f.compound()));
            return new Where(c, p);
        }

        boolean holds(UUID communityId, UUID compoundId) {
            return (community == null || community.id().equals(communityId))
                    && (compound == null || compound.id().equals(compoundId));
        }

        String title(LedgerSource.Scope scope) {
            if (community == null) {
                return scope.officeName();
            }
            return compound == null
                    ? community.name()
                    : Messages.format("duty.place", community.name(), compound.name());
        }
    }
}
