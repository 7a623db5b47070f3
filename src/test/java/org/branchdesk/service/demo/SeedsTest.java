package org.branchdesk.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.branchdesk.service.sheets.CsvFile;
import org.branchdesk.service.sheets.SheetRow;
import org.junit.jupiter.api.Test;

/**
 * The demo's organizations and members in {@code seeds/} are what the generator makes for the
 * demo's hand-written compounds. Run with {@code -Dbranchdesk.writeSeeds=true} to rewrite them
 * after changing the generator.
 */
class SeedsTest {
    static final Path SEEDS = Path.of("seeds/demo");
    static final int DEMO_MEMBERS = 600;

    @Test
    void theDemosOrganizationsAndMembersAreTheGeneratorsOutput() throws Exception {
        List<DemoGenerator.CompoundSpec> compounds = new ArrayList<>();
        List<SheetRow> rows =
                CsvFile.parse(
                        Files.readString(SEEDS.resolve("compounds.csv"), StandardCharsets.UTF_8));
        for (SheetRow r : rows.subList(1, rows.size())) {
            if (r.isBlank()) {
                continue;
            }
            compounds.add(
                    new DemoGenerator.CompoundSpec(
                            r.cell(0),
                            r.cell(1),
                            r.cell(2),
                            Integer.parseInt(r.cell(3)),
                            Integer.parseInt(r.cell(4)),
                            Integer.parseInt(r.cell(5)),
                            r.cell(6),
                            "无".equals(r.cell(7)) && "无".equals(r.cell(8)) && "无".equals(r.cell(9)),
                            r.cell(7)));
        }
        DemoGenerator.Street street =
                DemoGenerator.forCompounds(compounds, DEMO_MEMBERS, "青槐街道", "青槐街党工");
        if (Boolean.getBoolean("branchdesk.writeSeeds")) {
            Files.writeString(
                    SEEDS.resolve("compounds.csv"), street.compoundsCsv(), StandardCharsets.UTF_8);
            Files.writeString(
                    SEEDS.resolve("survey-items.csv"),
                    street.surveyItemsCsv(),
                    StandardCharsets.UTF_8);
            Files.writeString(
                    SEEDS.resolve("organizations.csv"),
                    street.organizationsCsv(),
                    StandardCharsets.UTF_8);
            Files.writeString(
                    SEEDS.resolve("members.csv"), street.membersCsv(), StandardCharsets.UTF_8);
            Files.writeString(
                    SEEDS.resolve("households.csv"),
                    street.householdsCsv(),
                    StandardCharsets.UTF_8);
            Files.writeString(
                    SEEDS.resolve("leaders.csv"), street.leadersCsv(), StandardCharsets.UTF_8);
            Files.writeString(
                    SEEDS.resolve("dissolved.csv"), street.dissolvedCsv(), StandardCharsets.UTF_8);
            Files.writeString(
                    SEEDS.resolve("elections.csv"), street.electionsCsv(), StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(SEEDS.resolve("elections.csv"), StandardCharsets.UTF_8))
                .isEqualTo(street.electionsCsv());
        assertThat(Files.readString(SEEDS.resolve("leaders.csv"), StandardCharsets.UTF_8))
                .isEqualTo(street.leadersCsv());
        assertThat(Files.readString(SEEDS.resolve("dissolved.csv"), StandardCharsets.UTF_8))
                .isEqualTo(street.dissolvedCsv());
        assertThat(Files.readString(SEEDS.resolve("households.csv"), StandardCharsets.UTF_8))
                .isEqualTo(street.householdsCsv());
        assertThat(Files.readString(SEEDS.resolve("organizations.csv"), StandardCharsets.UTF_8))
                .isEqualTo(street.organizationsCsv());
        assertThat(Files.readString(SEEDS.resolve("members.csv"), StandardCharsets.UTF_8))
                .isEqualTo(street.membersCsv());
        assertThat(Files.readString(SEEDS.resolve("compounds.csv"), StandardCharsets.UTF_8))
                .isEqualTo(street.compoundsCsv());
        assertThat(Files.readString(SEEDS.resolve("survey-items.csv"), StandardCharsets.UTF_8))
                .isEqualTo(street.surveyItemsCsv());
    }

    @Test
    void theDemosMembersHaveDistinctNamesThatFitTheirSexAndAFewMinorityNames() throws Exception {
        List<SheetRow> rows =
                CsvFile.parse(
                        Files.readString(SEEDS.resolve("members.csv"), StandardCharsets.UTF_8));
        List<SheetRow> members =
                rows.subList(1, rows.size()).stream().filter(r -> !r.isBlank()).toList();
        assertThat(members).hasSize(DEMO_MEMBERS);
        assertThat(members.stream().map(r -> r.cell(0)).distinct().count())
                .as("no two members share a name")
                .isEqualTo(DEMO_MEMBERS);
        String womensOnly = "芳娜秀英敏静丽艳娟兰霞桂玉淑珍燕红梅春雪慧婷琳萍颖洁凤琴翠云月荣";
        assertThat(members)
                .filteredOn(r -> r.cell(1).equals("男") && !r.cell(0).contains("·"))
                .as("no man is given a woman's name")
                .allSatisfy(
                        r ->
                                assertThat(r.cell(0).substring(1))
                                        .doesNotContainAnyWhitespaces()
                                        .matches(
                                                n ->
                                                        n.chars()
                                                                .noneMatch(
                                                                        c ->
                                                                                womensOnly.indexOf(
                                                                                                c)
                                                                                        >= 0),
                                                "a man's name"));
        long minority =
                members.stream()
                        .map(r -> r.cell(4))
                        .filter(e -> !e.equals("汉") && !e.equals("汉族") && !e.equals("回族"))
                        .count();
        assertThat(minority).as("about 1–2% minority names").isBetween(6L, 12L);
        assertThat(members.stream().filter(r -> r.cell(0).contains("·")).count())
                .as("a handful of names with ·, so that their handling stays exercised")
                .isBetween(3L, 12L);
    }
}
