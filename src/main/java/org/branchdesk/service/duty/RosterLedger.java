package org.branchdesk.service.duty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.duty.Shift;
import org.branchdesk.domain.places.Community;
import org.branchdesk.domain.places.Compound;
import org.branchdesk.print.Ledger;
import org.branchdesk.service.paper.LedgerSource;
import org.branchdesk.service.paper.LedgerTable;
import org.branchdesk.store.StoreSession;

/**
 * 值班表 ({@code ledger roster --week DATE}): a week of a compound's posts (or a community's, or the
 * whole office's), any day of it naming it, future weeks too. Landscape: a row per post and hours,
 * a column per day, who serves in each cell with how they attended and the places still open.
 */
public final class RosterLedger implements LedgerSource {
    @Override
    public LedgerTable table(StoreSession s, Filter filter, Scope scope) {
        if (filter.week() == null) {
            throw new UserError("error.roster.ledgerNeedsWeek");
        }
        Place place = Place.of(s, filter);
        LocalDate monday = Shift.mondayOf(filter.week());
        RosterData d = RosterService.around(s, monday, List.of());
        List<LedgerTable.Row> rows = new ArrayList<>();
        for (UUID community : place.communities(s)) {
            RosterWeek week =
                    RosterWeeks.of(d, community, place.compoundId(), monday, scope.today());
            for (RosterWeek.Row r : week.rows()) {
                if (r.hours() == null) {
                    continue; // a post without shifts that week
                }
                List<String> cells = new ArrayList<>();
                cells.add(r.place());
                cells.add(r.post().name());
                cells.add(r.hours().toString());
                r.cells().forEach(c -> cells.add(c.label()));
                rows.add(
                        new LedgerTable.Row(
                                r.post().id() + "/" + r.hours().start(),
                                String.join(" ", r.place(), r.post().name(), r.hours().toString()),
                                cells));
            }
        }
        List<Ledger.Column> columns = new ArrayList<>();
        List<String> h = List.of(Messages.format("ledger.cols.ROSTER").split(","));
        columns.add(Ledger.Column.text(h.get(0), 1.1f));
        columns.add(Ledger.Column.text(h.get(1), 1.2f));
        columns.add(Ledger.Column.text(h.get(2), 1.1f));
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            columns.add(
                    Ledger.Column.text(
                            Messages.format(
                                    "ledger.roster.day",
                                    RosterData.weekday(day),
                                    day.getMonthValue(),
                                    day.getDayOfMonth()),
                            1.6f));
        }
        String title =
                Messages.format(
                        "ledger.title.ROSTER",
                        place.name(scope),
                        RosterData.date(monday),
                        RosterData.date(monday.plusDays(6)));
        return LedgerTable.of(title, scope.unit(), columns, rows, false);
    }

    /** The community and compound a duty ledger is printed for, as its filter names them. */
    record Place(Community community, Compound compound) {
        static Place of(StoreSession s, Filter filter) {
            Community c = null;
            if (filter.community() != null) {
                c =
                        s.communities()
                                .findByName(filter.community())
                                .orElseThrow(
                                        () ->
                                                new UserError(
                                                        "error.ledger.noSuchCommunity",
                                                        filter.community()));
            }
            Compound cp = null;
            if (filter.compound() != null) {
                if (c == null) {
                    throw new UserError("cli.roster.compoundNeedsCommunity");
                }
                UUID community = c.id();
                cp =
                        s.compounds()
                                .findByName(community, filter.compound())
                                .orElseThrow(
                                        () ->
                                                new UserError(
                                                        "error.roster.noSuchCompound",
                                                        filter.compound()));
            }
            return new Place(c, cp);
        }

        UUID communityId() {
            return community == null ? null : community.id();
        }

        UUID compoundId() {
            return compound == null ? null : compound.id();
        }

        /** The communities printed: the one named, or every one in the office's order. */
        List<UUID> communities(StoreSession s) {
            return community != null
                    ? List.of(community.id())
                    : s.communities().list().stream().map(Community::id).toList();
        }

        /** The title's place: the compound with its community, the community, or the office. */
        String name(Scope scope) {
            if (compound != null) {
                return Messages.format("roster.scope", community.name(), compound.name());
            }
            return community != null ? community.name() : scope.officeName();
        }
    }
}
