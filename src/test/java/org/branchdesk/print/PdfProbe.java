package org.branchdesk.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a generated PDF back: its text, each character's position (in mm from the bottom left), its
 * fonts.
 */
final class PdfProbe {
    /** One character where it was printed. */
    record Glyph(int page, String text, float xMm, float yMm, float widthMm) {}

    final String text;
    final List<Glyph> glyphs = new ArrayList<>();
    final List<PDFont> fonts = new ArrayList<>();
    final int pages;

    PdfProbe(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
            PDFTextStripper stripper =
                    new PDFTextStripper() {
                        @Override
                        protected void writeString(String s, List<TextPosition> positions)
                                throws IOException {
                            for (TextPosition p : positions) {
                                float height = p.getPageHeight();
                                glyphs.add(
                                        new Glyph(
                                                getCurrentPageNo(),
                                                p.getUnicode(),
                                                p.getXDirAdj() / Gb9704.MM,
                                                (height - p.getYDirAdj()) / Gb9704.MM,
                                                p.getWidthDirAdj() / Gb9704.MM));
                            }
                            super.writeString(s, positions);
                        }
                    };
            stripper.setSortByPosition(true);
            text = stripper.getText(doc);
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
        }
    }

    /** The text lines of a page, top to bottom, from the glyphs' baselines. */
    List<String> lines(int page) {
        List<String> out = new ArrayList<>();
        Float y = null;
        StringBuilder b = new StringBuilder();
        for (Glyph g :
                glyphs.stream()
                        .filter(g -> g.page() == page)
                        .sorted(
                                (a, c) ->
                                        a.yMm() != c.yMm()
                                                ? Float.compare(c.yMm(), a.yMm())
                                                : Float.compare(a.xMm(), c.xMm()))
                        .toList()) {
            if (y != null && Math.abs(g.yMm() - y) > 1) {
                out.add(b.toString());
                b.setLength(0);
            }
            y = g.yMm();
            b.append(g.text());
        }
        if (b.length() > 0) {
            out.add(b.toString());
        }
        return out;
    }
}
