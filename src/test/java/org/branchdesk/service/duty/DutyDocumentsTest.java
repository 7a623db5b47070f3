package org.branchdesk.service.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.branchdesk.domain.duty.CadreArea;
import org.branchdesk.domain.duty.ContactChannel;
import org.branchdesk.domain.duty.Reporting;
import org.branchdesk.domain.duty.Team;
import org.branchdesk.domain.members.Member;
import org.branchdesk.service.Services;
import org.branchdesk.service.documents.DocumentService;
import org.branchdesk.service.documents.LedgerKind;
import org.branchdesk.service.documents.NoticeKind;
import org.branchdesk.service.documents.Verification;
import org.branchdesk.testing.DemoMembers;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Duty's ledgers and the feedback sheet: printed, registered, and verified against the data. */
class DutyDocumentsTest {
    static final LocalDate FEB_3 = LocalDate.of(2020, 2, 3);

    @TempDir Path dir;
    Services s;
    List<Member> inService;

    @BeforeEach
    void open() {
        s = TestOffice.open(dir);
        s.demo().load(0, false);
        // the demo reports every in-service member it has: these are residents it leaves free
        inService = DemoMembers.freeToReport(s, 2, m -> m.phone() != null);
    }

    @AfterEach
    void close() {
        s.close();
    }

    Reporting report(Member m) {
        return s.reportings()
                .report(
                        new ReportingService.NewReporting(
                                m.id(),
                                m.communityId(),
                                m.compoundId(),
                                null,
                                "明川区税务局",
                                "明川区税务局机关党委",
                                FEB_3));
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    DocumentService.Printed ledger(LedgerKind kind, String community, String file) {
        return s.documents()
                .printLedger(
                        new DocumentService.LedgerRequest(kind, community, null),
                        dir.resolve(file),
                        false);
    }

    @Test
    void theReportingLedgerPrintsPhonesMaskedAndVerifySeesNewHours() throws Exception {
        Member a = inService.get(0);
        // the ledger lists every reporting, the demo's and ended ones too
        int demos = s.reportings().lines(true).size();
        Reporting r = report(a);
        report(inService.get(1));
        s.reportings().recordHours(r.id(), LocalDate.of(2020, 2, 9), new BigDecimal("2.5"), null);
        DocumentService.Printed p = ledger(LedgerKind.REPORTING, null, "报到台账.pdf");
        assertThat(p.rows()).isEqualTo(demos + 2);
        assertThat(p.number()).contains("报到");
        String text = text(dir.resolve("报到台账.pdf"));
        assertThat(text)
                .contains("在职党员到社区报到台账")
                .contains(a.name())
                .contains("明川区税务局机关党委")
                .contains("2.5")
                .doesNotContain(a.phone())
                .doesNotContain(a.citizenId().value());
        assertThat(s.documents().verify(p.code()).status())
                .isEqualTo(Verification.Status.UNCHANGED);

        s.reportings().recordHours(r.id(), LocalDate.of(2020, 2, 10), BigDecimal.ONE, null);
        Verification v = s.documents().verify(p.code());
        assertThat(v.status()).isEqualTo(Verification.Status.CHANGED);
        assertThat(v.altered()).hasSize(1);

        // one community's ledger holds its reportings only
        String community =
                s.places().communities().stream()
                        .filter(c -> c.id().equals(a.communityId()))
                        .findFirst()
                        .orElseThrow()
                        .name();
        DocumentService.Printed one = ledger(LedgerKind.REPORTING, community, "一个社区.pdf");
        assertThat(one.rows())
                .isEqualTo(
                        (int)
                                s.reportings().lines(true).stream()
                                        .filter(l -> l.communityId().equals(a.communityId()))
                                        .count())
                .isLessThan(p.rows());
        assertThat(s.documents().verify(one.code()).status())
                .isEqualTo(Verification.Status.UNCHANGED);
        assertThatThrownBy(() -> ledger(LedgerKind.REPORTING, "无此社区", "x.pdf"))
                .hasMessageContaining("无此社区");
    }

    @Test
    void theAreaLedgerCountsContactsAndVerifySeesANewOne() throws Exception {
        Team.Someone cadre = Team.Someone.member(inService.get(0).id());
        // the ledger lists every area, the demo's and ended ones too
        int demos = s.areas().lines(true).size();
        CadreArea area =
                s.areas()
                        .add(
                                new AreaService.NewArea(
                                        cadre,
                                        inService.get(0).communityId(),
                                        null,
                                        LocalDate.of(2020, 2, 1),
                                        null));
        s.areas().logContact(area.id(), LocalDate.of(2020, 2, 14), ContactChannel.VIDEO, null);
        DocumentService.Printed p = ledger(LedgerKind.AREAS, null, "包联台账.pdf");
        assertThat(p.rows()).isEqualTo(demos + 1);
        assertThat(text(dir.resolve("包联台账.pdf")))
                .contains("干部包联台账")
                .contains(inService.get(0).name())
                .contains("2020-02-14");
        assertThat(s.documents().verify(p.code()).status())
                .isEqualTo(Verification.Status.UNCHANGED);
        s.areas().logContact(area.id(), LocalDate.of(2020, 2, 18), ContactChannel.PHONE, null);
        assertThat(s.documents().verify(p.code()).altered()).hasSize(1);
    }

    @Test
    void theFeedbackSheetGoesToTheUnitsPartyOrganizationNumberedOnceAndVerified() throws Exception {
        Member a = inService.get(0);
        Reporting r = report(a);
        s.reportings().recordHours(r.id(), LocalDate.of(2020, 2, 9), new BigDecimal("3"), null);
        DocumentService.Printed draft =
                s.documents()
                        .notice(
                                NoticeKind.REPORTING_FEEDBACK,
                                r.id(),
                                LocalDate.of(2020, 2, 20),
                                false,
                                dir.resolve("草稿.pdf"));
        assertThat(draft.draft()).isTrue();
        assertThat(s.documents().register(null, 10)).isEmpty();

        LocalDate signed = LocalDate.of(2020, 2, 20);
        DocumentService.Printed issued =
                s.documents()
                        .notice(
                                NoticeKind.REPORTING_FEEDBACK,
                                r.id(),
                                signed,
                                true,
                                dir.resolve("反馈表.pdf"));
        assertThat(issued.number()).isNotBlank();
        String text = text(dir.resolve("反馈表.pdf"));
        assertThat(text)
                .contains("在职党员到社区报到服务情况反馈表")
                .contains("明川区税务局机关党委")
                .contains(a.name())
                .contains("累计服务3.0小时")
                .doesNotContain(a.phone());
        assertThat(s.documents().verify(issued.number()).status())
                .isEqualTo(Verification.Status.UNCHANGED);

        // hours served after the day it was signed do not change what it said
        s.reportings().recordHours(r.id(), LocalDate.of(2020, 2, 25), BigDecimal.ONE, null);
        assertThat(s.documents().verify(issued.number()).status())
                .isEqualTo(Verification.Status.UNCHANGED);
        // hours recorded late for a day before it do
        s.reportings().recordHours(r.id(), LocalDate.of(2020, 2, 19), BigDecimal.ONE, null);
        assertThat(s.documents().verify(issued.number()).status())
                .isEqualTo(Verification.Status.CHANGED);

        DocumentService.Printed again =
                s.documents()
                        .notice(
                                NoticeKind.REPORTING_FEEDBACK,
                                r.id(),
                                null,
                                true,
                                dir.resolve("重印.pdf"));
        assertThat(again.number()).isEqualTo(issued.number());
        assertThat(s.reportings().latestReportingOf(a.id())).isEqualTo(r.id());
        assertThatThrownBy(
                        () ->
                                s.documents()
                                        .notice(
                                                NoticeKind.REPORTING_FEEDBACK,
                                                r.id(),
                                                LocalDate.of(2020, 2, 1),
                                                false,
                                                dir.resolve("早.pdf")))
                .hasMessageContaining("不能早于报到日期 2020-02-03");
    }
}
