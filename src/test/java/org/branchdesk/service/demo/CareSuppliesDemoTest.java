package org.branchdesk.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.branchdesk.domain.care.InjuryStatus;
import org.branchdesk.service.Services;
import org.branchdesk.service.care.SupplyService;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo street's supplies and care cases: loaded once, a second load changes nothing, a dry run
 * leaves nothing behind.
 */
class CareSuppliesDemoTest {
    @TempDir Path dir;

    @Test
    void theDemoStreetHasSuppliesVisitsAndTwoInjuryCasesAndASecondLoadChangesNothing() {
        try (Services s = TestOffice.open(dir)) {
            s.demo().load(0, false);
            Map<String, Integer> counts = s.stats().counts();
            assertThat(counts)
                    .containsEntry("supply_items", 3)
                    .containsEntry("supply_receipts", 5)
                    .containsEntry("supply_issues", 8)
                    .containsEntry("solicitude_visits", 5)
                    .containsEntry("injury_cases", 2);
            assertThat(s.supplies().stock())
                    .filteredOn(x -> x.item().name().equals("医用外科口罩"))
                    .singleElement()
                    .satisfies(x -> assertThat(x.stock()).isEqualByComparingTo("1900"));
            assertThat(s.supplies().movements())
                    .extracting(SupplyService.Movement::stock)
                    .allSatisfy(q -> assertThat(q.signum()).isNotNegative());
            assertThat(s.careCases().injuries())
                    .extracting(l -> l.shown().status())
                    .containsExactly(InjuryStatus.RECOGNISED, InjuryStatus.APPLIED);
            // three visits hand over the demo's solicitude payments, 500 yuan each
            assertThat(s.careCases().visits())
                    .filteredOn(l -> l.paymentCode() != null)
                    .extracting(l -> l.visit().visited().name() + " " + l.amount().toPlainString())
                    .containsExactlyInAnyOrder("贾荣娟 500.00", "廖峰文 500.00", "廖涛红 500.00");
            // no diagnosis is past the retention: the demo's cases are still open
            assertThat(s.privacy().purgeable().injuryCases()).isZero();

            assertThat(s.demo().load(0, false).changedAnything()).isFalse();
            assertThat(s.stats().counts()).isEqualTo(counts);
        }
    }

    @Test
    void aDryRunLeavesNoSuppliesOrCases() {
        try (Services s = TestOffice.open(dir)) {
            assertThat(s.demo().load(0, true).changedAnything()).isTrue();
            assertThat(s.stats().counts())
                    .containsEntry("supply_items", 0)
                    .containsEntry("supply_issues", 0)
                    .containsEntry("injury_cases", 0);
        }
    }
}
