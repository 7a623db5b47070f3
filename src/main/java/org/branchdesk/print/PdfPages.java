package org.branchdesk.print;

import java.awt.image.BufferedImage;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.branchdesk.domain.common.UserError;

/** A finished PDF as the documents screen uses it: pages as pictures, and printing. */
public final class PdfPages {
    /** A page as pixels (ARGB, row by row), free of any toolkit. */
    public record Image(int width, int height, int[] argb) {}

    private PdfPages() {}

    public static int count(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Page {@code index} (0-based) at {@code dpi}. */
    public static Image render(Path pdf, int index, float dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(index, dpi, ImageType.RGB);
            int w = img.getWidth();
            int h = img.getHeight();
            return new Image(w, h, img.getRGB(0, 0, w, h, null, 0, w));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asks for a printer with the system's print dialog; {@code null} when the clerk cancelled. */
    public static PrinterJob choosePrinter(String jobName) {
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setJobName(jobName);
        return job.printDialog() ? job : null;
    }

    /** Prints the document at its own size on the printer chosen. */
    public static void print(PrinterJob job, Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            job.setPageable(new PDFPageable(doc));
            job.print();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PrinterException e) {
            throw new UserError(
                    e, "error.print.printer", e.getMessage() == null ? "" : e.getMessage());
        }
    }
}
