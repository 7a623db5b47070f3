package org.branchdesk.cli.care;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.domain.care.Payment;
import org.branchdesk.domain.care.PaymentKind;
import org.branchdesk.domain.care.PaymentMethod;
import org.branchdesk.domain.care.Reversal;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.service.Services;
import org.branchdesk.service.care.PaymentService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code payment add|edit|approve|pay|reverse|cancel|list|batch}: payments from funds. A payment is
 * named by the code its list shows (P…). Recording needs {@code EDIT}; approving, paying and
 * reversing need {@code APPROVE_PAYMENTS}, and whoever recorded a payment cannot approve it.
 */
@Command(
        name = "payment",
        mixinStandardHelpOptions = true,
        subcommands = {
            PaymentCommand.Add.class,
            PaymentCommand.Edit.class,
            PaymentCommand.Approve.class,
            PaymentCommand.Pay.class,
            PaymentCommand.Reverse.class,
            PaymentCommand.Cancel.class,
            PaymentCommand.ListLines.class,
            PaymentBatchCommand.class
        })
public final class PaymentCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    public PaymentCommand(OfficeOpener opener) {
        // the verbs open the office
    }

    @Override
    public Integer call() {
        return CareVerb.usage(spec);
    }

    /**
     * {@code payment add --kind KIND --recipient NAME [--id-tail NNNN] --amount YUAN --fund NAME
     * --reason TEXT [--period FROM..TO]}.
     */
    @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Add extends CareVerb {
        @Option(
                names = "--kind",
                required = true,
                paramLabel = "KIND",
                descriptionKey = "option.paymentKind")
        String kind;

        @Option(
                names = "--recipient",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.paymentRecipient")
        String recipient;

        @Option(names = "--id-tail", paramLabel = "NNNN", descriptionKey = "option.paymentIdTail")
        String idTail;

        @Option(
                names = "--amount",
                required = true,
                paramLabel = "YUAN",
                descriptionKey = "option.careAmount")
        String amount;

        @Option(
                names = "--fund",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.fundName")
        String fund;

        @Option(
                names = "--reason",
                required = true,
                paramLabel = "TEXT",
                descriptionKey = "option.paymentReason")
        String reason;

        @Option(
                names = "--period",
                paramLabel = "FROM..TO",
                descriptionKey = "option.paymentPeriod")
        String period;

        public Add(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            PaymentKind k = word(PaymentKind.class, kind);
            Yuan yuan = Yuan.parse("field.payment.amount", amount);
            LocalDate[] fromTo = period(period);
            PaymentService.Named who = s.payments().recipientNamed(recipient, idTail);
            Payment p =
                    s.payments()
                            .record(
                                    new PaymentService.NewPayment(
                                            k,
                                            who.kind(),
                                            who.id(),
                                            yuan,
                                            fromTo[0],
                                            fromTo[1],
                                            reason,
                                            s.funds().named(fund)));
            out.println(
                    Messages.format(
                            "cli.payment.recorded",
                            code(p),
                            Messages.format(p.kind().key()),
                            p.recipient().name(),
                            p.amount().withSign(),
                            fund.trim()));
        }

        /** {@code 2026-01-01..2026-01-31}: the first and last day; both {@code null} if absent. */
        static LocalDate[] period(String text) {
            if (text == null || text.isBlank()) {
                return new LocalDate[2];
            }
            String[] parts = text.trim().split("\\.\\.", -1);
            try {
                if (parts.length == 2) {
                    return new LocalDate[] {
                        LocalDate.parse(parts[0].trim()), LocalDate.parse(parts[1].trim())
                    };
                }
            } catch (DateTimeParseException e) {
                // refused below
            }
            throw new ValidationError("field.payment.period", "rule.payment.periodFormat", text);
        }
    }

    static String code(Payment p) {
        return org.branchdesk.service.registers.ShortCodes.of('P', p.id());
    }

    /** {@code payment edit CODE [--amount YUAN] [--reason TEXT]}: only before it is paid. */
    @Command(name = "edit", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Edit extends CareVerb {
        @Parameters(paramLabel = "CODE", descriptionKey = "param.paymentCode")
        String code;

        @Option(names = "--amount", paramLabel = "YUAN", descriptionKey = "option.careAmount")
        String amount;

        @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "option.paymentReason")
        String reason;

        public Edit(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            Yuan yuan = amount == null ? null : Yuan.parse("field.payment.amount", amount);
            Payment p = s.payments().edit(s.payments().coded(code), yuan, reason);
            out.println(
                    Messages.format(
                            "cli.payment.edited",
                            code(p),
                            p.amount().withSign(),
                            Messages.format(p.state().key())));
        }
    }

    /** {@code payment approve CODE --approver NAME --post POST [--on DATE]}. */
    @Command(name = "approve", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Approve extends CareVerb {
        @Parameters(paramLabel = "CODE", descriptionKey = "param.paymentCode")
        String code;

        @Option(
                names = "--approver",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.paymentApprover")
        String approver;

        @Option(
                names = "--post",
                required = true,
                paramLabel = "POST",
                descriptionKey = "option.paymentApproverPost")
        String post;

        @Option(names = "--on", paramLabel = "DATE", descriptionKey = "option.paymentApprovedOn")
        LocalDate on;

        public Approve(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            Payment p =
                    s.payments().approve(s.payments().coded(code), approver, post, dayOr(on, s));
            out.println(
                    Messages.format(
                            "cli.payment.approved",
                            code(p),
                            p.approval().approverName(),
                            p.approval().approverPost(),
                            p.approval().on().toString()));
        }
    }

    /** {@code payment pay CODE --method METHOD [--on DATE] [--collected-by NAME]}. */
    @Command(name = "pay", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Pay extends CareVerb {
        @Parameters(paramLabel = "CODE", descriptionKey = "param.paymentCode")
        String code;

        @Option(
                names = "--method",
                required = true,
                paramLabel = "METHOD",
                descriptionKey = "option.paymentMethod")
        String method;

        @Option(names = "--on", paramLabel = "DATE", descriptionKey = "option.paymentPaidOn")
        LocalDate on;

        @Option(
                names = "--collected-by",
                paramLabel = "NAME",
                descriptionKey = "option.paymentCollectedBy")
        String collectedBy;

        public Pay(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            Payment p =
                    s.payments()
                            .pay(
                                    s.payments().coded(code),
                                    dayOr(on, s),
                                    word(PaymentMethod.class, method),
                                    collectedBy);
            out.println(
                    Messages.format(
                            "cli.payment.paid",
                            code(p),
                            p.amount().withSign(),
                            p.paid().on().toString(),
                            Messages.format(p.paid().method().key())));
        }
    }

    /** {@code payment reverse CODE --reason TEXT [--on DATE]}: a paid payment's correction. */
    @Command(name = "reverse", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Reverse extends CareVerb {
        @Parameters(paramLabel = "CODE", descriptionKey = "param.paymentCode")
        String code;

        @Option(
                names = "--reason",
                required = true,
                paramLabel = "TEXT",
                descriptionKey = "option.reversalReason")
        String reason;

        @Option(names = "--on", paramLabel = "DATE", descriptionKey = "option.reversedOn")
        LocalDate on;

        public Reverse(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            Reversal r = s.payments().reverse(s.payments().coded(code), dayOr(on, s), reason);
            out.println(
                    Messages.format(
                            "cli.payment.reversed",
                            code.trim().toUpperCase(java.util.Locale.ROOT),
                            Yuan.withSign(r.signedAmount()),
                            r.on().toString()));
        }
    }

    /** {@code payment cancel CODE --reason TEXT}: a payment not yet paid, withdrawn and kept. */
    @Command(name = "cancel", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Cancel extends CareVerb {
        @Parameters(paramLabel = "CODE", descriptionKey = "param.paymentCode")
        String code;

        @Option(
                names = "--reason",
                required = true,
                paramLabel = "TEXT",
                descriptionKey = "option.cancelReason")
        String reason;

        public Cancel(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            Payment p = s.payments().cancel(s.payments().coded(code), reason);
            out.println(Messages.format("cli.payment.cancelled", code(p), p.amount().withSign()));
        }
    }

    /**
     * {@code payment list}: code, state, kind, recipient, amount (a reversal negative), fund, day,
     * reason; tab-separated. Names only, no ID numbers: supervisors read the same.
     */
    @Command(name = "list", mixinStandardHelpOptions = true)
    public static final class ListLines extends CareVerb {
        public ListLines(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            for (PaymentService.Line l : s.payments().lines()) {
                Payment p = l.payment();
                out.println(
                        String.join(
                                "\t",
                                l.code(),
                                l.reversal()
                                        ? Messages.format("cli.payment.reversal")
                                        : Messages.format(p.state().key()),
                                Messages.format(p.kind().key()),
                                p.recipient().name(),
                                Yuan.figures(l.signedAmount()),
                                l.fund(),
                                l.on() == null ? "" : l.on().toString(),
                                l.reason()));
            }
        }
    }
}
