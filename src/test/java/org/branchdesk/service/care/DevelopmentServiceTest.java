package org.branchdesk.service.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.care.DevelopmentCase;
import org.branchdesk.domain.care.DevelopmentMaterial;
import org.branchdesk.domain.care.DevelopmentStep;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.members.CitizenId;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.members.Standing;
import org.branchdesk.service.Services;
import org.branchdesk.service.care.DevelopmentService.Details;
import org.branchdesk.service.care.DevelopmentService.Line;
import org.branchdesk.testing.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Developing members against the demo street: each step checked by the domain's rules, refusals
 * leaving everything as it was, the approval making the probationary member and full membership
 * making it full through the member rules, and the board's read model.
 */
class DevelopmentServiceTest {
    static final String BRANCH = "松柏小区党支部";

    @TempDir Path dir;
    Services s;
    UUID branch;

    /** The office's today: the demo's cases are dated back from it. */
    LocalDate today;

    @BeforeEach
    void open() {
        s = TestOffice.open(dir);
        s.demo().load(0, false);
        branch = s.development().branchNamed(BRANCH);
        today = s.development().today();
    }

    @AfterEach
    void close() {
        s.close();
    }

    /** A valid test ID number of someone born on a day. */
    static String idNumber(String born, int seq) {
        String first17 = "990799" + born.replace("-", "") + String.format("%03d", seq);
        return first17 + CitizenId.checkCharacter(first17);
    }

    UUID apply(String name, String born, String on) {
        return s.development()
                .add(
                        new DevelopmentService.NewCase(
                                null,
                                name,
                                idNumber(born, 501),
                                branch,
                                false,
                                0,
                                LocalDate.parse(on),
                                "松柏支〔2023〕1号"))
                .id();
    }

    void step(UUID c, DevelopmentStep step, String on) {
        step(c, step, on, Details.none());
    }

    void step(UUID c, DevelopmentStep step, String on, Details d) {
        s.development().step(c, step, LocalDate.parse(on), null, d);
    }

    UUID member(String name) {
        return s.development().memberNamed(name);
    }

    Details people(String... names) {
        return new Details(
                java.util.Arrays.stream(names).map(this::member).toList(), null, null, null, null);
    }

    /** A case by the rules up to and including the branch meeting's admission on 2025-06-01. */
    UUID admitted(String name) {
        UUID c = apply(name, "2000-03-01", "2023-01-10");
        step(c, DevelopmentStep.APPLICATION_TALK, "2023-01-25");
        step(c, DevelopmentStep.ACTIVIST, "2023-03-01", people("袁海"));
        step(c, DevelopmentStep.CANDIDATE, "2024-03-01", people("梁超", "孔丽"));
        step(c, DevelopmentStep.POLITICAL_REVIEW, "2024-04-01");
        step(c, DevelopmentStep.TRAINING, "2024-04-10", new Details(List.of(), 3, 24, null, null));
        step(c, DevelopmentStep.COMMITTEE_REVIEW, "2024-05-01");
        step(c, DevelopmentStep.PRE_REVIEW, "2024-05-20");
        step(c, DevelopmentStep.ADMISSION, "2025-06-01");
        return c;
    }

    Line line(UUID c) {
        return s.development().lines().stream()
                .filter(l -> l.id().equals(c))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void
            aCaseGoesThroughTheThirteenStepsAndTheApprovalMakesAProbationaryMemberFromTheBranchMeeting() {
        int members = s.stats().counts().get("members");
        UUID c = admitted("祁安然");
        assertThat(s.stats().counts()).containsEntry("members", members);

        step(c, DevelopmentStep.APPROVAL, "2025-07-15");
        Member m = s.members().get(member("祁安然"));
        assertThat(m.name()).isEqualTo("祁安然");
        assertThat(m.standing()).isEqualTo(Standing.PROBATIONARY);
        assertThat(m.joinedOn()).as("from the branch meeting").isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(m.orgId()).isEqualTo(branch);
        assertThat(s.stats().counts()).containsEntry("members", members + 1);

        step(c, DevelopmentStep.OATH, "2025-07-20");
        step(c, DevelopmentStep.PROBATION, "2025-07-20");
        step(c, DevelopmentStep.FULL_MEMBERSHIP, "2026-06-05");
        Member full = s.members().get(m.id());
        assertThat(full.standing()).isEqualTo(Standing.FULL);
        assertThat(full.fullOn())
                .as("the day the probation ended")
                .isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(line(c).state()).isEqualTo(DevelopmentCase.State.FULL_MEMBER);
        assertThat(line(c).due()).isNull();
        assertThat(DevelopmentService.next(line(c))).isEqualTo("已转为正式党员");
    }

    @Test
    void aCandidateBeforeAFullYearAsAnActivistIsRefusedWithTheRuleAndNothingChanges() {
        UUID c = apply("祁安然", "2000-03-01", "2023-01-10");
        step(c, DevelopmentStep.APPLICATION_TALK, "2023-01-25");
        step(c, DevelopmentStep.ACTIVIST, "2023-03-01", people("袁海"));
        Map<String, Integer> before = s.stats().counts();
        assertThatThrownBy(
                        () -> step(c, DevelopmentStep.CANDIDATE, "2024-02-28", people("梁超", "孔丽")))
                .isInstanceOf(ValidationError.class)
                .hasMessageContaining("一年以上")
                .hasMessageContaining("2024-03-01");
        assertThat(s.stats().counts()).isEqualTo(before);
        assertThat(line(c).stage()).isEqualTo(DevelopmentStep.ACTIVIST);
    }

    @Test
    void aStepOutOfOrderAndAnApplicationUnderEighteenAreRefused() {
        UUID c = apply("祁安然", "2000-03-01", "2023-01-10");
        assertThatThrownBy(() -> step(c, DevelopmentStep.ACTIVIST, "2023-03-01", people("袁海")))
                .hasMessageContaining("还没有记录“党组织派人谈话”");
        int cases = s.stats().counts().get("development_cases");
        assertThatThrownBy(() -> apply("祁小满", "2010-05-01", "2026-01-05"))
                .hasMessageContaining("年满十八岁");
        assertThat(s.stats().counts()).containsEntry("development_cases", cases);
    }

    @Test
    void sponsorsAreTwoFullMembersOfTheBranchAndContactsFullMembers() {
        UUID c = apply("祁安然", "2000-03-01", "2023-01-10");
        step(c, DevelopmentStep.APPLICATION_TALK, "2023-01-25");
        assertThatThrownBy(() -> step(c, DevelopmentStep.ACTIVIST, "2023-03-01", people("赵娟静")))
                .as("a probationary member")
                .hasMessageContaining("正式党员作培养联系人");
        step(c, DevelopmentStep.ACTIVIST, "2023-03-01", people("袁海"));
        assertThatThrownBy(
                        () -> step(c, DevelopmentStep.CANDIDATE, "2024-03-01", people("梁超", "赵娟静")))
                .hasMessageContaining("预备党员不能作入党介绍人");
        assertThatThrownBy(
                        () -> step(c, DevelopmentStep.CANDIDATE, "2024-03-01", people("梁超", "马荣")))
                .hasMessageContaining("须是“松柏小区党支部”的党员");
        step(c, DevelopmentStep.CANDIDATE, "2024-03-01", people("梁超", "孔丽"));
        step(c, DevelopmentStep.POLITICAL_REVIEW, "2024-04-01");
        assertThatThrownBy(
                        () ->
                                step(
                                        c,
                                        DevelopmentStep.TRAINING,
                                        "2024-04-10",
                                        new Details(List.of(), 2, 16, null, null)))
                .hasMessageContaining("不少于三天或二十四个学时");
    }

    @Test
    void anApprovalLaterThanThreeMonthsNeedsItsReasonAndTheExtensionPostponesFullMembership() {
        UUID c = admitted("祁安然");
        assertThatThrownBy(() -> step(c, DevelopmentStep.APPROVAL, "2025-09-15"))
                .hasMessageContaining("三个月内");
        step(
                c,
                DevelopmentStep.APPROVAL,
                "2025-09-15",
                new Details(List.of(), null, null, "上级党委换届", null));
        step(c, DevelopmentStep.OATH, "2025-09-20");
        step(c, DevelopmentStep.PROBATION, "2025-09-20");
        assertThatThrownBy(() -> s.development().extend(c, LocalDate.of(2026, 5, 1), 6))
                .hasMessageContaining("不能提前决定延长");
        s.development().extend(c, LocalDate.of(2026, 6, 2), 6);
        assertThat(line(c).due().earliest()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThatThrownBy(() -> step(c, DevelopmentStep.FULL_MEMBERSHIP, "2026-06-20"))
                .hasMessageContaining("又延长 6 个月");
    }

    @Test
    void materialsAreTickedOnlyForStepsTakenAndTheBoardShowsWhatIsMissing() {
        UUID c = apply("祁安然", "2000-03-01", "2026-06-20");
        assertThat(line(c).missing()).containsExactly(DevelopmentMaterial.APPLICATION_LETTER);
        assertThatThrownBy(
                        () ->
                                s.development()
                                        .tick(
                                                c,
                                                Set.of(DevelopmentMaterial.ACTIVIST_MINUTES),
                                                today))
                .hasMessageContaining("这一步还没有记录");
        s.development().tick(c, Set.of(DevelopmentMaterial.APPLICATION_LETTER), today);
        s.development().tick(c, Set.of(DevelopmentMaterial.APPLICATION_LETTER), today);
        assertThat(line(c).missing()).isEmpty();
    }

    @Test
    void theBoardHasTheDemoCasesAtEveryStepFrontLineFirstWithWhatIsDueNext() {
        List<DevelopmentService.Stage> board = s.development().board();
        assertThat(board).hasSize(13);
        assertThat(board).allSatisfy(st -> assertThat(st.cases()).isNotEmpty());
        List<Line> lines = s.development().lines();
        assertThat(lines.get(0).frontLine()).isTrue();
        assertThat(lines.get(0).priority()).isEqualTo(2);
        assertThat(lines.get(lines.size() - 1).state())
                .isEqualTo(DevelopmentCase.State.FULL_MEMBER);
        assertThat(lines).allSatisfy(l -> assertThat(l.maskedId()).contains("*").hasSize(18));
        Line talk =
                lines.stream().filter(l -> l.applicant().equals("朱晓彤")).findFirst().orElseThrow();
        assertThat(talk.due().step()).isEqualTo(DevelopmentStep.APPLICATION_TALK);
        assertThat(talk.due().deadline()).isEqualTo(today.minusDays(10).plusMonths(1));
        assertThat(talk.dueSoon()).isTrue();
        assertThat(s.development().due())
                .extracting(Line::applicant)
                .contains("朱晓彤", "侯兰珍", "周子涵")
                .doesNotContain("卓文静");
        assertThat(s.stats().counts())
                .containsEntry("development_cases", 13)
                .containsEntry(
                        "development_steps", 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13);
    }

    @Test
    void aSecondDemoChangesNothing() {
        Map<String, Integer> before = s.stats().counts();
        assertThat(s.demo().load(0, false).changedAnything()).isFalse();
        assertThat(s.stats().counts()).isEqualTo(before);
    }

    @Test
    void aSupervisorReadsTheBoardMaskedAndCannotRecordAStep() {
        UUID c = apply("祁安然", "2000-03-01", "2026-06-20");
        s.close();
        s = TestOffice.open(dir, Role.SUPERVISOR);
        assertThat(line(c).maskedId()).doesNotContain("2000030");
        assertThatThrownBy(() -> step(c, DevelopmentStep.APPLICATION_TALK, "2026-06-25"))
                .isInstanceOf(UserError.class);
        assertThat(line(c).stage()).isEqualTo(DevelopmentStep.APPLICATION);
    }
}
