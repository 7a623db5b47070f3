package org.branchdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.branchdesk.domain.Compound;
import org.branchdesk.domain.OrgTree;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoServiceTest {
    @TempDir
    Path dir;

    @Test
    void loadsTheDemoStreetOnceAndASecondLoadChangesNothing() {
        try (Services s = TestOffice.open(dir)) {
            DemoService.Outcome first = s.demo().load(0, false);
            assertThat(first.officeCreated()).isTrue();
            assertThat(first.changedAnything()).isTrue();
            assertThat(s.office().current().orElseThrow().name()).isEqualTo("青槐街道");
            assertThat(s.stats().counts()).containsEntry("communities", 8).containsEntry("compounds", 60);

            OrgTree tree = s.places().tree();
            long ownerless = tree.communities().stream().flatMap(c -> c.compounds().stream())
                    .filter(tree.ownerlessRule()::isOwnerless).count();
            assertThat(ownerless).as("ownerless compounds in the demo").isBetween(5L, 15L);

            DemoService.Outcome second = s.demo().load(0, false);
            assertThat(second.changedAnything()).isFalse();
            assertThat(s.stats().counts()).containsEntry("communities", 8).containsEntry("compounds", 60);
        }
    }

    @Test
    void aDryRunOnAFreshOfficeCreatesNothing() {
        try (Services s = TestOffice.open(dir)) {
            DemoService.Outcome o = s.demo().load(0, true);
            assertThat(o.compounds().plan().count(CompoundImportService.Fate.NEW)).isEqualTo(60);
            assertThat(s.office().current()).isEmpty();
            assertThat(s.stats().counts()).containsEntry("compounds", 0);
        }
    }

    @Test
    void theGeneratorIsDeterministicAndSizedByMembers() {
        assertThat(DemoGenerator.compoundsCsv(100_000)).isEqualTo(DemoGenerator.compoundsCsv(100_000));
        assertThat(DemoGenerator.compoundsFor(100_000)).isEqualTo(1200);
        try (Services s = TestOffice.open(dir)) {
            s.demo().load(5_000, false);
            assertThat(s.stats().counts()).containsEntry("compounds", 60).containsEntry("communities", 8);
            assertThat(s.demo().load(5_000, false).changedAnything()).isFalse();
            assertThat(s.places().tree().communities().stream().flatMap(c -> c.compounds().stream())
                    .map(Compound::name)).allMatch(n -> !n.isBlank());
        }
    }
}
