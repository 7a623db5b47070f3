package org.branchdesk.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.branchdesk.domain.care.CommendationLevel;
import org.branchdesk.service.Services;
import org.branchdesk.service.care.CommendationService;
import org.branchdesk.store.Store;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo street's 2020 commendations and assessments: loaded once, a second load adds nothing.
 */
class CareCommendationsDemoTest {
    @TempDir Path dir;

    @Test
    void theDemoHasCommendationsAtSeveralLevelsAndEveryCommunitysAssessmentOnce() {
        try (Services s = TestOffice.open(dir)) {
            s.demo().load(0, false);
            Map<String, Integer> counts = s.stats().counts();
            assertThat(counts)
                    .containsEntry("commendations", 4)
                    .containsEntry("commendation_honorees", 9)
                    .containsEntry("assessments", 8);
            assertThat(s.commendations().lines())
                    .extracting(l -> l.commendation().level())
                    .contains(
                            CommendationLevel.STREET,
                            CommendationLevel.DISTRICT,
                            CommendationLevel.CITY);
            assertThat(s.commendations().lines())
                    .filteredOn(l -> l.commendation().title().equals("优秀共产党员"))
                    .singleElement()
                    .satisfies(
                            l -> {
                                assertThat(l.number()).as("numbered when issued").isNull();
                                assertThat(l.honorees())
                                        .extracting(CommendationService.HonoreeLine::affiliation)
                                        .doesNotContain("");
                                assertThat(l.honorees())
                                        .filteredOn(h -> h.paymentCode() != null)
                                        .singleElement()
                                        .satisfies(
                                                h -> {
                                                    assertThat(h.honoree().who().name())
                                                            .isEqualTo("段静芳");
                                                    assertThat(h.amount()).isEqualTo("1000.00");
                                                });
                            });
            assertThat(s.assessments().lines())
                    .extracting(l -> l.assessment().year())
                    .containsOnly(2020);
            assertThat(s.assessments().lines())
                    .filteredOn(l -> l.paymentCode() != null)
                    .singleElement()
                    .satisfies(l -> assertThat(l.community()).isEqualTo("青槐社区"));

            Store store = (Store) s.closer();
            int audited = store.read(x -> x.audit().count());
            assertThat(s.demo().load(0, false).changedAnything()).isFalse();
            assertThat(s.stats().counts()).isEqualTo(counts);
            int after = store.read(x -> x.audit().count());
            assertThat(after).isEqualTo(audited);
        }
    }

    @Test
    void aDryRunAddsNoCommendation() {
        try (Services s = TestOffice.open(dir)) {
            s.demo().load(0, true);
            assertThat(s.stats().counts())
                    .containsEntry("commendations", 0)
                    .containsEntry("assessments", 0);
        }
    }
}
