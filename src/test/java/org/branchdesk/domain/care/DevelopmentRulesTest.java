package org.branchdesk.domain.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.branchdesk.domain.care.DevelopmentProgress.ProbationExtension;
import org.branchdesk.domain.care.DevelopmentRules.Due;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.members.Standing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DevelopmentRulesTest {
    static final LocalDate BORN = LocalDate.of(1995, 5, 20);
    static final LocalDate TODAY = LocalDate.of(2021, 12, 31);

    /** A case that went by the rules, each step on its day. */
    static final Map<DevelopmentStep, LocalDate> BY_THE_RULES =
            new EnumMap<>(DevelopmentStep.class);

    static {
        String[] days = {
            "2019-03-01", "2019-03-20", "2019-04-15", "2020-04-15", "2020-05-10", "2020-05-20",
            "2020-06-01", "2020-06-15", "2020-07-01", "2020-08-20", "2020-09-01", "2020-09-01",
            "2021-07-01"
        };
        for (DevelopmentStep s : DevelopmentStep.values()) {
            BY_THE_RULES.put(s, LocalDate.parse(days[s.ordinal()]));
        }
    }

    /** The case by the rules, with every step before {@code step} taken. */
    static DevelopmentProgress upTo(DevelopmentStep step) {
        DevelopmentProgress p = DevelopmentProgress.of(BORN);
        for (DevelopmentStep s : DevelopmentStep.values()) {
            if (s == step) {
                break;
            }
            p = p.with(s, BY_THE_RULES.get(s));
        }
        return p;
    }

    static String refusal(DevelopmentProgress p, DevelopmentStep step, String on) {
        try {
            DevelopmentRules.check(p, step, LocalDate.parse(on), TODAY, false);
            return null;
        } catch (ValidationError e) {
            return e.getMessage();
        }
    }

    @Test
    void thereAreThirteenStepsInTheOrderOfTheProcedure() {
        assertThat(DevelopmentStep.values()).hasSize(13);
        assertThat(DevelopmentStep.APPLICATION.number()).isEqualTo(1);
        assertThat(DevelopmentStep.APPLICATION.previous()).isNull();
        assertThat(DevelopmentStep.FULL_MEMBERSHIP.number()).isEqualTo(13);
        assertThat(DevelopmentStep.FULL_MEMBERSHIP.next()).isNull();
        assertThat(DevelopmentStep.ADMISSION.previous()).isEqualTo(DevelopmentStep.PRE_REVIEW);
        assertThat(DevelopmentStep.ADMISSION.next()).isEqualTo(DevelopmentStep.APPROVAL);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DevelopmentStep.class)
    void everyStepLeavesMaterialsWithChineseNames(DevelopmentStep step) {
        assertThat(Messages.format(step.key())).isNotEqualTo(step.key());
        assertThat(step.materials()).isNotEmpty();
        for (DevelopmentMaterial m : step.materials()) {
            assertThat(m.step()).isEqualTo(step);
            assertThat(Messages.format(m.key())).isNotEqualTo(m.key());
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "APPLICATION|入党申请书",
                "APPLICATION_TALK|入党申请人谈话记录",
                "CANDIDATE|听取党小组、培养联系人、党员和群众意见的材料;支部委员会确定发展对象的会议记录;确定发展对象报上级党委备案材料;入党介绍人（两名正式党员）",
                "TRAINING|短期集中培训结业证明",
                "PRE_REVIEW|上级党委预审意见（书面通知）;《中国共产党入党志愿书》",
                "APPROVAL|上级党委派人谈话记录;上级党委审批意见（注明预备期起止时间）;报上级党委组织部门备案材料",
                "FULL_MEMBERSHIP|转正申请书;支部大会转正决议;上级党委审批转正意见"
            })
    void theChecklistOfAStepNamesItsMaterialsInOrder(DevelopmentStep step, String materials) {
        assertThat(step.materials().stream().map(m -> Messages.format(m.key())))
                .containsExactly(materials.split(";"));
    }

    @Test
    void aCaseByTheRulesPassesEveryStep() {
        DevelopmentProgress p = DevelopmentProgress.of(BORN);
        for (DevelopmentStep s : DevelopmentStep.values()) {
            DevelopmentProgress before = p;
            assertThatCode(
                            () ->
                                    DevelopmentRules.check(
                                            before, s, BY_THE_RULES.get(s), TODAY, false))
                    .as(s.name())
                    .doesNotThrowAnyException();
            p = p.with(s, BY_THE_RULES.get(s));
        }
        assertThat(p.next()).isNull();
        assertThat(p.last()).isEqualTo(DevelopmentStep.FULL_MEMBERSHIP);
        assertThat(DevelopmentRules.nextDue(p)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = DevelopmentStep.class,
            names = "APPLICATION",
            mode = EnumSource.Mode.EXCLUDE)
    void noStepComesBeforeTheApplication(DevelopmentStep step) {
        assertThat(refusal(DevelopmentProgress.of(BORN), step, "2021-01-01"))
                .isEqualTo(
                        "发展步骤：还没有记录“递交入党申请书”，不能先记录“"
                                + Messages.format(step.key())
                                + "”（发展党员须按程序逐步进行）");
    }

    @ParameterizedTest(name = "skipping to {0}")
    @EnumSource(
            value = DevelopmentStep.class,
            names = {"APPLICATION", "APPLICATION_TALK"},
            mode = EnumSource.Mode.EXCLUDE)
    void noStepIsSkipped(DevelopmentStep step) {
        DevelopmentStep missing = step.previous();
        DevelopmentProgress p = upTo(missing); // everything up to the one before the step
        assertThat(refusal(p, step, "2021-12-01"))
                .isEqualTo(
                        "发展步骤：还没有记录“"
                                + Messages.format(missing.key())
                                + "”，不能先记录“"
                                + Messages.format(step.key())
                                + "”（发展党员须按程序逐步进行）");
    }

    @Test
    void aStepIsTakenOnce() {
        DevelopmentProgress p = upTo(DevelopmentStep.ACTIVIST);
        assertThat(refusal(p, DevelopmentStep.APPLICATION_TALK, "2019-03-25"))
                .isEqualTo("发展步骤：“党组织派人谈话”已于 2019-03-20 记录");
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "APPLICATION_TALK|2019-02-28|日期：“党组织派人谈话”的日期 2019-02-28 早于上一步“递交入党申请书”的日期 2019-03-01",
                "ACTIVIST|2019-03-19|日期：“确定入党积极分子”的日期 2019-03-19 早于上一步“党组织派人谈话”的日期 2019-03-20",
                "OATH|2020-08-19|日期：“入党宣誓”的日期 2020-08-19 早于上一步“上级党委谈话、审批”的日期 2020-08-20",
                "APPLICATION_TALK|2019-03-01|",
                "OATH|2020-08-20|"
            })
    void aStepIsDatedOnOrAfterTheStepBeforeIt(DevelopmentStep step, String on, String message) {
        assertThat(refusal(upTo(step), step, on)).isEqualTo(message);
    }

    @Test
    void onlyWhatHasHappenedIsRecorded() {
        assertThat(
                        refusal(
                                upTo(DevelopmentStep.APPLICATION),
                                DevelopmentStep.APPLICATION,
                                "2022-01-01"))
                .isEqualTo("日期：日期 2022-01-01 还没到，只记录已经进行的步骤");
    }

    @ParameterizedTest(name = "born {0}, applied {1}: {2}")
    @CsvSource({
        "2003-06-15,2021-06-14,false",
        "2003-06-15,2021-06-15,true",
        "2003-06-15,2021-06-16,true",
        "1995-05-20,2019-03-01,true",
        "2010-01-01,2021-12-31,false"
    })
    void anApplicantIsEighteen(LocalDate born, LocalDate applied, boolean ok) {
        assertThat(DevelopmentRules.oldEnoughToApply(born, applied)).isEqualTo(ok);
    }

    @Test
    void anApplicationBeforeEighteenIsRefusedSayingWhenTheyWillBe() {
        DevelopmentProgress young = DevelopmentProgress.of(LocalDate.of(2004, 1, 10));
        assertThat(refusal(young, DevelopmentStep.APPLICATION, "2021-12-30"))
                .isEqualTo("日期：申请入党须年满十八岁（党章第一条、《发展党员工作细则》第五条），申请人 2022-01-10 才满十八岁");
        assertThat(refusal(young, DevelopmentStep.APPLICATION, "2021-12-31")).isNotNull();
        DevelopmentProgress eighteen = DevelopmentProgress.of(LocalDate.of(2003, 12, 31));
        assertThat(refusal(eighteen, DevelopmentStep.APPLICATION, "2021-12-31")).isNull();
    }

    @ParameterizedTest(name = "applied {0}, talk {1}: in time {2}")
    @CsvSource({
        "2019-03-01,2019-03-01,true",
        "2019-03-01,2019-04-01,true",
        "2019-03-01,2019-04-02,false",
        "2024-01-31,2024-02-29,true",
        "2024-01-31,2024-03-01,false",
        "2023-01-31,2023-02-28,true"
    })
    void theTalkIsHeldWithinAMonthOfTheApplication(
            LocalDate applied, LocalDate talk, boolean inTime) {
        assertThat(DevelopmentRules.talkInTime(applied, talk)).isEqualTo(inTime);
    }

    @Test
    void aLateTalkIsRecordedAsItHappenedAndShownOverdue() {
        DevelopmentProgress applied = upTo(DevelopmentStep.APPLICATION_TALK);
        assertThat(refusal(applied, DevelopmentStep.APPLICATION_TALK, "2019-06-01")).isNull();
        Due due = DevelopmentRules.nextDue(applied);
        assertThat(due)
                .isEqualTo(
                        new Due(
                                DevelopmentStep.APPLICATION_TALK,
                                LocalDate.of(2019, 3, 1),
                                LocalDate.of(2019, 4, 1)));
        assertThat(due.overdueOn(LocalDate.of(2019, 4, 1))).isFalse();
        assertThat(due.overdueOn(LocalDate.of(2019, 4, 2))).isTrue();
    }

    static List<Standing> standings(String s) {
        return s == null ? List.of() : Arrays.stream(s.split(" ")).map(Standing::valueOf).toList();
    }

    @ParameterizedTest(name = "contact persons [{0}]: {1}")
    @CsvSource({
        ",false",
        "FULL,true",
        "FULL FULL,true",
        "PROBATIONARY,false",
        "FULL PROBATIONARY,false",
        "FULL FULL FULL,false"
    })
    void anActivistHasOneOrTwoFullMembersAsContactPersons(String contacts, boolean ok) {
        assertThat(DevelopmentRules.contactPersonsValid(standings(contacts))).isEqualTo(ok);
        if (ok) {
            assertThatCode(() -> DevelopmentRules.checkContactPersons(standings(contacts)))
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> DevelopmentRules.checkContactPersons(standings(contacts)))
                    .hasMessage("培养联系人：须指定一至两名正式党员作培养联系人（《发展党员工作细则》第二章）");
        }
    }

    @ParameterizedTest(name = "activist {0}, last review {1}: next review {2}")
    @CsvSource({
        "2019-04-15,,2019-10-15",
        "2019-04-15,2019-10-10,2020-04-10",
        "2019-08-31,,2020-02-29"
    })
    void anActivistIsReviewedEveryHalfYear(LocalDate activist, LocalDate last, LocalDate next) {
        assertThat(DevelopmentRules.activistReviewDue(activist, last)).isEqualTo(next);
    }

    @ParameterizedTest(name = "activist {0}, candidate {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2019-04-15|2020-04-14|日期：入党积极分子须经过一年以上培养教育和考察，才能列为发展对象（《发展党员工作细则》第十三条）：2019-04-15 确定为入党积极分子，2020-04-15 起才满一年",
                "2019-04-15|2019-10-15|日期：入党积极分子须经过一年以上培养教育和考察，才能列为发展对象（《发展党员工作细则》第十三条）：2019-04-15 确定为入党积极分子，2020-04-15 起才满一年",
                "2019-04-15|2020-04-15|",
                "2019-04-15|2021-01-01|",
                "2020-02-29|2021-02-27|日期：入党积极分子须经过一年以上培养教育和考察，才能列为发展对象（《发展党员工作细则》第十三条）：2020-02-29 确定为入党积极分子，2021-02-28 起才满一年",
                "2020-02-29|2021-02-28|"
            })
    void aCandidateHasBeenAnActivistForAFullYear(
            LocalDate activist, LocalDate candidate, String message) {
        DevelopmentProgress p =
                DevelopmentProgress.of(BORN)
                        .with(DevelopmentStep.APPLICATION, activist.minusMonths(2))
                        .with(DevelopmentStep.APPLICATION_TALK, activist.minusMonths(1))
                        .with(DevelopmentStep.ACTIVIST, activist);
        assertThat(refusal(p, DevelopmentStep.CANDIDATE, candidate.toString())).isEqualTo(message);
        assertThat(DevelopmentRules.nextDue(p))
                .isEqualTo(
                        new Due(
                                DevelopmentStep.CANDIDATE,
                                DevelopmentRules.earliestCandidate(activist),
                                null));
    }

    @ParameterizedTest(name = "sponsors [{0}]: {1}")
    @CsvSource({
        ",false",
        "FULL,false",
        "FULL FULL,true",
        "FULL PROBATIONARY,false",
        "PROBATIONARY PROBATIONARY,false",
        "FULL FULL FULL,false"
    })
    void aCandidateHasTwoFullMembersAsSponsors(String sponsors, boolean ok) {
        assertThat(DevelopmentRules.sponsorsValid(standings(sponsors))).isEqualTo(ok);
        if (!ok) {
            assertThatThrownBy(() -> DevelopmentRules.checkSponsors(standings(sponsors)))
                    .hasMessage("入党介绍人：须有两名正式党员作入党介绍人，预备党员不能作入党介绍人（党章第五条）");
        }
    }

    @ParameterizedTest(name = "{0} days, {1} class hours: {2}")
    @CsvSource({
        "3,0,true",
        "3,24,true",
        "5,40,true",
        "2,24,true",
        "0,24,true",
        "2,23,false",
        "2,16,false",
        "0,0,false",
        "1,8,false"
    })
    void concentratedTrainingLastsThreeDaysOr24ClassHours(int days, int hours, boolean ok) {
        assertThat(DevelopmentRules.trainingLongEnough(days, hours)).isEqualTo(ok);
        if (!ok) {
            assertThatThrownBy(() -> DevelopmentRules.checkTraining(days, hours))
                    .hasMessage(
                            "集中培训：短期集中培训一般不少于三天或二十四个学时（《发展党员工作细则》第十七条），现在是 "
                                    + days
                                    + " 天、"
                                    + hours
                                    + " 学时");
        }
    }

    @ParameterizedTest(name = "admitted 2020-07-01, approved {0}, special circumstances {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2020-07-01|false|",
                "2020-10-01|false|",
                "2020-10-02|false|日期：上级党委应在支部大会通过（2020-07-01）后三个月内、即 2020-10-01 前审批；因特殊情况延长的，请注明原因（《发展党员工作细则》第四章）",
                "2020-10-02|true|",
                "2021-01-01|true|",
                "2021-01-02|true|日期：支部大会 2020-07-01 通过，审批最长不得超过六个月（2021-01-01），已经超过，不能再审批（《发展党员工作细则》第四章）",
                "2021-01-02|false|日期：支部大会 2020-07-01 通过，审批最长不得超过六个月（2021-01-01），已经超过，不能再审批（《发展党员工作细则》第四章）"
            })
    void theHigherCommitteeApprovesWithinThreeMonthsAndNeverBeyondSix(
            LocalDate approvedOn, boolean special, String message) {
        DevelopmentProgress p = upTo(DevelopmentStep.APPROVAL);
        String refused;
        try {
            DevelopmentRules.check(p, DevelopmentStep.APPROVAL, approvedOn, TODAY, special);
            refused = null;
        } catch (ValidationError e) {
            refused = e.getMessage();
        }
        assertThat(refused).isEqualTo(message);
        assertThat(DevelopmentRules.nextDue(p))
                .isEqualTo(
                        new Due(
                                DevelopmentStep.APPROVAL,
                                LocalDate.of(2020, 7, 1),
                                LocalDate.of(2020, 10, 1)));
    }

    @ParameterizedTest(name = "admitted {0}, talk {1}, approved {2}: {3}")
    @CsvSource({
        "2020-07-01,2020-08-01,2020-08-20,true",
        "2020-07-01,2020-08-20,2020-08-20,true",
        "2020-07-01,2020-07-01,2020-08-20,true",
        "2020-07-01,2020-08-21,2020-08-20,false",
        "2020-07-01,2020-06-30,2020-08-20,false"
    })
    void theHigherCommitteeTalksWithTheApplicantBeforeApproving(
            LocalDate admitted, LocalDate talk, LocalDate approved, boolean ok) {
        assertThat(DevelopmentRules.higherTalkInPlace(admitted, talk, approved)).isEqualTo(ok);
    }

    @ParameterizedTest(name = "admitted {0}, extended {1} months: a full member from {2}")
    @CsvSource({
        "2020-07-01,0,2021-07-01",
        "2020-07-01,6,2022-01-01",
        "2020-07-01,12,2022-07-01",
        "2020-02-29,0,2021-02-28",
        "2019-08-31,6,2021-02-28"
    })
    void theProbationRunsAYearFromTheBranchMeetingPlusAnyExtension(
            LocalDate admitted, int months, LocalDate fullFrom) {
        ProbationExtension ext =
                months == 0 ? null : new ProbationExtension(admitted.plusYears(1), months);
        assertThat(DevelopmentRules.probationEnds(admitted, ext)).isEqualTo(fullFrom);
        assertThat(DevelopmentRules.fullMemberFrom(admitted, ext)).isEqualTo(fullFrom);
    }

    @Test
    void fullMembershipBeforeTheProbationEndsIsRefused() {
        DevelopmentProgress p = upTo(DevelopmentStep.FULL_MEMBERSHIP);
        assertThat(refusal(p, DevelopmentStep.FULL_MEMBERSHIP, "2021-06-30"))
                .isEqualTo("日期：预备期从支部大会通过之日（2020-07-01）算起为一年，到 2021-07-01 才满，不能提前转为正式党员（党章第七条）");
        assertThat(refusal(p, DevelopmentStep.FULL_MEMBERSHIP, "2021-07-01")).isNull();
        assertThat(DevelopmentRules.nextDue(p))
                .isEqualTo(
                        new Due(DevelopmentStep.FULL_MEMBERSHIP, LocalDate.of(2021, 7, 1), null));

        DevelopmentProgress extended =
                p.extended(new ProbationExtension(LocalDate.of(2021, 7, 5), 6));
        assertThat(refusal(extended, DevelopmentStep.FULL_MEMBERSHIP, "2021-12-31"))
                .isEqualTo(
                        "日期：预备期从支部大会通过之日（2020-07-01）算起一年，又延长 6 个月，到 2022-01-01 才满，不能提前转为正式党员（党章第七条）");
        assertThat(refusal(extended, DevelopmentStep.FULL_MEMBERSHIP, "2022-01-01"))
                .isEqualTo("日期：日期 2022-01-01 还没到，只记录已经进行的步骤"); // TODAY is 2021-12-31
    }

    @ParameterizedTest(name = "{0} months: {1}")
    @CsvSource({"5,false", "6,true", "9,true", "12,true", "13,false", "0,false"})
    void aProbationIsExtendedBySixToTwelveMonths(int months, boolean ok) {
        assertThat(DevelopmentRules.extensionMonthsAllowed(months)).isEqualTo(ok);
    }

    @ParameterizedTest(name = "{0} on {1} by {2} months")
    @CsvSource(
            delimiter = '|',
            value = {
                "PROBATION|2021-07-01|6|",
                "PROBATION|2021-07-20|12|",
                "PROBATION|2021-06-30|6|延长预备期：预备期满（2021-07-01）时由支部大会讨论能否转正或延长，不能提前决定延长（党章第七条）",
                "PROBATION|2021-07-01|5|延长预备期：延长预备期不能少于半年，最长不超过一年（党章第七条），现在是 5 个月",
                "PROBATION|2021-07-01|13|延长预备期：延长预备期不能少于半年，最长不超过一年（党章第七条），现在是 13 个月",
                "OATH|2021-07-01|6|延长预备期：只有在预备期中（已记录预备期考察、尚未转正）才能延长预备期",
                "FULL_MEMBERSHIP|2021-07-01|6|延长预备期：只有在预备期中（已记录预备期考察、尚未转正）才能延长预备期"
            })
    void aProbationIsExtendedAtItsEndDuringTheProbation(
            DevelopmentStep lastTaken, LocalDate decidedOn, int months, String message) {
        DevelopmentProgress at = upTo(lastTaken.next()); // null after full membership: every step
        ProbationExtension ext = new ProbationExtension(decidedOn, months);
        if (message == null) {
            assertThatCode(() -> DevelopmentRules.checkExtension(at, ext))
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> DevelopmentRules.checkExtension(at, ext)).hasMessage(message);
        }
    }

    @Test
    void aProbationIsExtendedOnce() {
        DevelopmentProgress p =
                upTo(DevelopmentStep.FULL_MEMBERSHIP)
                        .extended(new ProbationExtension(LocalDate.of(2021, 7, 1), 6));
        assertThatThrownBy(
                        () ->
                                DevelopmentRules.checkExtension(
                                        p, new ProbationExtension(LocalDate.of(2022, 1, 1), 6)))
                .hasMessage("延长预备期：预备期只能延长一次，已于 2021-07-01 延长 6 个月");
    }

    @ParameterizedTest(name = "after {0}: {1} from {2} due by {3}")
    @CsvSource({
        ",APPLICATION,2013-05-20,",
        "APPLICATION,APPLICATION_TALK,2019-03-01,2019-04-01",
        "APPLICATION_TALK,ACTIVIST,2019-03-20,",
        "ACTIVIST,CANDIDATE,2020-04-15,",
        "CANDIDATE,POLITICAL_REVIEW,2020-04-15,",
        "PRE_REVIEW,ADMISSION,2020-06-15,",
        "ADMISSION,APPROVAL,2020-07-01,2020-10-01",
        "APPROVAL,OATH,2020-08-20,",
        "OATH,PROBATION,2020-09-01,",
        "PROBATION,FULL_MEMBERSHIP,2021-07-01,"
    })
    void theBoardShowsWhatIsDueNext(
            DevelopmentStep last, DevelopmentStep next, LocalDate earliest, LocalDate deadline) {
        DevelopmentProgress p = last == null ? DevelopmentProgress.of(BORN) : upTo(last.next());
        assertThat(DevelopmentRules.nextDue(p)).isEqualTo(new Due(next, earliest, deadline));
    }

    @Test
    void eachRuleAloneReturnsNothingWhenItHolds() {
        DevelopmentProgress p = upTo(DevelopmentStep.CANDIDATE);
        LocalDate on = LocalDate.of(2020, 4, 15);
        assertThat(DevelopmentRules.outOfOrder(p, DevelopmentStep.CANDIDATE)).isEmpty();
        assertThat(DevelopmentRules.beforePreviousStep(p, DevelopmentStep.CANDIDATE, on)).isEmpty();
        assertThat(DevelopmentRules.tooEarly(p, DevelopmentStep.CANDIDATE, on)).isEmpty();
        assertThat(DevelopmentRules.inFuture(on, TODAY)).isEmpty();
        assertThat(DevelopmentRules.approvalTooLate(p, DevelopmentStep.CANDIDATE, on, false))
                .isEmpty();
        assertThat(DevelopmentRules.tooEarly(p, DevelopmentStep.CANDIDATE, on.minusDays(1)))
                .isPresent();
    }

    static final java.util.UUID BRANCH =
            java.util.UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    static final java.util.UUID OTHER =
            java.util.UUID.fromString("00000000-0000-0000-0000-0000000000b2");

    @ParameterizedTest(name = "sponsors held in {0} and {1}: of the branch {2}")
    @CsvSource({"b1, b1, true", "b1, b2, false", "b2, b2, false"})
    void sponsorsAreMembersOfTheApplicantsBranch(String first, String second, boolean ok) {
        List<java.util.UUID> held =
                java.util.stream.Stream.of(first, second)
                        .map(b -> b.equals("b1") ? BRANCH : OTHER)
                        .toList();
        assertThat(DevelopmentRules.sponsorsOfTheBranch(held, BRANCH)).isEqualTo(ok);
        if (!ok) {
            assertThatThrownBy(
                            () ->
                                    DevelopmentRules.checkSponsorsOfTheBranch(
                                            held, BRANCH, "青槐小区党支部"))
                    .hasMessageContaining("青槐小区党支部");
        }
    }

    @ParameterizedTest(name = "earliest {0}, deadline {1}, on {2}: date {3}, within 30 days {4}")
    @CsvSource({
        "2021-01-01, 2021-02-01, 2021-01-10, 2021-02-01, true",
        "2021-01-01, 2021-02-01, 2021-02-02, 2021-02-01, false",
        "2021-01-01, 2021-03-01, 2021-01-10, 2021-03-01, false",
        "2021-06-01, , 2021-05-15, 2021-06-01, true",
        "2021-06-01, , 2021-04-01, 2021-06-01, false",
        "2021-06-01, , 2021-07-01, 2021-06-01, false"
    })
    void theBoardShowsTheDeadlineElseTheEarliestDayAndWhatIsDueSoon(
            String earliest, String deadline, String on, String date, boolean soon) {
        Due due =
                new Due(
                        DevelopmentStep.APPROVAL,
                        LocalDate.parse(earliest),
                        deadline == null ? null : LocalDate.parse(deadline));
        assertThat(due.date()).isEqualTo(LocalDate.parse(date));
        assertThat(due.dueWithin(LocalDate.parse(on), 30)).isEqualTo(soon);
    }
}
