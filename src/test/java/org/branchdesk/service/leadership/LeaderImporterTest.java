package org.branchdesk.service.leadership;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.branchdesk.domain.members.Departure;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.service.Services;
import org.branchdesk.service.importing.ImportKind;
import org.branchdesk.service.importing.ImportOptions;
import org.branchdesk.service.importing.ImportPlan;
import org.branchdesk.service.importing.ImportProgress;
import org.branchdesk.service.members.MemberService;
import org.branchdesk.service.registers.MemberFilter;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeaderImporterTest {
    static final String HEADER =
            "党组织名称,姓名,公民身份号码,职务,兼任,产生方式,来源,任职日期,批复或备案文号,批复日期,免职日期,免职原因,党龄不足一年的说明,本届开始日期\n";

    @TempDir Path dir;
    Services s;
    PartyOrg branch;
    List<MemberService.Row> full;

    @BeforeEach
    void open() {
        s = TestOffice.open(dir);
        s.demo().load(0, false);
        for (PartyOrg o : s.orgs().list()) {
            if (o.type() != OrgType.COMPOUND_BRANCH || !s.leadership().ofOrg(o.id()).isEmpty()) {
                continue;
            }
            List<MemberService.Row> rows =
                    s
                            .members()
                            .search(
                                    new MemberFilter(
                                            null, null, null, o.id(), null, null, null, false),
                                    100)
                            .rows()
                            .stream()
                            .filter(r -> r.standing() == Standing.FULL)
                            .filter(
                                    r -> {
                                        var f = s.members().get(r.id()).fullOn();
                                        return f != null && f.getYear() < 2019;
                                    })
                            .toList();
            if (rows.size() >= 3) {
                branch = o;
                full = rows;
                break;
            }
        }
    }

    @AfterEach
    void close() {
        s.close();
    }

    String row(MemberService.Row m, String position, String from, String ended, String reason) {
        String id = s.members().get(m.id()).citizenId().value();
        return String.join(
                        ",",
                        branch.name(),
                        m.name(),
                        id,
                        position,
                        "",
                        "选举产生",
                        "小区居住党员",
                        from,
                        "青槐街党工〔" + from.substring(0, 4) + "〕9号",
                        from,
                        ended,
                        reason,
                        "",
                        "")
                + "\n";
    }

    ImportPlan.Result load(String csv, ImportOptions options) throws Exception {
        Path file = dir.resolve("leaders.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return s.imports().run(s.importer(ImportKind.LEADERS), file, options, ImportProgress.NONE);
    }

    @Test
    void aSecondSecretaryWhoseTimeOverlapsTheFirstIsRefusedEvenIfTheFirstBeganEarlier()
            throws Exception {
        Map<String, Integer> before = s.stats().counts();
        ImportPlan.Result r =
                load(
                        HEADER
                                + row(full.get(0), "书记", "2021-03-01", "", "")
                                + row(full.get(1), "书记", "2023-03-01", "", ""),
                        ImportOptions.ALL_OR_NOTHING);
        assertThat(r.applied()).isFalse();
        assertThat(r.plan().refused())
                .singleElement()
                .satisfies(
                        o -> {
                            assertThat(o.row()).isEqualTo(3);
                            assertThat(o.field()).isEqualTo("职务");
                        });
        assertThat(s.stats().counts()).isEqualTo(before);
    }

    @Test
    void aHandoverOnTheSameDayIsNoOverlapAndHistoryImportsWhole() throws Exception {
        int positions = s.stats().counts().get("positions");
        ImportPlan.Result r =
                load(
                        HEADER
                                + row(full.get(0), "书记", "2021-03-01", "2023-03-01", "换届")
                                + row(full.get(1), "书记", "2023-03-01", "", ""),
                        ImportOptions.ALL_OR_NOTHING);
        assertThat(r.applied()).isTrue();
        assertThat(s.leadership().ofOrg(branch.id())).hasSize(2);
        assertThat(s.stats().counts()).containsEntry("positions", positions + 1);
        // loading it again changes nothing
        assertThat(
                        load(
                                        HEADER + row(full.get(1), "书记", "2023-03-01", "", ""),
                                        ImportOptions.ALL_OR_NOTHING)
                                .changedAnything())
                .isFalse();
    }

    @Test
    void withSkipInvalidARefusedRowWritesNothing() throws Exception {
        int positions = s.stats().counts().get("positions");
        ImportPlan.Result r =
                load(
                        HEADER
                                + row(full.get(0), "书记", "2021-03-01", "", "")
                                + row(full.get(1), "书记", "2023-03-01", "", "")
                                + row(full.get(2), "宣传委员", "2023-03-01", "", ""),
                        ImportOptions.SKIP_INVALID);
        assertThat(r.applied()).isTrue();
        assertThat(r.plan().refused()).extracting(ImportPlan.RowOutcome::row).containsExactly(3);
        assertThat(s.leadership().ofOrg(branch.id()))
                .extracting(h -> h.memberId())
                .containsExactlyInAnyOrder(full.get(0).id(), full.get(2).id());
        assertThat(s.stats().counts()).containsEntry("positions", positions + 2);
    }

    @Test
    void someoneWhoLeftTheRegisterImportsOnlyAsHistoryEndedByTheirDeparture() throws Exception {
        MemberService.Row gone = full.get(0);
        s.members()
                .leave(gone.id(), Departure.TRANSFERRED_OUT, java.time.LocalDate.of(2024, 6, 30));
        ImportPlan.Result serving =
                load(HEADER + row(gone, "书记", "2021-03-01", "", ""), ImportOptions.ALL_OR_NOTHING);
        assertThat(serving.applied()).isFalse();
        assertThat(serving.plan().refused().get(0).reason()).contains("不是本街道登记的党员");
        ImportPlan.Result history =
                load(
                        HEADER + row(gone, "书记", "2021-03-01", "2024-06-30", "调离"),
                        ImportOptions.ALL_OR_NOTHING);
        assertThat(history.applied()).isTrue();
    }
}
