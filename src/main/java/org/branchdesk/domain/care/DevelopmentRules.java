package org.branchdesk.domain.care;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.branchdesk.domain.care.DevelopmentProgress.ProbationExtension;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.members.Standing;

/**
 * The timing and order of developing a member, by 《中国共产党章程》 and 《中国共产党发展党员工作细则》 (中共中央办公厅, 2014;
 * here 细则). One rule per method, each citing where it comes from; the {@code Optional} methods
 * return the refusal, with the rule in Chinese, when a step is out of order or too early.
 *
 * <p>Periods count as the regulations do: "一年以上" includes the full year (an activist of 1 March
 * 2023 may become a candidate on 1 March 2024), "一个月内" and "三个月内" include their last day.
 *
 * <p>A step taken late is recorded as it happened, never refused for lateness (a refusal would only
 * push a clerk to write a false date); {@link #nextDue} shows what is overdue. The one exception is
 * the higher committee's approval after its longest time, six months, which the 细则 does not allow
 * at all.
 */
public final class DevelopmentRules {
    /** 党章第一条, 细则第五条: 年满十八岁. */
    public static final int MINIMUM_AGE = 18;

    /** 细则第二章: 党组织收到入党申请书后，应当在一个月内派人同入党申请人谈话. */
    public static final Period TALK_WITHIN = Period.ofMonths(1);

    /** 细则第二章: 党支部每半年对入党积极分子进行一次考察. */
    public static final Period ACTIVIST_REVIEW_EVERY = Period.ofMonths(6);

    /** 细则第十三条: 经过一年以上培养教育和考察. */
    public static final Period ACTIVIST_AT_LEAST = Period.ofYears(1);

    /** 细则第十七条: 培训时间一般不少于三天（或不少于二十四个学时）. */
    public static final int TRAINING_MIN_DAYS = 3;

    public static final int TRAINING_MIN_HOURS = 24;

    /** 细则第四章: 上级党委应当在三个月内审批, 特殊情况最长不超过六个月. */
    public static final Period APPROVAL_WITHIN = Period.ofMonths(3);

    public static final Period APPROVAL_AT_MOST = Period.ofMonths(6);

    /** 党章第七条: 预备党员的预备期为一年. */
    public static final Period PROBATION = Period.ofYears(1);

    /** 党章第七条 (不能超过一年) and 细则第五章 (不能少于半年): an extension of 6 to 12 months. */
    public static final int EXTENSION_MIN_MONTHS = 6;

    public static final int EXTENSION_MAX_MONTHS = 12;

    private static final String FIELD_ON = "field.development.on";

    private DevelopmentRules() {}

    /** 党章第一条 and 细则第五条: 年满十八岁的……先进分子……可以申请加入中国共产党 — eighteen on the day of the application. */
    public static boolean oldEnoughToApply(LocalDate birthDate, LocalDate appliedOn) {
        return !birthDate.plusYears(MINIMUM_AGE).isAfter(appliedOn);
    }

    /** 细则第二章: the talk is due within one month of the application, this day included. */
    public static LocalDate talkDueBy(LocalDate appliedOn) {
        return appliedOn.plus(TALK_WITHIN);
    }

    /** Whether the talk was held within the month (a late one is recorded and shown as late). */
    public static boolean talkInTime(LocalDate appliedOn, LocalDate talkOn) {
        return !talkOn.isAfter(talkDueBy(appliedOn));
    }

    /** 细则第二章: 党组织应当指定一至两名正式党员作为入党积极分子的培养联系人. */
    public static boolean contactPersonsValid(List<Standing> contacts) {
        return !contacts.isEmpty()
                && contacts.size() <= 2
                && contacts.stream().allMatch(s -> s == Standing.FULL);
    }

    /** 细则第二章: an activist is reviewed every half year, from the day named or last reviewed. */
    public static LocalDate activistReviewDue(LocalDate activistOn, LocalDate lastReviewOn) {
        return (lastReviewOn != null ? lastReviewOn : activistOn).plus(ACTIVIST_REVIEW_EVERY);
    }

    /**
     * 细则第十三条: 对经过一年以上培养教育和考察、基本具备党员条件的入党积极分子……可列为发展对象 — the first day an activist may become a
     * candidate.
     */
    public static LocalDate earliestCandidate(LocalDate activistOn) {
        return activistOn.plus(ACTIVIST_AT_LEAST);
    }

    /**
     * 党章第五条: 申请入党的人……要有两名正式党员作介绍人; 细则第三章 fixes them when the activist becomes a candidate. A
     * probationary member cannot sponsor.
     */
    public static boolean sponsorsValid(List<Standing> sponsors) {
        return sponsors.size() == 2 && sponsors.stream().allMatch(s -> s == Standing.FULL);
    }

    /**
     * 细则第三章 (由支部确定入党介绍人): the two sponsors are members of the applicant's own branch, which fixes
     * them from its full members (as this office keeps its cases).
     *
     * @param sponsorBranches the branch each sponsor's membership is held in ({@code null}: none)
     */
    public static boolean sponsorsOfTheBranch(List<UUID> sponsorBranches, UUID branch) {
        return sponsorBranches.stream().allMatch(branch::equals);
    }

    /** 细则第十七条: 培训时间一般不少于三天（或不少于二十四个学时）. */
    public static boolean trainingLongEnough(int days, int classHours) {
        return days >= TRAINING_MIN_DAYS || classHours >= TRAINING_MIN_HOURS;
    }

    /** 细则第四章: the higher committee approves within three months of the branch meeting. */
    public static LocalDate approvalDueBy(LocalDate admittedOn) {
        return admittedOn.plus(APPROVAL_WITHIN);
    }

    /** 细则第四章: in special circumstances the approval may wait, but never beyond six months. */
    public static LocalDate approvalLatest(LocalDate admittedOn) {
        return admittedOn.plus(APPROVAL_AT_MOST);
    }

    /**
     * 党章第五条: 上级党组织在批准申请人入党以前，要派人同他谈话 — the talk comes on or before the approval, after the branch
     * meeting.
     */
    public static boolean higherTalkInPlace(
            LocalDate admittedOn, LocalDate talkOn, LocalDate approvedOn) {
        return !talkOn.isBefore(admittedOn) && !talkOn.isAfter(approvedOn);
    }

    /**
     * 党章第七条: 预备党员的预备期，从支部大会通过他为预备党员之日算起 — one year from the branch meeting, plus the extension if
     * any.
     */
    public static LocalDate probationEnds(LocalDate admittedOn, ProbationExtension extension) {
        LocalDate end = admittedOn.plus(PROBATION);
        return extension == null ? end : end.plusMonths(extension.months());
    }

    /**
     * 党章第七条: 党员的党龄，从预备期满转为正式党员之日算起 — a full member from the day the probation ends, whatever day
     * the branch meeting met.
     */
    public static LocalDate fullMemberFrom(LocalDate admittedOn, ProbationExtension extension) {
        return probationEnds(admittedOn, extension);
    }

    /** 党章第七条 (可以延长预备期，但不能超过一年) and 细则第五章 (不能少于半年): six to twelve months. */
    public static boolean extensionMonthsAllowed(int months) {
        return months >= EXTENSION_MIN_MONTHS && months <= EXTENSION_MAX_MONTHS;
    }

    /**
     * 党章第七条: 预备党员预备期满，党的支部应当及时讨论他能否转为正式党员 — whether to extend is decided when the year is over, not
     * before.
     */
    public static boolean extensionAtProbationEnd(LocalDate admittedOn, LocalDate decidedOn) {
        return !decidedOn.isBefore(admittedOn.plus(PROBATION));
    }

    /**
     * Steps follow the procedure: each after the one before it (the application first), each once.
     */
    public static Optional<ValidationError> outOfOrder(
            DevelopmentProgress progress, DevelopmentStep step) {
        if (progress.hasTaken(step)) {
            return refuse(
                    "field.development.step",
                    "rule.development.taken",
                    name(step),
                    progress.on(step).toString());
        }
        DevelopmentStep before = step.previous();
        if (before != null && !progress.hasTaken(before)) {
            DevelopmentStep missing = progress.next();
            return refuse(
                    "field.development.step", "rule.development.order", name(missing), name(step));
        }
        return Optional.empty();
    }

    /** A step is dated on or after the step before it. */
    public static Optional<ValidationError> beforePreviousStep(
            DevelopmentProgress progress, DevelopmentStep step, LocalDate on) {
        DevelopmentStep before = step.previous();
        LocalDate previousOn = before == null ? null : progress.on(before);
        if (previousOn != null && on.isBefore(previousOn)) {
            return refuse(
                    FIELD_ON,
                    "rule.development.beforePrevious",
                    name(step),
                    on.toString(),
                    name(before),
                    previousOn.toString());
        }
        return Optional.empty();
    }

    /** A step is recorded once it has happened, never ahead. */
    public static Optional<ValidationError> inFuture(LocalDate on, LocalDate today) {
        return on.isAfter(today)
                ? refuse(FIELD_ON, "rule.development.future", on.toString())
                : Optional.empty();
    }

    /**
     * A step taken before the regulations allow it: an application before eighteen (党章第一条, 细则第五条),
     * a candidate before a full year as an activist (细则第十三条), full membership before the probation
     * ends (党章第七条).
     */
    public static Optional<ValidationError> tooEarly(
            DevelopmentProgress progress, DevelopmentStep step, LocalDate on) {
        switch (step) {
            case APPLICATION -> {
                if (!oldEnoughToApply(progress.birthDate(), on)) {
                    return refuse(
                            FIELD_ON,
                            "rule.development.under18",
                            progress.birthDate().plusYears(MINIMUM_AGE).toString());
                }
            }
            case CANDIDATE -> {
                LocalDate activistOn = progress.on(DevelopmentStep.ACTIVIST);
                if (activistOn != null && on.isBefore(earliestCandidate(activistOn))) {
                    return refuse(
                            FIELD_ON,
                            "rule.development.candidateTooEarly",
                            activistOn.toString(),
                            earliestCandidate(activistOn).toString());
                }
            }
            case FULL_MEMBERSHIP -> {
                LocalDate admittedOn = progress.on(DevelopmentStep.ADMISSION);
                if (admittedOn != null
                        && on.isBefore(probationEnds(admittedOn, progress.extension()))) {
                    return refuse(
                            FIELD_ON,
                            progress.extension() == null
                                    ? "rule.development.fullTooEarly"
                                    : "rule.development.fullTooEarlyExtended",
                            probationEnds(admittedOn, progress.extension()).toString(),
                            admittedOn.toString(),
                            progress.extension() == null
                                    ? ""
                                    : String.valueOf(progress.extension().months()));
                }
            }
            default -> {
                // no earliest day beyond the step before it
            }
        }
        return Optional.empty();
    }

    /**
     * 细则第四章: the higher committee approves within three months of the branch meeting; later only in
     * special circumstances, stated, and never beyond six months.
     *
     * @param specialCircumstances whether the clerk stated why it took longer than three months
     */
    public static Optional<ValidationError> approvalTooLate(
            DevelopmentProgress progress,
            DevelopmentStep step,
            LocalDate on,
            boolean specialCircumstances) {
        LocalDate admittedOn = progress.on(DevelopmentStep.ADMISSION);
        if (step != DevelopmentStep.APPROVAL || admittedOn == null) {
            return Optional.empty();
        }
        if (on.isAfter(approvalLatest(admittedOn))) {
            return refuse(
                    FIELD_ON,
                    "rule.development.approvalBeyondSixMonths",
                    admittedOn.toString(),
                    approvalLatest(admittedOn).toString());
        }
        if (on.isAfter(approvalDueBy(admittedOn)) && !specialCircumstances) {
            return refuse(
                    FIELD_ON,
                    "rule.development.approvalLate",
                    admittedOn.toString(),
                    approvalDueBy(admittedOn).toString());
        }
        return Optional.empty();
    }

    /**
     * Refuses a step out of order, too early, dated before the step before it, in the future, or an
     * approval too late, with the first rule it breaks.
     */
    public static void check(
            DevelopmentProgress progress,
            DevelopmentStep step,
            LocalDate on,
            LocalDate today,
            boolean specialCircumstances) {
        Stream.of(
                        outOfOrder(progress, step),
                        inFuture(on, today),
                        beforePreviousStep(progress, step, on),
                        tooEarly(progress, step, on),
                        approvalTooLate(progress, step, on, specialCircumstances))
                .flatMap(Optional::stream)
                .findFirst()
                .ifPresent(
                        e -> {
                            throw e;
                        });
    }

    /** Refuses contact persons who are not one or two full members (细则第二章). */
    public static void checkContactPersons(List<Standing> contacts) {
        if (!contactPersonsValid(contacts)) {
            throw new ValidationError(
                    "field.development.contactPersons", "rule.development.contactPersons");
        }
    }

    /** Refuses sponsors who are not two full members (党章第五条). */
    public static void checkSponsors(List<Standing> sponsors) {
        if (!sponsorsValid(sponsors)) {
            throw new ValidationError("field.development.sponsors", "rule.development.sponsors");
        }
    }

    /** Refuses sponsors whose membership is not held in the applicant's branch. */
    public static void checkSponsorsOfTheBranch(
            List<UUID> sponsorBranches, UUID branch, String branchName) {
        if (!sponsorsOfTheBranch(sponsorBranches, branch)) {
            throw new ValidationError(
                    "field.development.sponsors", "rule.development.sponsorsOfBranch", branchName);
        }
    }

    /** Refuses a concentrated training shorter than three days and 24 class hours (细则第十七条). */
    public static void checkTraining(int days, int classHours) {
        if (!trainingLongEnough(days, classHours)) {
            throw new ValidationError(
                    "field.development.training",
                    "rule.development.training",
                    String.valueOf(days),
                    String.valueOf(classHours));
        }
    }

    /**
     * Refuses an extension of the probation outside the rules: only during the probation (step 12
     * recorded, full membership not), decided when the year is over, six to twelve months, once.
     */
    public static void checkExtension(DevelopmentProgress progress, ProbationExtension extension) {
        String field = "field.development.extension";
        if (progress.extension() != null) {
            throw new ValidationError(
                    field,
                    "rule.development.extendedAlready",
                    progress.extension().decidedOn().toString(),
                    String.valueOf(progress.extension().months()));
        }
        if (!progress.hasTaken(DevelopmentStep.PROBATION)
                || progress.hasTaken(DevelopmentStep.FULL_MEMBERSHIP)) {
            throw new ValidationError(field, "rule.development.extensionNotInProbation");
        }
        LocalDate admittedOn = progress.on(DevelopmentStep.ADMISSION);
        if (!extensionAtProbationEnd(admittedOn, extension.decidedOn())) {
            throw new ValidationError(
                    field,
                    "rule.development.extensionTooEarly",
                    probationEnds(admittedOn, null).toString());
        }
        if (!extensionMonthsAllowed(extension.months())) {
            throw new ValidationError(
                    field, "rule.development.extensionMonths", String.valueOf(extension.months()));
        }
    }

    /**
     * What is due next on the development board, or {@code null} once a full member.
     *
     * @param earliest the first day it may be taken
     * @param deadline the day it is due by, or {@code null} when the rules set none
     */
    public record Due(DevelopmentStep step, LocalDate earliest, LocalDate deadline) {
        /** Whether it is past its deadline on a day. */
        public boolean overdueOn(LocalDate day) {
            return deadline != null && day.isAfter(deadline);
        }

        /** The day the board shows: the deadline when the rules set one, else the earliest day. */
        public LocalDate date() {
            return deadline != null ? deadline : earliest;
        }

        /**
         * Whether it comes due within {@code days} of a day: its deadline falls in that time (not
         * yet past), or, with no deadline, it may first be taken in that time (a candidate's year
         * as an activist or a probation coming to its end).
         */
        public boolean dueWithin(LocalDate day, int days) {
            LocalDate horizon = day.plusDays(days);
            LocalDate d = deadline != null ? deadline : earliest;
            return d != null && !d.isBefore(day) && !d.isAfter(horizon);
        }
    }

    /** The next step of a case, the first day it may be taken and the day it is due by. */
    public static Due nextDue(DevelopmentProgress progress) {
        DevelopmentStep next = progress.next();
        if (next == null) {
            return null;
        }
        DevelopmentStep last = next.previous();
        LocalDate lastOn = last == null ? null : progress.on(last);
        LocalDate admittedOn = progress.on(DevelopmentStep.ADMISSION);
        return switch (next) {
            case APPLICATION -> new Due(next, progress.birthDate().plusYears(MINIMUM_AGE), null);
            case APPLICATION_TALK -> new Due(next, lastOn, talkDueBy(lastOn));
            case CANDIDATE -> new Due(next, earliestCandidate(lastOn), null);
            case APPROVAL -> new Due(next, lastOn, approvalDueBy(admittedOn));
            case FULL_MEMBERSHIP ->
                    new Due(next, probationEnds(admittedOn, progress.extension()), null);
            default -> new Due(next, lastOn, null);
        };
    }

    private static Optional<ValidationError> refuse(String field, String key, Object... args) {
        return Optional.of(new ValidationError(field, key, args));
    }

    private static String name(DevelopmentStep step) {
        return Messages.format(step.key());
    }
}
