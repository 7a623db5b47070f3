package org.branchdesk.service.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.branchdesk.domain.leadership.Chosen;
import org.branchdesk.domain.leadership.EndReason;
import org.branchdesk.domain.leadership.Holding;
import org.branchdesk.domain.leadership.Position;
import org.branchdesk.domain.leadership.Source;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.service.Services;
import org.branchdesk.service.documents.DocumentService;
import org.branchdesk.service.documents.LedgerKind;
import org.branchdesk.service.documents.NoticeKind;
import org.branchdesk.service.documents.Verification;
import org.branchdesk.service.members.MemberService;
import org.branchdesk.service.registers.MemberFilter;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadershipDocumentsTest {
    static final float MM = 72f / 25.4f;

    @TempDir Path dir;
    Services s;
    PartyOrg temporary;
    List<MemberService.Row> seasoned;

    @BeforeEach
    void open() {
        s = TestOffice.open(dir);
        s.demo().load(0, false);
        temporary =
                s.orgs().list().stream()
                        .filter(o -> o.type() == OrgType.TEMPORARY_BRANCH && o.isActive())
                        .findFirst()
                        .orElseThrow();
        // full members of long standing, from anywhere in the street: a temporary branch's
        // leaders are appointed from wherever they serve
        seasoned =
                s
                        .members()
                        .search(
                                new MemberFilter(null, null, null, null, null, null, null, false),
                                50)
                        .rows()
                        .stream()
                        .filter(m -> m.standing() == Standing.FULL)
                        .filter(
                                m -> {
                                    LocalDate full = s.members().get(m.id()).fullOn();
                                    return full != null && full.isBefore(LocalDate.of(2015, 1, 1));
                                })
                        .toList();
    }

    @AfterEach
    void close() {
        s.close();
    }

    Holding appoint(MemberService.Row m, Position p) {
        return s.leadership()
                .take(
                        new LeadershipService.NewHolding(
                                temporary.id(),
                                m.id(),
                                p,
                                null,
                                Chosen.APPOINTED,
                                Source.COMMUNITY_COMMITTEE,
                                LocalDate.of(2026, 11, 2),
                                null,
                                null,
                                null));
    }

    @Test
    void twoAppointmentsInOneOrganizationGetTwoNumbersAndAReprintKeepsItsOwn() {
        Holding first = appoint(seasoned.get(0), Position.SECRETARY);
        Holding second = appoint(seasoned.get(1), Position.DEPUTY_SECRETARY);
        DocumentService.Printed a =
                s.documents()
                        .notice(
                                NoticeKind.APPOINTMENT,
                                first.id(),
                                null,
                                true,
                                dir.resolve("a.pdf"));
        DocumentService.Printed b =
                s.documents()
                        .notice(
                                NoticeKind.APPOINTMENT,
                                second.id(),
                                null,
                                true,
                                dir.resolve("b.pdf"));
        assertThat(a.number()).isNotEqualTo(b.number());
        DocumentService.Printed again =
                s.documents()
                        .notice(
                                NoticeKind.APPOINTMENT,
                                first.id(),
                                null,
                                true,
                                dir.resolve("c.pdf"));
        assertThat(again.number()).isEqualTo(a.number());
        assertThat(s.documents().verify(a.number()).status())
                .isEqualTo(Verification.Status.UNCHANGED);
    }

    @Test
    void theAppointmentNoticeKeepsTheGbT9704Geometry() throws Exception {
        Holding h = appoint(seasoned.get(0), Position.SECRETARY);
        Path pdf = dir.resolve("任职通知.pdf");
        s.documents().notice(NoticeKind.APPOINTMENT, h.id(), null, true, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDRectangle page = doc.getPage(0).getMediaBox();
            assertThat(page.getWidth() / MM)
                    .isCloseTo(210f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(page.getHeight() / MM)
                    .isCloseTo(297f, org.assertj.core.data.Offset.offset(0.5f));
            List<float[]> glyphs = new ArrayList<>();
            java.util.Map<String, Float> sizeOf = new java.util.HashMap<>();
            java.util.Map<String, Float> topOf = new java.util.HashMap<>();
            StringBuilder text = new StringBuilder();
            PDFTextStripper stripper =
                    new PDFTextStripper() {
                        @Override
                        protected void writeString(String str, List<TextPosition> positions)
                                throws IOException {
                            for (TextPosition p : positions) {
                                if (!p.getUnicode().isBlank()) {
                                    sizeOf.putIfAbsent(str, p.getFontSizeInPt());
                                    topOf.putIfAbsent(str, p.getYDirAdj() / MM);
                                    glyphs.add(
                                            new float[] {
                                                p.getXDirAdj() / MM,
                                                (p.getXDirAdj() + p.getWidthDirAdj()) / MM
                                            });
                                }
                            }
                            text.append(str).append('\n');
                        }
                    };
            stripper.getText(doc);
            // the type area: 156 mm wide from a 28 mm binding margin
            assertThat(glyphs).allSatisfy(g -> assertThat(g[0]).isGreaterThanOrEqualTo(27.5f));
            assertThat(glyphs).allSatisfy(g -> assertThat(g[1]).isLessThanOrEqualTo(184.5f));
            String name = s.members().get(h.memberId()).name();
            String title = "关于" + name + "同志任职的通知";
            // the title in 2号 (22 pt), the body in 3号 (16 pt), on the 28.2 mm line pitch
            assertThat(sizeOf.get(title)).isCloseTo(22f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(sizeOf.get("经研究，决定："))
                    .isCloseTo(16f, org.assertj.core.data.Offset.offset(0.5f));
            String line = name + "同志任" + temporary.fullName() + "书记。";
            float pitch = 225f / 22;
            float step = topOf.get(line) - topOf.get("经研究，决定：");
            assertThat(step / pitch - Math.round(step / pitch))
                    .as("the body lines sit on the 22-line grid")
                    .isCloseTo(0f, org.assertj.core.data.Offset.offset(0.1f));
            // the type area starts 37 mm from the top: nothing prints above it
            assertThat(topOf.values()).allSatisfy(y -> assertThat(y).isGreaterThan(30f));
            assertThat(text.toString())
                    .contains("关于" + name + "同志任职的通知")
                    .contains(temporary.fullName())
                    .contains("书记")
                    .contains("至该临时党支部撤销之日");
        }
    }

    @Test
    void theSecretariesLedgerHasOneRowPerServingSecretary() throws Exception {
        long serving =
                s.leadership().serving().stream()
                        .filter(h -> h.position() == Position.SECRETARY)
                        .count();
        assertThat(serving).isGreaterThan(10);
        DocumentService.Printed p =
                s.documents()
                        .printLedger(
                                new DocumentService.LedgerRequest(
                                        LedgerKind.SECRETARIES, null, null),
                                dir.resolve("书记.pdf"),
                                false);
        assertThat(p.rows()).isEqualTo((int) serving);
        String text;
        try (PDDocument doc = Loader.loadPDF(dir.resolve("书记.pdf").toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("党组织书记台账").contains("该同志任楼栋长多年");
        assertThat(text).doesNotContainPattern("1[3-9]\\d{9}");
        assertThat(s.documents().verify(p.code()).status())
                .isEqualTo(Verification.Status.UNCHANGED);

        // a new secretary: the paper no longer matches, and verify says which row was added
        appoint(seasoned.get(0), Position.SECRETARY);
        Verification v = s.documents().verify(p.code());
        assertThat(v.status()).isEqualTo(Verification.Status.CHANGED);
        assertThat(v.added()).hasSize(1);
    }

    @Test
    void aRemovalNoticeNeedsAnEndedPositionAndTheAppointmentsLedgerKeepsHistory() {
        Holding h = appoint(seasoned.get(0), Position.SECRETARY);
        assertThatThrownBy(
                        () ->
                                s.documents()
                                        .notice(
                                                NoticeKind.REMOVAL,
                                                h.id(),
                                                null,
                                                false,
                                                dir.resolve("r.pdf")))
                .hasMessageContaining("仍在任");
        s.leadership().end(h.id(), LocalDate.of(2026, 11, 30), EndReason.REMOVED);
        DocumentService.Printed r =
                s.documents().notice(NoticeKind.REMOVAL, h.id(), null, true, dir.resolve("r.pdf"));
        assertThat(r.number()).isNotNull();
        DocumentService.Printed ledger =
                s.documents()
                        .printLedger(
                                new DocumentService.LedgerRequest(
                                        LedgerKind.APPOINTMENTS, null, null),
                                dir.resolve("任免.pdf"),
                                false);
        assertThat(ledger.rows()).isEqualTo(s.stats().counts().get("positions") + ended());
    }

    private int ended() {
        return (int)
                s.orgs().list().stream()
                        .flatMap(o -> s.leadership().ofOrg(o.id()).stream())
                        .filter(x -> !x.isServing())
                        .count();
    }

    @Test
    void anAppointmentOutsideATemporaryBranchNamesNoEndAndADesignationSaysWhoDesignated()
            throws Exception {
        PartyOrg branch =
                s.orgs().list().stream()
                        .filter(
                                o ->
                                        o.type() == OrgType.COMPOUND_BRANCH
                                                && o.isActive()
                                                && s.leadership().ofOrg(o.id()).isEmpty())
                        .findFirst()
                        .orElseThrow();
        String text = "";
        for (Chosen chosen : List.of(Chosen.DESIGNATED, Chosen.APPOINTED)) {
            Holding h =
                    s.leadership()
                            .take(
                                    new LeadershipService.NewHolding(
                                            branch.id(),
                                            seasoned.get(chosen.ordinal()).id(),
                                            chosen == Chosen.DESIGNATED
                                                    ? Position.SECRETARY
                                                    : Position.ORGANIZATION,
                                            null,
                                            chosen,
                                            Source.STREET,
                                            LocalDate.of(2026, 11, 2),
                                            null,
                                            null,
                                            null));
            Path pdf = dir.resolve(chosen + ".pdf");
            s.documents().notice(NoticeKind.APPOINTMENT, h.id(), null, false, pdf);
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                text += new PDFTextStripper().getText(doc);
            }
        }
        assertThat(text).contains("以上职务由上级党组织指定").contains("任职时间自").doesNotContain("撤销");
    }
}
