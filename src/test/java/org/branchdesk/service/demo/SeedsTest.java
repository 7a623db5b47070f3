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
        }
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
}
