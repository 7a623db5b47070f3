package org.branchdesk.cli.care;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.cli.Secrets;
import org.branchdesk.domain.care.DevelopmentCase;
import org.branchdesk.domain.care.DevelopmentMaterial;
import org.branchdesk.domain.care.DevelopmentRecord;
import org.branchdesk.domain.care.DevelopmentStep;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.service.Services;
import org.branchdesk.service.care.DevelopmentService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code development add|step|tick|extend|list}: developing members (发展党员). A case is named by the
 * applicant's name, with {@code --id-tail} (the last four characters of the ID number) when not
 * unique. An applicant who is not on the people register is named with an ID number, which never
 * comes on the command line: it is read from {@code --id-number-file} or the variable {@value
 * #ID_NUMBER_VARIABLE}, as passwords are.
 */
@Command(
        name = "development",
        mixinStandardHelpOptions = true,
        subcommands = {
            DevelopmentCommand.Add.class,
            DevelopmentCommand.Step.class,
            DevelopmentCommand.Tick.class,
            DevelopmentCommand.Extend.class,
            DevelopmentCommand.ListCases.class
        })
public final class DevelopmentCommand implements Callable<Integer> {
    /** The environment variable an applicant's ID number may come in. */
    public static final String ID_NUMBER_VARIABLE = "BRANCHDESK_ID_NUMBER";

    @Spec CommandSpec spec;

    public DevelopmentCommand(OfficeOpener opener) {
        // the verbs open the office
    }

    @Override
    public Integer call() {
        return CareVerb.usage(spec);
    }

    /**
     * A step as the command line names it: {@code candidate}, {@code full-membership}, or 1 to 13.
     */
    static DevelopmentStep step(String text) {
        String t = text == null ? "" : text.trim();
        if (t.matches("[0-9]{1,2}")) {
            int n = Integer.parseInt(t);
            if (n >= 1 && n <= DevelopmentStep.values().length) {
                return DevelopmentStep.values()[n - 1];
            }
            throw new UserError("cli.care.unknownWord", text);
        }
        return CareVerb.word(DevelopmentStep.class, t);
    }

    static Set<DevelopmentMaterial> materials(List<String> words) {
        Set<DevelopmentMaterial> out = EnumSet.noneOf(DevelopmentMaterial.class);
        if (words != null) {
            words.forEach(w -> out.add(CareVerb.word(DevelopmentMaterial.class, w)));
        }
        return out;
    }

    /** A verb about one case: {@code --applicant NAME [--id-tail NNNN]}. */
    abstract static class OfCase extends CareVerb {
        @Option(
                names = "--applicant",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.developmentApplicant")
        String applicant;

        @Option(names = "--id-tail", paramLabel = "NNNN", descriptionKey = "option.idTail")
        String idTail;

        OfCase(OfficeOpener opener) {
            super(opener);
        }

        UUID named(Services s) {
            return s.development().caseNamed(applicant, idTail);
        }
    }

    /**
     * {@code development add --applicant NAME [--id-tail NNNN] [--id-number-file FILE] --branch
     * NAME --on DATE [--doc NUMBER] [--front-line] [--priority N]}.
     */
    @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Add extends OfCase {
        @Option(
                names = "--id-number-file",
                paramLabel = "FILE",
                descriptionKey = "option.idNumberFile")
        Path idNumberFile;

        @Option(
                names = "--branch",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.developmentBranch")
        String branch;

        @Option(
                names = "--on",
                required = true,
                paramLabel = "DATE",
                descriptionKey = "option.developmentAppliedOn")
        LocalDate on;

        @Option(names = "--doc", paramLabel = "NUMBER", descriptionKey = "option.developmentDoc")
        String doc;

        @Option(names = "--front-line", descriptionKey = "option.developmentFrontLine")
        boolean frontLine;

        @Option(
                names = "--priority",
                paramLabel = "N",
                descriptionKey = "option.developmentPriority")
        int priority;

        public Add(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            RootCommand root = (RootCommand) spec.root().userObject();
            char[] secret =
                    idNumberFile != null
                            ? Secrets.readFile(idNumberFile, "option.idNumberFile")
                            : Secrets.fromVariable(root.variable(ID_NUMBER_VARIABLE));
            String idNumber = secret == null ? null : new String(secret).trim();
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
            UUID person = s.development().applicantOnRegister(applicant, idTail);
            if (person == null && idNumber == null) {
                throw new UserError("error.development.needIdNumber", applicant.trim());
            }
            DevelopmentCase c =
                    s.development()
                            .add(
                                    new DevelopmentService.NewCase(
                                            person,
                                            applicant,
                                            idNumber,
                                            s.development().branchNamed(branch),
                                            frontLine,
                                            priority,
                                            on,
                                            doc));
            out.println(Messages.format("cli.development.added", c.name(), branch.trim(), on));
        }
    }

    /**
     * {@code development step --applicant NAME [--id-tail NNNN] --step KEY --on DATE [--doc NUMBER]
     * [--contact NAME[:NNNN]]… [--sponsor NAME[:NNNN]]… [--training-days N] [--training-hours N]
     * [--special-reason TEXT] [--material KEY]…}.
     */
    @Command(name = "step", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Step extends OfCase {
        @Option(
                names = "--step",
                required = true,
                paramLabel = "KEY",
                descriptionKey = "option.developmentStep")
        String step;

        @Option(
                names = "--on",
                required = true,
                paramLabel = "DATE",
                descriptionKey = "option.developmentOn")
        LocalDate on;

        @Option(names = "--doc", paramLabel = "NUMBER", descriptionKey = "option.developmentDoc")
        String doc;

        @Option(
                names = "--contact",
                paramLabel = "NAME[:NNNN]",
                descriptionKey = "option.developmentContact")
        List<String> contacts;

        @Option(
                names = "--sponsor",
                paramLabel = "NAME[:NNNN]",
                descriptionKey = "option.developmentSponsor")
        List<String> sponsors;

        @Option(
                names = "--training-days",
                paramLabel = "N",
                descriptionKey = "option.developmentTrainingDays")
        Integer trainingDays;

        @Option(
                names = "--training-hours",
                paramLabel = "N",
                descriptionKey = "option.developmentTrainingHours")
        Integer trainingHours;

        @Option(
                names = "--special-reason",
                paramLabel = "TEXT",
                descriptionKey = "option.developmentSpecialReason")
        String specialReason;

        @Option(
                names = "--material",
                paramLabel = "KEY",
                descriptionKey = "option.developmentMaterial")
        List<String> materials;

        public Step(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            DevelopmentStep st = step(step);
            List<UUID> people = new ArrayList<>();
            List<String> named =
                    st == DevelopmentStep.ACTIVIST
                            ? contacts
                            : st == DevelopmentStep.CANDIDATE ? sponsors : null;
            if (named != null) {
                named.forEach(n -> people.add(s.development().memberNamed(n)));
            }
            UUID id = named(s);
            DevelopmentRecord r =
                    s.development()
                            .step(
                                    id,
                                    st,
                                    on,
                                    doc,
                                    new DevelopmentService.Details(
                                            people,
                                            trainingDays,
                                            trainingHours,
                                            specialReason,
                                            materials(materials)));
            out.println(
                    Messages.format(
                            "cli.development.stepped",
                            applicant.trim(),
                            r.step().number(),
                            Messages.format(r.step().key()),
                            r.on()));
        }
    }

    /** {@code development tick --applicant NAME [--id-tail NNNN] --material KEY… [--on DATE]}. */
    @Command(name = "tick", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Tick extends OfCase {
        @Option(
                names = "--material",
                required = true,
                paramLabel = "KEY",
                descriptionKey = "option.developmentMaterial")
        List<String> materials;

        @Option(names = "--on", paramLabel = "DATE", descriptionKey = "option.developmentTickedOn")
        LocalDate on;

        public Tick(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            Set<DevelopmentMaterial> m = materials(materials);
            s.development().tick(named(s), m, dayOr(on, s));
            out.println(Messages.format("cli.development.ticked", applicant.trim(), m.size()));
        }
    }

    /** {@code development extend --applicant NAME [--id-tail NNNN] --on DATE --months N}. */
    @Command(name = "extend", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Extend extends OfCase {
        @Option(
                names = "--on",
                required = true,
                paramLabel = "DATE",
                descriptionKey = "option.developmentExtendedOn")
        LocalDate on;

        @Option(
                names = "--months",
                required = true,
                paramLabel = "N",
                descriptionKey = "option.developmentExtensionMonths")
        int months;

        public Extend(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            s.development().extend(named(s), on, months);
            out.println(Messages.format("cli.development.extended", applicant.trim(), months));
        }
    }

    /**
     * {@code development list}: every case, front line first (Tab-separated): code, applicant (ID
     * number masked), branch, stage and its day, what is due next and its day, materials missing.
     */
    @Command(name = "list", mixinStandardHelpOptions = true)
    public static final class ListCases extends CareVerb {
        public ListCases(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            for (DevelopmentService.Line l : s.development().lines()) {
                out.println(
                        String.join(
                                "\t",
                                l.code(),
                                l.applicant() + " " + l.maskedId(),
                                l.branch() == null ? "" : l.branch(),
                                l.frontLine() ? Messages.format("development.frontLine") : "",
                                l.stage() == null
                                        ? ""
                                        : l.stage().number()
                                                + " "
                                                + Messages.format(l.stage().key())
                                                + " "
                                                + l.stageOn(),
                                DevelopmentService.next(l),
                                Messages.format("development.missing", l.missing().size())));
            }
        }
    }
}
