package org.branchdesk.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.branchdesk.domain.common.UserError;

/** The rules for a PDF named on the command line. */
public final class Pdfs {
    private Pdfs() {}

    public static void requirePdf(Path out) {
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw new UserError("cli.notPdf", out);
        }
    }
}
