package org.branchdesk.ui.common;

import java.awt.Desktop;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Path;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.print.PdfPages;

/** The operating system's printers (its print dialog) and PDF viewer. */
public final class SystemDesk implements Desk {
    @Override
    public Object choosePrinter(String jobName) {
        return PdfPages.choosePrinter(jobName);
    }

    @Override
    public void print(Object printer, Path pdf) {
        PdfPages.print((PrinterJob) printer, pdf);
    }

    @Override
    public void open(Path pdf) throws IOException {
        if (!Desktop.isDesktopSupported()
                || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            throw new UserError("error.documents.noViewer", pdf);
        }
        Desktop.getDesktop().open(pdf.toFile());
    }
}
