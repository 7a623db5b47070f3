package org.branchdesk.cli.documents;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.branchdesk.cli.Cli;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.Pdfs;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.service.Services;
import org.branchdesk.service.documents.DocumentService;
import org.branchdesk.service.documents.LedgerKind;
import org.branchdesk.service.paper.LedgerSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ledger org|compounds|ownerless|distribution|members [--community NAME] [--as-of DATE]
 * --out FILE.pdf}: prints a ledger of the whole office (or one community), records it with its
 * serial and verification code, and says both.
 */
@Command(name = "ledger", mixinStandardHelpOptions = true, sortOptions = false)
public final class LedgerCommand implements Callable<Integer> {
    /** The ledgers, as the command line names them. */
    enum Kind {
        org,
        compounds,
        ownerless,
        distribution,
        members,
        secretaries,
        appointments,
        assistance,
        roster,
        hours,
        reporting,
        areas,
        solicitude,
        supplies,
        development,
        payments,
        commendations
    }

    private final OfficeOpener opener;
    @ParentCommand RootCommand root;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", descriptionKey = "param.ledgerKind")
    Kind kind;

    @Option(names = "--community", paramLabel = "NAME", descriptionKey = "option.community")
    String community;

    @Option(names = "--compound", paramLabel = "NAME", descriptionKey = "option.ledgerCompound")
    String compound;

    @Option(names = "--week", paramLabel = "DATE", descriptionKey = "option.ledgerWeek")
    LocalDate week;

    @Option(names = "--from", paramLabel = "DATE", descriptionKey = "option.ledgerFrom")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", descriptionKey = "option.ledgerTo")
    LocalDate to;

    @Option(names = "--fund", paramLabel = "NAME", descriptionKey = "option.ledgerFund")
    String fund;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "option.asOf")
    LocalDate asOf;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "option.pdfOut")
    Path out;

    @Option(names = "--internal", descriptionKey = "option.internal")
    boolean internal;

    public LedgerCommand(OfficeOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        Pdfs.requirePdf(out);
        try (Services s = opener.openToPrint(root.dataDir(), root.credentials())) {
            DocumentService.Printed p =
                    s.documents()
                            .printLedger(
                                    new DocumentService.LedgerRequest(
                                            LedgerKind.of(kind.name()),
                                            new LedgerSource.Filter(
                                                    community, compound, week, from, to, fund),
                                            asOf,
                                            internal),
                                    out,
                                    false);
            spec.commandLine()
                    .getOut()
                    .println(
                            Messages.format(
                                    "cli.ledger.done",
                                    p.number(),
                                    p.code(),
                                    p.pages(),
                                    p.rows(),
                                    out.toAbsolutePath()));
        }
        return Cli.OK;
    }
}
