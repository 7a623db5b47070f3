package org.branchdesk.print;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.branchdesk.domain.common.UserError;

/**
 * The fonts of one document: each face's font embedded once (as a subset), and for each character
 * the first font of the face's chain that has it. A character no font has is refused with its code
 * point and the record it belongs to, never printed as a blank box.
 */
final class FontSet {
    /** A stretch of text that one font draws. */
    record Run(PDType0Font font, String text) {}

    private final PDDocument doc;
    private final FontLibrary library;
    private final Map<TrueTypeFont, PDType0Font> embedded = new HashMap<>();
    private final Map<Face, Map<Integer, PDType0Font>> byChar = new EnumMap<>(Face.class);
    private final Map<PDType0Font, Map<Integer, Float>> widths = new HashMap<>();

    FontSet(PDDocument doc, FontLibrary library) {
        this.doc = doc;
        this.library = library;
    }

    /** The font that draws {@code codePoint} in {@code face}; refused when none has it. */
    PDType0Font fontFor(Face face, int codePoint, String context) {
        if (codePoint < 0x10000) {
            PDType0Font[] fast = bmpFonts.computeIfAbsent(face, f -> new PDType0Font[0x10000]);
            PDType0Font f = fast[codePoint];
            if (f == null) {
                f = fontForSlow(face, codePoint, context);
                fast[codePoint] = f;
            }
            return f;
        }
        return fontForSlow(face, codePoint, context);
    }

    /** Per face, the font of each character of the Basic Multilingual Plane, filled as met. */
    private final Map<Face, PDType0Font[]> bmpFonts = new EnumMap<>(Face.class);

    /** Per font, the advance of each BMP character in font units; NaN until met. */
    private final Map<PDType0Font, float[]> bmpWidths = new HashMap<>();

    private PDType0Font fontForSlow(Face face, int codePoint, String context) {
        Map<Integer, PDType0Font> cache = byChar.computeIfAbsent(face, f -> new HashMap<>());
        PDType0Font font = cache.get(codePoint);
        if (font != null) {
            return font;
        }
        for (TrueTypeFont ttf : library.chain(face)) {
            if (FontLibrary.has(ttf, codePoint)) {
                font = embedded.computeIfAbsent(ttf, this::embed);
                cache.put(codePoint, font);
                return font;
            }
        }
        throw new UserError(
                "error.print.missingGlyph",
                new String(Character.toChars(codePoint)),
                String.format("U+%04X", codePoint),
                context == null ? "" : context);
    }

    private PDType0Font embed(TrueTypeFont ttf) {
        try {
            return PDType0Font.load(doc, ttf, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Advance of one character in points. */
    float width(Face face, int codePoint, float size, String context) {
        PDType0Font font = fontFor(face, codePoint, context);
        if (codePoint < 0x10000) {
            float[] fast = bmpWidths.get(font);
            if (fast == null) {
                fast = new float[0x10000];
                Arrays.fill(fast, Float.NaN);
                bmpWidths.put(font, fast);
            }
            float units = fast[codePoint];
            if (Float.isNaN(units)) {
                units = unitsOf(font, codePoint, context);
                fast[codePoint] = units;
            }
            return units / 1000f * size;
        }
        return unitsOf(font, codePoint, context) / 1000f * size;
    }

    private float unitsOf(PDType0Font font, int codePoint, String context) {
        Map<Integer, Float> w = widths.computeIfAbsent(font, f -> new HashMap<>());
        Float units = w.get(codePoint);
        if (units == null) {
            try {
                units = font.getStringWidth(new String(Character.toChars(codePoint)));
            } catch (IOException | IllegalArgumentException e) {
                throw new UserError(
                        "error.print.missingGlyph",
                        new String(Character.toChars(codePoint)),
                        String.format("U+%04X", codePoint),
                        context == null ? "" : context);
            }
            w.put(codePoint, units);
        }
        return units;
    }

    /** Width of a text in points at its natural advance. */
    float width(String text, Face face, float size, String context) {
        float total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            total += width(face, cp, size, context);
            i += Character.charCount(cp);
        }
        return total;
    }

    /** The text cut into runs of one font each. */
    List<Run> runs(String text, Face face, String context) {
        // the common case: one font draws it all
        PDType0Font only = null;
        boolean single = true;
        for (int i = 0; i < text.length() && single; ) {
            int cp = text.codePointAt(i);
            PDType0Font f = fontFor(face, cp, context);
            if (only == null) {
                only = f;
            } else if (f != only) {
                single = false;
            }
            i += Character.charCount(cp);
        }
        if (single && only != null) {
            return List.of(new Run(only, text));
        }
        List<Run> runs = new ArrayList<>();
        PDType0Font current = null;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            PDType0Font f = fontFor(face, cp, context);
            if (f != current && b.length() > 0) {
                runs.add(new Run(current, b.toString()));
                b.setLength(0);
            }
            current = f;
            b.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (b.length() > 0) {
            runs.add(new Run(current, b.toString()));
        }
        return runs;
    }

    private PDType0Font currentFont;
    private float currentSize;

    /** Starts a text object for {@link #place}: many strings, one BT … ET. */
    void begin(PDPageContentStream cs) throws IOException {
        cs.beginText();
        currentFont = null;
        lineX = 0;
        lineY = 0;
    }

    private float lineX;
    private float lineY;

    void end(PDPageContentStream cs) throws IOException {
        cs.endText();
    }

    /** Draws a text inside a text object started by {@link #begin}, at ({@code x}, {@code y}). */
    void place(
            PDPageContentStream cs,
            String text,
            Face face,
            float size,
            float x,
            float y,
            String context)
            throws IOException {
        float at = x;
        List<Run> runs = runs(text, face, context);
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            if (r.font() != currentFont || size != currentSize) {
                cs.setFont(r.font(), size);
                currentFont = r.font();
                currentSize = size;
            }
            // Td moves from the start of the previous line: shorter than a full Tm each time
            cs.newLineAtOffset(at - lineX, y - lineY);
            lineX = at;
            lineY = y;
            cs.showText(r.text());
            if (i + 1 < runs.size()) {
                at += width(r.text(), face, size, context);
            }
        }
    }

    /** Draws a text at its natural advance from ({@code x}, {@code y}), the baseline. */
    void show(
            PDPageContentStream cs,
            String text,
            Face face,
            float size,
            float x,
            float y,
            String context)
            throws IOException {
        float at = x;
        for (Run r : runs(text, face, context)) {
            cs.beginText();
            cs.setFont(r.font(), size);
            cs.newLineAtOffset(at, y);
            cs.showText(r.text());
            cs.endText();
            at += width(r.text(), face, size, context);
        }
    }

    /**
     * Draws a text on a character grid: each full-width character takes {@code pitch}, each
     * half-width one half of it, centred in its cell (GB/T 9704's 28 characters a line).
     */
    void showOnGrid(
            PDPageContentStream cs,
            String text,
            Face face,
            float size,
            float x,
            float y,
            float pitch,
            String context)
            throws IOException {
        float at = x;
        cs.beginText();
        PDType0Font current = null;
        float lastX = 0;
        boolean first = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            float cell = LineBreaker.isHalfWidth(cp) ? pitch / 2 : pitch;
            PDType0Font f = fontFor(face, cp, context);
            if (f != current) {
                cs.setFont(f, size);
                current = f;
            }
            float glyph = width(face, cp, size, context);
            float gx = at + (cell - glyph) / 2;
            if (first) {
                cs.newLineAtOffset(gx, y);
                first = false;
            } else {
                cs.newLineAtOffset(gx - lastX, 0);
            }
            lastX = gx;
            cs.showText(new String(Character.toChars(cp)));
            at += cell;
            i += Character.charCount(cp);
        }
        cs.endText();
    }

    /**
     * Draws one character as a filled outline, not as text: seen on the page, absent from its text
     * (a reader's copy, a search, an extraction), for marks around the content such as a binding
     * line's label. Its baseline starts at ({@code x}, {@code y}).
     */
    void outline(PDPageContentStream cs, int codePoint, Face face, float size, float x, float y)
            throws IOException {
        PDType0Font font = fontFor(face, codePoint, null);
        byte[] bytes = font.encode(new String(Character.toChars(codePoint)));
        int code = 0;
        for (byte b : bytes) {
            code = code << 8 | b & 0xFF;
        }
        GeneralPath path = font.getNormalizedPath(code);
        float scale = size / 1000f;
        PathIterator it = path.getPathIterator(new AffineTransform(scale, 0, 0, scale, x, y));
        float[] p = new float[6];
        float cx = 0;
        float cy = 0;
        while (!it.isDone()) {
            int type = it.currentSegment(p);
            switch (type) {
                case PathIterator.SEG_MOVETO -> cs.moveTo(p[0], p[1]);
                case PathIterator.SEG_LINETO -> cs.lineTo(p[0], p[1]);
                case PathIterator.SEG_QUADTO ->
                        // a quadratic curve as the cubic PDF draws: control points at two thirds
                        cs.curveTo(
                                cx + 2f / 3 * (p[0] - cx),
                                cy + 2f / 3 * (p[1] - cy),
                                p[2] + 2f / 3 * (p[0] - p[2]),
                                p[3] + 2f / 3 * (p[1] - p[3]),
                                p[2],
                                p[3]);
                case PathIterator.SEG_CUBICTO -> cs.curveTo(p[0], p[1], p[2], p[3], p[4], p[5]);
                default -> cs.closePath();
            }
            if (type != PathIterator.SEG_CLOSE) {
                // where the next curve starts: the end point of this segment
                int end =
                        type == PathIterator.SEG_QUADTO
                                ? 2
                                : type == PathIterator.SEG_CUBICTO ? 4 : 0;
                cx = p[end];
                cy = p[end + 1];
            }
            it.next();
        }
        cs.fill();
    }
}
