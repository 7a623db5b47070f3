package org.branchdesk.cli.care;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.domain.care.Allocation;
import org.branchdesk.domain.care.Fund;
import org.branchdesk.domain.care.FundSource;
import org.branchdesk.domain.care.Yuan;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.service.Services;
import org.branchdesk.service.care.FundService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fund add|allocate|list}: the funds payments are made from, and their balances. */
@Command(
        name = "fund",
        mixinStandardHelpOptions = true,
        subcommands = {
            FundCommand.Add.class,
            FundCommand.Allocate.class,
            FundCommand.ListLines.class
        })
public final class FundCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    public FundCommand(OfficeOpener opener) {
        // the verbs open the office
    }

    @Override
    public Integer call() {
        return CareVerb.usage(spec);
    }

    /** {@code fund add --name NAME --source SOURCE}. */
    @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Add extends CareVerb {
        @Option(
                names = "--name",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.fundName")
        String name;

        @Option(
                names = "--source",
                required = true,
                paramLabel = "SOURCE",
                descriptionKey = "option.fundSource")
        String source;

        public Add(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            Fund f = s.funds().add(name, word(FundSource.class, source));
            out.println(
                    Messages.format("cli.fund.added", f.name(), Messages.format(f.source().key())));
        }
    }

    /** {@code fund allocate --fund NAME --amount YUAN --doc NUMBER [--on DATE]}. */
    @Command(name = "allocate", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Allocate extends CareVerb {
        @Option(
                names = "--fund",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.fundName")
        String fund;

        @Option(
                names = "--amount",
                required = true,
                paramLabel = "YUAN",
                descriptionKey = "option.careAmount")
        String amount;

        @Option(
                names = "--doc",
                required = true,
                paramLabel = "NUMBER",
                descriptionKey = "option.allocationDoc")
        String doc;

        @Option(names = "--on", paramLabel = "DATE", descriptionKey = "option.allocatedOn")
        LocalDate on;

        public Allocate(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            Yuan yuan = Yuan.parse("field.allocation.amount", amount);
            Allocation a = s.funds().allocate(s.funds().named(fund), yuan, dayOr(on, s), doc);
            out.println(
                    Messages.format(
                            "cli.fund.allocated",
                            fund.trim(),
                            a.amount().withSign(),
                            a.on().toString(),
                            a.documentNumber(),
                            Yuan.withSign(s.funds().balance(a.fundId()))));
        }
    }

    /** {@code fund list}: name, source, allocated, balance, tab-separated. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    public static final class ListLines extends CareVerb {
        public ListLines(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            for (FundService.Line l : s.funds().lines()) {
                out.println(
                        String.join(
                                "\t",
                                l.fund().name(),
                                Messages.format(l.fund().source().key()),
                                Yuan.figures(l.allocated()),
                                Yuan.figures(l.balance())));
            }
        }
    }
}
