package org.branchdesk.service.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.duty.Attendance;
import org.branchdesk.domain.duty.Post;
import org.branchdesk.service.documents.DocumentService;
import org.branchdesk.service.documents.LedgerKind;
import org.branchdesk.service.documents.NoticeKind;
import org.branchdesk.service.documents.Verification;
import org.branchdesk.service.paper.LedgerSource;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The roster's papers: the week's roster (a landscape grid, future weeks too), the attendance and
 * hours ledger, and the roster notice of a published week; each registered when printed and checked
 * by {@code verify}.
 */
class RosterDocumentsTest {
    static final LocalDate MONDAY = RosterFixture.MONDAY; // this week: today is its Wednesday
    static final LocalDate NEXT = MONDAY.plusDays(7);

    @TempDir Path dir;
    RosterFixture f;
    RosterService roster;
    Post gate;

    @BeforeEach
    void open() {
        f = new RosterFixture(dir);
        roster = f.s.roster();
        gate = f.post("东门卡点", f.east, 2, true, null);
        f.post("巡逻", null, 1, false, null);
        roster.generate(f.community, null, null, MONDAY, NEXT.plusDays(6), null);
        roster.assign(f.shift(gate, MONDAY, "07:00"), f.zhang, null);
        roster.assign(f.shift(gate, MONDAY, "07:00"), f.liu, null);
        roster.assign(f.shift(gate, MONDAY.plusDays(1), "12:00"), f.li, null);
        roster.assign(f.shift(gate, NEXT.plusDays(2), "22:00"), f.li, null);
        roster.attend(f.shift(gate, MONDAY, "07:00"), f.zhang, Attendance.PRESENT, null);
        roster.attend(f.shift(gate, MONDAY, "07:00"), f.liu, Attendance.ABSENT, null);
        roster.attend(
                f.shift(gate, MONDAY.plusDays(1), "12:00"), f.li, Attendance.SUBSTITUTED, f.wangA);
    }

    @AfterEach
    void close() {
        f.close();
    }

    DocumentService.Printed ledger(LedgerKind kind, LedgerSource.Filter filter, Path pdf) {
        return f.s.documents()
                .printLedger(
                        new DocumentService.LedgerRequest(kind, filter, null, false), pdf, false);
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    static boolean landscape(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            return box.getWidth() > box.getHeight();
        }
    }

    @Test
    void aCompoundsWeekIsALandscapeGridOfPostsAndDaysForAnyDayOfAnyWeek() throws Exception {
        Path pdf = dir.resolve("值班表.pdf");
        // next week, named by its Thursday: a future week prints too
        DocumentService.Printed p =
                ledger(
                        LedgerKind.ROSTER,
                        new LedgerSource.Filter("试点社区", "东苑", NEXT.plusDays(3), null, null),
                        pdf);
        assertThat(p.rows()).isEqualTo(4); // the gate's four shifts; the patrol is the community's
        assertThat(landscape(pdf)).isTrue();
        assertThat(text(pdf))
                .contains("试点社区东苑值班表（2026年3月23日至2026年3月29日）")
                .contains("周三3月25日")
                .contains("22:00-07:00")
                .contains("李强、空缺1")
                .contains("空缺2");
        assertThat(f.s.documents().verify(p.code()).status())
                .isEqualTo(Verification.Status.UNCHANGED);
        roster.assign(f.shift(gate, NEXT, "07:00"), f.zhang, null);
        Verification v = f.s.documents().verify(p.code());
        assertThat(v.status()).isEqualTo(Verification.Status.CHANGED);
        assertThat(v.altered()).singleElement().asString().contains("东门卡点 07:00-12:00");

        // this week, of the whole community: who attended how, the community's own patrol too
        Path all = dir.resolve("社区.pdf");
        DocumentService.Printed c =
                ledger(
                        LedgerKind.ROSTER,
                        new LedgerSource.Filter("试点社区", null, MONDAY, null, null),
                        all);
        assertThat(c.rows()).isEqualTo(8);
        assertThat(text(all))
                .contains("试点社区值班表")
                .containsAnyOf("张伟、柳青（缺勤）", "柳青（缺勤）、张伟")
                .contains("李强（王芳替班）、空缺1")
                .contains("巡逻");
        assertThatThrownBy(
                        () ->
                                ledger(
                                        LedgerKind.ROSTER,
                                        new LedgerSource.Filter("试点社区", null, null, null, null),
                                        dir.resolve("x.pdf")))
                .hasMessageContaining("哪一周");
        assertThatThrownBy(
                        () ->
                                ledger(
                                        LedgerKind.ROSTER,
                                        new LedgerSource.Filter("试点社区", "北苑", MONDAY, null, null),
                                        dir.resolve("x.pdf")))
                .hasMessageContaining("没有名为“北苑”的小区");
    }

    @Test
    void theHoursLedgerCountsShiftsHoursAndAttendancePerPersonAndVerifies() throws Exception {
        Path pdf = dir.resolve("时数.pdf");
        DocumentService.Printed p =
                ledger(
                        LedgerKind.HOURS,
                        new LedgerSource.Filter(null, null, null, MONDAY, MONDAY.plusDays(6)),
                        pdf);
        assertThat(p.rows()).isEqualTo(4); // 张伟, 李强, 柳青, and 王芳 who stood in
        String text = text(pdf);
        assertThat(text)
                .contains("青槐街道值班出勤和时数台账（2026年3月16日至2026年3月22日）")
                .contains("张伟党员1510005")
                .contains("李强党员1600100")
                .contains("柳青人员1501000")
                .contains("王芳党员0000016");
        assertThat(f.s.documents().verify(p.code()).status())
                .isEqualTo(Verification.Status.UNCHANGED);
        roster.attend(f.shift(gate, MONDAY, "07:00"), f.liu, Attendance.PRESENT, null);
        assertThat(f.s.documents().verify(p.code()).altered())
                .singleElement()
                .asString()
                .contains("柳青");
        // the whole roster when no period is given
        assertThat(
                        ledger(LedgerKind.HOURS, LedgerSource.Filter.NONE, dir.resolve("all.pdf"))
                                .rows())
                .isEqualTo(4);
    }

    @Test
    void aPublishedWeeksNoticeIsDraftedIssuedOnceAndVerified() throws Exception {
        assertThatThrownBy(() -> roster.publishedWeek(f.community, f.east, MONDAY))
                .hasMessageContaining("尚未发布");
        roster.publish(f.community, f.east, MONDAY.plusDays(4));
        UUID week = roster.publishedWeek(f.community, f.east, MONDAY);
        Path draft = dir.resolve("草稿.pdf");
        DocumentService.Printed d =
                f.s.documents().notice(NoticeKind.ROSTER_WEEK, week, null, false, draft);
        assertThat(d.draft()).isTrue();
        String text = text(draft);
        assertThat(text)
                .contains("关于试点社区东苑3月16日至3月22日值班安排的通知")
                .contains("试点社区东苑各值班人员")
                .contains("一、3月16日（周一）")
                // (the two were put there at the same instant of the fixed clock: in either order)
                .containsAnyOf("东苑东门卡点07:00-12:00：张伟、柳青（缺勤）", "东苑东门卡点07:00-12:00：柳青（缺勤）、张伟")
                .contains("七、3月22日（周日）")
                .contains("待安排")
                .doesNotContain("巡逻"); // the community's own post is not the compound's

        Path issued = dir.resolve("通知.pdf");
        DocumentService.Printed n =
                f.s.documents().notice(NoticeKind.ROSTER_WEEK, week, null, true, issued);
        assertThat(n.number()).isNotBlank();
        // signed on the day it was published, on the office's clock
        assertThat(text(issued)).contains("2026年3月18日");
        assertThat(
                        f.s.documents()
                                .notice(NoticeKind.ROSTER_WEEK, week, null, true, issued)
                                .number())
                .isEqualTo(n.number());
        assertThat(f.s.documents().verify(n.code()).status())
                .isEqualTo(Verification.Status.UNCHANGED);
        roster.swap(f.shift(gate, MONDAY.plusDays(3), "07:00"), null, f.wangB, "补足人手", null);
        assertThat(f.s.documents().verify(n.code()).status())
                .isEqualTo(Verification.Status.CHANGED);
    }

    @Test
    void aSupervisorPrintsTheRosterButMayNotPublishIt() throws Exception {
        f.close(); // the office is opened again as a supervisor's
        try (var supervisor = TestOffice.open(dir, Role.SUPERVISOR)) {
            DocumentService.Printed p =
                    supervisor
                            .documents()
                            .printLedger(
                                    new DocumentService.LedgerRequest(
                                            LedgerKind.ROSTER,
                                            new LedgerSource.Filter(
                                                    "试点社区", "东苑", MONDAY, null, null),
                                            null,
                                            false),
                                    dir.resolve("s.pdf"),
                                    false);
            assertThat(p.rows()).isEqualTo(4);
            assertThatThrownBy(
                            () ->
                                    supervisor
                                            .roster()
                                            .publish(
                                                    supervisor.roster().communityNamed("试点社区"),
                                                    null,
                                                    MONDAY))
                    .hasMessageContaining("无权");
        }
    }
}
