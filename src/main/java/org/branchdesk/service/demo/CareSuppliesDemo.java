package org.branchdesk.service.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.branchdesk.domain.care.InjuryCase;
import org.branchdesk.domain.care.InjuryStatus;
import org.branchdesk.domain.care.Payment;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.domain.care.SolicitudeVisit;
import org.branchdesk.domain.care.SupplyCategory;
import org.branchdesk.domain.care.SupplyIssue;
import org.branchdesk.domain.care.SupplyItem;
import org.branchdesk.domain.care.SupplyReceipt;
import org.branchdesk.domain.care.SupplySource;
import org.branchdesk.domain.care.VisitRules;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.care.SupplyService;
import org.branchdesk.service.sheets.SheetRow;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.StoreSession;

/**
 * Loads care's supplies and care cases of the demo street ({@code seeds/demo/care/}) inside the
 * demo's transaction, through the domain's own checks: masks, disinfectant and food that came in
 * from the district and from a donation and went out to community workers and a community; the
 * solicitude visits of February and March 2020, three of them handing over the demo's solicitude
 * payments (so it loads after care's payments); and two work-injury cases at different steps of the
 * fast track. What is already there is left as it is, so loading the demo again changes nothing.
 */
final class CareSuppliesDemo {
    static final String DIR = "care/";

    private final Actor actor;

    CareSuppliesDemo(Actor actor) {
        this.actor = actor;
    }

    /** Loads the files; returns how many rows were added. */
    int load(StoreSession s) {
        DutyDemo.Names names = new DutyDemo.Names(s);
        LocalDate today = s.now().atZoneSameInstant(s.office().timeZone()).toLocalDate();
        int added = items(s);
        added += receipts(s, today);
        added += issues(s, names, today);
        added += visits(s, names, today);
        added += injuries(s, names, today);
        return added;
    }

    private int items(StoreSession s) {
        int added = 0;
        for (SheetRow r : rows("supply-items.csv")) {
            if (s.supplies().itemNamed(r.cell(0)).isPresent()) {
                continue;
            }
            SupplyItem i =
                    SupplyItem.of(
                            UUID.randomUUID(),
                            r.cell(0),
                            DutyDemo.label(SupplyCategory.values(), "supplyCategory.", r.cell(1)),
                            r.cell(2));
            s.supplies().insert(i);
            s.audit().record(actor.name(), "supply_item", i.id(), Action.CREATE, null, i);
            added++;
        }
        return added;
    }

    private static UUID item(StoreSession s, String name) {
        return s.supplies()
                .itemNamed(name)
                .map(SupplyItem::id)
                .orElseThrow(() -> new UserError("error.demo.invalidSeeds", name));
    }

    private int receipts(StoreSession s, LocalDate today) {
        int added = 0;
        List<SupplyReceipt> there = s.supplies().receipts(null);
        for (SheetRow r : rows("supply-in.csv")) {
            SupplyReceipt x =
                    SupplyReceipt.of(
                            UUID.randomUUID(),
                            item(s, r.cell(0)),
                            new BigDecimal(r.cell(1)),
                            LocalDate.parse(r.cell(2)),
                            DutyDemo.label(SupplySource.values(), "supplySource.", r.cell(3)),
                            r.cell(4),
                            DutyDemo.blank(r.cell(5)),
                            today);
            if (there.stream()
                    .anyMatch(
                            o ->
                                    o.itemId().equals(x.itemId())
                                            && o.on().equals(x.on())
                                            && o.fromWhom().equals(x.fromWhom())
                                            && o.quantity().compareTo(x.quantity()) == 0)) {
                continue;
            }
            s.supplies().insert(x);
            s.audit().record(actor.name(), "supply_receipt", x.id(), Action.CREATE, null, x);
            added++;
        }
        return added;
    }

    private int issues(StoreSession s, DutyDemo.Names names, LocalDate today) {
        int added = 0;
        List<SupplyIssue> there = s.supplies().issues(null);
        for (SheetRow r : rows("supply-out.csv")) {
            SupplyIssue x =
                    SupplyIssue.of(
                            UUID.randomUUID(),
                            item(s, r.cell(0)),
                            new BigDecimal(r.cell(1)),
                            LocalDate.parse(r.cell(2)),
                            recipient(s, names, r.cell(3), DutyDemo.blank(r.cell(4))),
                            r.cell(6),
                            DutyDemo.blank(r.cell(5)),
                            today);
            if (there.stream()
                    .anyMatch(
                            o ->
                                    o.itemId().equals(x.itemId())
                                            && o.on().equals(x.on())
                                            && o.to().id().equals(x.to().id())
                                            && o.quantity().compareTo(x.quantity()) == 0)) {
                continue;
            }
            SupplyService.checkStock(s, x);
            s.supplies().insert(x);
            s.audit().record(actor.name(), "supply_issue", x.id(), Action.CREATE, null, x);
            added++;
        }
        return added;
    }

    /** A member or person by ID number, else an organization by name. */
    private static Payment.Recipient recipient(
            StoreSession s, DutyDemo.Names names, String name, String idNumber) {
        if (idNumber == null) {
            PartyOrg o =
                    s.orgs().findByName(name).stream()
                            .filter(PartyOrg::isActive)
                            .findFirst()
                            .orElseThrow(() -> new UserError("error.demo.invalidSeeds", name));
            return new Payment.Recipient(RecipientKind.ORGANIZATION, o.id(), o.name());
        }
        return someone(s, names, name, idNumber);
    }

    private static Payment.Recipient someone(
            StoreSession s, DutyDemo.Names names, String name, String idNumber) {
        Team.Someone who = names.someone(name, idNumber);
        return who.isMember()
                ? new Payment.Recipient(
                        RecipientKind.MEMBER,
                        who.memberId(),
                        s.members().find(who.memberId()).map(Member::name).orElse(name))
                : new Payment.Recipient(
                        RecipientKind.PERSON,
                        who.personId(),
                        s.people().find(who.personId()).map(Person::name).orElse(name));
    }

    private int visits(StoreSession s, DutyDemo.Names names, LocalDate today) {
        int added = 0;
        List<SolicitudeVisit> there = s.careCases().visits();
        for (SheetRow r : rows("visits.csv")) {
            Payment.Recipient visited = someone(s, names, r.cell(0), r.cell(1));
            Payment paid =
                    "是".equals(r.cell(5))
                            ? s.payments().list(null).stream()
                                    .filter(VisitRules::isSolicitude)
                                    .filter(p -> VisitRules.sameRecipient(p, visited))
                                    .filter(VisitRules::stands)
                                    .findFirst()
                                    .orElseThrow(
                                            () ->
                                                    new UserError(
                                                            "error.demo.invalidSeeds", r.cell(0)))
                            : null;
            SolicitudeVisit v =
                    SolicitudeVisit.of(
                            UUID.randomUUID(),
                            visited,
                            LocalDate.parse(r.cell(2)),
                            r.cell(3),
                            DutyDemo.blank(r.cell(4)),
                            paid == null ? null : paid.id(),
                            today);
            if (paid != null) {
                VisitRules.checkPayment(paid, visited);
            }
            if (there.stream()
                    .anyMatch(
                            o ->
                                    o.visited().id().equals(v.visited().id())
                                            && o.on().equals(v.on()))) {
                continue;
            }
            s.careCases().insert(v);
            s.audit().record(actor.name(), "solicitude_visit", v.id(), Action.CREATE, null, v);
            added++;
        }
        return added;
    }

    /** The cases, each moved along the fast track as far as its row says. */
    private int injuries(StoreSession s, DutyDemo.Names names, LocalDate today) {
        int added = 0;
        List<InjuryCase> there = s.careCases().injuries();
        for (SheetRow r : rows("injuries.csv")) {
            Payment.Recipient who = someone(s, names, r.cell(0), r.cell(1));
            LocalDate infected = LocalDate.parse(r.cell(2));
            if (there.stream()
                    .anyMatch(
                            o ->
                                    o.person().id().equals(who.id())
                                            && o.infectedOn().equals(infected))) {
                continue;
            }
            InjuryCase c =
                    InjuryCase.of(
                            UUID.randomUUID(),
                            who,
                            infected,
                            LocalDate.parse(r.cell(3)),
                            DutyDemo.blank(r.cell(7)),
                            DutyDemo.blank(r.cell(8)),
                            today);
            String applied = DutyDemo.blank(r.cell(4));
            if (applied != null) {
                c = c.movedTo(InjuryStatus.APPLIED, LocalDate.parse(applied), today);
            }
            String decided = DutyDemo.blank(r.cell(5));
            if (decided != null) {
                InjuryStatus outcome =
                        DutyDemo.label(InjuryStatus.values(), "injuryStatus.", r.cell(6));
                c = c.movedTo(Objects.requireNonNull(outcome), LocalDate.parse(decided), today);
            }
            s.careCases().insert(c);
            // the audit's JSON leaves the diagnosis out: InjuryCase marks it
            s.audit().record(actor.name(), "injury_case", c.id(), Action.CREATE, null, c);
            added++;
        }
        return added;
    }

    private static List<SheetRow> rows(String file) {
        return DutyDemo.rows(DIR, file);
    }
}
