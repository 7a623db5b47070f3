package org.branchdesk.cli.documents;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.branchdesk.cli.Cli;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.service.Services;
import org.branchdesk.service.documents.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code verify CODE}: whether the data behind a printed ledger (by its verification code) or an
 * issued notice (by its number) is unchanged since printing; exit 0 when unchanged, 1 when changed
 * (rows added, removed, altered, named) or unknown.
 */
@Command(name = "verify", mixinStandardHelpOptions = true)
public final class VerifyCommand implements Callable<Integer> {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final OfficeOpener opener;
    @ParentCommand RootCommand root;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "param.verifyCode")
    String code;

    public VerifyCommand(OfficeOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        try (Services s = opener.open(root.dataDir(), root.credentials())) {
            Verification v = s.documents().verify(code);
            PrintWriter out = spec.commandLine().getOut();
            if (v.status() == Verification.Status.UNKNOWN) {
                out.println(Messages.format("verify.unknown", code));
                return Cli.REFUSED;
            }
            out.println(
                    Messages.format(
                            "verify.document",
                            v.number(),
                            v.title(),
                            AT.format(v.printedAt().atZone(s.office().clock().getZone())),
                            v.printedBy()));
            if (v.status() == Verification.Status.UNCHANGED) {
                out.println(Messages.format("verify.unchanged"));
                return Cli.OK;
            }
            out.println(
                    Messages.format(
                            "verify.changed",
                            v.added().size(),
                            v.removed().size(),
                            v.altered().size()));
            print(out, "verify.added", v.added());
            print(out, "verify.removed", v.removed());
            print(out, "verify.altered", v.altered());
            return Cli.REFUSED;
        }
    }

    private static void print(PrintWriter out, String key, List<String> labels) {
        for (String l : labels) {
            out.println(Messages.format(key, l));
        }
    }
}
