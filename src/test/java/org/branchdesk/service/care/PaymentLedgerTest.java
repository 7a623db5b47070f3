package org.branchdesk.service.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.care.CapitalAmount;
import org.branchdesk.domain.care.FundSource;
import org.branchdesk.domain.care.Payment;
import org.branchdesk.domain.care.PaymentKind;
import org.branchdesk.domain.care.PaymentMethod;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.service.Services;
import org.branchdesk.service.access.Actor;
import org.branchdesk.service.documents.DocumentService;
import org.branchdesk.service.documents.LedgerKind;
import org.branchdesk.service.documents.Verification;
import org.branchdesk.service.duty.PeopleService;
import org.branchdesk.service.paper.LedgerSource;
import org.branchdesk.store.FxThreadGuard;
import org.branchdesk.store.Store;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The payment ledger printed from a real office and read back from the PDF: every page's subtotal
 * and running total, the 合计 in figures and capitals, reversals negative, signatures on every page;
 * then verified, and changed.
 */
class PaymentLedgerTest {
    static final LocalDate JAN = LocalDate.of(2026, 1, 5);
    static final Pattern AMOUNT = Pattern.compile("-?\\d{1,3}(,\\d{3})*\\.\\d{2}");

    @TempDir Path dir;
    Services s;
    UUID fees;
    UUID operating;
    Person worker;

    @BeforeEach
    void open() {
        s = TestOffice.initialized(dir);
        fees = s.funds().add("上级下拨党费专项", FundSource.SPECIAL_PARTY_FEES).id();
        operating = s.funds().add("社区工作经费", FundSource.COMMUNITY_OPERATING).id();
        s.funds().allocate(fees, Yuan.parse("500000"), JAN, "明组通〔2026〕1号");
        s.funds().allocate(operating, Yuan.parse("3000"), JAN, "青槐街〔2026〕2号");
        worker =
                s.people()
                        .add(
                                new PeopleService.NewPerson(
                                        "柳青", null, null, PersonKind.COMMUNITY_WORKER, null));
    }

    @AfterEach
    void close() {
        s.close();
    }

    Services as(String name, Role role) {
        s.close();
        s =
                Services.of(
                        Store.open(
                                dir, Clock.systemUTC(), FxThreadGuard.NONE, TestOffice.keyOf(dir)),
                        new Actor(name, role));
        return s;
    }

    Payment record(String amount, UUID fund) {
        return s.payments()
                .record(
                        new PaymentService.NewPayment(
                                PaymentKind.SOLICITUDE,
                                RecipientKind.PERSON,
                                worker.id(),
                                Yuan.parse(amount),
                                null,
                                null,
                                "疫情防控一线慰问",
                                fund));
    }

    /** Row {@code i}'s amount: some in thousands, with 角 and 分. */
    static BigDecimal amount(int i) {
        return new BigDecimal(i * 173 % 3000 + 50).add(new BigDecimal(i % 10 * 7).movePointLeft(2));
    }

    DocumentService.Printed print(String fund) {
        Path pdf = dir.resolve("发放台账.pdf");
        return s.documents()
                .printLedger(
                        new DocumentService.LedgerRequest(
                                LedgerKind.PAYMENTS,
                                new LedgerSource.Filter(null, null, null, null, null, fund),
                                null,
                                false),
                        pdf,
                        false);
    }

    static List<String> pages(Path pdf) throws Exception {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper t = new PDFTextStripper();
            t.setSortByPosition(true);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                t.setStartPage(p);
                t.setEndPage(p);
                pages.add(t.getText(doc));
            }
        }
        return pages;
    }

    static BigDecimal number(String figures) {
        return new BigDecimal(figures.replace(",", ""));
    }

    @Test
    void everyPageSubtotalsAndRunsOnAndTheTotalIsInFiguresAndCapitalsThenVerifySeesAReversal()
            throws Exception {
        as("王芳", Role.CLERK);
        List<Payment> recorded = new ArrayList<>();
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 1; i <= 48; i++) {
            recorded.add(record(amount(i).toPlainString(), fees));
            expected = expected.add(amount(i));
        }
        Payment otherFund = record("100", operating);
        Payment unapproved = record("999", fees);
        as("李主任", Role.ADMIN);
        for (Payment p : recorded) {
            s.payments().approve(p.id(), "李明", "街道党工委书记", JAN);
            s.payments().pay(p.id(), JAN, PaymentMethod.CASH, p == recorded.get(3) ? "柳青之母" : null);
        }
        s.payments().approve(otherFund.id(), "李明", "街道党工委书记", JAN);
        s.payments().reverse(recorded.get(5).id(), JAN.plusDays(1), "重复发放");
        expected = expected.subtract(amount(6));

        DocumentService.Printed printed = print("上级下拨党费专项");
        List<String> pages = pages(printed.file());
        Files.createDirectories(Path.of("target/print-samples"));
        Files.copy(
                printed.file(),
                Path.of("target/print-samples/payments-ledger.pdf"),
                StandardCopyOption.REPLACE_EXISTING);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
        BigDecimal soFar = BigDecimal.ZERO;
        int rows = 0;
        for (int p = 0; p < pages.size(); p++) {
            BigDecimal onPage = BigDecimal.ZERO;
            String subtotal = null;
            String running = null;
            for (String raw : pages.get(p).split("\\R")) {
                String line = raw.replace(" ", "");
                Matcher m = AMOUNT.matcher(line);
                if (line.startsWith("本页小计") && m.find()) {
                    subtotal = m.group();
                } else if (line.startsWith("累计") && m.find()) {
                    running = m.group();
                } else if (line.startsWith("合计")) {
                    assertThat(p).isEqualTo(pages.size() - 1);
                    assertThat(line)
                            .isEqualTo(
                                    "合计"
                                            + Yuan.withSign(expected)
                                            + CapitalAmount.onBill(expected));
                } else if (line.matches("\\d+柳青.*") && m.find()) {
                    onPage = onPage.add(number(m.group()));
                    rows++;
                }
            }
            soFar = soFar.add(onPage);
            assertThat(subtotal).as("本页小计, page %d", p + 1).isEqualTo(Yuan.figures(onPage));
            assertThat(running).as("累计, page %d", p + 1).isEqualTo(Yuan.figures(soFar));
            assertThat(pages.get(p).replace(" ", "")).contains("经办：", "审核：", "审批：", "出纳：");
        }
        assertThat(rows).as("48 payments and one reversal").isEqualTo(49);
        assertThat(soFar).isEqualByComparingTo(expected);
        String all = String.join("", pages).replace(" ", "");
        assertThat(all)
                .contains("关怀资金发放台账（上级下拨党费专项）")
                .contains("-" + Yuan.figures(amount(6)))
                .contains("柳青之母代领")
                .doesNotContain("社区工作经费")
                .doesNotContain("999.00");

        assertThat(s.documents().verify(printed.code()).status())
                .isEqualTo(Verification.Status.UNCHANGED);
        s.payments().reverse(recorded.get(7).id(), JAN.plusDays(2), "发放对象有误");
        Verification v = s.documents().verify(printed.code());
        assertThat(v.status()).isEqualTo(Verification.Status.CHANGED);
        assertThat(v.added()).hasSize(1);
    }

    @Test
    void anUnknownFundIsRefusedByName() {
        assertThatThrownBy(() -> print("没有的资金"))
                .isInstanceOfSatisfying(
                        UserError.class, e -> assertThat(e.getMessage()).contains("没有的资金"));
    }
}
