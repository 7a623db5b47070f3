package org.branchdesk.cli.care;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.domain.care.Commendation;
import org.branchdesk.domain.care.CommendationLevel;
import org.branchdesk.domain.care.Honoree;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.service.Services;
import org.branchdesk.service.care.CommendationService;
import org.branchdesk.service.care.PaymentService;
import org.branchdesk.service.registers.ShortCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code commendation add|list} and {@code commendation honoree add}: commendation decisions and
 * their honorees. A decision is named by the code its list shows (C…); an honoree by name, like a
 * payment's recipient; a reward by its payment's code (P…).
 */
@Command(
        name = "commendation",
        mixinStandardHelpOptions = true,
        subcommands = {
            CommendationCommand.Add.class,
            CommendationCommand.HonoreeNoun.class,
            CommendationCommand.ListLines.class
        })
public final class CommendationCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    public CommendationCommand(OfficeOpener opener) {
        // the verbs open the office
    }

    @Override
    public Integer call() {
        return CareVerb.usage(spec);
    }

    /**
     * {@code commendation add --title TITLE --level LEVEL --body NAME [--doc NUMBER] --on DATE}.
     */
    @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Add extends CareVerb {
        @Option(
                names = "--title",
                required = true,
                paramLabel = "TITLE",
                descriptionKey = "option.commendationTitle")
        String title;

        @Option(
                names = "--level",
                required = true,
                paramLabel = "LEVEL",
                descriptionKey = "option.commendationLevel")
        String level;

        @Option(
                names = "--body",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.commendationBody")
        String body;

        @Option(names = "--doc", paramLabel = "NUMBER", descriptionKey = "option.commendationDoc")
        String doc;

        @Option(
                names = "--on",
                required = true,
                paramLabel = "DATE",
                descriptionKey = "option.commendationOn")
        LocalDate on;

        public Add(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            Commendation c =
                    s.commendations()
                            .add(
                                    new CommendationService.NewCommendation(
                                            title,
                                            word(CommendationLevel.class, level),
                                            body,
                                            doc,
                                            on));
            out.println(
                    Messages.format(
                            "cli.commendation.added",
                            ShortCodes.of(CommendationService.CODE, c.id()),
                            c.title(),
                            Messages.format(c.level().key()),
                            c.awardingBody(),
                            c.decidedOn().toString()));
        }
    }

    /** {@code commendation honoree add}: the honorees of a decision. */
    @Command(
            name = "honoree",
            mixinStandardHelpOptions = true,
            subcommands = {CommendationCommand.HonoreeAdd.class})
    public static final class HonoreeNoun implements Callable<Integer> {
        @Spec CommandSpec spec;

        public HonoreeNoun(OfficeOpener opener) {
            // the verb opens the office
        }

        @Override
        public Integer call() {
            return CareVerb.usage(spec);
        }
    }

    /**
     * {@code commendation honoree add CODE --name NAME [--id-tail NNNN] --deeds TEXT [--payment
     * P-CODE]}: a certificate, or with {@code --payment} a reward linked to its payment.
     */
    @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class HonoreeAdd extends CareVerb {
        @Parameters(paramLabel = "CODE", descriptionKey = "param.commendationCode")
        String code;

        @Option(
                names = "--name",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.honoreeName")
        String name;

        @Option(names = "--id-tail", paramLabel = "NNNN", descriptionKey = "option.honoreeIdTail")
        String idTail;

        @Option(
                names = "--deeds",
                required = true,
                paramLabel = "TEXT",
                descriptionKey = "option.honoreeDeeds")
        String deeds;

        @Option(
                names = "--payment",
                paramLabel = "P-CODE",
                descriptionKey = "option.honoreePayment")
        String payment;

        public HonoreeAdd(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            java.util.UUID id = s.commendations().coded(code);
            PaymentService.Named who = s.payments().recipientNamed(name, idTail);
            Honoree h =
                    s.commendations()
                            .honor(
                                    new CommendationService.NewHonoree(
                                            id,
                                            who.kind(),
                                            who.id(),
                                            payment == null ? null : s.payments().coded(payment),
                                            deeds));
            out.println(
                    Messages.format(
                            "cli.commendation.honored",
                            h.who().name(),
                            Messages.format(h.form().key()),
                            code.trim().toUpperCase(java.util.Locale.ROOT)));
        }
    }

    /**
     * {@code commendation list}: each decision (code, level, title, awarding body, number, day),
     * then its honorees indented (name, register, where they belong, form, payment and amount,
     * deeds); tab-separated. Names only: supervisors read the same.
     */
    @Command(name = "list", mixinStandardHelpOptions = true)
    public static final class ListLines extends CareVerb {
        public ListLines(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            for (CommendationService.Line l : s.commendations().lines()) {
                Commendation c = l.commendation();
                out.println(
                        String.join(
                                "\t",
                                l.code(),
                                Messages.format(c.level().key()),
                                c.title(),
                                c.awardingBody(),
                                l.number() == null ? "" : l.number(),
                                c.decidedOn().toString()));
                for (CommendationService.HonoreeLine h : l.honorees()) {
                    out.println(
                            String.join(
                                    "\t",
                                    "",
                                    h.honoree().who().name(),
                                    Messages.format(h.honoree().who().kind().key()),
                                    h.affiliation(),
                                    Messages.format(h.honoree().form().key()),
                                    h.paymentCode() == null
                                            ? ""
                                            : h.paymentCode() + " " + h.amount(),
                                    h.honoree().deeds()));
                }
            }
        }
    }
}
