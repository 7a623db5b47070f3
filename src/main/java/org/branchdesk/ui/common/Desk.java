package org.branchdesk.ui.common;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The system's side of a printed document: a printer dialog and a PDF viewer. {@link SystemDesk} in
 * the window; tests hand in their own.
 */
public interface Desk {
    /** Shows the print dialog; the printer chosen, or {@code null} when the clerk cancelled. */
    Object choosePrinter(String jobName);

    /** Prints on the printer chosen. */
    void print(Object printer, Path pdf);

    void open(Path pdf) throws IOException;
}
