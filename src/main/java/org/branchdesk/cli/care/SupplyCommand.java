package org.branchdesk.cli.care;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.domain.care.SupplyCategory;
import org.branchdesk.domain.care.SupplyIssue;
import org.branchdesk.domain.care.SupplyItem;
import org.branchdesk.domain.care.SupplyReceipt;
import org.branchdesk.domain.care.SupplyRules;
import org.branchdesk.domain.care.SupplySource;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.service.Services;
import org.branchdesk.service.care.PaymentService;
import org.branchdesk.service.care.SupplyService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code supply item add|list}, {@code supply in|out|list}: prevention supplies, what came in, what
 * went out, and the stock per item. An issue that would take the stock below zero is refused.
 */
@Command(
        name = "supply",
        mixinStandardHelpOptions = true,
        subcommands = {
            SupplyCommand.Items.class,
            SupplyCommand.In.class,
            SupplyCommand.Out.class,
            SupplyCommand.ListStock.class
        })
public final class SupplyCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    public SupplyCommand(OfficeOpener opener) {
        // the verbs open the office
    }

    @Override
    public Integer call() {
        return CareVerb.usage(spec);
    }

    /** A quantity as the command line writes it ({@code 200}, {@code 2.5}). */
    static BigDecimal quantity(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new ValidationError("field.supply.quantity", "rule.supply.quantity", text);
        }
    }

    /** {@code supply item add|list}. */
    @Command(
            name = "item",
            mixinStandardHelpOptions = true,
            subcommands = {Items.Add.class, Items.ListItems.class})
    public static final class Items implements Callable<Integer> {
        @Spec CommandSpec spec;

        public Items(OfficeOpener opener) {
            // the verbs open the office
        }

        @Override
        public Integer call() {
            return CareVerb.usage(spec);
        }

        /** {@code supply item add --name NAME --category CATEGORY --unit UNIT}. */
        @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
        public static final class Add extends CareVerb {
            @Option(
                    names = "--name",
                    required = true,
                    paramLabel = "NAME",
                    descriptionKey = "option.supplyItem")
            String name;

            @Option(
                    names = "--category",
                    required = true,
                    paramLabel = "CATEGORY",
                    descriptionKey = "option.supplyCategory")
            String category;

            @Option(
                    names = "--unit",
                    required = true,
                    paramLabel = "UNIT",
                    descriptionKey = "option.supplyUnit")
            String unit;

            public Add(OfficeOpener opener) {
                super(opener);
            }

            @Override
            void run(Services s, PrintWriter out) {
                SupplyItem i =
                        s.supplies().addItem(name, word(SupplyCategory.class, category), unit);
                out.println(
                        Messages.format(
                                "cli.supply.itemAdded",
                                i.name(),
                                Messages.format(i.category().key()),
                                i.unit()));
            }
        }

        /** {@code supply item list}: name, category, unit, tab-separated. */
        @Command(name = "list", mixinStandardHelpOptions = true)
        public static final class ListItems extends CareVerb {
            public ListItems(OfficeOpener opener) {
                super(opener);
            }

            @Override
            void run(Services s, PrintWriter out) {
                for (SupplyItem i : s.supplies().items()) {
                    out.println(
                            String.join(
                                    "\t", i.name(), Messages.format(i.category().key()), i.unit()));
                }
            }
        }
    }

    /**
     * {@code supply in --item NAME --quantity Q [--on DATE] --source allocated|donated --from WHOM
     * [--doc NUMBER]}.
     */
    @Command(name = "in", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class In extends CareVerb {
        @Option(
                names = "--item",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.supplyItem")
        String item;

        @Option(
                names = "--quantity",
                required = true,
                paramLabel = "Q",
                descriptionKey = "option.supplyQuantity")
        String quantity;

        @Option(names = "--on", paramLabel = "DATE", descriptionKey = "option.supplyOn")
        LocalDate on;

        @Option(
                names = "--source",
                required = true,
                paramLabel = "SOURCE",
                descriptionKey = "option.supplySource")
        String source;

        @Option(
                names = "--from",
                required = true,
                paramLabel = "WHOM",
                descriptionKey = "option.supplyFrom")
        String from;

        @Option(names = "--doc", paramLabel = "NUMBER", descriptionKey = "option.supplyDoc")
        String doc;

        public In(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            SupplyReceipt r =
                    s.supplies()
                            .receive(
                                    new SupplyService.NewReceipt(
                                            s.supplies().itemNamed(item),
                                            quantity(quantity),
                                            dayOr(on, s),
                                            word(SupplySource.class, source),
                                            from,
                                            doc));
            out.println(
                    Messages.format(
                            "cli.supply.received",
                            item.trim(),
                            SupplyRules.plain(r.quantity()),
                            r.on().toString(),
                            r.fromWhom(),
                            stockOf(s, r.itemId())));
        }
    }

    /**
     * {@code supply out --item NAME --quantity Q [--on DATE] --to NAME [--id-tail NNNN] [--purpose
     * TEXT]}.
     */
    @Command(name = "out", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Out extends CareVerb {
        @Option(
                names = "--item",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.supplyItem")
        String item;

        @Option(
                names = "--quantity",
                required = true,
                paramLabel = "Q",
                descriptionKey = "option.supplyQuantity")
        String quantity;

        @Option(names = "--on", paramLabel = "DATE", descriptionKey = "option.supplyOn")
        LocalDate on;

        @Option(
                names = "--to",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.supplyTo")
        String to;

        @Option(names = "--id-tail", paramLabel = "NNNN", descriptionKey = "option.careIdTail")
        String idTail;

        @Option(names = "--purpose", paramLabel = "TEXT", descriptionKey = "option.supplyPurpose")
        String purpose;

        public Out(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            BigDecimal q = quantity(quantity);
            PaymentService.Named who = s.payments().recipientNamed(to, idTail);
            SupplyIssue i =
                    s.supplies()
                            .issue(
                                    new SupplyService.NewIssue(
                                            s.supplies().itemNamed(item),
                                            q,
                                            dayOr(on, s),
                                            who.kind(),
                                            who.id(),
                                            null,
                                            purpose));
            out.println(
                    Messages.format(
                            "cli.supply.issued",
                            item.trim(),
                            SupplyRules.plain(i.quantity()),
                            i.on().toString(),
                            i.to().name(),
                            stockOf(s, i.itemId())));
        }
    }

    static String stockOf(Services s, java.util.UUID itemId) {
        return s.supplies().stock().stream()
                .filter(x -> x.item().id().equals(itemId))
                .map(x -> SupplyRules.plain(x.stock()) + x.item().unit())
                .findFirst()
                .orElse("");
    }

    /** {@code supply list}: the stock per item: name, category, unit, in, out, stock. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    public static final class ListStock extends CareVerb {
        public ListStock(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            for (SupplyService.Stock x : s.supplies().stock()) {
                out.println(
                        String.join(
                                "\t",
                                x.item().name(),
                                Messages.format(x.item().category().key()),
                                x.item().unit(),
                                SupplyRules.plain(x.in()),
                                SupplyRules.plain(x.out()),
                                SupplyRules.plain(x.stock())));
            }
        }
    }
}
