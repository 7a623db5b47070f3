package org.branchdesk.service.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.common.Masking;
import org.branchdesk.domain.duty.AssistanceCategory;
import org.branchdesk.domain.duty.Pairing;
import org.branchdesk.domain.duty.ServiceKind;
import org.branchdesk.service.Services;
import org.branchdesk.service.documents.DocumentService;
import org.branchdesk.service.documents.LedgerKind;
import org.branchdesk.service.documents.Verification;
import org.branchdesk.service.office.PrivacyService;
import org.branchdesk.service.paper.LedgerSource;
import org.branchdesk.service.registers.MemberFilter;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 一对一帮扶台账: printed, registered and verified, never with a health detail or a need. */
class AssistanceLedgerTest {
    static final String HEALTH = "体温38.6℃，咳嗽两天";

    @TempDir Path dir;
    Services s;
    Pairing open;
    Pairing ended;

    /** The demo's own pairings, ended ones too, before the test adds its two. */
    List<AssistanceService.PairingLine> demo;

    @BeforeEach
    void open() {
        s = TestOffice.open(dir);
        s.demo().load(0, false);
        demo = s.assistance().pairings(true);
        List<java.util.UUID> members =
                s.members().search(MemberFilter.text(""), 2).rows().stream()
                        .map(r -> r.id())
                        .toList();
        List<AssistanceService.Resident> residents = s.assistance().unpaired();
        open = pair(members.get(0), residents.get(0), "2020-02-03");
        ended = pair(members.get(1), residents.get(1), "2020-02-03");
        log(open, "2020-02-05", ServiceKind.TEMPERATURE, HEALTH);
        log(open, "2020-02-06", ServiceKind.SHOPPING, null);
        log(ended, "2020-02-07", ServiceKind.VISIT, HEALTH);
        s.assistance().end(ended.id(), LocalDate.parse("2020-04-30"));
    }

    @AfterEach
    void close() {
        s.close();
    }

    Pairing pair(java.util.UUID member, AssistanceService.Resident r, String from) {
        return s.assistance()
                .pair(
                        new AssistanceService.NewPairing(
                                member,
                                r.householdId(),
                                AssistanceCategory.HOME_OBSERVATION,
                                LocalDate.parse(from)));
    }

    void log(Pairing p, String day, ServiceKind kind, String health) {
        s.assistance()
                .log(
                        new AssistanceService.NewService(
                                p.id(), LocalDate.parse(day), kind, health, null));
    }

    DocumentService.Printed print(Services as, String community, Path pdf) {
        return as.documents()
                .printLedger(
                        new DocumentService.LedgerRequest(
                                LedgerKind.ASSISTANCE,
                                LedgerSource.Filter.community(community),
                                null,
                                false),
                        pdf,
                        false);
    }

    /** The test's open pairing as the list shows it. */
    AssistanceService.PairingLine openLine() {
        return s.assistance().pairings(false).stream()
                .filter(l -> l.id().equals(open.id()))
                .findFirst()
                .orElseThrow();
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    @Test
    void theLedgerListsEveryPairingWithItsServicesAndNoHealthDetailsAndVerifies() throws Exception {
        Path pdf = dir.resolve("帮扶.pdf");
        DocumentService.Printed p = print(s, null, pdf);
        assertThat(p.rows())
                .as("the demo's pairings and the test's two")
                .isEqualTo(demo.size() + 2);
        String text = text(pdf);
        AssistanceService.PairingLine line = openLine();
        assertThat(text)
                .contains("一对一帮扶台账")
                .contains(line.member())
                .contains(line.household().head())
                .contains("居家观察")
                .contains("2020-04-30")
                .contains("2020-02-06")
                .doesNotContain("38.6")
                .doesNotContain("咳嗽")
                .doesNotContainPattern("1[3-9]\\d{9}");
        assertThat(s.documents().verify(p.code()).status())
                .isEqualTo(Verification.Status.UNCHANGED);

        // a stricter masking prints phones differently, and is no change of the data
        s.privacy().changeSettings(new PrivacyService.Settings(Masking.STRICT, 24));
        assertThat(s.documents().verify(p.code()).status())
                .isEqualTo(Verification.Status.UNCHANGED);

        // a new service: the paper no longer matches, and verify names the pairing
        log(open, "2020-02-08", ServiceKind.RUBBISH, null);
        Verification v = s.documents().verify(p.code());
        assertThat(v.status()).isEqualTo(Verification.Status.CHANGED);
        assertThat(v.altered()).singleElement().asString().contains(line.member());
    }

    @Test
    void aSupervisorPrintsItForOneCommunityAndAnUnknownOneIsRefused() throws Exception {
        String community = openLine().household().community();
        long ours =
                s.assistance().pairings(true).stream()
                        .filter(l -> l.id().equals(open.id()) || l.id().equals(ended.id()))
                        .filter(l -> community.equals(l.household().community()))
                        .count();
        long demoHere =
                demo.stream()
                        .filter(l -> l.household() != null)
                        .filter(l -> community.equals(l.household().community()))
                        .count();
        s.close();
        s = TestOffice.open(dir, Role.SUPERVISOR); // closed after the test
        DocumentService.Printed p = print(s, community, dir.resolve("c.pdf"));
        assertThat(ours).isBetween(1L, 2L);
        assertThat(p.rows())
                .as("the community's demo pairings and ours")
                .isEqualTo(demoHere + ours);
        assertThat(text(dir.resolve("c.pdf"))).contains(community + "一对一帮扶台账");
        assertThatThrownBy(() -> print(s, "没有社区", dir.resolve("x.pdf")))
                .hasMessageContaining("没有名为“没有社区”的社区");
    }
}
