package org.branchdesk.service.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.branchdesk.domain.care.FundSource;
import org.branchdesk.domain.care.Payment;
import org.branchdesk.domain.care.PaymentKind;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.domain.care.SupplyCategory;
import org.branchdesk.domain.care.SupplySource;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.duty.PersonKind;
import org.branchdesk.service.Services;
import org.branchdesk.service.documents.DocumentService;
import org.branchdesk.service.documents.LedgerKind;
import org.branchdesk.service.documents.Verification;
import org.branchdesk.service.duty.PeopleService;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The solicitude and supplies ledgers are printed, registered and verified: unchanged until a row
 * is added on the register, then verify names it.
 */
class CareLedgersTest {
    static final LocalDate FEB = LocalDate.of(2020, 2, 10);

    @TempDir Path dir;
    Services s;
    Person worker;

    @BeforeEach
    void open() {
        s = TestOffice.initialized(dir);
        worker =
                s.people()
                        .add(
                                new PeopleService.NewPerson(
                                        "廖涛红", null, null, PersonKind.COMMUNITY_WORKER, null));
    }

    @AfterEach
    void close() {
        s.close();
    }

    DocumentService.Printed print(LedgerKind kind, String file) {
        return s.documents()
                .printLedger(
                        new DocumentService.LedgerRequest(kind, null, null),
                        dir.resolve(file),
                        false);
    }

    String text(String file) throws Exception {
        try (PDDocument doc = Loader.loadPDF(dir.resolve(file).toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    void visit(UUID payment) {
        s.careCases()
                .visit(
                        new CareCaseService.NewVisit(
                                RecipientKind.PERSON,
                                worker.id(),
                                FEB,
                                "李明（街道党工委书记）",
                                null,
                                payment));
    }

    @Test
    void theSolicitudeLedgerListsVisitsWithTheirPaymentsAndVerifies() throws Exception {
        UUID fund = s.funds().add("党费专项", FundSource.SPECIAL_PARTY_FEES).id();
        s.funds().allocate(fund, Yuan.parse("5000"), FEB, "明组通〔2020〕3号");
        Payment p =
                s.payments()
                        .record(
                                new PaymentService.NewPayment(
                                        PaymentKind.SOLICITUDE,
                                        RecipientKind.PERSON,
                                        worker.id(),
                                        Yuan.parse("1409.5"),
                                        null,
                                        null,
                                        "慰问",
                                        fund));
        visit(p.id());
        DocumentService.Printed printed = print(LedgerKind.SOLICITUDE, "慰问.pdf");
        assertThat(printed.rows()).isEqualTo(1);
        assertThat(text("慰问.pdf"))
                .contains("慰问台账")
                .contains("廖涛红")
                .contains("李明（街道党工委书记）")
                .contains("1,409.50")
                .contains("合计 ¥1,409.50")
                .contains("经办");
        assertThat(s.documents().verify(printed.code()).status())
                .isEqualTo(Verification.Status.UNCHANGED);

        visit(null);
        Verification v = s.documents().verify(printed.code());
        assertThat(v.status()).isEqualTo(Verification.Status.CHANGED);
        assertThat(v.added()).hasSize(1);
    }

    @Test
    void theSuppliesLedgerShowsEachMovementWithTheRunningStockAndVerifies() throws Exception {
        UUID masks = s.supplies().addItem("医用外科口罩", SupplyCategory.MASKS, "只").id();
        s.supplies()
                .receive(
                        new SupplyService.NewReceipt(
                                masks,
                                new BigDecimal("1000"),
                                FEB,
                                SupplySource.ALLOCATED,
                                "明川区卫生健康委员会",
                                "明卫〔2020〕12号"));
        s.supplies()
                .issue(
                        new SupplyService.NewIssue(
                                masks,
                                new BigDecimal("300"),
                                FEB.plusDays(1),
                                RecipientKind.PERSON,
                                worker.id(),
                                "王芳",
                                "卡点值守"));
        DocumentService.Printed printed = print(LedgerKind.SUPPLIES, "物资.pdf");
        assertThat(printed.rows()).isEqualTo(2);
        assertThat(text("物资.pdf"))
                .contains("防疫物资收发台账")
                .contains("明川区卫生健康委员会")
                .contains("明卫〔2020〕12号")
                .contains("700");
        assertThat(s.documents().verify(printed.code()).status())
                .isEqualTo(Verification.Status.UNCHANGED);

        s.supplies()
                .receive(
                        new SupplyService.NewReceipt(
                                masks,
                                new BigDecimal("500"),
                                FEB.plusDays(2),
                                SupplySource.DONATED,
                                "青槐商会",
                                null));
        Verification v = s.documents().verify(printed.code());
        assertThat(v.status()).isEqualTo(Verification.Status.CHANGED);
        assertThat(v.added()).hasSize(1);
    }
}
