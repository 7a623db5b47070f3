package org.branchdesk.service.orgs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.branchdesk.domain.members.Departure;
import org.branchdesk.domain.orgs.BranchRules.Coverage;
import org.branchdesk.domain.orgs.BranchRules.Suggestion;
import org.branchdesk.domain.orgs.OrgType;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.domain.surveys.SurveyItem;
import org.branchdesk.service.Services;
import org.branchdesk.service.coverage.CoverageService;
import org.branchdesk.service.demo.DemoService;
import org.branchdesk.service.importing.ImportOptions;
import org.branchdesk.service.importing.ImportPlan;
import org.branchdesk.service.importing.ImportProgress;
import org.branchdesk.service.registers.MemberFilter;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageAndOrgsTest {
    @TempDir Path dir;
    Services s;

    @BeforeEach
    void open() {
        s = TestOffice.open(dir);
        s.demo().load(0, false);
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void everyCompoundHasOneLineWithANumberAndASuggestion() {
        List<CoverageService.Line> lines = s.coverage().coverage(CoverageService.Filter.ALL);
        assertThat(lines).hasSize(60);
        assertThat(lines)
                .allSatisfy(
                        l -> {
                            assertThat(l.eligibleFullMembers()).isGreaterThanOrEqualTo(0);
                            if (l.coverage() == Coverage.REGULAR) {
                                assertThat(l.branch()).isNotNull();
                            }
                        });
        assertThat(s.coverage().coverage(CoverageService.Filter.NO_BRANCH))
                .allMatch(l -> l.coverage() == Coverage.NONE)
                .isNotEmpty();
        assertThat(s.coverage().coverage(CoverageService.Filter.OWNERLESS))
                .allMatch(CoverageService.Line::ownerless)
                .isNotEmpty();
    }

    @Test
    void settingUpABranchChangesTheCompoundsLine() {
        CoverageService.Line open =
                s.coverage().coverage(CoverageService.Filter.NO_BRANCH).stream()
                        .filter(l -> l.suggestion() == Suggestion.SET_UP_REGULAR)
                        .findFirst()
                        .orElseThrow();
        PartyOrg parent =
                s.orgs().list().stream()
                        .filter(
                                o ->
                                        o.type() == OrgType.COMMUNITY_PARTY_COMMITTEE
                                                || o.type() == OrgType.COMMUNITY_GENERAL_BRANCH)
                        .filter(o -> o.name().startsWith(open.community()))
                        .findFirst()
                        .orElseThrow();
        s.orgs()
                .create(
                        PartyOrg.of(
                                UUID.randomUUID(),
                                OrgType.COMPOUND_BRANCH,
                                open.compound() + "党支部",
                                null,
                                parent.id(),
                                null,
                                Set.of(open.compoundId()),
                                LocalDate.of(2026, 11, 1),
                                null,
                                null,
                                null,
                                null,
                                null));
        CoverageService.Line now =
                s.coverage().coverage(CoverageService.Filter.ALL).stream()
                        .filter(l -> l.compoundId().equals(open.compoundId()))
                        .findFirst()
                        .orElseThrow();
        assertThat(now.coverage()).isEqualTo(Coverage.REGULAR);
        assertThat(now.suggestion()).isEqualTo(Suggestion.REGULAR_IN_PLACE);
    }

    @Test
    void aBranchWithMembersCannotBeDissolvedAndATemporaryOneConverts() {
        PartyOrg withMembers =
                s.orgs().list().stream()
                        .filter(o -> o.type() == OrgType.COMPOUND_BRANCH)
                        .findFirst()
                        .orElseThrow();
        assertThatThrownBy(() -> s.orgs().dissolve(withMembers.id(), LocalDate.of(2026, 1, 1)))
                .hasMessageContaining("名党员");
        List<PartyOrgService.ChartNode> all = new ArrayList<>();
        Deque<PartyOrgService.ChartNode> todo = new ArrayDeque<>(s.orgs().chart(false));
        while (!todo.isEmpty()) {
            PartyOrgService.ChartNode n = todo.pop();
            all.add(n);
            todo.addAll(n.children());
        }
        PartyOrgService.ChartNode taken =
                all.stream()
                        .filter(
                                n ->
                                        n.org().type() == OrgType.TEMPORARY_BRANCH
                                                && n.participants() > 0)
                        .findFirst()
                        .orElseThrow();
        int links = s.stats().counts().get("temporary_branch_members");
        s.orgs().dissolve(taken.org().id(), LocalDate.of(2026, 1, 1));
        assertThat(s.stats().counts())
                .as("participation ends with the branch; the records stay")
                .containsEntry("temporary_branch_members", links);
        assertThat(
                        flatten(s.orgs().chart(true))
                                .filter(n -> n.org().id().equals(taken.org().id()))
                                .findFirst()
                                .orElseThrow()
                                .participants())
                .isZero();
        PartyOrg temporary = TestOffice.emptyTemporaryBranch(s);
        PartyOrg regular =
                s.orgs().convertToRegular(temporary.id(), temporary.name().replace("临时", ""));
        assertThat(regular.type()).isEqualTo(OrgType.COMPOUND_BRANCH);
        PartyOrg gone = s.orgs().dissolve(regular.id(), LocalDate.of(2026, 1, 1));
        assertThat(gone.isActive()).isFalse();
        assertThat(s.orgs().list()).extracting(PartyOrg::id).contains(gone.id());
        assertThat(s.stats().counts())
                .containsEntry("organizations", 76); // the demo's 75 and the one set up again
    }

    @Test
    void fourClearFollowsTheSurveyAndClosingAnItemCountsDown() {
        List<CoverageService.Line> unclear =
                s.coverage().coverage(CoverageService.Filter.NOT_FOUR_CLEAR);
        assertThat(unclear).hasSize(60 - 39).noneMatch(CoverageService.Line::fourClear);
        CoverageService.Line first = unclear.get(0);
        s.surveys()
                .record(first.compoundId(), LocalDate.of(2020, 2, 10), "12栋楼", "常住800人", "无", "无");
        assertThat(s.coverage().coverage(CoverageService.Filter.NOT_FOUR_CLEAR)).hasSize(60 - 40);

        CoverageService.Line withItems =
                s.coverage().coverage(CoverageService.Filter.ALL).stream()
                        .filter(l -> l.openItems() > 0)
                        .findFirst()
                        .orElseThrow();
        var item =
                s.surveys().items(withItems.compoundId()).stream()
                        .filter(i -> i.status() != SurveyItem.Status.CLOSED)
                        .findFirst()
                        .orElseThrow();
        s.surveys().close(item.id(), LocalDate.of(2020, 3, 20));
        CoverageService.Line after =
                s.coverage().coverage(CoverageService.Filter.ALL).stream()
                        .filter(l -> l.compoundId().equals(withItems.compoundId()))
                        .findFirst()
                        .orElseThrow();
        assertThat(after.openItems()).isEqualTo(withItems.openItems() - 1);
        assertThatThrownBy(() -> s.surveys().close(item.id(), LocalDate.of(2020, 3, 21)))
                .hasMessageContaining("已经销号");
    }

    @Test
    void reImportingTheLedgerWithoutStatusesKeepsClosedItemsClosed() throws Exception {
        long closedBefore =
                s.coverage().coverage(CoverageService.Filter.ALL).stream()
                        .mapToLong(CoverageService.Line::openItems)
                        .sum();
        Path file = dir.resolve("ledger.csv");
        StringBuilder csv = new StringBuilder("所在社区,小区名称,问题类别,问题内容\n");
        for (String line :
                new String(DemoService.resource("survey-items.csv"), StandardCharsets.UTF_8)
                        .lines()
                        .skip(1)
                        .toList()) {
            String[] c = line.split(",");
            csv.append(c[0])
                    .append(',')
                    .append(c[1])
                    .append(',')
                    .append(c[2])
                    .append(',')
                    .append(c[3])
                    .append('\n');
        }
        Files.writeString(file, csv);
        var r =
                s.imports()
                        .run(
                                s.surveyItemImport(),
                                file,
                                ImportOptions.ALL_OR_NOTHING,
                                ImportProgress.NONE);
        assertThat(r.plan().count(ImportPlan.Fate.UNCHANGED)).isEqualTo(42);
        assertThat(
                        s.coverage().coverage(CoverageService.Filter.ALL).stream()
                                .mapToLong(CoverageService.Line::openItems)
                                .sum())
                .isEqualTo(closedBefore);
    }

    @Test
    void anOrganizationCannotMoveUnderItsOwnDescendant() {
        PartyOrg top =
                s.orgs().list().stream()
                        .filter(o -> o.type() == OrgType.STREET_WORKING_COMMITTEE)
                        .findFirst()
                        .orElseThrow();
        PartyOrg community =
                s.orgs().list().stream()
                        .filter(o -> top.id().equals(o.parentId()) && !o.type().isBranchLevel())
                        .findFirst()
                        .orElseThrow();
        assertThatThrownBy(() -> s.orgs().move(top.id(), community.id()))
                .hasMessageContaining("不能把");
    }

    @Test
    void membersLeaveByADatedStatusAndStayOnTheRegister() {
        var row = s.members().search(MemberFilter.text(null), 1).rows().get(0);
        s.members().leave(row.id(), Departure.DECEASED, LocalDate.of(2025, 3, 1));
        // the demo's 600 and the four its development cases made members; the one who left stays
        assertThat(s.stats().counts()).containsEntry("members", 604);
        assertThat(s.members().search(MemberFilter.text(row.name()), 100).rows())
                .noneMatch(r -> r.id().equals(row.id()));
        assertThatThrownBy(
                        () ->
                                s.members()
                                        .leave(
                                                row.id(),
                                                Departure.DECEASED,
                                                LocalDate.of(2025, 3, 2)))
                .hasMessageContaining("已经离开");
    }

    private static Stream<PartyOrgService.ChartNode> flatten(
            List<PartyOrgService.ChartNode> nodes) {
        return nodes.stream().flatMap(n -> Stream.concat(Stream.of(n), flatten(n.children())));
    }

    @Test
    void aRowForAnOrganizationTheOfficeHasIsLeftAsItIsWhateverItsOtherCellsSay() throws Exception {
        Path file = dir.resolve("orgs-again.csv");
        Files.writeString(
                file,
                "党组织名称,党组织类别,成立日期\n槐荫里党支部,小区支部（旧称）,2020年2月30日\n新设的党支部,小区支部（旧称）,\n",
                StandardCharsets.UTF_8);
        var r =
                s.imports()
                        .run(s.orgImport(), file, ImportOptions.SKIP_INVALID, ImportProgress.NONE);
        assertThat(r.plan().rows())
                .extracting(ImportPlan.RowOutcome::fate)
                .containsExactly(ImportPlan.Fate.UNCHANGED, ImportPlan.Fate.REFUSED);
        assertThat(r.plan().refused().get(0).describe()).startsWith("第3行 党组织类别：");
    }
}
