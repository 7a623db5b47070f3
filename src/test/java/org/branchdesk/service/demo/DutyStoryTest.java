package org.branchdesk.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.branchdesk.domain.duty.Availability;
import org.branchdesk.domain.duty.RosterRules;
import org.branchdesk.domain.duty.Shift;
import org.branchdesk.domain.duty.ShiftPattern;
import org.branchdesk.service.sheets.CsvFile;
import org.branchdesk.service.sheets.SheetRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Duty's seeds in {@code seeds/demo/duty} are what {@link DutyStory} writes from the demo's
 * compounds, members and households, and they tell the story the issue asks for. Run with {@code
 * -Dbranchdesk.writeSeeds=true} to rewrite them after changing the story.
 */
class DutyStoryTest {
    static final Path DUTY = SeedsTest.SEEDS.resolve("duty");
    static DutyStory.Files story;

    @BeforeAll
    static void write() throws Exception {
        story =
                DutyStory.write(
                        read(SeedsTest.SEEDS.resolve("compounds.csv")),
                        read(SeedsTest.SEEDS.resolve("members.csv")),
                        read(SeedsTest.SEEDS.resolve("households.csv")));
        if (Boolean.getBoolean("branchdesk.writeSeeds")) {
            Files.createDirectories(DUTY);
            for (var e : story.byName().entrySet()) {
                Files.writeString(DUTY.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void theSeedsAreTheStorysOutput() throws Exception {
        for (var e : story.byName().entrySet()) {
            assertThat(read(DUTY.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void theRosterCoversFourWeeksOfFebruary2020() {
        List<SheetRow> roster = rows(story.roster());
        assertThat(roster).hasSizeGreaterThan(500);
        assertThat(roster.stream().map(r -> LocalDate.parse(r.cell(3))).min(LocalDate::compareTo))
                .contains(LocalDate.of(2020, 2, 3));
        assertThat(roster.stream().map(r -> LocalDate.parse(r.cell(3))).max(LocalDate::compareTo))
                .contains(LocalDate.of(2020, 3, 1));
    }

    @Test
    void nobodyOnTheRosterBreaksARule() {
        Map<String, List<Shift>> serving = new HashMap<>();
        Map<String, Availability> limits = availability();
        for (SheetRow r : rows(story.roster())) {
            Shift s = shift(r);
            String who = r.cell(6) + "/" + r.cell(7);
            List<Shift> mine = serving.computeIfAbsent(who, k -> new ArrayList<>());
            assertThat(RosterRules.check(s, mine, limits.getOrDefault(who, Availability.OPEN)))
                    .as(who + " on " + s)
                    .isEmpty();
            mine.add(s);
        }
    }

    @Test
    void everyCheckpointShiftHasAPartyMember() {
        Map<String, Boolean> member = new HashMap<>();
        for (SheetRow r : rows(story.roster())) {
            if (r.cell(2).endsWith("卡点")) {
                member.merge(
                        r.cell(2) + r.cell(3) + r.cell(4), isMember(r.cell(7)), Boolean::logicalOr);
            }
        }
        assertThat(member).isNotEmpty().doesNotContainValue(false);
    }

    @Test
    void theFirstThreeWeeksAreAttendedAndTheLastWeekHasOpenPlaces() {
        LocalDate lastWeek = DutyStory.FIRST_MONDAY.plusWeeks(3);
        List<SheetRow> roster = rows(story.roster());
        assertThat(roster)
                .filteredOn(r -> LocalDate.parse(r.cell(3)).isBefore(lastWeek))
                .allMatch(r -> !r.cell(8).isEmpty());
        assertThat(roster).anyMatch(r -> r.cell(8).equals("缺勤"));
        assertThat(roster).anyMatch(r -> r.cell(8).equals("替班"));
        // a checkpoint's weekend night in the last week has one of its two places filled
        long lastWeekendNights =
                roster.stream()
                        .filter(r -> r.cell(2).endsWith("卡点"))
                        .filter(r -> r.cell(4).equals("22:00"))
                        .filter(r -> LocalDate.parse(r.cell(3)).isAfter(lastWeek.plusDays(3)))
                        .count();
        assertThat(lastWeekendNights).isLessThan(3L * 3 * 2);
    }

    @Test
    void someAssistedHouseholdsAreLeftUnpaired() {
        long assisted = 23; // households.csv's 帮扶对象
        long paired =
                rows(story.pairings()).stream()
                        .filter(r -> !r.cell(8).equals("居家观察"))
                        .map(r -> r.cell(2) + r.cell(3) + r.cell(4) + r.cell(5) + r.cell(6))
                        .distinct()
                        .count();
        assertThat(paired).isBetween(10L, assisted - 1);
    }

    private static boolean isMember(String id) {
        return !id.isEmpty() && !id.startsWith("9990");
    }

    private static Map<String, Availability> availability() {
        Map<String, Availability> out = new HashMap<>();
        for (SheetRow r : rows(story.limits())) {
            out.put(
                    r.cell(0) + "/" + r.cell(1),
                    new Availability(
                            List.of(),
                            Integer.parseInt(r.cell(2)),
                            java.time.Duration.ofHours(Integer.parseInt(r.cell(3)))));
        }
        for (SheetRow r : rows(story.unavailable())) {
            String who = r.cell(0) + "/" + r.cell(1);
            Availability a = out.getOrDefault(who, Availability.OPEN);
            List<Availability.Period> off = new ArrayList<>(a.unavailable());
            off.add(
                    new Availability.Period(
                            java.time.LocalDateTime.parse(r.cell(2).replace(' ', 'T')),
                            java.time.LocalDateTime.parse(r.cell(3).replace(' ', 'T'))));
            out.put(who, new Availability(off, a.maxShiftsPerWeek(), a.minimumRest()));
        }
        return out;
    }

    private static Shift shift(SheetRow r) {
        return new Shift(
                LocalDate.parse(r.cell(3)),
                new ShiftPattern(LocalTime.parse(r.cell(4)), LocalTime.parse(r.cell(5))),
                1);
    }

    private static List<SheetRow> rows(String csv) {
        List<SheetRow> all = CsvFile.parse(csv);
        return all.subList(1, all.size()).stream().filter(r -> !r.isBlank()).toList();
    }

    private static String read(Path p) throws Exception {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
