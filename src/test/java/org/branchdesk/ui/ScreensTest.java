package org.branchdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.shell.ScreenEntry;
import org.branchdesk.ui.shell.Screens;
import org.junit.jupiter.api.Test;

class ScreensTest {
    @Test
    void everyScreenIsOneEntryWithItsNameIconAndButton() {
        List<ScreenEntry> all = Screens.all();
        assertThat(all)
                .extracting(ScreenEntry::key)
                .doesNotHaveDuplicates()
                .startsWith("orgTree")
                .contains("members", "duty", "care", "documents", "accounts");
        for (ScreenEntry e : all) {
            assertThat(I18n.text("nav." + e.key()))
                    .as(e.key() + " has its sidebar text")
                    .doesNotStartWith("nav.")
                    .isNotBlank();
            assertThat(e.icon()).as(e.key() + " has an icon").matches("md[a-z]{2}-[a-z_]+");
            assertThat(e.buttonId()).startsWith("nav");
        }
        assertThat(
                        all.stream()
                                .filter(e -> e.key().equals("documents"))
                                .findFirst()
                                .orElseThrow()
                                .buttonId())
                .isEqualTo("navDocuments");
    }
}
