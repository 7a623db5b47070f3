package org.branchdesk.service.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.branchdesk.domain.care.Fund;
import org.branchdesk.domain.care.FundSource;
import org.branchdesk.domain.care.Payment;
import org.branchdesk.domain.care.PaymentBatch;
import org.branchdesk.domain.care.PaymentKind;
import org.branchdesk.domain.care.PaymentMethod;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.care.FundService;
import org.branchdesk.service.care.PaymentBatches;
import org.branchdesk.service.care.PaymentService;
import org.branchdesk.service.sheets.CsvFile;
import org.branchdesk.service.sheets.SheetRow;
import org.branchdesk.store.StoreSession;

/**
 * Loads care's funds and payments of the demo street ({@code seeds/demo/care-*.csv}) inside the
 * demo's transaction, through the rules a clerk's entries pass: funds of every source and their
 * allocations; solicitude payments from party fees, a commendation reward, a performance reward and
 * others, entered one by one; February 2020's work allowances from the roster's attendance and
 * March 2020's living subsidies as real batches. Approved by a person named with their post, paid
 * with a method, one collected by someone else (代领), one reversed, a few left to approve.
 *
 * <p>Four eyes: the seeds' entries are recorded under the demo's own name, {@value #CLERK} (an
 * account id no one signs in with), and approved, paid and reversed by the account that loads the
 * demo, so that account may also approve the payments left waiting. Whatever is already there is
 * left as it is, so loading the demo again changes nothing.
 */
final class CarePaymentsDemo {
    /** The name the demo's payments are recorded under. */
    static final String CLERK = "演示数据";

    private final Actor actor;

    CarePaymentsDemo(Actor actor) {
        this.actor = actor;
    }

    /** The rows added: funds, allocations, batches and payments (each entry, not each step). */
    int load(StoreSession s) {
        return funds(s) + batches(s) + payments(s);
    }

    private UUID recorder() {
        return PaymentService.accountId(CLERK);
    }

    private UUID approver() {
        return PaymentService.accountId(actor.name());
    }

    // ------------------------------------------------------------------ funds

    private int funds(StoreSession s) {
        int added = 0;
        for (SheetRow r : rows("care-funds.csv")) {
            String name = r.cell(0);
            Fund fund =
                    s.funds().list().stream()
                            .filter(f -> f.name().equals(name))
                            .findFirst()
                            .orElse(null);
            if (fund == null) {
                fund =
                        FundService.addInside(
                                s,
                                actor.name(),
                                name,
                                word(FundSource.class, "fundSource.", r.cell(1)));
                added++;
            }
            UUID fundId = fund.id();
            String doc = r.cell(4);
            if (s.funds().allocations(fundId).stream()
                    .noneMatch(a -> a.documentNumber().equals(doc))) {
                FundService.allocateInside(
                        s,
                        actor.name(),
                        fundId,
                        Yuan.parse(r.cell(2)),
                        LocalDate.parse(r.cell(3)),
                        doc);
                added++;
            }
        }
        return added;
    }

    // ---------------------------------------------------------------- batches

    private int batches(StoreSession s) {
        int added = 0;
        List<PaymentBatch> existing = s.paymentBatches().list();
        for (SheetRow r : rows("care-batches.csv")) {
            PaymentKind kind = word(PaymentKind.class, "paymentKind.", r.cell(0));
            LocalDate from = LocalDate.parse(r.cell(1));
            LocalDate to = LocalDate.parse(r.cell(2));
            UUID fund = fund(s, r.cell(3));
            if (existing.stream()
                    .anyMatch(
                            b ->
                                    b.kind() == kind
                                            && b.periodFrom().equals(from)
                                            && b.periodTo().equals(to)
                                            && b.fundId().equals(fund))) {
                continue;
            }
            PaymentBatches.Preview p =
                    PaymentBatches.preview(s, kind, from, to, fund, Yuan.parse(r.cell(4)));
            PaymentBatch b =
                    PaymentBatches.save(
                            s, p, actor.name(), recorder(), CLERK, LocalDate.parse(r.cell(5)));
            for (Payment one : s.payments().inBatch(b.id())) {
                approveAndPay(s, one, r.cells().subList(6, r.cells().size()), null);
            }
            added += 1 + p.rows().size();
        }
        return added;
    }

    // --------------------------------------------------------------- payments

    private int payments(StoreSession s) {
        int added = 0;
        for (SheetRow r : rows("care-payments.csv")) {
            PaymentKind kind = word(PaymentKind.class, "paymentKind.", r.cell(0));
            Payment.Recipient to = recipient(s, r.cell(1), blank(r.cell(2)));
            Yuan amount = Yuan.parse(r.cell(3));
            UUID fund = fund(s, r.cell(4));
            String reason = r.cell(5);
            LocalDate from = date(r.cell(6));
            if (s.payments().list(fund).stream()
                    .anyMatch(
                            p ->
                                    p.kind() == kind
                                            && to.id().equals(p.recipient().id())
                                            && p.reason().equals(reason)
                                            && p.amount().equals(amount))) {
                continue;
            }
            Payment p =
                    PaymentService.recordInside(
                            s,
                            actor.name(),
                            Payment.record(
                                    UUID.randomUUID(),
                                    kind,
                                    to,
                                    amount,
                                    from,
                                    date(r.cell(7)),
                                    reason,
                                    fund,
                                    recorder()),
                            LocalDate.parse(r.cell(8)),
                            CLERK);
            List<String> rest = r.cells().subList(9, r.cells().size());
            approveAndPay(s, p, rest, rest);
            added++;
        }
        return added;
    }

    /**
     * Approves (approver, post, day), pays (day, method, 代领) and reverses (day, reason) as far as
     * the cells go; a blank approver leaves the payment waiting.
     *
     * @param reversal the same cells when they may hold a reversal, else {@code null}
     */
    private void approveAndPay(StoreSession s, Payment p, List<String> c, List<String> reversal) {
        if (blank(cell(c, 0)) == null) {
            return;
        }
        Payment approved =
                PaymentService.changeInside(
                        s,
                        actor.name(),
                        p,
                        p.approved(
                                cell(c, 0), cell(c, 1), LocalDate.parse(cell(c, 2)), approver()));
        if (blank(cell(c, 3)) == null) {
            return;
        }
        Payment paid =
                PaymentService.changeInside(
                        s,
                        actor.name(),
                        approved,
                        approved.paid(
                                LocalDate.parse(cell(c, 3)),
                                word(PaymentMethod.class, "paymentMethod.", cell(c, 4)),
                                blank(cell(c, 5))));
        if (reversal != null && blank(cell(c, 6)) != null) {
            PaymentService.reverseInside(
                    s, actor.name(), paid, LocalDate.parse(cell(c, 6)), cell(c, 7), approver());
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A member or person by ID number, else a party organization by name. */
    private static Payment.Recipient recipient(StoreSession s, String name, String idNumber) {
        if (idNumber != null) {
            Optional<Member> m = s.members().findByIdNumber(idNumber);
            if (m.isPresent()) {
                return new Payment.Recipient(RecipientKind.MEMBER, m.get().id(), m.get().name());
            }
            Optional<Person> p =
                    s.people().list().stream()
                            .filter(
                                    x ->
                                            x.citizenId() != null
                                                    && x.citizenId().value().equals(idNumber))
                            .findFirst();
            if (p.isPresent()) {
                return new Payment.Recipient(RecipientKind.PERSON, p.get().id(), p.get().name());
            }
            throw new UserError("error.demo.invalidSeeds", "care-payments.csv: " + name);
        }
        PartyOrg o =
                s.orgs().findByName(name).stream()
                        .filter(PartyOrg::isActive)
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new UserError(
                                                "error.demo.invalidSeeds",
                                                "care-payments.csv: " + name));
        return new Payment.Recipient(RecipientKind.ORGANIZATION, o.id(), o.name());
    }

    private static UUID fund(StoreSession s, String name) {
        return s.funds().list().stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new UserError("error.demo.invalidSeeds", name))
                .id();
    }

    /** The constant whose name in the bundle ({@code prefix + NAME}) is the cell. */
    private static <E extends Enum<E>> E word(Class<E> type, String prefix, String cell) {
        for (E e : type.getEnumConstants()) {
            if (Messages.format(prefix + e.name()).equals(cell)) {
                return e;
            }
        }
        throw new UserError("error.demo.invalidSeeds", cell);
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() ? cells.get(i) : "";
    }

    private static String blank(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static LocalDate date(String v) {
        return blank(v) == null ? null : LocalDate.parse(v.trim());
    }

    private static List<SheetRow> rows(String file) {
        List<SheetRow> all =
                CsvFile.parse(new String(DemoService.resource(file), StandardCharsets.UTF_8));
        return all.subList(Math.min(1, all.size()), all.size()).stream()
                .filter(r -> !r.isBlank())
                .toList();
    }
}
