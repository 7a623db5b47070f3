package org.branchdesk.cli.care;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.domain.care.PaymentBatch;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.service.Services;
import org.branchdesk.service.care.PaymentBatches;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code payment batch living-subsidy|work-allowance}: a batch previewed, and saved only with
 * {@code --save}. The preview lists every recipient (ID numbers masked), the standard × days, the
 * amount, who is skipped and why, the total and the fund's balance, and what would refuse it. A
 * refused batch exits 1 with the rule, and nothing is saved.
 */
@Command(
        name = "batch",
        mixinStandardHelpOptions = true,
        subcommands = {PaymentBatchCommand.LivingSubsidy.class, PaymentBatchCommand.Work.class})
public final class PaymentBatchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    public PaymentBatchCommand(OfficeOpener opener) {
        // the verbs open the office
    }

    @Override
    public Integer call() {
        return CareVerb.usage(spec);
    }

    /** What both batches take: the fund, and whether to save. */
    abstract static class BatchVerb extends CareVerb {
        @Option(
                names = "--fund",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.fundName")
        String fund;

        @Option(names = "--save", descriptionKey = "option.batchSave")
        boolean save;

        BatchVerb(OfficeOpener opener) {
            super(opener);
        }

        /** Prints the preview; saves it with {@code --save}; a refused batch exits 1. */
        void show(Services s, PaymentBatches.Preview p, PrintWriter out) {
            printPreview(p, out);
            if (!save) {
                if (p.refused()) {
                    throw new UserError("cli.batch.refused", p.refusals().get(0));
                }
                out.println(Messages.format("cli.batch.notSaved"));
                return;
            }
            PaymentBatch b = s.paymentBatches().apply(p);
            out.println(
                    Messages.format(
                            "cli.batch.saved",
                            PaymentBatches.code(b),
                            p.rows().size(),
                            Yuan.withSign(p.total())));
        }
    }

    /** The preview as a table (tab-separated), its total, the skipped and the refusals. */
    static void printPreview(PaymentBatches.Preview p, PrintWriter out) {
        out.println(
                Messages.format(
                        "cli.batch.heading." + p.kind().name(),
                        p.from().toString(),
                        p.to().toString(),
                        p.fund(),
                        p.rate().withSign()));
        out.println(Messages.format("cli.batch.columns"));
        int n = 0;
        for (PaymentBatches.Row r : p.rows()) {
            n++;
            out.println(
                    String.join(
                            "\t",
                            String.valueOf(n),
                            r.name(),
                            r.maskedId(),
                            r.where(),
                            p.rate().figures() + "×" + r.days(),
                            r.amount().figures()));
        }
        out.println(
                Messages.format(
                        "cli.batch.total",
                        p.rows().size(),
                        Yuan.withSign(p.total()),
                        p.fund(),
                        Yuan.withSign(p.balance())));
        for (PaymentBatches.Skipped k : p.skipped()) {
            out.println(Messages.format("cli.batch.skipped", k.name(), k.maskedId(), k.reason()));
        }
        for (String why : p.refusals()) {
            out.println(Messages.format("cli.batch.refusal", why));
        }
    }

    /**
     * {@code payment batch living-subsidy --month YYYY-MM --fund NAME --standard YUAN [--save]}.
     */
    @Command(name = "living-subsidy", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class LivingSubsidy extends BatchVerb {
        @Option(
                names = "--month",
                required = true,
                paramLabel = "YYYY-MM",
                descriptionKey = "option.batchMonth")
        String month;

        @Option(
                names = "--standard",
                required = true,
                paramLabel = "YUAN",
                descriptionKey = "option.batchStandard")
        String standard;

        public LivingSubsidy(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            YearMonth m;
            try {
                m = YearMonth.parse(month.trim());
            } catch (DateTimeParseException e) {
                throw new ValidationError("field.batch.month", "rule.batch.monthFormat", month);
            }
            Yuan rate = Yuan.parse("field.batch.rate", standard);
            show(s, s.paymentBatches().previewLivingSubsidy(m, s.funds().named(fund), rate), out);
        }
    }

    /** {@code payment batch work-allowance --from DATE --to DATE --fund NAME --rate YUAN}. */
    @Command(name = "work-allowance", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Work extends BatchVerb {
        @Option(
                names = "--from",
                required = true,
                paramLabel = "DATE",
                descriptionKey = "option.batchFrom")
        LocalDate from;

        @Option(
                names = "--to",
                required = true,
                paramLabel = "DATE",
                descriptionKey = "option.batchTo")
        LocalDate to;

        @Option(
                names = "--rate",
                required = true,
                paramLabel = "YUAN",
                descriptionKey = "option.batchRate")
        String rate;

        public Work(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            Yuan daily = Yuan.parse("field.batch.rate", rate);
            show(
                    s,
                    s.paymentBatches().previewWorkAllowance(from, to, s.funds().named(fund), daily),
                    out);
        }
    }
}
