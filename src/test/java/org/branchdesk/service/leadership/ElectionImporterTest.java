package org.branchdesk.service.leadership;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.branchdesk.domain.leadership.Election;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.service.Services;
import org.branchdesk.service.importing.ImportKind;
import org.branchdesk.service.importing.ImportOptions;
import org.branchdesk.service.importing.ImportPlan;
import org.branchdesk.service.importing.ImportProgress;
import org.branchdesk.service.registers.MemberFilter;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElectionImporterTest {
    @TempDir Path dir;
    Services s;
    List<String> seed;

    @BeforeEach
    void open() throws Exception {
        s = TestOffice.open(dir);
        s.demo().load(0, false);
        seed = Files.readAllLines(Path.of("seeds/demo/elections.csv"), StandardCharsets.UTF_8);
    }

    @AfterEach
    void close() {
        s.close();
    }

    ImportPlan.Result load(List<String> lines) throws Exception {
        Path file = dir.resolve("elections.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return s.imports()
                .run(
                        s.importer(ImportKind.ELECTIONS),
                        file,
                        ImportOptions.ALL_OR_NOTHING,
                        ImportProgress.NONE);
    }

    @Test
    void theDemosRenewalsLoadAgainUnchanged() throws Exception {
        ImportPlan.Result r = load(seed);
        assertThat(r.applied()).isTrue();
        assertThat(r.changedAnything()).isFalse();
        PartyOrg approved =
                s.orgs().list().stream()
                        .filter(o -> o.name().equals(seed.get(1).split(",")[0]))
                        .findFirst()
                        .orElseThrow();
        assertThat(s.elections().ofOrg(approved.id()))
                .singleElement()
                .satisfies(e -> assertThat(e.stage()).isEqualTo(Election.Stage.APPROVED));
    }

    @Test
    void aRenewalWhoseMinorityCandidateIsMarkedElectedIsRefusedNamingItsRowsAndChangesNothing()
            throws Exception {
        // the demo's renewal under way (requested and replied), continued with its meeting
        String[] underWay = seed.get(seed.size() - 1).split(",", -1);
        String org = underWay[0];
        List<String[]> members =
                Files.readAllLines(Path.of("seeds/demo/members.csv"), StandardCharsets.UTF_8)
                        .stream()
                        .map(l -> l.split(",", -1))
                        .filter(c -> c.length > 12 && c[12].equals(org) && c[9].equals("正式党员"))
                        .toList();
        int entitled = members.size();
        int[] votes = {entitled, entitled - 1, entitled / 2, 1}; // half is not a majority
        String[] elected = {"是", "是", "是", "否"};
        List<String> lines = new java.util.ArrayList<>(List.of(seed.get(0)));
        for (int i = 0; i < 4; i++) {
            String[] c = underWay.clone();
            c[6] = "2026-11-20";
            c[7] = Integer.toString(entitled);
            c[8] = Integer.toString(entitled);
            c[13] = members.get(i)[0];
            c[14] = members.get(i)[2];
            c[15] = Integer.toString(votes[i]);
            c[16] = elected[i];
            lines.add(String.join(",", c));
        }
        Map<String, Integer> before = s.stats().counts();
        ImportPlan.Result r = load(lines);
        assertThat(r.applied()).isFalse();
        assertThat(r.plan().refused())
                .extracting(ImportPlan.RowOutcome::row)
                .containsExactly(2, 3, 4, 5);
        assertThat(r.plan().refused())
                .allSatisfy(
                        o -> {
                            assertThat(o.field()).isEqualTo("得票");
                            assertThat(o.reason()).contains("不能当选");
                        });
        assertThat(s.stats().counts()).isEqualTo(before);
    }

    @Test
    void anElectedCellThatIsNeitherYesNorNoIsRefused() throws Exception {
        List<String> lines = List.of(seed.get(0), seed.get(1).replace(",是,", ",当选了,"));
        ImportPlan.Result r = load(lines);
        assertThat(r.applied()).isFalse();
        assertThat(r.plan().refused().get(0).field()).isEqualTo("是否当选");
    }

    @Test
    void aRenewalTheOfficeRecordedFurtherThanTheSheetIsLeftAsItIs() throws Exception {
        String[] underWay = seed.get(seed.size() - 1).split(",", -1);
        PartyOrg branch =
                s.orgs().list().stream()
                        .filter(o -> o.name().equals(underWay[0]))
                        .findFirst()
                        .orElseThrow();
        Election e = s.elections().underWay(branch.id()).orElseThrow();
        // the clerk went on: the meeting was held (all present), nobody marked elected yet
        int entitled = s.elections().fullMembers(branch.id());
        List<Election.Candidate> c =
                s
                        .members()
                        .search(
                                new MemberFilter(
                                        null, null, null, branch.id(), null, null, null, false),
                                50)
                        .rows()
                        .stream()
                        .filter(r -> r.standing() == Standing.FULL)
                        .limit(4)
                        .map(r -> new Election.Candidate(r.id(), 1, false, null, null, null, null))
                        .toList();
        s.elections()
                .save(
                        new Election(
                                e.id(),
                                branch.id(),
                                e.seats(),
                                e.request(),
                                e.reply(),
                                new Election.Meeting(
                                        java.time.LocalDate.of(2026, 11, 20), entitled, entitled),
                                null,
                                null,
                                c));
        ImportPlan.Result again = load(seed);
        assertThat(again.applied()).isTrue();
        assertThat(again.changedAnything()).isFalse();
        assertThat(s.elections().underWay(branch.id()).orElseThrow().meeting()).isNotNull();
    }
}
