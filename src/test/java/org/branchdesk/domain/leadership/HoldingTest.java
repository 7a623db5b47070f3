package org.branchdesk.domain.leadership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HoldingTest {
    static Holding holding(Chosen chosen, String also) {
        return Holding.of(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                Position.ORGANIZATION,
                also,
                chosen,
                Source.RESIDENT,
                LocalDate.of(2023, 3, 1),
                null,
                null,
                null);
    }

    @ParameterizedTest(name = "{0}: appointment notice {1}")
    @CsvSource({"ELECTED,false", "DESIGNATED,true", "APPOINTED,true"})
    void designatedAndAppointedPositionsGetAnAppointmentNoticeElectedOnesTheReply(
            Chosen chosen, boolean notice) {
        assertThat(holding(chosen, null).getsAppointmentNotice()).isEqualTo(notice);
    }

    @ParameterizedTest(name = "ended for {0}: removal notice {1}")
    @CsvSource({
        "REMOVED,true",
        "TRANSFERRED,true",
        "RESIGNED,true",
        "RENEWAL,false",
        "DECEASED,false",
        "DISSOLVED,false"
    })
    void onlyARemovalTransferOrResignationCallsForARemovalNotice(EndReason reason, boolean notice) {
        Holding h = holding(Chosen.DESIGNATED, null);
        assertThat(h.getsRemovalNotice()).isFalse(); // still serving
        assertThat(h.ended(LocalDate.of(2025, 1, 1), reason).getsRemovalNotice()).isEqualTo(notice);
    }

    @ParameterizedTest(name = "兼 {0}: {1}")
    @CsvSource({"'',组织委员", "纪检委员,组织委员兼纪检委员"})
    void aSeatIsWrittenWithItsConcurrentDuty(String also, String title) {
        assertThat(holding(Chosen.ELECTED, also.isEmpty() ? null : also).title()).isEqualTo(title);
    }
}
