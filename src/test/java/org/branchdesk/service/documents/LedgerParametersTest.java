package org.branchdesk.service.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.branchdesk.service.paper.LedgerSource;
import org.junit.jupiter.api.Test;

class LedgerParametersTest {

    @Test
    void aLedgerOfOneCommunityKeepsTheFormTheFirstLedgersWereRegisteredWith() {
        assertThat(LedgerParameters.format(LedgerSource.Filter.community("青槐社区")))
                .isEqualTo("community=青槐社区");
        assertThat(LedgerParameters.parse("community=青槐社区"))
                .isEqualTo(LedgerSource.Filter.community("青槐社区"));
    }

    @Test
    void aLedgerOfTheWholeOfficeHasNoParameters() {
        assertThat(LedgerParameters.format(LedgerSource.Filter.NONE)).isEmpty();
        assertThat(LedgerParameters.parse("")).isEqualTo(LedgerSource.Filter.NONE);
        assertThat(LedgerParameters.parse(null)).isEqualTo(LedgerSource.Filter.NONE);
    }

    @Test
    void everyFilterComesBackAsItWasPrinted() {
        LedgerSource.Filter f =
                new LedgerSource.Filter(
                        "青槐社区",
                        "槐荫里",
                        LocalDate.of(2020, 2, 3),
                        LocalDate.of(2020, 2, 1),
                        LocalDate.of(2020, 2, 29));
        String kept = LedgerParameters.format(f);

        assertThat(kept)
                .isEqualTo(
                        "community=青槐社区;compound=槐荫里;week=2020-02-03;from=2020-02-01;to=2020-02-29");
        assertThat(LedgerParameters.parse(kept)).isEqualTo(f);
    }
}
