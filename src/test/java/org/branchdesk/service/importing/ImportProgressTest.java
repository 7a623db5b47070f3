package org.branchdesk.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.branchdesk.service.Services;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The members import reports how far it is, and a cancel leaves the office as it was. */
class ImportProgressTest {
    static final Path MEMBERS = Path.of("seeds/demo/members.csv");
    @TempDir Path dir;
    Services s;

    @BeforeEach
    void open() {
        s = TestOffice.initialized(dir);
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void progressRisesFromZeroToAHundred() {
        List<Integer> seen = new ArrayList<>();
        ImportPlan.Result result =
                s.imports().run(s.memberImport(), MEMBERS, ImportOptions.ALL_OR_NOTHING, seen::add);
        assertThat(result.applied()).isTrue();
        assertThat(seen.get(0)).isZero();
        assertThat(seen.get(seen.size() - 1)).isEqualTo(100);
        assertThat(seen).isSorted().anyMatch(p -> p > 0 && p < 100);
        assertThat(s.stats().counts().get("members")).isEqualTo(600);
    }

    @Test
    void aCancelWhileWritingLeavesTheOfficeExactlyAsItWas() {
        Map<String, Integer> before = s.stats().counts();
        assertThatThrownBy(
                        () ->
                                s.imports()
                                        .run(
                                                s.memberImport(),
                                                MEMBERS,
                                                ImportOptions.ALL_OR_NOTHING,
                                                percent -> {
                                                    if (percent
                                                            >= 85) { // members inserted, audit not
                                                        // yet written: inside the
                                                        // transaction
                                                        throw new CancellationException();
                                                    }
                                                }))
                .isInstanceOf(CancellationException.class);
        assertThat(s.stats().counts()).isEqualTo(before);
    }

    @Test
    void aCancelThatArrivesAfterTheCommitLeavesTheImportDoneAndSaysSo() {
        ImportPlan.Result result =
                s.imports()
                        .run(
                                s.memberImport(),
                                MEMBERS,
                                ImportOptions.ALL_OR_NOTHING,
                                percent -> {
                                    if (percent == 100) { // the clerk clicked once it was saved
                                        throw new CancellationException();
                                    }
                                });
        assertThat(result.applied()).isTrue();
        assertThat(s.stats().counts().get("members")).isEqualTo(600);
    }
}
