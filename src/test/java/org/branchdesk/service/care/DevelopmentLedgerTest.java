package org.branchdesk.service.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.branchdesk.domain.care.DevelopmentStep;
import org.branchdesk.domain.common.Masking;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.service.Services;
import org.branchdesk.service.documents.DocumentService;
import org.branchdesk.service.documents.LedgerKind;
import org.branchdesk.service.documents.Verification;
import org.branchdesk.service.office.PrivacyService;
import org.branchdesk.service.paper.LedgerSource;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 发展党员工作台账 on the demo street: every case with its steps' days, stage and what is due next, ID
 * numbers masked; registered when printed and checked by verify.
 */
class DevelopmentLedgerTest {
    @TempDir Path dir;
    Services s;

    @BeforeEach
    void open() {
        s = TestOffice.open(dir);
        s.demo().load(0, false);
    }

    @AfterEach
    void close() {
        s.close();
    }

    DocumentService.Printed print(String community, Path pdf) {
        return s.documents()
                .printLedger(
                        new DocumentService.LedgerRequest(
                                LedgerKind.DEVELOPMENT,
                                LedgerSource.Filter.community(community),
                                null,
                                false),
                        pdf,
                        false);
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    @Test
    void theLedgerListsEveryCaseMaskedWithItsStepsAndVerifiesUntilAStepIsRecorded()
            throws Exception {
        Path pdf = dir.resolve("发展.pdf");
        DocumentService.Printed p = print(null, pdf);
        assertThat(p.rows()).isEqualTo(13);
        DevelopmentService.Line talk =
                s.development().lines().stream()
                        .filter(l -> l.applicant().equals("朱晓彤"))
                        .findFirst()
                        .orElseThrow();
        String text = text(pdf);
        assertThat(text)
                .contains("发展党员工作台账")
                .contains("朱晓彤")
                .contains("卓文静")
                .contains("松柏小区党支部")
                .contains(talk.stageOn().toString())
                .contains("已转为正式党员")
                .contains("下一步：党组织派人谈话")
                .doesNotContain("990799199904121009");
        assertThat(s.documents().verify(p.code()).status())
                .isEqualTo(Verification.Status.UNCHANGED);

        // a stricter masking prints ID numbers differently, and is no change of the data
        s.privacy().changeSettings(new PrivacyService.Settings(Masking.STRICT, 24));
        assertThat(s.documents().verify(p.code()).status())
                .isEqualTo(Verification.Status.UNCHANGED);

        s.development()
                .step(
                        talk.id(),
                        DevelopmentStep.APPLICATION_TALK,
                        s.development().today(),
                        null,
                        DevelopmentService.Details.none());
        Verification v = s.documents().verify(p.code());
        assertThat(v.status()).isEqualTo(Verification.Status.CHANGED);
        assertThat(v.altered()).singleElement().asString().contains("朱晓彤");
    }

    @Test
    void oneCommunitysCasesAndAnUnknownCommunityIsRefused() throws Exception {
        // 槐北新村党支部 is 青槐社区's: its three cases
        DocumentService.Printed p = print("青槐社区", dir.resolve("社区.pdf"));
        assertThat(p.rows()).isEqualTo(3);
        assertThat(text(dir.resolve("社区.pdf"))).contains("侯兰珍").doesNotContain("卓文静");
        assertThatThrownBy(() -> print("无此社区", dir.resolve("x.pdf")))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("无此社区");
    }
}
