package org.branchdesk.ui.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.branchdesk.ui.common.I18n;
import org.junit.jupiter.api.Test;

class DutyViewModelTest {
    @Test
    void aPageReadsItsDataWhenChosenOnceTheSectionIsShown() {
        List<String> loaded = new ArrayList<>();
        Map<String, Runnable> pages = new LinkedHashMap<>();
        pages.put("people", () -> loaded.add("people"));
        pages.put("teams", () -> loaded.add("teams"));
        DutyViewModel vm = new DutyViewModel(pages);
        assertThat(vm.pageProperty().get()).isEqualTo("people");

        vm.pageProperty().set("teams");
        assertThat(loaded).as("nothing before the section is shown").isEmpty();
        vm.shown();
        vm.pageProperty().set("people");
        vm.shown();

        assertThat(loaded).containsExactly("teams", "people", "people");
        assertThat(vm.keys()).containsExactly("people", "teams");
    }

    @Test
    void everyDutyPageHasItsTabTextAndIcon() {
        for (DutyPage p : DutyPages.all()) {
            assertThat(I18n.text("duty.page." + p.key())).doesNotStartWith("duty.page.");
            assertThat(p.icon()).matches("md[a-z]{2}-[a-z_]+");
        }
        assertThat(DutyPages.all())
                .extracting(DutyPage::key)
                .containsExactly(
                        "people",
                        "teams",
                        "roster",
                        "availability",
                        "reporting",
                        "sentDown",
                        "assistance",
                        "areas");
        assertThat(DutyPages.all().get(1).tabId()).isEqualTo("dutyTeams");
    }
}
