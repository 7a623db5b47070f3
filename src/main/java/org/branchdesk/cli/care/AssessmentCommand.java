package org.branchdesk.cli.care;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.concurrent.Callable;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.domain.care.Assessment;
import org.branchdesk.domain.care.AssessmentGrade;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.service.Services;
import org.branchdesk.service.care.AssessmentService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code assessment add|list}: each community's annual assessment and the reward that followed. */
@Command(
        name = "assessment",
        mixinStandardHelpOptions = true,
        subcommands = {AssessmentCommand.Add.class, AssessmentCommand.ListLines.class})
public final class AssessmentCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    public AssessmentCommand(OfficeOpener opener) {
        // the verbs open the office
    }

    @Override
    public Integer call() {
        return CareVerb.usage(spec);
    }

    /**
     * {@code assessment add --community NAME --year YYYY --score N --grade GRADE [--payment
     * P-CODE]}.
     */
    @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Add extends CareVerb {
        @Option(
                names = "--community",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.assessmentCommunity")
        String community;

        @Option(
                names = "--year",
                required = true,
                paramLabel = "YYYY",
                descriptionKey = "option.assessmentYear")
        int year;

        @Option(
                names = "--score",
                required = true,
                paramLabel = "N",
                descriptionKey = "option.assessmentScore")
        String score;

        @Option(
                names = "--grade",
                required = true,
                paramLabel = "GRADE",
                descriptionKey = "option.assessmentGrade")
        String grade;

        @Option(
                names = "--payment",
                paramLabel = "P-CODE",
                descriptionKey = "option.assessmentPayment")
        String payment;

        public Add(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            BigDecimal points;
            try {
                points = new BigDecimal(score.trim());
            } catch (NumberFormatException e) {
                throw new ValidationError("field.assessment.score", "rule.assessment.score", score);
            }
            Assessment a =
                    s.assessments()
                            .add(
                                    new AssessmentService.NewAssessment(
                                            s.dutyNames().community(community),
                                            year,
                                            points,
                                            word(AssessmentGrade.class, grade),
                                            payment == null ? null : s.payments().coded(payment)));
            out.println(
                    Messages.format(
                            "cli.assessment.added",
                            community.trim(),
                            a.year(),
                            a.score().toPlainString(),
                            Messages.format(a.grade().key())));
        }
    }

    /**
     * {@code assessment list}: year, community, score, grade, the reward's payment and amount;
     * tab-separated.
     */
    @Command(name = "list", mixinStandardHelpOptions = true)
    public static final class ListLines extends CareVerb {
        public ListLines(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            for (AssessmentService.Line l : s.assessments().lines()) {
                Assessment a = l.assessment();
                out.println(
                        String.join(
                                "\t",
                                Integer.toString(a.year()),
                                l.community(),
                                a.score().toPlainString(),
                                Messages.format(a.grade().key()),
                                l.paymentCode() == null ? "" : l.paymentCode(),
                                l.amount() == null ? "" : l.amount()));
            }
        }
    }
}
