package org.branchdesk.service.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.members.Presence;
import org.branchdesk.domain.members.Registration;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.service.Services;
import org.branchdesk.service.documents.DocumentService;
import org.branchdesk.service.documents.LedgerKind;
import org.branchdesk.service.members.MemberService;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same scenario on PCs set to other zones: a member recorded at 00:30 Beijing time on 1 March
 * joined "today", and a ledger printed then is dated 1 March.
 */
class OfficeClockTest {
    static final Instant HALF_PAST_MIDNIGHT_IN_BEIJING =
            ZonedDateTime.of(2026, 3, 1, 0, 30, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant();
    static final LocalDate FIRST_OF_MARCH = LocalDate.of(2026, 3, 1);

    @TempDir Path dir;
    TimeZone machine;

    @BeforeEach
    void remember() {
        machine = TimeZone.getDefault();
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(machine);
    }

    @ParameterizedTest(name = "the PC set to {0}")
    @ValueSource(strings = {"UTC", "America/Los_Angeles", "Asia/Shanghai"})
    void aChangeAtHalfPastMidnightBeijingTimeIsDatedThatDay(String pcZone) throws Exception {
        TimeZone.setDefault(TimeZone.getTimeZone(pcZone));
        Clock pc = Clock.fixed(HALF_PAST_MIDNIGHT_IN_BEIJING, ZoneId.systemDefault());
        try (Services s = TestOffice.open(dir, Role.ADMIN, pc)) {
            s.office().initialize("青槐街道", "明川区", "青槐街党工");
            assertThat(s.office().timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
            assertThat(s.office().today()).isEqualTo(FIRST_OF_MARCH);

            // joined "today": on a PC that reads its own zone this would be a date in the future
            Member m =
                    s.members()
                            .add(
                                    new MemberService.NewMember(
                                            "王建国",
                                            "11010519491231002X",
                                            null,
                                            FIRST_OF_MARCH,
                                            null,
                                            Standing.PROBATIONARY,
                                            Registration.COMMUNITY,
                                            Presence.RESIDENT,
                                            null,
                                            null,
                                            null,
                                            null,
                                            null,
                                            null));
            assertThat(m.joinedOn()).isEqualTo(FIRST_OF_MARCH);

            Path pdf = dir.resolve("花名册.pdf");
            s.documents()
                    .printLedger(
                            new DocumentService.LedgerRequest(LedgerKind.MEMBERS, null, null),
                            pdf,
                            false);
            assertThat(text(pdf)).contains("统计截至：2026年3月1日").doesNotContain("2026年2月28日");
        }
    }

    static String text(Path pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @ParameterizedTest(name = "the PC set to {0}")
    @ValueSource(strings = {"UTC", "America/Los_Angeles"})
    void anOfficeInAnotherZoneReadsItsOwnDate(String pcZone) {
        TimeZone.setDefault(TimeZone.getTimeZone(pcZone));
        Clock pc = Clock.fixed(HALF_PAST_MIDNIGHT_IN_BEIJING, ZoneId.systemDefault());
        try (Services s = TestOffice.open(dir, Role.ADMIN, pc)) {
            s.office().initialize("青槐街道", "明川区", "青槐街党工");
            s.office().setTimeZone("Asia/Kathmandu"); // UTC+5:45: still 28 February there
        }
        try (Services s = TestOffice.open(dir, Role.ADMIN, pc)) {
            assertThat(s.office().today()).isEqualTo(LocalDate.of(2026, 2, 28));
        }
    }
}
