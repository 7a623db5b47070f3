package org.branchdesk.print;

import static org.branchdesk.print.Gb9704.BLOCK_BOTTOM;
import static org.branchdesk.print.Gb9704.BLOCK_RIGHT;
import static org.branchdesk.print.Gb9704.BLOCK_TOP;
import static org.branchdesk.print.Gb9704.BLOCK_WIDTH;
import static org.branchdesk.print.Gb9704.CHAR_PITCH;
import static org.branchdesk.print.Gb9704.LEFT;
import static org.branchdesk.print.Gb9704.LINES;
import static org.branchdesk.print.Gb9704.LINE_PITCH;
import static org.branchdesk.print.Gb9704.MM;
import static org.branchdesk.print.Gb9704.SIZE_2;
import static org.branchdesk.print.Gb9704.SIZE_3;
import static org.branchdesk.print.Gb9704.SIZE_4;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.branchdesk.domain.common.Messages;

/**
 * Lays a {@link Notice} out per GB/T 9704-2012 on the 22 × 28 grid and writes it as PDF/A-2b. Every
 * line of the body sits on a grid line; the seal block (signing organ and date) never stands alone
 * on a page; the 版记 closes the last page at the block's bottom edge.
 */
public final class NoticeRenderer {
    private static final float[] RED = {0.90f, 0f, 0.07f};
    private final FontLibrary fonts;

    public NoticeRenderer(FontLibrary fonts) {
        this.fonts = fonts;
    }

    /** How a line is placed across the block. */
    private enum Align {
        GRID,
        CENTER,
        AT
    }

    /** One grid line of the notice. */
    private record Line(String text, Face face, float size, Align align, float x, int group) {
        static Line blank() {
            return new Line("", Face.FANGSONG, SIZE_3, Align.GRID, LEFT, 0);
        }

        boolean isBlank() {
            return text.isEmpty();
        }
    }

    public Rendered render(Notice n, Calendar created) {
        synchronized (fonts) {
            try (PDDocument doc = new PDDocument()) {
                FontSet set = new FontSet(doc, fonts);
                String ctx = n.context();
                List<Line> lines = lines(n, set, ctx);
                // version 版记 lines, drawn at the bottom of the last page
                List<String> copied = copiedLines(n, set, ctx);
                int imprintLines = copied.size() + (n.printedBy() == null ? 0 : 1);

                List<List<Line>> pages = paginate(lines, headerLines(n, set, ctx), imprintLines);
                // the 版记 belongs on the last side of a two-sided document (an even page): after an
                // odd last page it takes a page of its own, which carries no page number
                boolean imprintAlone = imprintLines > 0 && pages.size() % 2 == 1;
                if (imprintAlone) {
                    pages.add(new ArrayList<>());
                }
                for (int p = 0; p < pages.size(); p++) {
                    PDPage page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                        int k = 0;
                        if (p == 0) {
                            k = drawHeader(cs, n, set, ctx);
                        }
                        for (Line l : pages.get(p)) {
                            drawLine(cs, l, k++, set, ctx);
                        }
                        if (p == pages.size() - 1 && imprintLines > 0) {
                            drawImprint(cs, n, copied, set, ctx);
                        }
                        if (!(imprintAlone && p == pages.size() - 1)) {
                            drawPageNumber(cs, p + 1, set);
                        }
                    }
                }
                PdfA.apply(
                        doc, n.title(), n.signer() == null ? n.issuingMark() : n.signer(), created);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return new Rendered(out.toByteArray(), pages.size());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // ------------------------------------------------------------------ the lines

    private List<Line> lines(Notice n, FontSet set, String ctx) {
        List<Line> out = new ArrayList<>();
        for (String t :
                balanced(
                        n.title(),
                        BLOCK_WIDTH - 2 * CHAR_PITCH,
                        cp -> set.width(Face.XIAOBIAOSONG, cp, SIZE_2, ctx))) {
            out.add(new Line(t, Face.XIAOBIAOSONG, SIZE_2, Align.CENTER, 0, 0));
        }
        out.add(Line.blank());
        if (n.addressee() != null && !n.addressee().isBlank()) {
            for (String t : gridLines(n.addressee() + Messages.format("print.colon"), 0)) {
                out.add(new Line(t, Face.FANGSONG, SIZE_3, Align.GRID, LEFT, 0));
            }
        }
        List<Line> body = new ArrayList<>();
        for (Notice.Paragraph p : n.body()) {
            Face face =
                    switch (p.level()) {
                        case HEADING_1 -> Face.HEI;
                        case HEADING_2 -> Face.KAI;
                        default -> Face.FANGSONG;
                    };
            List<String> wrapped = gridLines(p.text(), 2);
            for (int i = 0; i < wrapped.size(); i++) {
                body.add(
                        new Line(
                                wrapped.get(i),
                                face,
                                SIZE_3,
                                Align.GRID,
                                LEFT + (i == 0 ? 2 * CHAR_PITCH : 0),
                                0));
            }
        }
        if (!n.attachments().isEmpty()) {
            body.add(Line.blank());
            String label = Messages.format("print.attachments");
            float labelWidth = gridWidth(label);
            for (int i = 0; i < n.attachments().size(); i++) {
                String item =
                        n.attachments().size() == 1
                                ? n.attachments().get(0)
                                : (i + 1) + "." + n.attachments().get(i);
                float x = LEFT + 2 * CHAR_PITCH + labelWidth;
                List<String> wrapped = gridLinesWithin(item, BLOCK_RIGHT - x);
                for (int j = 0; j < wrapped.size(); j++) {
                    String text = i == 0 && j == 0 ? label + wrapped.get(j) : wrapped.get(j);
                    body.add(
                            new Line(
                                    text,
                                    Face.FANGSONG,
                                    SIZE_3,
                                    Align.GRID,
                                    i == 0 && j == 0 ? LEFT + 2 * CHAR_PITCH : x,
                                    0));
                }
            }
        }
        // the seal block keeps the last two body lines with it: it never stands alone on a page
        int keepFrom = Math.max(0, body.size() - 2);
        for (int i = 0; i < body.size(); i++) {
            Line l = body.get(i);
            out.add(
                    i >= keepFrom
                            ? new Line(l.text(), l.face(), l.size(), l.align(), l.x(), 1)
                            : l);
        }
        String date = chineseDate(n.signedOn());
        float dateRight = BLOCK_RIGHT - 4 * CHAR_PITCH;
        float dateLeft = dateRight - gridWidth(date);
        out.add(new Line("", Face.FANGSONG, SIZE_3, Align.GRID, LEFT, 1));
        out.add(new Line("", Face.FANGSONG, SIZE_3, Align.GRID, LEFT, 1));
        if (n.signer() != null && !n.signer().isBlank()) {
            float signerWidth = gridWidth(n.signer());
            float centre = (dateLeft + dateRight) / 2;
            out.add(
                    new Line(
                            n.signer(),
                            Face.FANGSONG,
                            SIZE_3,
                            Align.AT,
                            Math.max(LEFT, centre - signerWidth / 2),
                            1));
        }
        out.add(new Line(date, Face.FANGSONG, SIZE_3, Align.AT, dateLeft, 1));
        return out;
    }

    /**
     * A title broken into lines of about equal length (GB/T 9704: 排列对称), never leaving a word's
     * last character alone on a line.
     */
    static List<String> balanced(String text, float width, LineBreaker.Widths widths) {
        List<String> greedy = LineBreaker.lines(text, width, 0, widths);
        if (greedy.size() < 2) {
            return greedy;
        }
        float total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            total += widths.of(cp);
            i += Character.charCount(cp);
        }
        float target = total / greedy.size();
        for (float w = target; w <= width; w += widths.of('中') / 2) {
            List<String> even = LineBreaker.lines(text, w, 0, widths);
            if (even.size() == greedy.size()) {
                return even;
            }
        }
        return greedy;
    }

    /**
     * Text broken on the grid: 28 full-width characters a line, the first {@code indent} narrower.
     */
    private List<String> gridLines(String text, int indentChars) {
        return LineBreaker.lines(text, BLOCK_WIDTH, indentChars * CHAR_PITCH, NoticeRenderer::cell);
    }

    private List<String> gridLinesWithin(String text, float width) {
        return LineBreaker.lines(text, width, 0, NoticeRenderer::cell);
    }

    private static float cell(int cp) {
        return LineBreaker.isHalfWidth(cp) ? CHAR_PITCH / 2 : CHAR_PITCH;
    }

    private static float gridWidth(String text) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += cell(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** 2026年11月29日: Arabic numerals, no leading zeros (GB/T 9704-2012, 7.3.5). */
    public static String chineseDate(LocalDate d) {
        return Messages.format(
                "print.date",
                Integer.toString(d.getYear()),
                Integer.toString(d.getMonthValue()),
                Integer.toString(d.getDayOfMonth()));
    }

    /** The grid lines the red header takes on the first page. */
    private int headerLines(Notice n, FontSet set, String ctx) {
        return firstLineAfterHeader(n);
    }

    private List<List<Line>> paginate(List<Line> lines, int firstPageStart, int imprintLines) {
        List<List<Line>> pages = new ArrayList<>();
        List<Line> page = new ArrayList<>();
        int capacity = LINES - firstPageStart;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.group() == 1 && (i == 0 || lines.get(i - 1).group() != 1)) {
                int groupSize = 0;
                for (int j = i; j < lines.size() && lines.get(j).group() == 1; j++) {
                    groupSize++;
                }
                if (page.size() + groupSize > capacity && !page.isEmpty()) {
                    pages.add(page);
                    page = new ArrayList<>();
                    capacity = LINES;
                }
            }
            if (page.size() >= capacity) {
                pages.add(page);
                page = new ArrayList<>();
                capacity = LINES;
            }
            if (page.isEmpty() && l.isBlank() && !pages.isEmpty() && l.group() == 0) {
                continue; // no blank line at the top of a page
            }
            page.add(l);
        }
        // the 版记 takes the last lines of the last page
        if (imprintLines > 0 && page.size() + imprintLines > capacity) {
            pages.add(page);
            page = new ArrayList<>();
        }
        pages.add(page);
        return pages;
    }

    // ------------------------------------------------------------------ drawing

    /** The grid line the title starts on: two lines below the red separator. */
    static int firstLineAfterHeader(Notice n) {
        float sep = separatorY(n);
        float titleTop = sep - 2 * LINE_PITCH;
        int k = (int) Math.ceil((BLOCK_TOP - titleTop) / LINE_PITCH - 0.001);
        return Math.min(k, LINES - 6);
    }

    private static float markSize(Notice n) {
        int chars = Math.max(1, n.issuingMark().codePointCount(0, n.issuingMark().length()));
        return Math.min(Gb9704.MARK_MAX_CHAR, BLOCK_WIDTH / chars);
    }

    private static float markBaseline(Notice n) {
        return BLOCK_TOP - Gb9704.MARK_OFFSET - 0.88f * markSize(n);
    }

    private static float numberBaseline(Notice n) {
        float markBottom = markBaseline(n) - 0.12f * markSize(n);
        return markBottom - 2 * LINE_PITCH - (LINE_PITCH - SIZE_3) / 2 - 0.88f * SIZE_3;
    }

    private static float separatorY(Notice n) {
        return numberBaseline(n) - 0.12f * SIZE_3 - 4 * MM;
    }

    private int drawHeader(PDPageContentStream cs, Notice n, FontSet set, String ctx)
            throws IOException {
        float size = markSize(n);
        float width = set.width(n.issuingMark(), Face.XIAOBIAOSONG, size, ctx);
        cs.setNonStrokingColor(RED[0], RED[1], RED[2]);
        set.show(
                cs,
                n.issuingMark(),
                Face.XIAOBIAOSONG,
                size,
                LEFT + (BLOCK_WIDTH - width) / 2,
                markBaseline(n),
                ctx);
        cs.setNonStrokingColor(0f, 0f, 0f);
        if (n.documentNumber() != null) {
            float w = gridWidth(n.documentNumber());
            set.showOnGrid(
                    cs,
                    n.documentNumber(),
                    Face.FANGSONG,
                    SIZE_3,
                    LEFT + (BLOCK_WIDTH - w) / 2,
                    numberBaseline(n),
                    CHAR_PITCH,
                    ctx);
        }
        float y = separatorY(n);
        cs.setStrokingColor(RED[0], RED[1], RED[2]);
        cs.setNonStrokingColor(RED[0], RED[1], RED[2]);
        cs.setLineWidth(0.5f * MM);
        float mid = LEFT + BLOCK_WIDTH / 2;
        if (n.partyOrgan()) {
            float gap = 4 * MM;
            cs.moveTo(LEFT, y);
            cs.lineTo(mid - gap, y);
            cs.moveTo(mid + gap, y);
            cs.lineTo(BLOCK_RIGHT, y);
            cs.stroke();
            star(cs, mid, y, 2.8f * MM);
        } else {
            cs.moveTo(LEFT, y);
            cs.lineTo(BLOCK_RIGHT, y);
            cs.stroke();
        }
        cs.setStrokingColor(0f, 0f, 0f);
        cs.setNonStrokingColor(0f, 0f, 0f);
        return firstLineAfterHeader(n);
    }

    private static void star(PDPageContentStream cs, float cx, float cy, float r)
            throws IOException {
        float inner = r * 0.382f;
        for (int i = 0; i < 10; i++) {
            double angle = Math.PI / 2 + i * Math.PI / 5;
            float rad = i % 2 == 0 ? r : inner;
            float x = cx + (float) (rad * Math.cos(angle));
            float y = cy + (float) (rad * Math.sin(angle));
            if (i == 0) {
                cs.moveTo(x, y);
            } else {
                cs.lineTo(x, y);
            }
        }
        cs.closePath();
        cs.fill();
    }

    private void drawLine(PDPageContentStream cs, Line l, int k, FontSet set, String ctx)
            throws IOException {
        if (l.isBlank()) {
            return;
        }
        float y = Gb9704.baseline(k, l.size());
        switch (l.align()) {
            case CENTER -> {
                float w = set.width(l.text(), l.face(), l.size(), ctx);
                set.show(cs, l.text(), l.face(), l.size(), LEFT + (BLOCK_WIDTH - w) / 2, y, ctx);
            }
            case GRID, AT ->
                    set.showOnGrid(cs, l.text(), l.face(), l.size(), l.x(), y, CHAR_PITCH, ctx);
        }
    }

    private List<String> copiedLines(Notice n, FontSet set, String ctx) {
        if (n.copiedTo().isEmpty()) {
            return List.of();
        }
        String text =
                Messages.format(
                        "print.copiedTo",
                        String.join(Messages.format("print.comma"), n.copiedTo()));
        float pitch = SIZE_4;
        return LineBreaker.lines(
                text,
                BLOCK_WIDTH - 2 * pitch,
                0,
                cp -> LineBreaker.isHalfWidth(cp) ? pitch / 2 : pitch);
    }

    /** 版记: 抄送 and 印发机关/印发日期 between rules, the last rule on the block's bottom edge. */
    private void drawImprint(
            PDPageContentStream cs, Notice n, List<String> copied, FontSet set, String ctx)
            throws IOException {
        int total = copied.size() + (n.printedBy() == null ? 0 : 1);
        int first = LINES - total;
        float top = BLOCK_TOP - first * LINE_PITCH;
        rule(cs, top, 0.35f * MM);
        int k = first;
        for (String line : copied) {
            set.showOnGrid(
                    cs,
                    line,
                    Face.FANGSONG,
                    SIZE_4,
                    LEFT + SIZE_4,
                    Gb9704.baseline(k++, SIZE_4),
                    SIZE_4,
                    ctx);
        }
        if (n.printedBy() != null) {
            if (!copied.isEmpty()) {
                rule(cs, BLOCK_TOP - k * LINE_PITCH, 0.25f * MM);
            }
            float y = Gb9704.baseline(k, SIZE_4);
            set.showOnGrid(cs, n.printedBy(), Face.FANGSONG, SIZE_4, LEFT + SIZE_4, y, SIZE_4, ctx);
            String printed = Messages.format("print.printedOn", chineseDate(n.printedOn()));
            float w = 0;
            for (int i = 0; i < printed.length(); ) {
                int cp = printed.codePointAt(i);
                w += LineBreaker.isHalfWidth(cp) ? SIZE_4 / 2 : SIZE_4;
                i += Character.charCount(cp);
            }
            set.showOnGrid(
                    cs, printed, Face.FANGSONG, SIZE_4, BLOCK_RIGHT - SIZE_4 - w, y, SIZE_4, ctx);
        }
        rule(cs, BLOCK_BOTTOM, 0.35f * MM);
    }

    private static void rule(PDPageContentStream cs, float y, float width) throws IOException {
        cs.setLineWidth(width);
        cs.moveTo(LEFT, y);
        cs.lineTo(BLOCK_RIGHT, y);
        cs.stroke();
    }

    /** — 1 —: 4号, odd pages right and even pages left, one character in from the block. */
    private void drawPageNumber(PDPageContentStream cs, int number, FontSet set)
            throws IOException {
        String text = Messages.format("print.pageNumber", Integer.toString(number));
        float w = set.width(text, Face.SONG, SIZE_4, null);
        float x = number % 2 == 1 ? BLOCK_RIGHT - SIZE_4 - w : LEFT + SIZE_4;
        set.show(cs, text, Face.SONG, SIZE_4, x, Gb9704.pageNumberBaseline(), null);
    }
}
